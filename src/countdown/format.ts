/**
 * Numbers, durations and dates in the reader's language and digits, by Intl: NumberFormat's units
 * (the same words as DurationFormat, and in every browser), ListFormat to join them, DateTimeFormat
 * in the story's zone. Where Intl has no data for a language (Central Kurdish in Chromium), the
 * catalogue's unit and month names stand in and the digits still come from NumberFormat.
 */
import type { StoryDate } from '../story/dates.js';
import type { CountdownMessages, FallbackNames } from './messages.js';
import type { Unit } from './duration.js';
import { CKB_MONTHS, dayIn, intl, lacksIntlData } from '../i18n/intl.js';
import { catalogueLang } from '../i18n/locale.js';

/** Arabic-Indic digits for Arabic and Kurdish unless the tag names its own numbering system
 * (`ar-u-nu-latn`). Passed as an option, so it holds even where Intl lacks the language itself. */
function digits(lang: string): { numberingSystem?: string } {
  // (Every catalogue language but English is Arabic or Kurdish.)
  return catalogueLang(lang) !== 'en' && !/-u-(?:.*-)?nu-/i.test(lang) ? { numberingSystem: 'arab' } : {};
}

/** The catalogue's own names when this browser's Intl has no data for the language (Intl would
 * otherwise fall back to English silently); undefined when Intl can do the job. */
const fallbackFor = (lang: string, m: CountdownMessages): FallbackNames | undefined =>
  lacksIntlData(lang) ? m.fallback : undefined;

/** A number in the reader's digits; `grouping` off for years ("2026", not "2,026"). */
export function formatNumber(n: number, lang: string, grouping = true): string {
  return intl(Intl.NumberFormat, lang, { ...digits(lang), useGrouping: grouping }).format(n);
}

/** Several amounts as one phrase: "1 year and 56 days", "٥٦ يومًا", "١ ساڵ و ٥٦ ڕۆژ". */
export function formatAmounts(
  parts: ReadonlyArray<readonly [Unit, number]>,
  lang: string,
  m: CountdownMessages,
): string {
  const fb = fallbackFor(lang, m);
  const items = parts.map(([unit, n]) =>
    fb
      ? `${formatNumber(n, lang)} ${fb.units[unit]}`
      : intl(Intl.NumberFormat, lang, { ...digits(lang), style: 'unit', unit, unitDisplay: 'long' }).format(n),
  );
  return fb ? items.join(fb.and) : intl(Intl.ListFormat, lang).format(items);
}

/** How a deadline at month or year precision is written; anything finer is a day. */
export const PRECISION: Partial<Record<StoryDate['precision'], Intl.DateTimeFormatOptions>> = {
  year: { year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
};

/** A story date at its own precision, in its own zone: "September 2026", "2026", "Jan 17, 2026".
 * Where Intl lacks the language, months and years come from the shared Kurdish date formatter
 * (src/i18n/intl.ts); a day is written in the catalogue's own order ("١٧ی کانوونی دووەمی ٢٠٢٦"). */
export function formatStoryDate(date: StoryDate, lang: string, m: CountdownMessages): string {
  const options = PRECISION[date.precision];
  const fb = !options && fallbackFor(lang, m);
  if (fb) {
    const d = dayIn(date.start, date.timeZone);
    return fb.dayDate(formatNumber(d.day, lang), CKB_MONTHS[d.month - 1]!, formatNumber(d.year, lang, false));
  }
  return intl(Intl.DateTimeFormat, lang, {
    ...digits(lang),
    ...(options ?? { day: 'numeric', month: 'short', year: 'numeric' }),
    timeZone: date.timeZone,
  }).format(date.start);
}
