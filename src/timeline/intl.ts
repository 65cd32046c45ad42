/**
 * Language helpers shared by the timeline and the countdown: one cache of Intl formatters for both
 * (a timeline of 10,000 events must not build 10,000 of them; the countdown re-renders once a
 * second at most), the calendar day an instant falls on in a zone, counts in the catalogue
 * language's digits, and `{v}` templates filled. (Shared with the countdown from here; src/i18n
 * would be the natural home.)
 */
import { zoneOffset } from '../story/dates.js';
import { catalogueLang } from '../i18n/locale.js';

const cache = new Map<string, unknown>();

/**
 * An Intl formatter for a language and options, built once. An unknown language tag falls back to
 * English rather than show nothing.
 */
export function intl<O extends object, T>(Ctor: new (lang: string, options?: O) => T, lang: string, options?: O): T {
  const key = Ctor.name + lang + JSON.stringify(options);
  let made = cache.get(key) as T | undefined;
  if (!made) {
    try {
      made = new Ctor(lang, options);
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
