// <emulation-sign-in lang="vi">: who is signed in, with a sign-out button; or, when nobody is, the
// ways to sign in this deployment offers: the portal's token pasted (or handed by a message, see
// session.js), and on the sample server the development sign-in's demo users.

import { h } from './dom.js';
import { session, settings } from './session.js';
import { language } from './texts.js';
import { WORK_TEXTS } from './texts-work.js';

const STYLES = new URL('work-elements.css', import.meta.url).href;
let ids = 0;

export class EmulationSignIn extends HTMLElement {
  static get observedAttributes() {
    return ['lang'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.uid = `si${++ids}`;
    this.onSession = () => this.render();
    this.problem = null;
  }

  connectedCallback() {
    session.addEventListener('change', this.onSession);
    settings().then((s) => {
      this.settings = s;
      this.render();
    });
    this.render();
  }

  disconnectedCallback() {
    session.removeEventListener('change', this.onSession);
  }

  attributeChangedCallback() {
    if (this.isConnected) this.render();
  }

  get t() {
    return WORK_TEXTS[language(this.getAttribute('lang') || document.documentElement.lang)];
  }

  render() {
    const t = this.t;
    const content = session.signedIn ? this.signedIn(t) : this.signInForms(t);
    this.shadowRoot.replaceChildren(h('link', { rel: 'stylesheet', href: STYLES }), content);
  }

  signedIn(t) {
    const c = session.caller;
    const roles = c.roles.map((r) => t.roleNames[r] || r).join(', ');
    return h(
      'div',
      { class: 'signed-in' },
      h('span', {}, `${t.signedInAs}: `, h('strong', { class: 'user' }, c.user)),
      h('span', { class: 'roles' }, ` · ${roles}`),
      c.unit ? h('span', { class: 'unit' }, ` · ${t.unit} ${c.unit}`) : null,
      ' ',
      h('button', { type: 'button', class: 'sign-out', onclick: () => session.clear() }, t.signOut),
    );
  }

  signInForms(t) {
    const dev = this.settings && this.settings.devSignIn;
    return h(
      'section',
      { class: 'sign-in', 'aria-labelledby': `${this.uid}-h` },
      h('h2', { id: `${this.uid}-h` }, t.signIn),
      this.problem ? h('p', { class: 'problem', role: 'alert', tabindex: '-1' }, `${t.signInFailed}: ${this.problem}`) : null,
      dev ? this.devForm(t, dev) : null,
      this.tokenForm(t),
    );
  }

  tokenForm(t) {
    const id = `${this.uid}-token`;
    const input = h('input', {
      id,
      type: 'password',
      name: 'token',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': `${id}-hint`,
    });
    return h(
      'form',
      {
        class: 'token',
        onsubmit: (e) => {
          e.preventDefault();
          this.signInWith(() => Promise.resolve(input.value));
        },
      },
      h('p', {}, t.portalSignIn),
      h('label', { for: id }, t.token),
      input,
      h('p', { id: `${id}-hint`, class: 'hint' }, t.tokenHint),
      h('button', { type: 'submit' }, t.signIn),
    );
  }

  devForm(t, dev) {
    const id = `${this.uid}-user`;
    const select = h('select', { id, name: 'user' });
    const base = new URL(dev, location.href);
    fetch(new URL('users', base), { headers: { Accept: 'application/json' }, credentials: 'omit' })
      .then((r) => (r.ok ? r.json() : []))
      .then((users) => {
        for (const u of users) {
          const roles = u.roles.map((r) => t.roleNames[r] || r).join(', ');
          select.append(h('option', { value: u.id }, `${u.name} (${u.id}: ${roles}${u.unitName ? `, ${u.unitName}` : ''})`));
        }
      })
      .catch(() => {});
    return h(
      'form',
      {
        class: 'dev',
        onsubmit: (e) => {
          e.preventDefault();
          this.signInWith(async () => {
            const response = await fetch(new URL('token', base), {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
              body: JSON.stringify({ user: select.value }),
              credentials: 'omit',
            });
            const body = await response.json();
            if (!response.ok) throw new Error(body.detail || body.title);
            return body.token;
          });
        },
      },
      h('h3', {}, t.devSignIn),
      h('label', { for: id }, t.demoUser),
      select,
      h('button', { type: 'submit' }, t.signIn),
    );
  }

  async signInWith(tokenOf) {
    try {
      const token = await tokenOf();
      await session.use(token);
      this.problem = null;
    } catch (e) {
      this.problem = e instanceof TypeError && e.message === 'not a token' ? this.t.notAToken : e.message;
      this.render();
      this.shadowRoot.querySelector('.problem')?.focus();
    }
  }
}

if (!customElements.get('emulation-sign-in')) customElements.define('emulation-sign-in', EmulationSignIn);
