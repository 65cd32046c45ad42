/**
 * The geography: turning TopoJSON into country shapes, fitting a north-up projection to the
 * story's places, the scale bar and the locator globe. All drawing maths is d3-geo's.
 */
import { geoDistance, geoMercator, geoOrthographic, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import bundled from './basemap.json';

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
  return !!t && t.type === 'Topology' && typeof t.objects === 'object' && t.objects !== null && Array.isArray(t.arcs);
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** Read a TopoJSON, or say in plain words why it is not one. */
export function toBasemap(value: unknown, world?: readonly Feature<Geometry>[]): Basemap {
  if (!isTopology(value)) throw new Error('it is not TopoJSON (no "type": "Topology" with objects and arcs)');
  const countries = features(value).map((f): Country => {
    const p = f.properties as Props;
    const code = text(p?.a2) ?? text(p?.iso_a2) ?? text(p?.ISO_A2);
    const name = text(p?.name) ?? text(p?.NAME) ?? text(p?.name_en);
    return { feature: f, ...(code && /^[A-Z]{2}$/.test(code) ? { code } : {}), ...(name ? { name } : {}) };
  });
  return { countries, world: world ?? DEFAULT_BASEMAP.world };
}

const data = bundled as unknown as { region: Topology; world: Topology };
export const DEFAULT_BASEMAP: Basemap = toBasemap(data.region, features(data.world));

/** A country's name in the reader's language, else the name the map carries. */
export function countryName(country: Country, names: Intl.DisplayNames | undefined): string {
  if (country.code && names) {
    try {
      const n = names.of(country.code);
      if (n && n !== country.code) return n;
    } catch {
      // Unknown code: fall back to the map's own name.
    }
  }
  return country.name ?? '';
}

/** Degrees of the smallest area framed: one place alone still shows its surroundings. */
const MIN_SPAN = 2;

/**
 * A Mercator projection (north up, shapes true at this scale) fitted to the places with room for
 * labels, or to the whole map when the story has no places.
 */
export function fitProjection(
  coordinates: readonly (readonly [number, number])[],
  basemap: Basemap,
  width: number,
  height: number,
): GeoProjection {
  const pad = Math.max(28, Math.min(width, height) * 0.12);
  const extent: [[number, number], [number, number]] = [[pad, pad], [width - pad, height - pad]];
  const projection = geoMercator();
  if (coordinates.length > 0) {
    let [w, s, e, n] = [180, 90, -180, -90];
    for (const [lon, lat] of coordinates) {
      w = Math.min(w, lon); e = Math.max(e, lon); s = Math.min(s, lat); n = Math.max(n, lat);
    }
    const growLon = Math.max(0, MIN_SPAN - (e - w)) / 2;
    const growLat = Math.max(0, MIN_SPAN - (n - s)) / 2;
    projection.fitExtent(extent, {
      type: 'MultiPoint',
      coordinates: [[w - growLon, s - growLat], [e + growLon, n + growLat]],
    });
  } else {
    projection.fitExtent(extent, { type: 'FeatureCollection', features: basemap.countries.map((c) => c.feature) });
  }
  // Clip to the frame: fewer path points, and centroids of what is actually visible.
  return projection.clipExtent([[0, 0], [width, height]]);
}

/** A scale bar: the longest round distance in km that fits in about a quarter of the width. */
export function scaleBar(projection: GeoProjection, width: number, height: number): { km: number; px: number } | undefined {
  const a = projection.invert?.([width / 2 - 50, height / 2]);
  const b = projection.invert?.([width / 2 + 50, height / 2]);
  if (!a || !b) return undefined;
  const kmPerPx = (geoDistance(a, b) * 6371.0088) / 100;
  if (!(kmPerPx > 0)) return undefined;
  const max = (width * 0.25) * kmPerPx;
  const step = 10 ** Math.floor(Math.log10(max));
  const km = [5, 2, 1].map((f) => f * step).find((d) => d <= max) ?? step;
  return { km, px: km / kmPerPx };
}

export interface Locator {
  readonly sphere: string;
  readonly land: string;
  readonly frame: string;
}

/** The locator globe centred on the map, with the map's frame drawn on it. */
export function locator(main: GeoProjection, basemap: Basemap, width: number, height: number, size: number): Locator {
  const centre = main.invert?.([width / 2, height / 2]) ?? [0, 0];
  const globe = geoOrthographic()
    .rotate([-centre[0], -centre[1]])
    .fitExtent([[1, 1], [size - 1, size - 1]], { type: 'Sphere' });
  const path = geoPath(globe);
  const corners: [number, number][] = [[0, 0], [width, 0], [width, height], [0, height]];
  const points = corners.map((c) => main.invert?.(c)).map((p) => (p ? globe(p) : null));
  const frame = points.every(Boolean) ? `M${points.map((p) => p!.map((v) => v.toFixed(1)).join(' ')).join('L')}Z` : '';
  return {
    sphere: path({ type: 'Sphere' }) ?? '',
    land: path({ type: 'FeatureCollection', features: [...basemap.world] }) ?? '',
    frame,
  };
}
