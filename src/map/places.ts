/**
 * What the map says about each place, from the story: its name in the reader's language, its kind,
 * the events there (each "date: title") and its state at the date shown; and the sources the places
 * cite. Pure functions, worked out by the view in `willUpdate`.
 */
import type { Source, Story } from '../story/model.js';
import { eventsAtPlace, presenceAt } from '../story/queries.js';
import { pickText, textIn } from '../story/text.js';
import { intl } from '../i18n/intl.js';
import { kindOf, type Kind, type MarkerState } from './symbols.js';

/** A place as the card, the table and its marker's accessible name tell it. */
export interface PlaceRow {
  readonly name: string;
  /** The language of the name (the story's text closest to the reader's language). */
  readonly lang: string | undefined;
  readonly kind: Kind;
  readonly state: MarkerState;
  readonly approximate: boolean;
  /** The events there, each as "date: title". */
  readonly events: readonly string[];
}

/** Every place's row by its id, in the story's order, with its state at `instant`. */
export function placeRows(story: Story, lang: string, instant: number): Map<string, PlaceRow> {
  const languages = story.meta.languages;
  const shortDate = intl(Intl.DateTimeFormat, lang, { dateStyle: 'medium', timeZone: story.meta.timeZone });
  const rows = new Map<string, PlaceRow>();
  for (const place of story.places) {
    const name = pickText(place.name, lang, languages);
    const events = eventsAtPlace(story, place.id).map(
      (event) => `${shortDate.format(event.date.start)}: ${textIn(event.title, lang, languages)}`,
    );
    rows.set(place.id, {
      name: name.text,
      lang: name.lang,
      kind: kindOf(place.kind),
      state: presenceAt(place, instant)?.level ?? 'unknown',
      approximate: place.approximate,
      events,
    });
  }
  return rows;
}

/** A source the places cite, as the credit line lists it. */
export interface CitedSource {
  readonly url: string;
  /** "Publisher: title", the title in the reader's language. */
  readonly text: string;
}

/** The sources that the places and their presence periods cite, in the story's order. */
export function citedSources(story: Story, lang: string): CitedSource[] {
  const cited = new Set<string>();
  for (const place of story.places) {
    for (const id of place.sources) cited.add(id);
    for (const period of place.presence) for (const id of period.sources) cited.add(id);
  }
  return story.sources
    .filter((source: Source) => cited.has(source.id))
    .map((source) => ({
      url: source.url,
      text: `${source.publisher}: ${textIn(source.title, lang, story.meta.languages)}`,
    }));
}
