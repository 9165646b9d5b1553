// Elements built as nodes, never from HTML text: names from the API cannot become markup, and no
// inline style or script can appear (the page's CSP forbids both).

export function h(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Offers a file to save. */
export function download(href, fileName) {
  const a = h('a', { href, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
}
