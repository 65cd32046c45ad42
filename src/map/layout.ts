/**
 * Everything on the map that depends only on the story, the basemap, the size and the language:
 * country shapes and names, marker positions (spread apart where they would cover each other),
 * place labels and the scale. Worked out once per change of those, not on every hover or selection.
 */
import type { Story } from '../story/model.js';
import { pickText } from '../story/text.js';
import { pt, fitProjection, locator, scaleBar, type Basemap, type Locator } from './geo.js';
import { countryShapes } from './countries.js';
import { placeLabels, spreadMarkers, type Box, type LabelRequest, type PlacedLabel } from './labels.js';
import { textWidth } from './measure.js';
import { MARKER_R } from './symbols.js';

export interface MarkerSpot {
  readonly id: string;
  /** Where the marker is drawn (off the place's true position when it had to move). */
  readonly x: number;
  readonly y: number;
}

export interface PlaceLabel {
  readonly id: string;
  /**
   * The name broken into lines (one, or two for a long name on a narrow map), or a callout's
   * number: a place whose name did not fit has a number on the map, the name in a key below it.
   */
  readonly lines: readonly string[];
  readonly callout: boolean;
  readonly lang: string | undefined;
  /** Centre of the first line. */
  readonly x: number;
  readonly y: number;
}

/** The map at one size (the one it was worked out for). */
export interface MapLayout {
  readonly countries: readonly { readonly d: string; readonly code: string }[];
  readonly countryLabels: readonly { readonly text: string; readonly x: number; readonly y: number }[];
  /** Markers in reading order west to east (the keyboard's order). */
  readonly markers: readonly MarkerSpot[];
  readonly labels: readonly PlaceLabel[];
  /** One path: leaders from markers to labels set apart, and tethers from moved markers to their true spot. */
  readonly leaders: string;
  /** One path of zero-length segments, drawn as dots by round caps: the true spots of moved markers. */
  readonly spots: string;
  readonly scale?: { readonly km: number; readonly px: number } | undefined;
  readonly locator: Locator;
}

export const LABEL_SIZE = 13;
export const LINE = LABEL_SIZE + 3;
export const LOCATOR_SIZE = 64;

const segment = (x1: number, y1: number, x2: number, y2: number) => `M${pt(x1, y1)}L${pt(x2, y2)}`;

export function layoutMap(
  story: Story,
  basemap: Basemap,
  width: number,
  height: number,
  lang: string,
  family: string,
): MapLayout {
  const measure = (text: string, size = LABEL_SIZE) => textWidth(text, size, family);
  const places = story.places;
  const projection = fitProjection(
    places.map((p) => p.coordinates),
    basemap,
    width,
    height,
  );

  const projected = places.map((place) => projection(place.coordinates));
  const spread = spreadMarkers(
    projected.map(([x, y]) => ({ x, y })),
    MARKER_R * 2 + 3,
  );
  let leaders = '';
  let spots = '';
  const markers = places
    .map((place, i) => {
      const [trueX, trueY] = projected[i]!;
      const { x, y } = spread[i]!;
      if (Math.hypot(x - trueX, y - trueY) > 0.5) {
        leaders += segment(trueX, trueY, x, y);
        spots += `M${pt(trueX, trueY)}h0`;
      }
      return { id: place.id, x, y, ...pickText(place.name, lang, story.meta.languages) };
    })
    // Always on screen: coordinates are checked to ±180 and ±90, Mercator's latitudes are capped.
    .sort((a, b) => a.x - b.x || a.y - b.y);

  // Corners kept free for the scale bar (bottom left) and the locator with its north arrow (top right).
  const taken: Box[] = [
    { x: 0, y: height - 30, w: Math.min(width * 0.3, 160), h: 30 },
    { x: width - LOCATOR_SIZE - 8, y: 0, w: LOCATOR_SIZE + 8, h: LOCATOR_SIZE + 34 },
  ];
  // Each marker keeps a square around it free of labels.
  const markerReach = MARKER_R + 2;
  for (const marker of markers) {
    const side = 2 * markerReach;
    taken.push({ x: marker.x - markerReach, y: marker.y - markerReach, w: side, h: side });
  }

  const lines = new Map(markers.map((marker) => [marker.id, wrap(marker.text, width * 0.38, measure)]));
  const request = (marker: MarkerSpot, texts: readonly string[], padding: number): LabelRequest => ({
    id: marker.id,
    x: marker.x,
    y: marker.y,
    w: Math.max(...texts.map((text) => measure(text))) + padding,
    h: LINE * texts.length,
    r: MARKER_R,
  });
  const requests = markers.map((marker) => request(marker, lines.get(marker.id)!, 4));
  // Crowded places first: a lone place can put its label anywhere, Baghdad's two cannot.
  if (markers.length <= 300) {
    const neighbours = (marker: MarkerSpot) =>
      markers.filter((other) => Math.hypot(marker.x - other.x, marker.y - other.y) < 80).length;
    const crowd = new Map(markers.map((marker) => [marker.id, neighbours(marker)]));
    requests.sort((a, b) => crowd.get(b.id)! - crowd.get(a.id)! || b.w - a.w);
  }

  // Place names first; a name with no room gets a numbered callout, keyed below the map (only on
  // maps small enough for a key to help); country names last, wherever they still fit.
  const place = (requests: readonly LabelRequest[]) => {
    const placed = placeLabels(requests, taken, width, height);
    taken.push(...placed);
    return placed;
  };
  const named = place(requests);
  const done = new Set(named.map((p) => p.id));
  const missing = markers.length <= 50 ? markers.filter((marker) => !done.has(marker.id)) : [];
  const called = place(missing.map((marker, i) => request(marker, [String(i + 1)], 6)));

  const byId = new Map(markers.map((marker) => [marker.id, marker]));
  const labels: PlaceLabel[] = [];
  for (const placed of [...named, ...called]) {
    const marker = byId.get(placed.id)!;
    const callout = !done.has(placed.id);
    const texts = callout ? [String(missing.indexOf(marker) + 1)] : lines.get(placed.id)!;
    const { x, y } = centreOf(placed);
    labels.push({
      id: placed.id,
      lines: texts,
      callout,
      lang: callout ? undefined : marker.lang,
      x,
      y: y - ((texts.length - 1) * LINE) / 2,
    });
    if (placed.leader) leaders += segment(...placed.leader);
  }

  const { countries, requests: countryRequests } = countryShapes(basemap, projection, width, height, lang, measure);
  const countryLabels = place(countryRequests).map((placed) => ({
    text: countries[Number(placed.id)]!.name,
    ...centreOf(placed),
  }));

  return {
    countries,
    countryLabels,
    markers,
    labels,
    leaders,
    spots,
    scale: scaleBar(projection, width, height),
    locator: locator(projection, basemap, width, height, LOCATOR_SIZE),
  };
}

/** A name too wide for the map breaks in two at the space (or " / ") nearest its middle. */
function wrap(text: string, max: number, measure: (text: string) => number): string[] {
  if (measure(text) <= max) return [text];
  let best: string[] = [text];
  let bestWidth = Infinity;
  for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
    const a = text.slice(0, i).trim();
    const b = text.slice(i + 1).trim();
    if (!a || !b || a === '/' || b === '/') continue;
    const w = Math.max(measure(a), measure(b));
    if (w < bestWidth) [best, bestWidth] = [[a, b], w];
  }
  return best;
}

function centreOf(p: PlacedLabel): { x: number; y: number } {
  return { x: p.x + p.w / 2, y: p.y + p.h / 2 };
}
