/** The map's interface strings in every supported language (a missing one is a compile error). */
import { Catalogue } from '../i18n/catalogue.js';
import english from './messages/en.js';
import type { Kind, MarkerState } from './symbols.js';

export interface MapMessages {
  label: (date: string) => string;
  on: (date: string) => string;
  states: Record<MarkerState, string>;
  kinds: Record<Kind, string>;
  legend: string;
  /** Column headers of the table: place, kind, state, events. */
  columns: readonly [string, string, string, string];
  none: string;
  more: (n: number) => string;
  approximate: string;
  attribution: string;
  sources: string;
  failed: (url: string, reason: string) => string;
  north: string;
}

/** English with the view; Arabic and Central Kurdish fetched when a map speaks them. */
export const mapMessages = new Catalogue<MapMessages>(english, {
  ar: () => import('../i18n/languages/ar.js').then((language) => ({ default: language.map })),
  ckb: () => import('../i18n/languages/ckb.js').then((language) => ({ default: language.map })),
});
