// Writes the data the bench pages load, all derived from the default story so every library is fed
// the same content: TimelineJS's JSON, Leaflet's shapes and markers, and generated stories for the
// scaling runs. Output goes to bench/data/ (generated on every run, not committed).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { feature } from 'topojson-client';

const STORY = 'data/iraq-withdrawal.json';
const BASEMAP = 'src/map/basemap.json';
// Iraq and its six neighbours (ISO 3166 numeric), used only when the map widget has no basemap yet.
const REGION_IDS = new Set(['368', '364', '792', '760', '400', '682', '414']);

const en = (t) => (t == null ? '' : typeof t === 'string' ? t : (t.en ?? Object.values(t)[0] ?? ''));

/** A story date ("2003", "2026-09", "2024-01-28", an instant) as TimelineJS's date object. */
export function tlDate(iso) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) throw new Error(`not a date: ${iso}`);
  const out = { year: m[1] };
  if (m[2]) out.month = String(Number(m[2]));
  if (m[3]) out.day = String(Number(m[3]));
  if (m[4]) Object.assign(out, { hour: String(Number(m[4])), minute: String(Number(m[5])) });
  return out;
}

/** The story's events in TimelineJS 3's JSON format (English text, as our widget shows by default). */
export function toTimelineJs(story) {
  return {
    title: { text: { headline: en(story.meta.title), text: en(story.meta.summary) } },
    events: story.events.map((e) => ({
      unique_id: e.id,
      start_date: tlDate(e.date),
      ...(e.end ? { end_date: tlDate(e.end) } : {}),
      text: { headline: en(e.title), text: en(e.summary) },
      group: e.category,
    })),
  };
}

// The basemap is quantized far coarser than 1e-4 degrees: rounding keeps the shapes and spares
// Leaflet the long decimals that decoding TopoJSON leaves behind.
const round = (c) => (typeof c[0] === 'number' ? c.map((x) => Math.round(x * 1e4) / 1e4) : c.map(round));
const rounded = (features) =>
  features.map((f) => ({
    ...f,
    geometry: f.geometry && { ...f.geometry, coordinates: round(f.geometry.coordinates) },
  }));

/** The country shapes our map draws, as GeoJSON for Leaflet. */
export function regionShapes() {
  if (existsSync(BASEMAP)) {
    const raw = JSON.parse(readFileSync(BASEMAP, 'utf8'));
    // The basemap is a Topology, or an object of named Topologies (the region first).
    const topo = raw.type === 'Topology' ? raw : (raw.region ?? Object.values(raw).find((t) => t?.type === 'Topology'));
    if (topo) {
      const features = Object.values(topo.objects).flatMap((o) => feature(topo, o).features ?? []);
      return { from: BASEMAP, geojson: { type: 'FeatureCollection', features: rounded(features) } };
    }
  }
  const world = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8'));
  const all = feature(world, world.objects.countries);
  const features = all.features.filter((f) => REGION_IDS.has(String(f.id)));
  return {
    from: 'world-atlas countries-50m (region cut)',
    geojson: { type: 'FeatureCollection', features: rounded(features) },
  };
}

/** A small deterministic generator, so every run measures the same generated content. */
function random(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** The default story with `n` events spread over 2003–2026, on the story's own places and sources. */
export function storyWithEvents(story, n) {
  const rnd = random(n);
  const places = story.places.map((p) => p.id);
  const base = Date.UTC(2003, 0, 1);
  const span = Date.UTC(2026, 11, 31) - base;
  const events = Array.from({ length: n }, (_, i) => {
    const model = story.events[i % story.events.length];
    const day = new Date(base + Math.floor(rnd() * span)).toISOString().slice(0, 10);
    return {
      ...model,
      id: `e${i}`,
      date: day,
      end: undefined,
      title: `${en(model.title)} (${i + 1})`,
      places: [places[i % places.length]],
    };
  });
  return { ...story, events, milestones: (story.milestones ?? []).map((m) => ({ ...m, events: [] })) };
}

/** The default story with `n` places scattered over Iraq, each with the first place's presence. */
export function storyWithPlaces(story, n) {
  const rnd = random(n + 7);
  const model = story.places[0];
  const places = Array.from({ length: n }, (_, i) => ({
    ...model,
    id: `p${i}`,
    name: `${en(model.name)} ${i + 1}`,
    coordinates: [Number((39 + rnd() * 9).toFixed(4)), Number((29.5 + rnd() * 7.5).toFixed(4))],
  }));
  const events = story.events.map((e) => ({ ...e, places: [] }));
  const milestones = (story.milestones ?? []).map((m) => ({ ...m, places: [] }));
  return { ...story, places, events, milestones };
}

/** Leaflet's marker list: the places' names and coordinates. */
export const toMarkers = (story) =>
  story.places.map((p) => ({ id: p.id, name: en(p.name), lon: p.coordinates[0], lat: p.coordinates[1] }));

export function prepare({ timelineSizes, mapSizes, dir = 'bench/data' }) {
  mkdirSync(dir, { recursive: true });
  const story = JSON.parse(readFileSync(STORY, 'utf8'));
  const write = (name, value) => writeFileSync(`${dir}/${name}`, JSON.stringify(value));
  write('timelinejs.json', toTimelineJs(story));
  write('markers.json', toMarkers(story));
  const shapes = regionShapes();
  write('shapes.geojson', shapes.geojson);
  for (const n of timelineSizes) {
    const s = storyWithEvents(story, n);
    write(`story-events-${n}.json`, s);
    write(`timelinejs-${n}.json`, toTimelineJs(s));
  }
  for (const n of mapSizes) {
    const s = storyWithPlaces(story, n);
    write(`story-places-${n}.json`, s);
    write(`markers-${n}.json`, toMarkers(s));
  }
  return { shapesFrom: shapes.from, events: story.events.length, places: story.places.length };
}
