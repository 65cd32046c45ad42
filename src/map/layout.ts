/**
 * Everything on the map that depends only on the story, the basemap, the size and the language:
 * country shapes and names, marker positions (spread apart where they would cover each other),
 * place labels and the scale. Worked out once per change of those, not on every hover or selection.
 */
import type { Story } from '../story/model.js';
import { pickText } from '../story/text.js';
import {
  countryName,
  draw,
  pt,
  fitProjection,
  locator,
  scaleBar,
  type Basemap,
  type Bounds,
  type Locator,
} from './geo.js';
import { placeLabels, spreadMarkers, type Box, type LabelRequest, type PlacedLabel } from './labels.js';
import { canvas, textWidth } from './measure.js';
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
export const COUNTRY_SIZE = 11;
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
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([lang, 'en'], { type: 'region', fallback: 'none' });
  } catch {
    // No region names in this engine: the map's own names serve.
  }

  const projected = places.map((p) => projection(p.coordinates));
  const spread = spreadMarkers(
    projected.map(([x, y]) => ({ x, y })),
    MARKER_R * 2 + 3,
  );
  let leaders = '';
  let spots = '';
  const markers = places
    .map((p, i) => {
      const [tx, ty] = projected[i]!;
      const { x, y } = spread[i]!;
      if (Math.hypot(x - tx, y - ty) > 0.5) {
        leaders += segment(tx, ty, x, y);
        spots += `M${pt(tx, ty)}h0`;
      }
      return { id: p.id, x, y, ...pickText(p.name, lang, story.meta.languages) };
    })
    // Always on screen: coordinates are checked to ±180 and ±90, Mercator's latitudes are capped.
    .sort((a, b) => a.x - b.x || a.y - b.y);

  // Corners kept free for the scale bar (bottom left) and the locator with its north arrow (top right).
  const taken: Box[] = [
    { x: 0, y: height - 30, w: Math.min(width * 0.3, 160), h: 30 },
    { x: width - LOCATOR_SIZE - 8, y: 0, w: LOCATOR_SIZE + 8, h: LOCATOR_SIZE + 34 },
  ];
  const r = MARKER_R + 2;
  for (const m of markers) taken.push({ x: m.x - r, y: m.y - r, w: 2 * r, h: 2 * r });

  const lines = new Map(markers.map((m) => [m.id, wrap(m.text, width * 0.38, measure)]));
  const request = (m: MarkerSpot, texts: readonly string[], pad: number): LabelRequest => ({
    id: m.id,
    x: m.x,
    y: m.y,
    w: Math.max(...texts.map((t) => measure(t))) + pad,
    h: LINE * texts.length,
    r: MARKER_R,
  });
  const requests = markers.map((m) => request(m, lines.get(m.id)!, 4));
  // Crowded places first: a lone place can put its label anywhere, Baghdad's two cannot.
  if (markers.length <= 300) {
    const crowd = new Map(
      markers.map((a) => [a.id, markers.filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < 80).length]),
    );
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
  const missing = markers.length <= 50 ? markers.filter((m) => !done.has(m.id)) : [];
  const called = place(missing.map((m, i) => request(m, [String(i + 1)], 6)));

  const byId = new Map(markers.map((m) => [m.id, m]));
  const labels: PlaceLabel[] = [];
  for (const p of [...named, ...called]) {
    const m = byId.get(p.id)!;
    const callout = !done.has(p.id);
    const texts = callout ? [String(missing.indexOf(m) + 1)] : lines.get(p.id)!;
    const { x, y } = centreOf(p);
    labels.push({
      id: p.id,
      lines: texts,
      callout,
      lang: callout ? undefined : m.lang,
      x,
      y: y - ((texts.length - 1) * LINE) / 2,
    });
    if (p.leader) leaders += segment(...p.leader);
  }

  const countries: { d: string; code: string; name: string }[] = [];
  const countryRequests: LabelRequest[] = [];
  for (const c of basemap.countries) {
    const { d, bounds } = draw(c.feature, projection);
    if (!d) continue;
    const name = countryName(c, names);
    const [first, ...alt] = name ? labelPoints(d, bounds, width, height) : [];
    if (first)
      countryRequests.push({
        id: String(countries.length),
        x: first[0],
        y: first[1],
        alt,
        w: measure(name.toUpperCase(), COUNTRY_SIZE) + 4,
        h: COUNTRY_SIZE + 3,
        r: 0,
      });
    countries.push({ d, code: c.code ?? '', name });
  }
  const countryLabels = place(countryRequests).map((p) => ({ text: countries[Number(p.id)]!.name, ...centreOf(p) }));

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

/**
 * Where a country's name may go, best first: points of its visible part from the middle of that
 * part outwards, tested on the drawn shape with the canvas's isPointInPath. So a neighbour half in
 * view is named inside the half we see, and a name crowded out of one spot finds another.
 */
function labelPoints(d: string, [[x0, y0], [x1, y1]]: Bounds, width: number, height: number): [number, number][] {
  const m = 12;
  const hit = canvas();
  [x0, y0, x1, y1] = [Math.max(x0, m), Math.max(y0, m), Math.min(x1, width - m), Math.min(y1, height - m)];
  if (!hit || x0 >= x1 || y0 >= y1) return [];
  const shape = new Path2D(d);
  const [mx, my] = [(x0 + x1) / 2, (y0 + y1) / 2];
  const grid: [number, number][] = [];
  for (let i = 0; i <= 8; i++)
    for (let j = 0; j <= 8; j++) grid.push([x0 + ((x1 - x0) * i) / 8, y0 + ((y1 - y0) * j) / 8]);
  grid.sort((a, b) => Math.hypot(a[0] - mx, a[1] - my) - Math.hypot(b[0] - mx, b[1] - my));
  return grid.filter(([x, y]) => hit.isPointInPath(shape, x, y));
}

function centreOf(p: PlacedLabel): { x: number; y: number } {
  return { x: p.x + p.w / 2, y: p.y + p.h / 2 };
}
