// The runtime validator and the generated JSON Schema come from one definition: for text fields
// (a string, or an object of language tag to string, with a length limit) they must agree on what
// is valid. Each case is an event title; the runtime keeps the event exactly when Ajv accepts it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import Ajv from 'ajv';

const TITLES = [
  'Plain title',
  { en: 'English', ar: 'عربي', 'ckb-IQ': 'کوردی' },
  {},
  'x'.repeat(300),
  'x'.repeat(301),
  { en: 'x'.repeat(301) },
  { 'not a tag': 'x' },
  { en: 5 },
  { en: { en: 'nested' } },
  5,
  null,
  ['a list'],
  [],
  true,
];

test('the runtime validator and the JSON Schema agree on text fields', () => {
  const schema = JSON.parse(readFileSync('data/story.schema.json', 'utf8'));
  const validate = new Ajv({ strict: false }).compile(schema);
  const stories = TITLES.map((title) => ({
    meta: { title: 'T', timeZone: 'UTC', languages: ['en'] },
    sources: [{ id: 's', publisher: 'P', title: 'S', url: 'https://example.org/' }],
    places: [],
    events: [{ id: 'e', date: '2024-01-01', title, category: 'c', sources: ['s'], provenance: 'official' }],
  }));
  const runtime = JSON.parse(
    execFileSync('npx', ['tsx', 'tests/node/runtime-verdicts.ts'], { input: JSON.stringify(stories) }).toString(),
  );
  const ajv = stories.map((s) => validate(s));
  TITLES.forEach((title, i) =>
    assert.equal(runtime[i], ajv[i], `${JSON.stringify(title).slice(0, 40)}: runtime ${runtime[i]}, schema ${ajv[i]}`),
  );
  assert.deepEqual(ajv.filter(Boolean).length, 4, 'the four valid titles pass, the rest fail');
});
