// Checks on the build outputs that a CMS, a CDN and npm users rely on (run after `npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { execFileSync } from 'node:child_process';
import { sizes, BUDGET_GZIP } from '../../scripts/size.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test(`the single-file bundle is within its gzip budget (${BUDGET_GZIP} B)`, () => {
  const s = sizes();
  console.log(
    `dist/withdrawal-widgets.js: raw ${s.raw} B, gzip ${s.gzip} B, brotli ${s.brotli} B; budget ${BUDGET_GZIP} B`,
  );
  assert.equal(BUDGET_GZIP, 40_000, 'the budget is 40 KB');
  assert.ok(s.gzip <= BUDGET_GZIP, `gzip ${s.gzip} B is over the ${BUDGET_GZIP} B budget`);
});

test('the single-file bundle is self-contained: no bare imports left', () => {
  const code = readFileSync('dist/withdrawal-widgets.js', 'utf8');
  assert.doesNotMatch(code, /\bimport\s*[^(]*?from\s*["'](?![./])/);
  assert.doesNotMatch(code, /\beval\(|new Function\(/);
});

test('the placeholder form is a small standalone add-on, not in the main bundle', () => {
  const addOn = readFileSync('dist/withdrawal-placeholders.js', 'utf8');
  assert.doesNotMatch(addOn, /\bimport\b/, 'it imports nothing: it only swaps placeholders for the tags');
  assert.match(addOn, /data-withdrawal-widget/);
  const s = sizes('dist/withdrawal-placeholders.js');
  assert.ok(s.gzip <= 1500, `gzip ${s.gzip} B`);
  assert.doesNotMatch(
    readFileSync('dist/withdrawal-widgets.js', 'utf8'),
    /data-withdrawal-widget/,
    'pages that write the tags do not pay for it',
  );
  assert.ok(existsSync(pkg.exports['./placeholders'].import) && existsSync(pkg.exports['./placeholders'].types));
});

test('the bundle inlines the built-in story with everything the widgets show', async () => {
  const { NOT_SHOWN, storyForBundle } = await import('../../scripts/bundle-story.mjs');
  const story = JSON.parse(readFileSync('data/iraq-withdrawal.json', 'utf8'));
  const inlined = storyForBundle(story);
  const bundle = readFileSync('dist/withdrawal-widgets.js', 'utf8');
  for (const key of ['events', 'sources', 'places', 'milestones'])
    assert.equal(inlined[key].length, story[key].length, key);
  for (const e of story.events) assert.ok(bundle.includes(JSON.stringify(e.id)) || bundle.includes(e.id), e.id);
  for (const s of story.sources) assert.ok(bundle.includes(s.url), s.url);
  for (const e of story.events)
    assert.ok(bundle.includes(typeof e.title === 'string' ? e.title : e.title.en), `title of ${e.id}`);
  // What is left out must be what no widget reads: if a widget starts to show notes or the story's
  // summary, the bundle must carry them again.
  const widgetCode = ['base', 'timeline', 'map', 'countdown', 'provider']
    .flatMap((d) =>
      readdirSync(`src/${d}`)
        .filter((f) => f.endsWith('.ts'))
        .map((f) => readFileSync(`src/${d}/${f}`, 'utf8')),
    )
    .join('\n');
  assert.deepEqual(NOT_SHOWN, [
    '$schema',
    'meta.summary',
    'sources[].date',
    'places[].note',
    'places[].presence[].note',
    'milestones[].note',
  ]);
  assert.doesNotMatch(widgetCode, /\.note\b|meta\.summary|\$schema|(source|\bs)\.date\b/);
  const note = story.places.find((p) => typeof p.note === 'string').note;
  assert.ok(!bundle.includes(note), 'a place note is left out');
});

test('the npm build keeps lit and @lit/context external and ships types for every entry', () => {
  const entry = pkg.exports['.'];
  for (const key of ['import', 'types']) assert.ok(existsSync(entry[key]), `${entry[key]} exists`);
  const base = readFileSync('dist/lib/src/base/withdrawal-element.js', 'utf8');
  assert.match(base, /from 'lit'/);
  assert.match(readFileSync('dist/lib/src/provider/withdrawal-data.js', 'utf8'), /from '@lit\/context'/);
  const types = readFileSync(entry.types, 'utf8');
  assert.match(types, /WithdrawalTimeline/);
  const defs = ['timeline', 'map', 'countdown', 'provider']
    .map((d) => readFileSync(`dist/lib/src/${d}/define.d.ts`, 'utf8'))
    .join('\n');
  for (const tag of ['withdrawal-data', 'withdrawal-timeline', 'base-map', 'milestone-countdown']) {
    assert.match(defs, new RegExp(`'${tag}':`), `HTMLElementTagNameMap entry for ${tag}`);
  }
  const files = readdirSync('dist/lib', { recursive: true }).filter((f) => String(f).endsWith('.js'));
  for (const f of files) {
    assert.doesNotMatch(
      readFileSync(`dist/lib/${f}`, 'utf8'),
      /class LitElement|class ReactiveElement/,
      `${f} does not copy Lit`,
    );
  }
});

test('custom-elements.json is referenced from package.json and describes the four elements', () => {
  assert.equal(pkg.customElements, 'custom-elements.json');
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const tags = manifest.modules
    .flatMap((m) => (m.declarations ?? []).map((d) => d.tagName))
    .filter(Boolean)
    .sort();
  assert.deepEqual(tags, ['base-map', 'milestone-countdown', 'withdrawal-data', 'withdrawal-timeline']);
});

test('data/story.schema.json is generated from the current story definition', () => {
  execFileSync('npx', ['tsx', 'scripts/build-schema.ts', '--check'], { stdio: 'pipe' });
});

test('the default story validates against the generated JSON Schema', () => {
  const schema = JSON.parse(readFileSync('data/story.schema.json', 'utf8'));
  const story = JSON.parse(readFileSync('data/iraq-withdrawal.json', 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  assert.ok(validate(story), JSON.stringify(validate.errors));
  story.events[0].date = '2025-13-45';
  story.sources[0].url = 'javascript:alert(1)';
  assert.equal(validate(story), false, 'a bad date and an unsafe link fail the schema too');
  const paths = validate.errors.map((e) => e.instancePath);
  assert.ok(paths.includes('/events/0/date') && paths.includes('/sources/0/url'), paths.join(' '));
});
