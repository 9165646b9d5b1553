// What the nomination page and the appraisal desk both show of a nomination (steps 3–4): the plan's
// words for its occasions and award forms (the plan version in force, GET plans/{plan}/versions/{n}),
// the dossier's completeness as the API judged it today, the dossier's files, the stored verdict
// with its explanation, and the appraisals. Every figure and every reason is the API's.

import { h } from './dom.js';
import { moment } from './cases.js';

/** The plan version in force (else the latest) in the plan file format, for its forms and occasions. */
export async function planWords(api, plan) {
  const path = `plans/${encodeURIComponent(plan)}/versions`;
  const versions = await api.get(path);
  const v = versions.find((x) => x.status === 'IN_FORCE') || versions[versions.length - 1];
  const file = await api.get(`${path}/${v.version}`);
  return { occasions: file.occasions || [], awardForms: file.awardForms || [] };
}

/** A name of the plan file ({vi, en}) in the reader's language. */
export function named(list, code, lang) {
  const x = (list || []).find((o) => o.code === code);
  return x && x.name ? x.name[lang] || x.name.vi : code;
}

/** The completeness of the dossier, as the API judged it on its day: complete, or every gap. */
export function completenessSection(t, c, f) {
  const k = c.completeness;
  if (!k) return null;
  return h(
    'section',
    { class: 'summary completeness', 'aria-labelledby': 'completeness-title', dataset: { complete: String(k.complete) } },
    h('h3', { id: 'completeness-title' }, t.completenessTitle),
    k.complete
      ? h('p', { class: 'ok complete' }, t.complete(f.day(k.day)))
      : [h('p', { class: 'problem incomplete' }, t.incomplete(f.day(k.day), k.gaps.length)), h('ul', { class: 'gaps' }, k.gaps.map((g) => h('li', { dataset: { kind: g.kind, path: g.path } }, g.reason)))],
    h('p', { class: 'hint sets-required' }, t.requiredSets(k.requiredSets, k.provision)),
    k.electronicFiles ? h('p', { class: 'hint' }, t.electronic) : null,
    k.forAppraiser && k.forAppraiser.length ? [h('p', { class: 'hint' }, t.forAppraiser), h('ul', {}, k.forAppraiser.map((i) => h('li', {}, i.name)))] : null,
  );
}

/** The dossier items to show: those the law requires, then any other the dossier holds. */
export function dossierItems(c) {
  const items = [];
  const seen = new Set();
  const k = c.completeness;
  for (const i of (k && k.requiredItems) || []) {
    items.push({ code: i.code, name: i.name });
    seen.add(i.code);
  }
  for (const i of (k && k.forAppraiser) || []) {
    if (!seen.has(i.code)) items.push({ code: i.code, name: i.name });
    seen.add(i.code);
  }
  for (const d of c.dossier.documents) if (!seen.has(d.itemCode)) items.push({ code: d.itemCode, name: d.itemCode });
  return items;
}

/** The files a dossier item holds, as a list (name, type, size, SHA-256), or that it holds none. */
export function filesOf(t, c, code) {
  const d = c.dossier.documents.find((x) => x.itemCode === code);
  const files = d ? d.files : [];
  if (!files.length) return h('p', { class: 'hint no-files' }, t.noFiles);
  return h(
    'ul',
    { class: 'files' },
    files.map((x) => h('li', {}, h('span', { class: 'file-name' }, t.fileLine(x.name, x.mediaType, t.bytes(x.size))), h('br'), h('code', { class: 'sha' }, x.sha256))),
  );
}

/** The verdict stored on submission, with the explanation of each criterion. */
export function verdictSection(t, c, level = 3) {
  if (!c.verdict) return null;
  const v = c.storedVerdict;
  const hx = `h${level}`;
  return h(
    'section',
    { class: 'summary verdict', 'aria-labelledby': 'verdict-title', dataset: { outcome: c.verdict.outcome } },
    h(hx, { id: 'verdict-title' }, t.verdictTitle),
    h(
      'p',
      { class: 'outcome' },
      h('strong', {}, v ? t.verdictOutcome(v.awardForm.name, v.awardForm.label) : t.outcomes[c.verdict.outcome] || c.verdict.outcome),
    ),
    h('p', { class: 'hint' }, `${t.run}: `, h('code', {}, c.verdict.runId)),
    v && v.criteria.length
      ? h(
          'ol',
          { class: 'criteria' },
          v.criteria.map((r) =>
            h(
              'li',
              { dataset: { code: r.code, status: r.status } },
              h('p', {}, h('span', { class: 'label' }, `${r.name}: `), h('strong', { class: 'criterion-status' }, r.label)),
              r.explanation ? h('p', { class: 'explanation' }, r.explanation) : null,
            ),
          ),
        )
      : null,
  );
}

/** Every appraisal, oldest first: the decision, who and when, why, and the departure's reason. */
export function appraisalsSection(t, c, f, lang, level = 3) {
  if (!c.appraisals || !c.appraisals.length) return null;
  const hx = `h${level}`;
  return h(
    'section',
    { class: 'summary appraisals', 'aria-labelledby': 'appraisals-title' },
    h(hx, { id: 'appraisals-title' }, t.appraisalsTitle),
    h(
      'ol',
      { class: 'appraisals' },
      c.appraisals.map((a) =>
        h(
          'li',
          { dataset: { decision: a.decision } },
          h('p', {}, h('strong', {}, t.appraisalLine(t.decisions[a.decision] || a.decision, a.appraiser, moment(a.at, lang)))),
          a.reason ? h('p', {}, h('span', { class: 'label' }, `${t.reason.split(' (')[0]}: `), h('q', { class: 'appraisal-reason' }, a.reason)) : null,
          a.departsFromVerdict ? h('p', {}, h('span', { class: 'label' }, `${t.departureReason}: `), h('q', { class: 'departure-reason' }, a.departureReason)) : null,
          a.correctionDueOn ? h('p', {}, h('span', { class: 'label' }, `${t.correctionDueOn}: `), f.day(a.correctionDueOn)) : null,
        ),
      ),
    ),
  );
}

/** The media type an evidence file is sent with: the browser's, else by its name's ending. */
export function evidenceType(file) {
  if (file.type) return file.type;
  const n = file.name.toLowerCase();
  if (n.endsWith('.pdf')) return 'application/pdf';
  if (n.endsWith('.docx')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (n.endsWith('.png')) return 'image/png';
  if (n.endsWith('.jpg') || n.endsWith('.jpeg')) return 'image/jpeg';
  return 'application/octet-stream';
}
