// Rollup plugin for the single-file bundle: the built-in story is inlined with only what the
// widgets show. Editorial fields that no widget renders (the story's summary, the notes on places,
// presence periods and milestones, the sources' publication dates, the "$schema" pointer) stay in data/iraq-withdrawal.json, for
// people and programs reading the file or loading it with `src`, and are left out of the inlined
// copy, which saves about 0.6 KB gzip. Every event, source, place, period and milestone stays.
export const NOT_SHOWN = [
  '$schema',
  'meta.summary',
  'sources[].date',
  'places[].note',
  'places[].presence[].note',
  'milestones[].note',
];

export function storyForBundle(story) {
  const s = structuredClone(story);
  delete s.$schema;
  delete s.meta.summary;
  for (const source of s.sources ?? []) delete source.date;
  for (const place of s.places ?? []) {
    delete place.note;
    for (const period of place.presence ?? []) delete period.note;
  }
  for (const milestone of s.milestones ?? []) delete milestone.note;
  return s;
}

export default function bundleStory() {
  return {
    name: 'bundle-story',
    transform(code, id) {
      if (!id.endsWith('/data/iraq-withdrawal.json')) return null;
      return { code: JSON.stringify(storyForBundle(JSON.parse(code))), map: null };
    },
  };
}
