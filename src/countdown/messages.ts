/**
 * Interface strings of <milestone-countdown> in every supported language. Sentences that wrap a
 * number carry `{v}` where the formatted value goes, so each language orders its own words and the
 * value can still be its own element (`part="value"`). Unit names are used only where the browser's
 * Intl has no data for the language (Central Kurdish in Chromium today).
 */
import type { Provenance } from '../story/model.js';
import type { Unit } from './duration.js';
import { Catalogue } from '../i18n/catalogue.js';
import english from './messages/en.js';

export interface FallbackNames {
  /** Unit names, after any number (a Central Kurdish noun after a numeral stays singular). */
  units: Readonly<Record<Unit, string>>;
  /** The order of a full date, with the month's name. */
  dayDate: (day: string, month: string, year: string) => string;
  and: string;
}

export interface CountdownMessages {
  /** "{v} left", before the deadline. */
  left: string;
  /** "{v} since the deadline", after it. */
  since: string;
  /** "{v} after the deadline", for an event that followed it. */
  after: string;
  /** The deadline as a phrase: by the `end` of a month or a year, `on` a day; `{v}` is its date. */
  end: string;
  on: string;
  /** What joins the parts of a sentence (an event's date and its distance; the count's name). */
  sep: string;
  /** "Deadline", before its date. */
  due: string;
  /** The heading of the events that followed the deadline. */
  events: string;
  /** Said once, politely, when the deadline passes while the page is open; `{v}` is the label. */
  passed: string;
  /** The provenance of a milestone that is not official. */
  prov: Readonly<Record<Exclude<Provenance, 'official'>, string>>;
  none: string;
  unknown: string;
  /** Names for when the browser's Intl does not know the language (Central Kurdish in Chromium). */
  fallback?: FallbackNames;
}

/** English with the view; Arabic and Central Kurdish fetched when a countdown speaks them. */
export const countdownMessages = new Catalogue<CountdownMessages>(english, {
  ar: () => import('../i18n/languages/ar.js').then((language) => ({ default: language.countdown })),
  ckb: () => import('../i18n/languages/ckb.js').then((language) => ({ default: language.countdown })),
});
