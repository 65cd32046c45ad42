/**
 * Dates as precise as the data and no more: a year as "2003", a month as "Sep 2026", a day as
 * "28 Jan 2024", an instant with its time; a range as a range; "approximately" said in words.
 * Always in the story's time zone, in the reader's language.
 */
import type { Precision, StoryDate } from '../story/dates.js';
import { fill, intl } from '../i18n/intl.js';

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'short' },
  day: { year: 'numeric', month: 'short', day: 'numeric' },
  instant: {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  },
};

/** A bare "en" reads day-month-year, unambiguous for readers anywhere; regional tags keep theirs. */
function dateLocale(lang: string): string {
  return lang.toLowerCase() === 'en' ? 'en-GB' : lang;
}

/** Dates at one precision, in the reader's language and the story's time zone. */
export function formatter(lang: string, precision: Precision, timeZone: string): Intl.DateTimeFormat {
  return intl(Intl.DateTimeFormat, dateLocale(lang), { ...OPTIONS[precision], timeZone });
}

/**
 * The date (and its end, when it is a range) at its own precision; `approximately` ("c. {v}") wraps
 * an uncertain one.
 */
export function formatStoryDate(
  date: StoryDate,
  end: StoryDate | undefined,
  lang: string,
  approximately: string,
): string {
  const dateFormat = formatter(lang, date.precision, date.timeZone);
  const text = end ? dateFormat.formatRange(date.start, end.start) : dateFormat.format(date.start);
  return date.approximate ? fill(approximately, text) : text;
}
