/**
 * What the map says about each place, from the story: its name in the reader's language, its kind,
 * the events there (each "date: title") and its state at the date shown; and the sources the places
 * cite. Pure functions, worked out by the view in `willUpdate`.
 */
import type { Source, Story } from '../story/model.js';
import { presenceAt } from '../story/queries.js';
import { pickText, textIn } from '../story/text.js';
import { intl } from '../i18n/intl.js';
import { kindOf, type Kind, type MarkerState } from './symbols.js';

/** What the map says of a place whatever the date: its name, its kind and the events there. */
export interface PlaceText {
  readonly name: string;
  /** The language of the name (the story's text closest to the reader's language). */
  readonly lang: string | undefined;
  readonly kind: Kind;
  readonly approximate: boolean;
  /** The events there, in the story's order, each as "date: title". */
  readonly events: readonly string[];
}

/** A place as the card, the table and its marker's accessible name tell it. */
export interface PlaceRow extends PlaceText {
  /** Its state at the date shown. */
  readonly state: MarkerState;
}

/** Every place's text by its id, in the story's order (one pass over the events, not one per place). */
export function placeTexts(story: Story, lang: string): Map<string, PlaceText> {
  const languages = story.meta.languages;
  const shortDate = intl(Intl.DateTimeFormat, lang, { dateStyle: 'medium', timeZone: story.meta.timeZone });
  const eventsAt = new Map<string, string[]>(story.places.map((place) => [place.id, []]));
  for (const event of story.events) {
    const line = `${shortDate.format(event.date.start)}: ${textIn(event.title, lang, languages)}`;
    // (An event that names a place twice is listed there once.)
    for (const placeId of new Set(event.places)) eventsAt.get(placeId)?.push(line);
  }
  const texts = new Map<string, PlaceText>();
  for (const place of story.places) {
    const name = pickText(place.name, lang, languages);
    texts.set(place.id, {
      name: name.text,
      lang: name.lang,
      kind: kindOf(place.kind),
      approximate: place.approximate,
      events: eventsAt.get(place.id)!,
    });
  }
  return texts;
}

/** Every place's row by its id, in the story's order: its text and its state at `instant`. */
export function placeRows(story: Story, texts: ReadonlyMap<string, PlaceText>, instant: number): Map<string, PlaceRow> {
  const rows = new Map<string, PlaceRow>();
  for (const place of story.places) {
    rows.set(place.id, { ...texts.get(place.id)!, state: presenceAt(place, instant)?.level ?? 'unknown' });
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
