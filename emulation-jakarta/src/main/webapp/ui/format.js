// Numbers, percentages and dates in the reader's conventions through Intl: Vietnamese by default
// (81,57 %, 31/12/2025), English on request. The API's values are exact decimals with two to six
// places; formatting keeps every place it sent.

const LOCALES = { vi: 'vi-VN', en: 'en-GB' };

export class Formats {
  constructor(lang) {
    const locale = LOCALES[lang] || LOCALES.vi;
    this.locale = locale;
    this.decimal = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 6,
    });
    this.plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
    this.integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    this.date = new Intl.DateTimeFormat(locale, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    });
  }

  /** A figure of an indicator measured in `unit` (PERCENT, COUNT, VND); null is no data. */
  figure(value, unit) {
    if (value === null || value === undefined) return null;
    switch (unit) {
      case 'PERCENT':
        return `${this.decimal.format(value)}\u00a0%`;
      case 'VND':
        return `${this.plain.format(value)}\u00a0₫`;
      default:
        return this.plain.format(value);
    }
  }

  /** A threshold: no trailing zeros (80 %, 99,5 %). */
  threshold(value, unit) {
    if (value === null || value === undefined) return null;
    const n = this.plain.format(value);
    return unit === 'PERCENT' ? `${n}\u00a0%` : unit === 'VND' ? `${n}\u00a0₫` : n;
  }

  /** A gap, signed: +1,50 or −2,25 (points for a percentage). */
  gap(value, unit) {
    if (value === null || value === undefined) return null;
    const n = (unit === 'PERCENT' ? this.decimal : this.plain).format(Math.abs(value));
    const sign = value > 0 ? '+' : value < 0 ? '\u2212' : '';
    return sign + n;
  }

  count(n) {
    return this.integer.format(n);
  }

  /** An ISO day (YYYY-MM-DD) as dd/mm/yyyy. */
  day(iso) {
    if (!iso) return null;
    return this.date.format(new Date(`${iso}T00:00:00Z`));
  }
}
