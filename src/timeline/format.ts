/**
 * Dates as precise as the data and no more: a year as "2003", a month as "Sep 2026", a day as
 * "28 Jan 2024", an instant with its time; a range as a range; "approximately" said in words.
 * Always in the story's time zone, in the reader's language. Formatters are cached: a timeline of
 * 10,000 events must not build 10,000 of them.
 */
import type { Precision, StoryDate } from '../story/dates.js';

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'short' },
  day: { year: 'numeric', month: 'short', day: 'numeric' },
  instant: { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
};

const cache = new Map<string, Intl.DateTimeFormat>();

/** A bare "en" reads day-month-year, unambiguous for readers anywhere; regional tags keep theirs. */
export function intlLocale(lang: string): string {
  return lang.toLowerCase() === 'en' ? 'en-GB' : lang;
}

export function formatter(lang: string, precision: Precision, timeZone: string): Intl.DateTimeFormat {
  const key = `${lang}|${precision}|${timeZone}`;
  let fmt = cache.get(key);
  if (!fmt) {
    try {
      fmt = new Intl.DateTimeFormat(intlLocale(lang), { ...OPTIONS[precision], timeZone });
    } catch {
      // An unknown language tag: fall back to English rather than show nothing.
      fmt = new Intl.DateTimeFormat('en-GB', { ...OPTIONS[precision], timeZone });
    }
    cache.set(key, fmt);
  }
  return fmt;
}

/** The date (and its end, when it is a range) at its own precision; `approx` wraps an uncertain one. */
export function formatStoryDate(
  date: StoryDate,
  end: StoryDate | undefined,
  lang: string,
  approx: (text: string) => string,
): string {
  const fmt = formatter(lang, date.precision, date.timeZone);
  const text = end ? fmt.formatRange(date.start, end.start) : fmt.format(date.start);
  return date.approximate ? approx(text) : text;
}

/** The calendar year an instant falls in, in the story's zone (for the year headings). */
export function yearOf(instant: number, timeZone: string): number {
  const part = formatter('en', 'year', timeZone).formatToParts(instant).find((p) => p.type === 'year');
  return Number(part?.value);
}
