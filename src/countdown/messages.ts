/**
 * Interface strings of <milestone-countdown> in every supported language. Sentences that wrap a
 * number carry `{v}` where the formatted value goes, so each language orders its own words and the
 * value can still be its own element (`part="value"`). Unit names are used only where the browser's
 * Intl has no data for the language (Central Kurdish in Chromium today).
 */
import type { Supported } from '../i18n/locale.js';
import type { Provenance } from '../story/model.js';
import type { Unit } from './duration.js';

export interface FallbackNames {
  /** Unit names, after any number (a Central Kurdish noun after a numeral stays singular). */
  units: Readonly<Record<Unit, string>>;
  /** The order of a full date, with the month's name. */
  dayDate: (day: string, month: string, year: string) => string;
  and: string;
}

export interface CountdownMessages {
  /** "{v} left", before the deadline. */
  left: string;
  /** "{v} since the deadline", after it. */
  since: string;
  /** "{v} after the deadline", for an event that followed it. */
  after: string;
  /** The deadline as a phrase: by the `end` of a month or a year, `on` a day; `{v}` is its date. */
  end: string;
  on: string;
  /** What joins the parts of a sentence (an event's date and its distance; the count's name). */
  sep: string;
  /** "Deadline", before its date. */
  due: string;
  /** The heading of the events that followed the deadline. */
  events: string;
  /** Said once, politely, when the deadline passes while the page is open; `{v}` is the label. */
  passed: string;
  /** The provenance of a milestone that is not official. */
  prov: Readonly<Record<Exclude<Provenance, 'official'>, string>>;
  none: string;
  unknown: string;
  /** Names for when the browser's Intl does not know the language (Central Kurdish in Chromium). */
  fallback?: FallbackNames;
}

export const countdownMessages: Readonly<Record<Supported, CountdownMessages>> = {
  en: {
    left: '{v} left',
    since: '{v} since the deadline',
    after: '{v} after the deadline',
    end: 'by the end of {v}',
    on: 'on {v}',
    sep: ', ',
    due: 'Deadline',
    events: 'What happened after the deadline',
    passed: 'The deadline has passed: {v}.',
    prov: { reported: 'Reported, not official', claimed: 'Claimed, not confirmed' },
    none: 'This story has no milestones.',
    unknown: 'This story has no milestone "{v}".',
  },
  ar: {
    left: 'بقي {v}',
    since: 'مضى {v} على انقضاء الموعد',
    after: 'بعد {v} من انقضاء الموعد',
    end: 'بحلول نهاية {v}',
    on: 'في {v}',
    sep: '، ',
    due: 'الموعد النهائي',
    events: 'ما جرى بعد انقضاء الموعد',
    passed: 'انقضى الموعد النهائي: {v}.',
    prov: { reported: 'وفق تقارير، غير رسمي', claimed: 'ادعاء غير مؤكَّد' },
    none: 'لا مواعيد في هذه القصة.',
    unknown: 'لا موعد بالمعرّف "{v}" في هذه القصة.',
  },
  ckb: {
    left: '{v} ماوە',
    since: '{v} بەسەر وادەکەدا تێپەڕیوە',
    after: '{v} دوای وادەکە',
    end: 'تا کۆتایی {v}',
    on: 'لە {v}',
    sep: '، ',
    due: 'وادە',
    events: 'ئەوەی دوای وادەکە ڕوویدا',
    passed: 'وادەکە تێپەڕی: {v}.',
    prov: { reported: 'ڕاپۆرت کراوە، فەرمی نییە', claimed: 'بانگەشەیە، پشتڕاست نەکراوەتەوە' },
    none: 'ئەم چیرۆکە هیچ وادەیەکی تێدا نییە.',
    unknown: 'ئەم چیرۆکە وادەی "{v}"ی تێدا نییە.',
    fallback: {
      units: {
        year: 'ساڵ',
        day: 'ڕۆژ',
        hour: 'کاتژمێر',
        minute: 'خولەک',
        second: 'چرکە',
      },
      dayDate: (d, mo, y) => `${d}ی ${mo}ی ${y}`,
      and: ' و ',
    },
  },
};
