#!/usr/bin/env node
// Builds src/map/basemap.json, the map <base-map> draws when no `basemap` URL is given: Iraq and
// its neighbours from Natural Earth 1:50m (the world-atlas package), cut to the region, simplified
// and quantized so the bundle carries a few KB rather than the 28 KB of full-precision GeoJSON.
// Also writes a tiny world outline (1:110m land, heavily simplified) for the locator inset.
// Re-runnable: `npm run basemap`. Prints the gzip bytes of what it wrote.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';

const require = createRequire(import.meta.url);
const countries50 = require('world-atlas/countries-50m.json');
const land110 = require('world-atlas/land-110m.json');

// ISO 3166 numeric (world-atlas ids) → alpha-2, which Intl.DisplayNames turns into a name in the
// reader's language. Iraq first; then every neighbour a story in the region may reach.
const COUNTRIES = {
  368: 'IQ',
  760: 'SY',
  400: 'JO',
  682: 'SA',
  414: 'KW',
  364: 'IR',
  792: 'TR',
  422: 'LB',
  376: 'IL',
  275: 'PS',
  '048': 'BH',
  634: 'QA',
  784: 'AE',
  '051': 'AM',
  '031': 'AZ',
  818: 'EG',
  196: 'CY',
};
// The region kept, [west, south, east, north] in degrees: wider than any view of a story in and
// around Iraq, so the cut edges never show, yet far smaller than whole Iran or Saudi Arabia.
const BOX = [33, 25, 53, 42];
// Share of the 1:50m detail kept (by triangle area); the locator's world keeps far less.
const KEEP_REGION = 0.15;
const KEEP_WORLD = 0.01;

/** Sutherland–Hodgman: clip one ring to the box (convex), closing it again. */
function clipRing(ring) {
  const [x0, y0, x1, y1] = BOX;
  const edges = [
    (p) => p[0] >= x0,
    (a, b) => cut(a, b, 0, x0),
    (p) => p[0] <= x1,
    (a, b) => cut(a, b, 0, x1),
    (p) => p[1] >= y0,
    (a, b) => cut(a, b, 1, y0),
    (p) => p[1] <= y1,
    (a, b) => cut(a, b, 1, y1),
  ];
  let out = ring.slice(0, -1);
  for (let e = 0; e < edges.length && out.length; e += 2) {
    const inside = edges[e];
    const meet = edges[e + 1];
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i];
      const prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(meet(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(meet(prev, cur));
    }
  }
  return out.length >= 3 ? [...out, out[0]] : null;
}
function cut(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  return axis === 0 ? [value, a[1] + t * (b[1] - a[1])] : [a[0] + t * (b[0] - a[0]), value];
}
function clipPolygons(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = [];
  for (const poly of polygons) {
    const outer = clipRing(poly[0]);
    if (!outer) continue;
    kept.push([outer, ...poly.slice(1).map(clipRing).filter(Boolean)]);
  }
  return kept.length ? { type: 'MultiPolygon', coordinates: kept } : null;
}

// quantile(t, p) is the weight above which a share p of the points lies (weights sorted high to low).
function shrink(topo, keep, q = 1e4) {
  const pre = presimplify(topo);
  return quantize(simplify(pre, quantile(pre, keep)), q);
}

const region = feature(countries50, countries50.objects.countries);
const features = [];
for (const f of region.features) {
  const a2 = COUNTRIES[f.id];
  if (!a2) continue;
  const geometry = clipPolygons(f.geometry);
  if (geometry) features.push({ type: 'Feature', properties: { a2 }, geometry });
}
// 3,000 steps across the 20° box: about 700 m, under a pixel on the widest map of the region.
const regionTopo = shrink(topology({ countries: { type: 'FeatureCollection', features } }), KEEP_REGION, 3e3);

// The world for the locator: only outlines at thumbnail size, so keep a sliver and drop the ids.
// (Decoded to GeoJSON first: simplify weighs the points of an already quantized topology wrongly.)
// 1e3 steps are plenty for a thumbnail.
// Land smaller than MIN_ISLAND square degrees (Cyprus is about 1) is under a pixel in the inset.
const MIN_ISLAND = 10;
const ringArea = (ring) =>
  Math.abs(
    ring.reduce((a, [x, y], i) => {
      const [u, v] = ring[(i + 1) % ring.length];
      return a + x * v - u * y;
    }, 0),
  ) / 2;
const worldLand = feature(land110, land110.objects.land);
for (const f of worldLand.features ?? [worldLand]) {
  if (f.geometry.type === 'MultiPolygon')
    f.geometry.coordinates = f.geometry.coordinates.filter((poly) => ringArea(poly[0]) >= MIN_ISLAND);
}
const worldTopo = shrink(topology({ land: worldLand }), KEEP_WORLD, 1e3);
// Islands that simplify to nothing cost bytes and draw nothing at 90 px: drop the empty ones.
const land = worldTopo.objects.land;
if (land.type === 'GeometryCollection') land.geometries = land.geometries.filter((g) => g.type !== null);

// One topology would share arcs, but the two have different detail; two small ones are clearer.
const out = { region: regionTopo, world: worldTopo };
const text = JSON.stringify(out);
const url = new URL('../src/map/basemap.json', import.meta.url);
writeFileSync(url, text + '\n');
const gz = (s) => gzipSync(s, { level: 9 }).length;
console.log(
  `src/map/basemap.json: ${features.length} countries; raw ${text.length} B, gzip ${gz(text)} B ` +
    `(region ${gz(JSON.stringify(regionTopo))} B, world ${gz(JSON.stringify(worldTopo))} B)`,
);
