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
  /** Unit names by plural category (chosen with Intl.PluralRules). */
  units: Readonly<Record<Unit, Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { other: string }>>;
  /** Month names, January first, and the order of a full date. */
  months: readonly string[];
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
  /** The deadline as a phrase, from its formatted date and precision. */
  byEndOf: (date: string) => string;
  on: (date: string) => string;
  /** An event's date and its distance from the deadline, joined. */
  when: (date: string, distance: string) => string;
  deadline: string;
  whatHappened: string;
  /** The whole sentence a screen reader hears as the count's name. */
  sentence: (count: string, label: string, deadline: string) => string;
  /** Said once, politely, when the deadline passes while the page is open. */
  reached: (label: string) => string;
  provenance: Readonly<Record<Exclude<Provenance, 'official'>, string>>;
  noMilestones: string;
  unknownMilestone: (id: string) => string;
  /** Names for when the browser's Intl does not know the language (Central Kurdish in Chromium). */
  fallback?: FallbackNames;
}

export const countdownMessages: Readonly<Record<Supported, CountdownMessages>> = {
  en: {
    left: '{v} left',
    since: '{v} since the deadline',
    after: '{v} after the deadline',
    byEndOf: (d) => `by the end of ${d}`,
    on: (d) => `on ${d}`,
    when: (d, v) => `${d}, ${v}`,
    deadline: 'Deadline',
    whatHappened: 'What happened after the deadline',
    sentence: (count, label, deadline) => `${count}: ${label}, ${deadline}.`,
    reached: (label) => `The deadline has passed: ${label}.`,
    provenance: { reported: 'Reported, not official', claimed: 'Claimed, not confirmed' },
    noMilestones: 'This story has no milestones.',
    unknownMilestone: (id) => `This story has no milestone "${id}".`,
  },
  ar: {
    left: 'بقي {v}',
    since: 'مضى {v} على انقضاء الموعد',
    after: 'بعد {v} من انقضاء الموعد',
    byEndOf: (d) => `بحلول نهاية ${d}`,
    on: (d) => `في ${d}`,
    when: (d, v) => `${d}، ${v}`,
    deadline: 'الموعد النهائي',
    whatHappened: 'ما جرى بعد انقضاء الموعد',
    sentence: (count, label, deadline) => `${count}: ${label}، ${deadline}.`,
    reached: (label) => `انقضى الموعد النهائي: ${label}.`,
    provenance: { reported: 'وفق تقارير، غير رسمي', claimed: 'ادعاء غير مؤكَّد' },
    noMilestones: 'لا مواعيد في هذه القصة.',
    unknownMilestone: (id) => `لا موعد بالمعرّف "${id}" في هذه القصة.`,
  },
  ckb: {
    left: '{v} ماوە',
    since: '{v} بەسەر وادەکەدا تێپەڕیوە',
    after: '{v} دوای وادەکە',
    byEndOf: (d) => `تا کۆتایی ${d}`,
    on: (d) => `لە ${d}`,
    when: (d, v) => `${d}، ${v}`,
    deadline: 'وادە',
    whatHappened: 'ئەوەی دوای وادەکە ڕوویدا',
    sentence: (count, label, deadline) => `${count}: ${label}، ${deadline}.`,
    reached: (label) => `وادەکە تێپەڕی: ${label}.`,
    provenance: { reported: 'ڕاپۆرت کراوە، فەرمی نییە', claimed: 'بانگەشەیە، پشتڕاست نەکراوەتەوە' },
    noMilestones: 'ئەم چیرۆکە هیچ وادەیەکی تێدا نییە.',
    unknownMilestone: (id) => `ئەم چیرۆکە وادەی "${id}"ی تێدا نییە.`,
    fallback: {
      units: {
        year: { other: 'ساڵ' },
        day: { other: 'ڕۆژ' },
        hour: { other: 'کاتژمێر' },
        minute: { other: 'خولەک' },
        second: { other: 'چرکە' },
      },
      months: ['کانوونی دووەم', 'شوبات', 'ئازار', 'نیسان', 'ئایار', 'حوزەیران', 'تەممووز', 'ئاب', 'ئەیلوول', 'تشرینی یەکەم', 'تشرینی دووەم', 'کانوونی یەکەم'],
      dayDate: (d, mo, y) => `${d}ی ${mo}ی ${y}`,
      and: ' و ',
    },
  },
};
