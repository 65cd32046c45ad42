/**
 * The countdown's arithmetic, kept apart from the DOM so it can be reasoned about and tested alone.
 * Time left is counted between instants (the same for every reader, whatever their zone); time
 * since is counted in whole calendar days and years in the story's zone, from the deadline's last
 * day, because a reader asks "how long ago was the end of September 2025", not "how many hours".
 */
import { zonedInstant } from '../story/dates.js';
import { dayIn, type CalendarDay } from '../i18n/intl.js';

export type Unit = 'year' | 'day' | 'hour' | 'minute' | 'second';

/** The units a time left is counted in (a year is not a fixed number of seconds). */
type ClockUnit = Exclude<Unit, 'year'>;

/** One amount of a reading: `['day', 6]`. */
export type Amount = readonly [Unit, number];

/** One shown amount, e.g. `[['day', 6], ['hour', 23]]`, with the instant it next changes. */
export interface Reading {
  readonly amounts: readonly Amount[];
  /** Epoch ms at which the shown value changes next (a day, minute or second boundary). */
  readonly next: number;
}

const MS_PER_SECOND = 1000;
const SECONDS_PER_DAY = 86_400;
const MS_PER_DAY = SECONDS_PER_DAY * MS_PER_SECOND;

const SECONDS_IN: Readonly<Record<ClockUnit, number>> = {
  day: SECONDS_PER_DAY,
  hour: 3600,
  minute: 60,
  second: 1,
};

/** The units a time left is shown in: days from a week up, days and hours under a week, hours,
 * minutes and seconds under a day. */
function unitsFor(secondsLeft: number): readonly ClockUnit[] {
  if (secondsLeft >= 7 * SECONDS_PER_DAY) return ['day'];
  if (secondsLeft >= SECONDS_PER_DAY) return ['day', 'hour'];
  return ['hour', 'minute', 'second'];
}

/**
 * Time left until `due`, in the largest sensible units (see `unitsFor`). The remainder is rounded
 * up to the whole second, so the count reads "1 second" in the last second and reaches the deadline
 * exactly at `due`.
 */
export function timeLeft(now: number, due: number): Reading {
  const secondsLeft = Math.ceil((due - now) / MS_PER_SECOND);
  const units = unitsFor(secondsLeft);
  // Each unit counts what the larger ones before it leave over.
  const amounts: Amount[] = [];
  let rest = secondsLeft;
  for (const unit of units) {
    const amount = Math.floor(rest / SECONDS_IN[unit]);
    amounts.push([unit, amount]);
    rest -= amount * SECONDS_IN[unit];
  }
  // Leading zeros say nothing ("0 hours, 5 minutes"); inner zeros stay so the shape holds still.
  while (amounts.length > 1 && amounts[0]![1] === 0) amounts.shift();
  // The value shown holds while the seconds left (rounded up) stay at or above the last whole
  // step of the smallest unit; it changes one second below that.
  const step = SECONDS_IN[units[units.length - 1]!];
  const lastStep = Math.floor(secondsLeft / step) * step;
  return { amounts, next: due - (lastStep - 1) * MS_PER_SECOND };
}

/** The same calendar day `years` later, as epoch ms at UTC midnight; 29 February lands on
 * 28 February in a common year. */
function sameDayYearsLater(day: CalendarDay, years: number): number {
  const year = day.year + years;
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(year, day.month, 0)).getUTCDate();
  return Date.UTC(year, day.month - 1, Math.min(day.day, daysInMonth));
}

/** Whole years, then the days left over, from `from` to `to` (`to` not earlier than `from`). */
export function calendarSpan(from: CalendarDay, to: CalendarDay): readonly Amount[] {
  const end = Date.UTC(to.year, to.month - 1, to.day);
  let years = to.year - from.year;
  if (sameDayYearsLater(from, years) > end) years -= 1;
  const days = (end - sameDayYearsLater(from, years)) / MS_PER_DAY;
  if (years === 0) return [['day', days]];
  if (days === 0) return [['year', years]];
  return [
    ['year', years],
    ['day', days],
  ];
}

/**
 * Time since a deadline whose period ended with the calendar day `lastDay` (the day of the instant
 * just before the deadline, in the story's zone), changing at the next midnight in that zone.
 */
export function timeSince(now: number, lastDay: CalendarDay, timeZone: string): Reading {
  const today = dayIn(now, timeZone);
  const amounts = calendarSpan(lastDay, today);
  return { amounts, next: zonedInstant(today.year, today.month, today.day + 1, timeZone) };
}
