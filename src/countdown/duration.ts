/**
 * The countdown's arithmetic, kept apart from the DOM so it can be reasoned about and tested alone.
 * Time left is counted between instants (the same for every reader, whatever their zone); time
 * since is counted in whole calendar days and years in the story's zone, from the deadline's last
 * day, because a reader asks "how long ago was the end of September 2025", not "how many hours".
 */
import { zonedInstant } from '../story/dates.js';
import { dayIn, type CalendarDay } from '../i18n/intl.js';

export type Unit = 'year' | 'day' | 'hour' | 'minute' | 'second';

/** One shown amount, e.g. `[['day', 6], ['hour', 23]]`, with the instant it next changes. */
export interface Reading {
  readonly parts: ReadonlyArray<readonly [Unit, number]>;
  /** Epoch ms at which the shown value changes next (a day, minute or second boundary). */
  readonly next: number;
}

const SECOND = 1000;
const DAY = 86400;

/** The units a time left can show, with their length in seconds. */
const UNITS: ReadonlyArray<readonly [Unit, number]> = [
  ['day', DAY],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/**
 * Time left until `due`, in the largest sensible units: days from a week up, days and hours under
 * a week, hours, minutes and seconds under a day. The remainder is rounded up to the whole second,
 * so the count reads "1 second" in the last second and reaches the deadline exactly at `due`.
 */
export function timeLeft(now: number, due: number): Reading {
  const s = Math.ceil((due - now) / SECOND);
  const units = s >= 7 * DAY ? UNITS.slice(0, 1) : s >= DAY ? UNITS.slice(0, 2) : UNITS.slice(1);
  // Each unit counts what the larger one before it leaves over.
  const parts = units.map(([unit, size], i): [Unit, number] => [
    unit,
    Math.floor((i ? s % units[i - 1]![1] : s) / size),
  ]);
  // Leading zeros say nothing ("0 hours, 5 minutes"); inner zeros stay so the shape holds still.
  while (parts.length > 1 && parts[0]![1] === 0) parts.shift();
  // The value changes when the rounded-up seconds fall below the last whole step shown.
  const step = units[units.length - 1]![1];
  const kept = Math.floor(s / step) * step;
  return { parts, next: due - (kept - 1) * SECOND };
}

/** Whole years, then the days left over, from `from` to `to` (`to` not earlier than `from`). */
export function calendarSpan(from: CalendarDay, to: CalendarDay): ReadonlyArray<readonly [Unit, number]> {
  // The same day `n` years later in epoch ms, 29 February landing on 28 February in common years.
  const later = (n: number) =>
    Date.UTC(
      from.year + n,
      from.month - 1,
      Math.min(from.day, new Date(Date.UTC(from.year + n, from.month, 0)).getUTCDate()),
    );
  const end = Date.UTC(to.year, to.month - 1, to.day);
  let years = to.year - from.year;
  if (later(years) > end) years -= 1;
  const days = (end - later(years)) / (DAY * SECOND);
  if (years === 0) return [['day', days]];
  return days > 0
    ? [
        ['year', years],
        ['day', days],
      ]
    : [['year', years]];
}

/** Time since a deadline whose period ended with the calendar day `last` (the day of the instant just
 * before the deadline, in the story's zone), changing at the next midnight in that zone. */
export function timeSince(now: number, last: CalendarDay, timeZone: string): Reading {
  const today = dayIn(now, timeZone);
  const parts = calendarSpan(last, today);
  return { parts, next: zonedInstant(today.year, today.month, today.day + 1, timeZone) };
}
