/**
 * Dates with their precision. A story date is an ISO 8601 string whose form says how precise it is:
 * "2003" (year), "2026-09" (month), "2024-01-28" (day) or "2024-02-02T21:00:00Z" (instant).
 * A period date covers the whole period in the story's time zone, so "September 2026" in Baghdad
 * runs from 2026-09-01T00:00 to 2026-10-01T00:00 Baghdad time. Plain TypeScript: no DOM.
 */

export type Precision = 'year' | 'month' | 'day' | 'instant';

export interface StoryDate {
  /** The date as written in the story. */
  readonly iso: string;
  readonly precision: Precision;
  /** The first instant of the period (epoch ms). */
  readonly start: number;
  /** The instant just after the period (epoch ms, exclusive); equals `start` for an instant. */
  readonly end: number;
  /** The IANA zone the period is measured in. */
  readonly timeZone: string;
  readonly approximate: boolean;
}

/** The pattern every story date matches (used by the schema, so the JSON Schema carries it too). */
export const DATE_PATTERN =
  /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?)?)?$/;

/** A story date's precision is in its length: "2003", "2026-09", "2024-01-28", else an instant. */
const PRECISION: Readonly<Record<number, Precision>> = { 4: 'year', 7: 'month', 10: 'day' };

/** True when the string is a story date that names a real calendar day (no 30 February). */
export function isStoryDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number?, number?];
  // Day 0 of the next month is the last day of this one.
  return !d || d <= new Date(Date.UTC(y, m!, 0)).getUTCDate();
}

export function precisionOf(value: string): Precision | null {
  return DATE_PATTERN.test(value) ? (PRECISION[value.length] ?? 'instant') : null;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** The formatter that reads the wall clock in a zone (throws for a zone the runtime's Intl does not know). */
function wallClock(timeZone: string): Intl.DateTimeFormat {
  let fmt = offsetFormatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(timeZone, fmt);
  }
  return fmt;
}

/** True when the runtime's Intl knows the IANA zone. */
export function isTimeZone(zone: string): boolean {
  try {
    return !!wallClock(zone);
  } catch {
    return false;
  }
}

/** The zone's offset from UTC (ms) at an instant, read from Intl so daylight saving is honoured. */
export function zoneOffset(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of wallClock(timeZone).formatToParts(new Date(instant))) parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant at which the wall clock in `timeZone` reads the given local date and time. */
export function zonedInstant(year: number, month: number, day: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day);
  // A second pass settles the rare case where the offset changes between the guess and the answer.
  return wall - zoneOffset(wall - zoneOffset(wall, timeZone), timeZone);
}

/** Parse a story date into the period it covers; null when the string is not a valid story date. */
export function parseStoryDate(iso: string, timeZone: string, approximate = false): StoryDate | null {
  if (!isStoryDate(iso)) return null;
  const precision = precisionOf(iso)!;
  let start: number;
  let end: number;
  if (precision === 'instant') {
    start = end = Date.parse(iso);
    if (Number.isNaN(start)) return null;
  } else {
    const [y, m = 1, d = 1] = iso.split('-').map(Number) as [number, number?, number?];
    start = zonedInstant(y, m, d, timeZone);
    // The period ends where the next one starts (Date.UTC carries month 13 and day 32 over).
    end = zonedInstant(y + +(precision === 'year'), m + +(precision === 'month'), d + +(precision === 'day'), timeZone);
  }
  return { iso, precision, start, end, timeZone, approximate };
}

/** An ISO 8601 instant (a frozen "now") as epoch ms; null when absent or not a date. */
export function parseInstant(value: string | undefined): number | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : t;
}
