// The README's Elements API tables are the manifest's, so the documentation cannot drift from the code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { START, END, apiMarkdown, elements, withApi } from '../../scripts/readme-api.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const api = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END));

test('the README has one Elements API block between the markers', () => {
  assert.equal(readme.split(START).length, 2, START);
  assert.equal(readme.split(END).length, 2, END);
  assert.match(readme, /## Elements API/);
});

test('the README Elements API tables match custom-elements.json (run node scripts/readme-api.mjs)', () => {
  assert.equal(api, `\n${apiMarkdown(manifest)}`);
  assert.equal(withApi(readme, manifest), readme);
});

test('every element, attribute, event, part and CSS custom property of the manifest is in the README', () => {
  const decls = elements(manifest);
  assert.deepEqual(
    decls.map((d) => d.tagName),
    ['withdrawal-data', 'withdrawal-timeline', 'base-map', 'milestone-countdown'],
  );
  for (const d of decls) {
    const section = api.slice(api.indexOf(`### \`<${d.tagName}>\``)).split('\n### ')[0];
    assert.ok(section.length > 20, `a section for <${d.tagName}>`);
    for (const a of d.attributes ?? [])
      assert.ok(section.includes(`| \`${a.name}\` |`), `<${d.tagName}> attribute ${a.name}`);
    for (const e of (d.events ?? []).filter((x) => x.description))
      assert.ok(section.includes(`\`${e.name}\``), `<${d.tagName}> event ${e.name}`);
    for (const p of d.cssParts ?? []) assert.ok(section.includes(`| \`${p.name}\` |`), `<${d.tagName}> part ${p.name}`);
    for (const p of d.cssProperties ?? [])
      assert.ok(section.includes(`\`${p.name}\``), `<${d.tagName}> CSS property ${p.name}`);
  }
});

test('the contract attributes are documented', () => {
  for (const name of ['src', 'now', 'selected', 'deep-link', 'date', 'basemap', 'milestone', 'source', 'theme']) {
    assert.match(api, new RegExp(`\\| \`${name}\` \\|`), name);
  }
});

test('the README shows the screenshot and documents the CLI and browser support', () => {
  assert.match(readme, /!\[[^\]]+\]\(docs\/screenshot\.png\)/);
  for (const heading of ['## The command-line tool', '## Writing a story', '## Browser support'])
    assert.ok(readme.includes(heading), heading);
  for (const cmd of ['validate', 'from-csv', 'schema']) assert.match(readme, new RegExp(`\`${cmd}[ \`]`), cmd);
});
