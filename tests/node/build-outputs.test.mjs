// Checks on the build outputs that a CMS, a CDN and npm users rely on (run after `npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import Ajv from 'ajv';
import { execFileSync } from 'node:child_process';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('the loader is a small entry; every chunk it can fetch is beside it in dist/chunks/', () => {
  const entry = readFileSync('dist/withdrawal-widgets.js', 'utf8');
  assert.match(entry, /from"\.\/chunks\/core\.js"|from '\.\/chunks\/core\.js'/);
  assert.ok(entry.length < 1000, `${entry.length} B: the entry only names the core`);
  assert.doesNotMatch(entry, /class LitElement|class ReactiveElement/);
  const chunks = readdirSync('dist/chunks');
  for (const name of [
    'core.js',
    'countdown-view.js',
    'timeline-view.js',
    'map-view.js',
    'map-basemap.js',
    'store-built-in-story.js',
    'story-validate.js',
    'i18n-languages-ar.js',
    'i18n-languages-ckb.js',
  ])
    assert.ok(chunks.includes(name), name);
  // Each chunk imports only chunks (relative URLs resolved from its own), never a bare package name.
  for (const name of chunks) {
    const code = readFileSync(`dist/chunks/${name}`, 'utf8');
    assert.doesNotMatch(code, /(?:^|[;}])\s*import[^"'(;]*?from\s*["'](?![./])/, `${name} imports no package by name`);
    for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport\s*\(?)\s*["']([^"'\s]+\.js)["']/g)) {
      assert.match(spec, /^\.\.?\//, `${name} imports ${spec}`);
      assert.ok(existsSync(new URL(spec, `file://${process.cwd()}/dist/chunks/`)), `${name} → ${spec} exists`);
    }
    assert.doesNotMatch(code, /\beval\(|new Function\(/, name);
    assert.doesNotMatch(code, /withdrawal-widgets\.js/, `${name} never imports the entry (it may carry a ?ver= query)`);
  }
});

test('the standalone file is self-contained: no import of any kind left', () => {
  const code = readFileSync('dist/withdrawal-widgets.standalone.js', 'utf8');
  assert.doesNotMatch(code, /\bimport\s*[^(]*?from\s*["']/);
  assert.doesNotMatch(code, /\bimport\(/);
  assert.doesNotMatch(code, /\beval\(|new Function\(/);
});

test('the placeholder form is a small standalone add-on, not in the main bundle', () => {
  const addOn = readFileSync('dist/withdrawal-placeholders.js', 'utf8');
  assert.doesNotMatch(addOn, /\bimport\b/, 'it imports nothing: it only swaps placeholders for the tags');
  assert.match(addOn, /data-withdrawal-widget/);
  const gzip = gzipSync(addOn, { level: 9 }).length;
  assert.ok(gzip <= 1500, `gzip ${gzip} B`);
  assert.doesNotMatch(
    readFileSync('dist/chunks/core.js', 'utf8'),
    /data-withdrawal-widget/,
    'pages that write the tags do not pay for it',
  );
  assert.ok(existsSync(pkg.exports['./placeholders'].import) && existsSync(pkg.exports['./placeholders'].types));
});

test('the built-in story is a chunk of its own, with every event, source, place and milestone', () => {
  const story = JSON.parse(readFileSync('data/iraq-withdrawal.json', 'utf8'));
  const chunk = readFileSync('dist/chunks/store-built-in-story.js', 'utf8');
  for (const e of story.events) assert.ok(chunk.includes(e.id), e.id);
  for (const s of story.sources) assert.ok(chunk.includes(JSON.stringify(s.url).slice(1, -1)), s.url);
  for (const p of story.places) assert.ok(chunk.includes(p.id), p.id);
  for (const m of story.milestones) assert.ok(chunk.includes(m.id), m.id);
  assert.doesNotMatch(readFileSync('dist/chunks/core.js', 'utf8'), /Ain al-Asad/, 'the core does not carry it');
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
