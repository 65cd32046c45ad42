/**
 * Numbers, durations and dates in the reader's language and digits, by Intl: DurationFormat where
 * the browser has it (else NumberFormat's units), ListFormat to join the units, DateTimeFormat in
 * the story's zone. Where Intl has no data for a language (Central Kurdish in Chromium), the
 * catalogue's unit and month names are chosen with Intl.PluralRules and the digits still come from
 * NumberFormat. Formatters are cached: the count re-renders once a second at most.
 */
import type { StoryDate } from '../story/dates.js';
import type { CountdownMessages, FallbackNames } from './messages.js';
import type { Unit } from './duration.js';
import { dayIn } from './duration.js';

type DurationFormatCtor = new (
  locale: string,
  options: Record<string, string>,
) => { format(duration: Record<string, number>): string };

const cache = new Map<string, { format(value: never): string }>();
function cached<T extends { format(value: never): string }>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

const plurals = new Map<string, Intl.PluralRules>();

/** Arabic-Indic digits for Arabic and Kurdish unless the tag names its own numbering system
 * (`ar-u-nu-latn`). Passed as an option, so it holds even where Intl lacks the language itself. */
function digits(lang: string): { numberingSystem?: string } {
  const primary = lang.toLowerCase().split('-')[0];
  return (primary === 'ar' || primary === 'ckb') && !/-u-(?:.*-)?nu-/i.test(lang) ? { numberingSystem: 'arab' } : {};
}

/** The catalogue's own names when this browser's Intl has no data for the language (Intl would
 * otherwise fall back to English silently); undefined when Intl can do the job. */
function fallbackFor(lang: string, m: CountdownMessages): FallbackNames | undefined {
  return m.fallback && Intl.DateTimeFormat.supportedLocalesOf(lang).length === 0 ? m.fallback : undefined;
}

/** A number in the reader's digits; `grouping` off for years ("2026", not "2,026"). */
export function formatNumber(n: number, lang: string, grouping = true): string {
  return cached(`n|${lang}|${grouping}`, () => new Intl.NumberFormat(lang, { ...digits(lang), useGrouping: grouping })).format(n as never);
}

/** One amount of one unit, "56 days" / "٥٦ يومًا" / "٥٦ ڕۆژ". */
export function formatUnit(n: number, unit: Unit, lang: string, m: CountdownMessages): string {
  const fb = fallbackFor(lang, m);
  if (fb) {
    let rule = plurals.get(lang);
    if (!rule) plurals.set(lang, (rule = new Intl.PluralRules(lang)));
    const names = fb.units[unit];
    return `${formatNumber(n, lang)} ${names[rule.select(n)] ?? names.other}`;
  }
  const DF = (Intl as unknown as { DurationFormat?: DurationFormatCtor }).DurationFormat;
  if (DF) {
    const f = cached(`d|${lang}|${unit}`, () => new DF(lang, { ...digits(lang), style: 'long', [`${unit}sDisplay`]: 'always' }));
    return f.format({ [`${unit}s`]: n } as never);
  }
  return cached(`u|${lang}|${unit}`, () => new Intl.NumberFormat(lang, { ...digits(lang), style: 'unit', unit, unitDisplay: 'long' })).format(n as never);
}

/** Several amounts as one phrase: "1 year and 56 days". */
export function formatAmounts(parts: ReadonlyArray<readonly [Unit, number]>, lang: string, m: CountdownMessages): string {
  const items = parts.map(([unit, n]) => formatUnit(n, unit, lang, m));
  const fb = fallbackFor(lang, m);
  if (fb) return items.join(fb.and);
  return cached(`l|${lang}`, () => new Intl.ListFormat(lang, { type: 'conjunction' })).format(items as never);
}

/** A story date at its own precision, in its own zone: "September 2026", "2026", "Jan 17, 2026". */
export function formatStoryDate(date: StoryDate, lang: string, m: CountdownMessages): string {
  const d = dayIn(date.start, date.timeZone);
  if (date.precision === 'year') return formatNumber(d.year, lang, false);
  const fb = fallbackFor(lang, m);
  if (fb) {
    const month = fb.months[d.month - 1]!;
    const year = formatNumber(d.year, lang, false);
    return date.precision === 'month' ? `${month} ${year}` : fb.dayDate(formatNumber(d.day, lang), month, year);
  }
  const opts: Intl.DateTimeFormatOptions =
    date.precision === 'month'
      ? { ...digits(lang), month: 'long', year: 'numeric', timeZone: date.timeZone }
      : { ...digits(lang), day: 'numeric', month: 'short', year: 'numeric', timeZone: date.timeZone };
  return cached(`t|${lang}|${date.precision}|${date.timeZone}`, () => new Intl.DateTimeFormat(lang, opts)).format(new Date(date.start) as never);
}
