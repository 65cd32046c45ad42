/**
 * The geography: turning TopoJSON into country shapes, fitting a north-up projection to the
 * story's places, the scale bar and the locator inset. The projections are d3-geo's raw Mercator
 * and equirectangular formulas applied through d3-geo's `geoTransform`, and d3-geo's `geoStream`
 * walks the shapes into SVG path data. d3-geo's full projection pipeline (rotation, adaptive
 * resampling, spherical clipping) and `geoPath` (area, centroid and length measures) are left out
 * of the bundle on purpose: together they cost 7.5 KB gzip and a north-up regional map needs none
 * of it. SVG clips the drawing to the frame.
 */
import {
  geoEquirectangularRaw,
  geoInterpolate,
  geoMercatorRaw,
  geoStream,
  geoTransform,
  type GeoRawProjection,
  type GeoStream,
  type GeoPermissibleObjects,
} from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';

export interface Country {
  /** ISO 3166 alpha-2 code when known: the reader's language names it through Intl.DisplayNames. */
  readonly code?: string;
  /** A name the TopoJSON carries, used when there is no code. */
  readonly name?: string;
  readonly feature: Feature<Geometry>;
}

export interface Basemap {
  readonly countries: readonly Country[];
  /** Land of the whole world for the locator; the bundled one when a custom map has none. */
  readonly world: readonly Feature<Geometry>[];
}

type Props = Record<string, unknown> | null;

function features(topo: Topology): Feature<Geometry>[] {
  const out: Feature<Geometry>[] = [];
  for (const key of Object.keys(topo.objects)) {
    const f = feature(topo, topo.objects[key]!) as Feature<Geometry> | { features: Feature<Geometry>[] };
    if ('features' in f) out.push(...f.features);
    else out.push(f);
  }
  return out;
}

function isTopology(value: unknown): value is Topology {
  const t = value as Partial<Topology> | null;
  return t?.type === 'Topology' && t.objects instanceof Object && Array.isArray(t.arcs);
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * Read a TopoJSON, or say in plain words why it is not one. `world` is the land drawn in the
 * locator inset (the bundled basemap's, for a map that brings none).
 */
export function toBasemap(value: unknown, world: readonly Feature<Geometry>[]): Basemap {
  if (!isTopology(value)) throw new Error('it is not TopoJSON (no "type": "Topology" with objects and arcs)');
  const countries = features(value).map((f): Country => {
    const p = f.properties as Props;
    const code = text(p?.a2) ?? text(p?.iso_a2) ?? text(p?.ISO_A2);
    return {
      feature: f,
      code: code && /^[A-Z]{2}$/.test(code) ? code : undefined,
      name: text(p?.name) ?? text(p?.NAME) ?? text(p?.name_en),
    };
  });
  return { countries, world };
}

/** The bundled basemap's file: the region's countries, and the world's land for the locator. */
export interface BundledBasemapFile {
  readonly region: Topology;
  readonly world: Topology;
}

export function bundledBasemap(file: BundledBasemapFile): Basemap {
  return toBasemap(file.region, features(file.world));
}

/**
 * A country's name in the reader's language, else the name the map carries. `names` answers
 * undefined for a code it does not know (`fallback: 'none'`); every code here is two capitals.
 */
export function countryName(country: Country, names: Intl.DisplayNames | undefined): string {
  return (country.code && names?.of(country.code)) || country.name || '';
}

const RAD = Math.PI / 180;
/** The smallest area framed, 2° in Mercator's unit space: one place alone still shows its surroundings. */
const MIN_SPAN = 2 * RAD;
/** Mercator puts the poles at infinity: latitudes beyond this are pinned to it. */
const MAX_LAT = 85;

type Point = [number, number];

/** A projection to screen pixels: a d3-geo raw projection scaled and moved, north up. */
export interface Projection {
  (lonLat: readonly [number, number]): Point;
  invert(xy: readonly [number, number]): Point;
  /** Streams projected points into `output`. */
  stream(output: GeoStream): GeoStream;
}

export type Bounds = [[number, number], [number, number]];

/** A point as SVG path data or transform arguments, to 0.1 px. */
export const pt = (x: number, y: number): string => `${x.toFixed(1)} ${y.toFixed(1)}`;

/** SVG path data of a shape (rings closed, lines left open, pixels to 0.1) and its bounding box on screen. */
export function draw(object: GeoPermissibleObjects, projection: Projection): { d: string; bounds: Bounds } {
  let d = '';
  let move = true;
  let ring = false;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  geoStream(
    object,
    projection.stream({
      point(x, y) {
        d += (move ? 'M' : 'L') + pt(x, y);
        move = false;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      },
      lineStart() {
        move = true;
      },
      lineEnd() {
        if (ring) d += 'Z';
      },
      polygonStart() {
        ring = true;
      },
      polygonEnd() {
        ring = false;
      },
    }),
  );
  return {
    d,
    bounds: [
      [x0, y0],
      [x1, y1],
    ],
  };
}

export function projection(raw: GeoRawProjection, k = 1, tx = 0, ty = 0): Projection {
  const forward = (lon: number, lat: number): Point => {
    const [x, y] = raw(lon * RAD, Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * RAD);
    return [tx + k * x, ty - k * y];
  };
  const p = ((c: readonly [number, number]) => forward(c[0], c[1])) as Projection;
  p.invert = ([x, y]) => {
    const [lon, lat] = raw.invert!((x - tx) / k, (ty - y) / k);
    return [lon / RAD, lat / RAD];
  };
  p.stream = geoTransform({
    point(this: { stream: GeoStream }, lon: number, lat: number) {
      this.stream.point(...forward(lon, lat));
    },
  }).stream;
  return p;
}

/**
 * A Mercator projection (north up, shapes true at this scale) fitted to the places with room for
 * labels, or to the whole map when the story has no places: the bounds of the points (or shapes)
 * in Mercator's unit space, grown to at least MIN_SPAN, fill the extent, centred.
 */
export function fitProjection(
  coordinates: readonly (readonly [number, number])[],
  basemap: Basemap,
  width: number,
  height: number,
): Projection {
  const pad = Math.max(28, Math.min(width, height) * 0.12);
  let [[x0, y0], [x1, y1]] = draw(
    coordinates.length > 0
      ? { type: 'MultiPoint', coordinates: coordinates as [number, number][] }
      : { type: 'FeatureCollection', features: basemap.countries.map((c) => c.feature) },
    projection(geoMercatorRaw),
  ).bounds;
  const growX = Math.max(0, MIN_SPAN - (x1 - x0)) / 2;
  const growY = Math.max(0, MIN_SPAN - (y1 - y0)) / 2;
  [x0, x1, y0, y1] = [x0 - growX, x1 + growX, y0 - growY, y1 + growY];
  let k = Math.min((width - 2 * pad) / (x1 - x0), (height - 2 * pad) / (y1 - y0));
  if (!(k > 0 && Number.isFinite(k))) k = 1;
  return projection(geoMercatorRaw, k, (width - k * (x0 + x1)) / 2, (height - k * (y0 + y1)) / 2);
}

/** A scale bar: the longest round distance in km that fits in about a quarter of the width. */
export function scaleBar(
  projection: Projection,
  width: number,
  height: number,
): { km: number; px: number } | undefined {
  const a = projection.invert([width / 2 - 50, height / 2]);
  const b = projection.invert([width / 2 + 50, height / 2]);
  // d3-geo's great-circle interpolator carries the arc's length (radians) as `distance`; it is
  // the smaller part of d3-geo next to geoDistance, which brings its own summation code.
  const arc = (geoInterpolate(a, b) as unknown as { distance: number }).distance;
  const kmPerPx = (arc * 6371.0088) / 100;
  if (!(kmPerPx > 0)) return undefined;
  const max = width * 0.25 * kmPerPx;
  const step = 10 ** Math.floor(Math.log10(max));
  const km = [5, 2, 1].map((f) => f * step).find((d) => d <= max) ?? step;
  return { km, px: km / kmPerPx };
}

export interface Locator {
  readonly land: string;
  readonly frame: string;
}

/** Degrees of longitude the locator inset spans: a continent's worth around the map. */
const LOCATOR_SPAN = 90;

/**
 * The locator inset: the world's land around the map's centre (plate carrée, 90° across), with
 * the map's frame drawn on it. Drawn `size` px square; the SVG around it crops the rest.
 */
export function locator(main: Projection, basemap: Basemap, width: number, height: number, size: number): Locator {
  const [lon, lat] = main.invert([width / 2, height / 2]);
  const k = size / (LOCATOR_SPAN * RAD);
  const inset = projection(geoEquirectangularRaw, k, size / 2 - k * lon * RAD, size / 2 + k * lat * RAD);
  const corners: Point[] = [
    [0, 0],
    [width, 0],
    [width, height],
    [0, height],
  ];
  const frame = `M${corners.map((c) => pt(...inset(main.invert(c)))).join('L')}Z`;
  return {
    land: draw({ type: 'FeatureCollection', features: basemap.world as Feature<Geometry>[] }, inset).d,
    frame,
  };
}
