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

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const INSTANT =
  /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,3})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** The pattern every story date matches (used by the schema, so the JSON Schema carries it too). */
export const DATE_PATTERN =
  /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?)?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the string is a story date that names a real calendar day (no 30 February). */
export function isStoryDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const m = DAY.exec(value.slice(0, 10));
  if (m && Number(m[3]) > daysInMonth(Number(m[1]), Number(m[2]))) return false;
  return true;
}

export function precisionOf(value: string): Precision | null {
  if (YEAR.test(value)) return 'year';
  if (MONTH.test(value)) return 'month';
  if (DAY.test(value)) return 'day';
  if (INSTANT.test(value)) return 'instant';
  return null;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** True when the runtime's Intl knows the IANA zone. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC (ms) at an instant, read from Intl so daylight saving is honoured. */
export function zoneOffset(instant: number, timeZone: string): number {
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
  const parts: Record<string, number> = {};
  for (const p of fmt.formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant at which the wall clock in `timeZone` reads the given local date and time. */
export function zonedInstant(year: number, month: number, day: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day);
  let instant = wall - zoneOffset(wall, timeZone);
  // A second pass settles the rare case where the offset changes between the guess and the answer.
  instant = wall - zoneOffset(instant, timeZone);
  return instant;
}

/** Parse a story date into the period it covers; null when the string is not a valid story date. */
export function parseStoryDate(iso: string, timeZone: string, approximate = false): StoryDate | null {
  if (!isStoryDate(iso)) return null;
  const precision = precisionOf(iso);
  if (!precision) return null;
  if (precision === 'instant') {
    const t = Date.parse(iso);
    if (Number.isNaN(t)) return null;
    return { iso, precision, start: t, end: t, timeZone, approximate };
  }
  const [y, m = 1, d = 1] = iso.split('-').map(Number) as [number, number?, number?];
  const start = zonedInstant(y, m, d, timeZone);
  const end =
    precision === 'year'
      ? zonedInstant(y + 1, 1, 1, timeZone)
      : precision === 'month'
        ? zonedInstant(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1, timeZone)
        : zonedInstant(y, m, d + 1, timeZone);
  return { iso, precision, start, end, timeZone, approximate };
}
