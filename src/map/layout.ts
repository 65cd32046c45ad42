/**
 * Everything on the map that depends only on the story, the basemap, the size and the language:
 * country shapes and names, marker positions (spread apart where they would cover each other),
 * place labels and the scale. Worked out once per change of those, not on every hover or selection.
 */
import type { Story } from '../story/model.js';
import { pickText } from '../story/text.js';
import { countryName, draw, fitProjection, locator, scaleBar, type Basemap, type Bounds, type Locator } from './geo.js';
import { placeLabels, spreadMarkers, type Box, type LabelRequest, type PlacedLabel } from './labels.js';
import { MARKER_R } from './symbols.js';

export interface MarkerSpot {
  readonly id: string;
  /** Where the marker is drawn. */
  readonly x: number;
  readonly y: number;
  /** The place's true position, when the marker had to move off it. */
  readonly true?: readonly [number, number];
  readonly name: string;
  readonly nameLang: string | undefined;
}

export interface TextSpot {
  readonly text: string;
  /** The text broken into lines (one, or two for a long name on a narrow map). */
  readonly lines?: readonly string[];
  /** A number standing in for a name that did not fit. */
  readonly callout?: boolean;
  readonly lang?: string | undefined;
  readonly x: number;
  readonly y: number;
  readonly leader?: readonly [number, number, number, number] | undefined;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly countries: readonly { readonly d: string; readonly code: string }[];
  readonly countryLabels: readonly TextSpot[];
  /** Markers in reading order west to east (the keyboard's order). */
  readonly markers: readonly MarkerSpot[];
  readonly labels: ReadonlyMap<string, TextSpot>;
  /** Places whose names did not fit: a number on the map, the name in a key below it. */
  readonly callouts: readonly { readonly id: string; readonly n: string; readonly name: string; readonly lang: string | undefined }[];
  readonly scale?: { readonly km: number; readonly px: number } | undefined;
  readonly locator: Locator;
}

export type Measure = (text: string, size: number) => number;

export const LABEL_SIZE = 13;
export const COUNTRY_SIZE = 11;
export const LOCATOR_SIZE = 64;

export function layoutMap(
  story: Story,
  basemap: Basemap,
  width: number,
  height: number,
  lang: string,
  measure: Measure,
): MapLayout {
  const places = story.places;
  const projection = fitProjection(places.map((p) => p.coordinates), basemap, width, height);
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([lang, 'en'], { type: 'region' });
  } catch {
    names = undefined;
  }

  const projected = places.map((p) => projection(p.coordinates));
  const spread = spreadMarkers(projected.map(([x, y]) => ({ x, y })), MARKER_R * 2 + 3);
  const markers: MarkerSpot[] = places
    .map((p, i) => {
      const [tx, ty] = projected[i]!;
      const { x, y } = spread[i]!;
      const picked = pickText(p.name, lang, story.meta.languages);
      const moved = Math.hypot(x - tx, y - ty) > 0.5;
      return { id: p.id, x, y, name: picked.text, nameLang: picked.lang, ...(moved ? { true: [tx, ty] as const } : {}) };
    })
    .filter((m) => Number.isFinite(m.x) && Number.isFinite(m.y))
    .sort((a, b) => a.x - b.x || a.y - b.y);

  // Corners kept free for the scale bar (bottom left) and the locator with its north arrow (top right).
  const obstacles: Box[] = [
    { x: 0, y: height - 30, w: Math.min(width * 0.3, 160), h: 30 },
    { x: width - LOCATOR_SIZE - 8, y: 0, w: LOCATOR_SIZE + 8, h: LOCATOR_SIZE + 34 },
  ];
  const r = MARKER_R + 2;
  for (const m of markers) obstacles.push({ x: m.x - r, y: m.y - r, w: 2 * r, h: 2 * r });

  const lineHeight = LABEL_SIZE + 3;
  const lines = new Map<string, string[]>();
  const requests: LabelRequest[] = markers.map((m) => {
    const split = wrap(m.name, width * 0.38, measure);
    lines.set(m.id, split);
    return {
      id: m.id,
      x: m.x,
      y: m.y,
      w: Math.max(...split.map((t) => measure(t, LABEL_SIZE))) + 4,
      h: lineHeight * split.length,
      r: MARKER_R,
    };
  });
  // Crowded places first: a lone place can put its label anywhere, Baghdad's two cannot.
  if (markers.length <= 300) {
    const crowd = new Map(markers.map((a) => [a.id, markers.filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < 80).length]));
    requests.sort((a, b) => crowd.get(b.id)! - crowd.get(a.id)! || b.w - a.w);
  }
  const countries: { d: string; code: string; name: string; at: [number, number][] }[] = [];
  for (const c of basemap.countries) {
    const { d, bounds } = draw(c.feature, projection);
    if (!d) continue;
    const name = countryName(c, names);
    countries.push({ d, code: c.code ?? '', name, at: name ? labelPoints(d, bounds, width, height) : [] });
  }
  const countryRequests: LabelRequest[] = [];
  for (const [i, c] of countries.entries()) {
    const [first, ...alt] = c.at;
    if (!first) continue;
    countryRequests.push({ id: String(i), x: first[0], y: first[1], alt, w: measure(c.name.toUpperCase(), COUNTRY_SIZE) + 4, h: COUNTRY_SIZE + 3, r: 0, centred: true });
  }

  // Place names first; a name with no room gets a numbered callout, keyed below the map (only on
  // maps small enough for a key to help); country names last, wherever they still fit.
  const taken = [...obstacles];
  const named = placeLabels(requests, taken, width, height);
  taken.push(...named.map((p) => p.box));
  const done = new Set(named.map((p) => p.id));
  const missing = markers.length <= 50 ? markers.filter((m) => !done.has(m.id)) : [];
  const numbers = new Map(missing.map((m, i) => [m.id, String(i + 1)]));
  const called = placeLabels(
    missing.map((m) => ({ id: m.id, x: m.x, y: m.y, w: measure(numbers.get(m.id)!, LABEL_SIZE) + 6, h: lineHeight, r: MARKER_R })),
    taken,
    width,
    height,
  );
  taken.push(...called.map((p) => p.box));
  const countryPlaced = placeLabels(countryRequests, taken, width, height);

  const labels = new Map<string, TextSpot>();
  const byId = new Map(markers.map((m) => [m.id, m]));
  for (const p of named) {
    const m = byId.get(p.id)!;
    labels.set(p.id, { text: m.name, lines: lines.get(p.id)!, lang: m.nameLang, ...centreOf(p), leader: p.leader });
  }
  const callouts: { id: string; n: string; name: string; lang: string | undefined }[] = [];
  for (const p of called) {
    const m = byId.get(p.id)!;
    const n = numbers.get(p.id)!;
    labels.set(p.id, { text: n, callout: true, ...centreOf(p), leader: p.leader });
    callouts.push({ id: m.id, n, name: m.name, lang: m.nameLang });
  }
  const countryLabels = countryPlaced.map((p): TextSpot => ({ text: countries[Number(p.id)]!.name, ...centreOf(p) }));

  return {
    width,
    height,
    countries: countries.map(({ d, code }) => ({ d, code })),
    countryLabels,
    markers,
    labels,
    callouts,
    scale: scaleBar(projection, width, height),
    locator: locator(projection, basemap, width, height, LOCATOR_SIZE),
  };
}

/** A name too wide for the map breaks in two at the space (or " / ") nearest its middle. */
function wrap(text: string, max: number, measure: Measure): string[] {
  if (measure(text, LABEL_SIZE) <= max) return [text];
  let best: string[] = [text];
  let bestWidth = Infinity;
  for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
    const a = text.slice(0, i).trim();
    const b = text.slice(i + 1).trim();
    if (!a || !b || a === '/' || b === '/') continue;
    const w = Math.max(measure(a, LABEL_SIZE), measure(b, LABEL_SIZE));
    if (w < bestWidth) [best, bestWidth] = [[a, b], w];
  }
  return best;
}

let hitCanvas: OffscreenCanvasRenderingContext2D | null | undefined;

/**
 * Where a country's name may go, best first: points of its visible part from the middle of that
 * part outwards, tested on the drawn shape with the canvas's isPointInPath. So a neighbour half in
 * view is named inside the half we see, and a name crowded out of one spot finds another.
 */
function labelPoints(d: string, [[x0, y0], [x1, y1]]: Bounds, width: number, height: number): [number, number][] {
  const m = 12;
  hitCanvas ??= typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  [x0, y0, x1, y1] = [Math.max(x0, m), Math.max(y0, m), Math.min(x1, width - m), Math.min(y1, height - m)];
  if (!hitCanvas || x0 >= x1 || y0 >= y1) return [];
  const shape = new Path2D(d);
  const [mx, my] = [(x0 + x1) / 2, (y0 + y1) / 2];
  const grid: [number, number][] = [];
  for (let i = 0; i <= 8; i++) for (let j = 0; j <= 8; j++) grid.push([x0 + ((x1 - x0) * i) / 8, y0 + ((y1 - y0) * j) / 8]);
  grid.sort((a, b) => Math.hypot(a[0] - mx, a[1] - my) - Math.hypot(b[0] - mx, b[1] - my));
  return grid.filter(([x, y]) => hitCanvas!.isPointInPath(shape, x, y));
}

function centreOf(p: PlacedLabel): { x: number; y: number } {
  return { x: p.box.x + p.box.w / 2, y: p.box.y + p.box.h / 2 };
}
