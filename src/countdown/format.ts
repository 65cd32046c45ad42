/**
 * Numbers, durations and dates in the reader's language and digits, by Intl: NumberFormat's units
 * (the same words as DurationFormat, and in every browser), ListFormat to join them, DateTimeFormat
 * in the story's zone. Every formatter comes from the shared cache (`intl()`), so a render builds
 * none. Where Intl has no data for a language (Central Kurdish in Chromium), the catalogue's unit
 * and month names stand in and the digits still come from NumberFormat.
 */
import type { Precision, StoryDate } from '../story/dates.js';
import type { CountdownMessages, FallbackNames } from './messages.js';
import type { Amount } from './duration.js';
import { CKB_MONTHS, dayIn, intl, lacksIntlData } from '../i18n/intl.js';
import { catalogueLang } from '../i18n/locale.js';

/** A tag that names its own numbering system, such as `ar-u-nu-latn`. */
const NAMES_NUMBERING_SYSTEM = /-u-(?:.*-)?nu-/i;

/**
 * Arabic-Indic digits for Arabic and Kurdish (every catalogue language but English) unless the tag
 * names its own numbering system. Passed as an option, so it holds even where Intl lacks the
 * language itself.
 */
function digitsFor(lang: string): { numberingSystem?: string } {
  if (catalogueLang(lang) === 'en' || NAMES_NUMBERING_SYSTEM.test(lang)) return {};
  return { numberingSystem: 'arab' };
}

/** The catalogue's own names when this browser's Intl has no data for the language (Intl would
 * otherwise fall back to English silently); undefined when Intl can do the job. */
function fallbackNames(lang: string, messages: CountdownMessages): FallbackNames | undefined {
  return lacksIntlData(lang) ? messages.fallback : undefined;
}

/** A number in the reader's digits; `grouping` off for years ("2026", not "2,026"). */
export function formatNumber(n: number, lang: string, grouping = true): string {
  return intl(Intl.NumberFormat, lang, { ...digitsFor(lang), useGrouping: grouping }).format(n);
}

/** Several amounts as one phrase: "1 year and 56 days", "٥٦ يومًا", "١ ساڵ و ٥٦ ڕۆژ". */
export function formatAmounts(amounts: readonly Amount[], lang: string, messages: CountdownMessages): string {
  const fallback = fallbackNames(lang, messages);
  if (fallback) {
    return amounts.map(([unit, n]) => `${formatNumber(n, lang)} ${fallback.units[unit]}`).join(fallback.and);
  }
  const words = amounts.map(([unit, n]) =>
    intl(Intl.NumberFormat, lang, { ...digitsFor(lang), style: 'unit', unit, unitDisplay: 'long' }).format(n),
  );
  return intl(Intl.ListFormat, lang).format(words);
}

/** A short day: "Jan 17, 2026". */
const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/** How a story date is written at each precision (an instant as its day). */
const DATE_FORMATS: Readonly<Record<Precision, Intl.DateTimeFormatOptions>> = {
  year: { year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  day: DAY,
  instant: DAY,
};

/**
 * A story date at its own precision, in its own zone: "September 2026", "2026", "Jan 17, 2026".
 * Where Intl lacks the language, months and years come from the shared Kurdish date formatter
 * (src/i18n/intl.ts); a day is written in the catalogue's own order ("١٧ی کانوونی دووەمی ٢٠٢٦").
 */
export function formatStoryDate(date: StoryDate, lang: string, messages: CountdownMessages): string {
  const writtenAsDay = date.precision === 'day' || date.precision === 'instant';
  const fallback = writtenAsDay ? fallbackNames(lang, messages) : undefined;
  if (fallback) {
    const day = dayIn(date.start, date.timeZone);
    const month = CKB_MONTHS[day.month - 1]!;
    return fallback.dayDate(formatNumber(day.day, lang), month, formatNumber(day.year, lang, false));
  }
  const options = { ...digitsFor(lang), ...DATE_FORMATS[date.precision], timeZone: date.timeZone };
  return intl(Intl.DateTimeFormat, lang, options).format(date.start);
}
