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
const HOUR = 3600;
const DAY = 86400;
const WEEK = 7 * DAY;

/**
 * Time left until `due`, in the largest sensible units: days from a week up, days and hours under
 * a week, hours, minutes and seconds under a day. The remainder is rounded up to the whole second,
 * so the count reads "1 second" in the last second and reaches the deadline exactly at `due`.
 */
export function timeLeft(now: number, due: number): Reading {
  const ms = due - now;
  const s = Math.ceil(ms / SECOND);
  let step: number;
  let parts: Array<[Unit, number]>;
  if (s >= WEEK) {
    step = DAY;
    parts = [['day', Math.floor(s / DAY)]];
  } else if (s >= DAY) {
    step = HOUR;
    parts = [
      ['day', Math.floor(s / DAY)],
      ['hour', Math.floor((s % DAY) / HOUR)],
    ];
  } else {
    step = 1;
    const h = Math.floor(s / HOUR);
    const m = Math.floor((s % HOUR) / 60);
    parts = [
      ['hour', h],
      ['minute', m],
      ['second', s % 60],
    ];
    // Leading zeros say nothing ("0 hours, 5 minutes"); inner zeros stay so the shape holds still.
    while (parts.length > 1 && parts[0]![1] === 0) parts.shift();
  }
  // The value changes when the rounded-up seconds fall below the last whole step shown.
  const kept = Math.floor(s / step) * step;
  return { parts, next: due - (kept - 1) * SECOND };
}

/** The last calendar day of a deadline period that ends (exclusively) at `due`. */
export function lastDayBefore(due: number, timeZone: string): CalendarDay {
  return dayIn(due - 1, timeZone);
}

const dayNumber = (d: CalendarDay) => Date.UTC(d.year, d.month - 1, d.day) / (DAY * SECOND);

/** The same day `years` later, 29 February landing on 28 February in common years. */
function addYears(d: CalendarDay, years: number): CalendarDay {
  const year = d.year + years;
  const last = new Date(Date.UTC(year, d.month, 0)).getUTCDate();
  return { year, month: d.month, day: Math.min(d.day, last) };
}

/** Whole years, then the days left over, from `from` to `to` (`to` not earlier than `from`). */
export function calendarSpan(from: CalendarDay, to: CalendarDay): ReadonlyArray<readonly [Unit, number]> {
  let years = to.year - from.year;
  if (years > 0 && dayNumber(addYears(from, years)) > dayNumber(to)) years -= 1;
  const days = dayNumber(to) - dayNumber(addYears(from, Math.max(0, years)));
  if (years === 0) return [['day', days]];
  return days > 0 ? [['year', years], ['day', days]] : [['year', years]];
}

/** Time since a deadline that passed at `due`, changing at the next midnight in the story's zone. */
export function timeSince(now: number, due: number, timeZone: string): Reading {
  const today = dayIn(now, timeZone);
  const parts = calendarSpan(lastDayBefore(due, timeZone), today);
  return { parts, next: zonedInstant(today.year, today.month, today.day + 1, timeZone) };
}
