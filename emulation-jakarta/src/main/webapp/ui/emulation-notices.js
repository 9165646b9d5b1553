// <emulation-notices lang>: the caller's notices of the procedure (ADR 0046) — returns with their
// reasons, acceptances, cases sent to Home Affairs, deadlines near — newest first, with a badge of
// the unread ones and a button to mark each read; and the caller's settings (the language and the
// address of the mails). A client of GET /api/notices, /notices/unread, POST /notices/{id}/read and
// GET/PUT /notices/settings only; the words of each notice are the API's, in both languages.

import { h } from './dom.js';
import { SignedApi } from './session.js';
import { language } from './texts.js';
import { moment } from './cases.js';

const STYLES = [
  new URL('work-elements.css', import.meta.url).href,
  new URL('cases.css', import.meta.url).href,
];

const TEXTS = {
  vi: {
    heading: 'Thông báo',
    unread: (n) => `${n} chưa đọc`,
    none: 'Chưa có thông báo nào.',
    markRead: 'Đánh dấu đã đọc',
    read: 'Đã đọc',
    settings: 'Nhận thông báo qua thư điện tử',
    language: 'Ngôn ngữ của thư',
    email: 'Địa chỉ thư điện tử (để trống: không gửi thư)',
    save: 'Lưu',
    saved: 'Đã lưu.',
    failed: 'Không thực hiện được',
  },
  en: {
    heading: 'Notices',
    unread: (n) => `${n} unread`,
    none: 'No notices yet.',
    markRead: 'Mark read',
    read: 'Read',
    settings: 'Notices by e-mail',
    language: 'Language of the mails',
    email: 'E-mail address (empty: no mail)',
    save: 'Save',
    saved: 'Saved.',
    failed: 'It could not be done',
  },
};

export class EmulationNotices extends HTMLElement {
  static get observedAttributes() {
    return ['lang'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.page = null;
    this.count = 0;
    this.settings = null;
    this.said = '';
  }

  get lang() {
    return language(this.getAttribute('lang') || document.documentElement.lang);
  }

  get api() {
    return new SignedApi(this.getAttribute('api') || undefined, this.lang);
  }

  connectedCallback() {
    this.load();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.render();
  }

  async load() {
    try {
      [this.page, this.count, this.settings] = await Promise.all([
        this.api.get('notices', { size: 50 }),
        this.api.get('notices/unread').then((c) => c.unread),
        this.api.get('notices/settings'),
      ]);
    } catch (e) {
      this.said = `${TEXTS[this.lang].failed}: ${e.message}`;
    }
    this.render();
  }

  async markRead(id) {
    try {
      await this.api.call('POST', `notices/${encodeURIComponent(id)}/read`);
      await this.load();
      const next = this.shadowRoot.querySelector('h2');
      if (next) next.focus();
    } catch (e) {
      this.said = `${TEXTS[this.lang].failed}: ${e.message}`;
      this.render();
    }
  }

  async save(form) {
    const email = form.querySelector('input[name=email]').value.trim();
    const lang = form.querySelector('select[name=language]').value;
    try {
      this.settings = (
        await this.api.call('PUT', 'notices/settings', { json: { language: lang, email: email || null } })
      ).body;
      this.said = TEXTS[this.lang].saved;
    } catch (e) {
      this.said = `${TEXTS[this.lang].failed}: ${e.message}`;
    }
    this.render();
  }

  render() {
    const t = TEXTS[this.lang];
    const l = this.lang;
    const items = (this.page && this.page.items) || [];
    const list = items.length
      ? h(
          'ul',
          { class: 'notices' },
          ...items.map((n) =>
            h(
              'li',
              { class: `notice${n.kind === 'RETURNED' ? ' returned' : ''}`, 'data-id': n.id, 'data-read': String(n.read) },
              h('h3', {}, n.subject[l] || n.subject.vi),
              h('p', { class: 'when' }, moment(n.createdAt, l)),
              ...(n.body[l] || n.body.vi).split('\n').map((line) => h('p', {}, line)),
              n.read
                ? h('p', { class: 'label' }, t.read)
                : h('button', { type: 'button', onclick: () => this.markRead(n.id) }, t.markRead),
            ),
          ),
        )
      : h('p', {}, t.none);
    const s = this.settings || { language: 'vi', email: null };
    const form = h(
      'form',
      {
        class: 'notice-settings',
        onsubmit: (e) => {
          e.preventDefault();
          this.save(e.target);
        },
      },
      h('h3', {}, t.settings),
      h(
        'label',
        {},
        t.language,
        h(
          'select',
          { name: 'language' },
          h('option', { value: 'vi', selected: s.language === 'vi' }, 'Tiếng Việt'),
          h('option', { value: 'en', selected: s.language === 'en' }, 'English'),
        ),
      ),
      h('label', {}, t.email, h('input', { name: 'email', type: 'email', value: s.email || '', autocomplete: 'email' })),
      h('button', { type: 'submit' }, t.save),
    );
    this.shadowRoot.replaceChildren(
      ...STYLES.map((href) => h('link', { rel: 'stylesheet', href })),
      h(
        'section',
        { 'aria-labelledby': 'notices-heading' },
        h('h2', { id: 'notices-heading', tabindex: '-1' }, t.heading, ' ', h('span', { class: 'badge', 'aria-live': 'polite' }, t.unread(this.count))),
        h('p', { class: 'announce', role: 'status' }, this.said),
        list,
        form,
      ),
    );
  }
}

customElements.define('emulation-notices', EmulationNotices);
