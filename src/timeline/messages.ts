/**
 * The timeline's interface strings in every supported language. The type makes a missing string a
 * compile error. Numbers reach them formatted by Intl, so each language gets its own digits.
 */
import { Catalogue } from '../i18n/catalogue.js';
import english from './messages/en.js';

export interface TimelineMessages {
  /** Labels for the default story's categories; other categories show their own text. */
  kinds: Readonly<Record<string, string>>;
  /** Provenance: a claim or a report, then ": <who>", or for a claim by no one `unsure` ("not confirmed");
   * official facts say only who ("According to {v}"). */
  claimed: string;
  reported: string;
  unsure: string;
  official: string;
  /** The label of a correction note. Keys below are named after the element they fill. */
  fix: string;
  /** `{v}` is a number or a date, already formatted. */
  sources: string;
  asOf: string;
  now: string;
  planned: string;
  approx: string;
  category: string;
  /** The filter's "all categories" choice, the place filter's line, and the button that clears both. */
  all: string;
  places: string;
  clear: string;
  gap: string;
  /** The count (formatted) and the span of years shown. */
  summary: (count: string, from: string, to: string) => string;
  empty: string;
}

/** English with the view; Arabic and Central Kurdish fetched when a timeline speaks them. */
export const timelineMessages = new Catalogue<TimelineMessages>(english, {
  ar: () => import('../i18n/languages/ar.js').then((language) => ({ default: language.timeline })),
  ckb: () => import('../i18n/languages/ckb.js').then((language) => ({ default: language.timeline })),
});
