/**
 * Language helpers shared by the widgets: one cache of Intl formatters (a timeline of 10,000 events
 * must not build 10,000 of them; the countdown re-renders once a second at most), the calendar day
 * an instant falls on in a zone, counts in the catalogue language's digits, and `{v}` templates
 * filled.
 *
 * Where the browser's Intl has no data for Central Kurdish (Chromium has none), it would fall back
 * to English silently: "January 28, 2024" in a Kurdish widget. Then dates and numbers are formatted
 * in en-GB's order with Arabic-Indic digits and the Kurdish month names.
 */
import { zoneOffset } from '../story/dates.js';
import { catalogueLang } from './locale.js';

const cache = new Map<string, unknown>();

/** Central Kurdish (Sorani) names of the Gregorian months, January first. */
export const CKB_MONTHS = [
  'کانوونی دووەم',
  'شوبات',
  'ئازار',
  'نیسان',
  'ئایار',
  'حوزەیران',
  'تەممووز',
  'ئاب',
  'ئەیلوول',
  'تشرینی یەکەم',
  'تشرینی دووەم',
  'کانوونی یەکەم',
];

const EN_MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';

/** Whether this browser's Intl has no data for `lang` (it would silently answer in English). */
export const lacksIntlData = (lang: string): boolean => !Intl.DateTimeFormat.supportedLocalesOf(lang).length;

/** Whether `lang` is Central Kurdish and this browser's Intl knows nothing of it. */
const kurdishWithoutData = (lang: string): boolean => /^ckb(-|$)/i.test(lang) && lacksIntlData(lang);

/** An en-GB date formatter that writes Arabic-Indic digits and the Kurdish month names. */
function kurdishDates(options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const base = new Intl.DateTimeFormat('en-GB', { numberingSystem: 'arab', ...options });
  // Each English month name (long "September" or short "Sep"/"Sept", three letters at least) is
  // swapped for its Kurdish name by its first three letters; numeric months stay as they are.
  const join = (parts: Intl.DateTimeFormatPart[]) =>
    parts
      .map((p) => {
        const i = p.type === 'month' && p.value[2] ? EN_MONTHS.indexOf(p.value.slice(0, 3)) : -1;
        return i < 0 ? p.value : CKB_MONTHS[i / 3];
      })
      .join('');
  // (A plain object: Intl's `format` is a getter, which a copy of the formatter could not override.
  // It has the two methods the widgets call.)
  return {
    format: (date?: number | Date) => join(base.formatToParts(date)),
    formatRange: (a: number | Date, b: number | Date) => join(base.formatRangeToParts(a, b)),
  } as Intl.DateTimeFormat;
}

/**
 * An Intl formatter for a language and options, built once. An unknown language tag falls back to
 * English rather than show nothing.
 */
export function intl<O extends object, T>(Ctor: new (lang: string, options?: O) => T, lang: string, options?: O): T {
  const key = Ctor.name + lang + JSON.stringify(options);
  let made = cache.get(key) as T | undefined;
  if (!made) {
    try {
      if (!kurdishWithoutData(lang)) made = new Ctor(lang, options);
      else if ((Ctor as unknown) === Intl.DateTimeFormat) made = kurdishDates(options) as T;
      else made = new Ctor('en-GB', { numberingSystem: 'arab', ...options } as O);
    } catch {
      made = new Ctor('en-GB', options);
    }
    cache.set(key, made);
  }
  return made;
}

/** A calendar day (year, month 1–12, day 1–31) with no time or zone. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The calendar day an instant falls on in a zone. */
export function dayIn(instant: number, timeZone: string): CalendarDay {
  const d = new Date(instant + zoneOffset(instant, timeZone));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A catalogue sentence with `{v}` replaced by a value (taken as text: `$&` in it stays as written). */
export function fill(template: string, value: string): string {
  return template.replace('{v}', () => value);
}

/** A count in the digits of the catalogue language the reader gets ("24", "٢٤" where that is the default). */
export function formatCount(n: number, lang: string): string {
  return intl(Intl.NumberFormat, catalogueLang(lang)).format(n);
}
