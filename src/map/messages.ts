/** The map's interface strings in every supported language (a missing one is a compile error). */
import { Catalogue } from '../i18n/catalogue.js';
import english from './messages/en.js';
import type { Kind, MarkerState } from './symbols.js';

export interface MapMessages {
  /** The accessible name of the drawn map, with the date it shows and how to move around it. */
  mapLabel: (date: string) => string;
  /** "State on <date>": the line under the map, the table's caption and the card's first line. */
  stateOn: (date: string) => string;
  /** Each state's name, in the legend, the card, the table and each marker's accessible name. */
  states: Record<MarkerState, string>;
  /** Each kind of place's name, in the legend, the table and each marker's accessible name. */
  kinds: Record<Kind, string>;
  /** The accessible name of the legend. */
  legendLabel: string;
  /** Column headers of the table: place, kind, state, events. */
  tableColumns: readonly [string, string, string, string];
  /** Said in the card and the table for a place that no event of the story names. */
  noEvents: string;
  /** The last line of a card that lists only the latest events: "and 4 more". */
  andMore: (count: number) => string;
  /** After the name of a place whose position the story gives only roughly. */
  approximatePosition: string;
  /** The credit of the bundled basemap (a basemap from a URL brings its own credit, if any). */
  basemapCredit: string;
  /** The summary of the list of the story's sources. */
  sourcesHeading: string;
  /** Why the basemap at a URL could not be drawn. */
  basemapFailed: (url: string, reason: string) => string;
  /** The letter under the north arrow. */
  northLetter: string;
}

/** English with the view; Arabic and Central Kurdish fetched when a map speaks them. */
export const mapMessages = new Catalogue<MapMessages>(english, {
  ar: () => import('../i18n/languages/ar.js').then((language) => ({ default: language.map })),
  ckb: () => import('../i18n/languages/ckb.js').then((language) => ({ default: language.map })),
});
