// What each kind of page fetches, loaded in Chromium (scripts/page-sizes.mjs): only the chunks its
// widgets need, each once, and within the page's gzip budget. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGE_BUDGET, measurePages } from '../../scripts/page-sizes.mjs';

const pages = Object.fromEntries((await measurePages()).map((p) => [p.id, p]));
const names = (page) => page.files.map((f) => f.path.replace(/^\/dist\/(chunks\/)?/, ''));

for (const page of Object.values(pages)) {
  test(`${page.label}: each file fetched once`, () => {
    const seen = page.requests.filter((path, i) => page.requests.indexOf(path) !== i);
    assert.deepEqual(seen, [], 'no file is fetched twice');
  });
}

for (const page of Object.values(pages).filter((p) => p.budget)) {
  test(`${page.label}: within its budget of ${page.budget} B gzip`, () => {
    console.log(`${page.id}: ${page.gzip} B gzip in ${page.files.length} files: ${names(page).join(', ')}`);
    assert.ok(page.gzip <= page.budget, `${page.gzip} B is over the ${page.budget} B budget`);
  });
}

test('each added interface language costs at most its budget on the page of all three widgets', () => {
  for (const id of ['all-ar', 'all-ckb']) {
    const added = pages[id].gzip - pages.all.gzip;
    console.log(`${id}: +${added} B gzip`);
    assert.ok(added <= LANGUAGE_BUDGET, `${id}: +${added} B`);
  }
});

test('a countdown page fetches the countdown, not the map, the timeline or the built-in story', () => {
  const files = names(pages.countdown);
  assert.ok(files.includes('countdown-view.js'), files.join(', '));
  for (const absent of ['map-view.js', 'map-basemap.js', 'timeline-view.js', 'store-built-in-story.js'])
    assert.ok(!files.includes(absent), `${absent} is not fetched: ${files.join(', ')}`);
});

test('a page with its own src story fetches the validator, never the built-in story', () => {
  for (const id of ['countdown', 'timeline', 'map']) {
    const files = names(pages[id]);
    assert.ok(files.includes('story-validate.js'), `${id}: ${files.join(', ')}`);
    assert.ok(!files.includes('store-built-in-story.js'), `${id}: ${files.join(', ')}`);
  }
});

test('a page of the built-in story fetches no validator (the story was validated at build time)', () => {
  const files = names(pages.all);
  assert.ok(files.includes('store-built-in-story.js'), files.join(', '));
  assert.ok(!files.includes('story-validate.js'), files.join(', '));
});

test('only a map page fetches the map and its basemap', () => {
  assert.ok(names(pages.map).includes('map-view.js') && names(pages.map).includes('map-basemap.js'));
  for (const id of ['countdown', 'timeline']) assert.ok(!names(pages[id]).some((f) => f.startsWith('map-')), id);
});

test('an English page fetches no interface language; an Arabic page only Arabic', () => {
  for (const id of ['countdown', 'timeline', 'map', 'all'])
    assert.ok(!names(pages[id]).some((f) => f.startsWith('i18n-languages-')), id);
  const arabic = names(pages['all-ar']);
  assert.ok(arabic.includes('i18n-languages-ar.js') && !arabic.includes('i18n-languages-ckb.js'), arabic.join(', '));
  assert.ok(names(pages['all-ckb']).includes('i18n-languages-ckb.js'));
});
