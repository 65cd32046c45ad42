// The single-file build's own steps (scripts/minify-literals.mjs, scripts/data-last.mjs): what they
// do to code, and that the built bundle shows it. The bundle checks run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'acorn';
import { minifyCss, minifySheet } from '../../scripts/minify-literals.mjs';
import { moveDataLast } from '../../scripts/data-last.mjs';

const ast = (code) => parse(code, { ecmaVersion: 'latest', sourceType: 'module' });

test('CSS squeezing drops comments, also those holding a quote, and keeps quoted strings', () => {
  const css = `/* the marker's ring */\n  .ring {\n    fill: transparent;\n  }\n  .sep::before { content: ' · '; }\n`;
  assert.equal(minifyCss(css).trim(), `.ring{fill:transparent}.sep::before{content:' · '}`);
});

test('a whole style sheet is minified by Lightning CSS, and one it cannot read is only squeezed', () => {
  const sheet = minifySheet(`:host {\n  display: block;\n}\n[part~='value'] { margin: 0px 0px; opacity: 0.5; }\n`);
  assert.equal(sheet, ':host{display:block}[part~=value]{opacity:.5;margin:0}');
  assert.equal(minifySheet(`a { color: red !!! }`), `a{color:red !!!}`, 'no throw on a sheet it cannot parse');
  // A raw template literal with a backslash is JavaScript escaping, not CSS: left as written.
  assert.equal(minifySheet(`.a::before { content: '\\\\2014'; }`), `.a::before{content:'\\\\2014'}`);
});

test('large data literals move to the end of the file and keep their value and evaluation order', () => {
  const data = { title: 'x'.repeat(1200), list: [1, -2, true, false, null, 'y'] };
  const code = `export const log = [];\nconst story = ${JSON.stringify(data)};\nlog.push(story.list.length);\nexport default story;\n`;
  const moved = moveDataLast(
    code.replaceAll('true', '!0').replaceAll('false', '!1'),
    ast(code.replaceAll('true', '!0').replaceAll('false', '!1')),
  );
  assert.ok(
    moved.trimEnd().endsWith(
      `${JSON.stringify(data)
        .replace('true', '!0')
        .replace('false', '!1')
        .replace(/"(\w+)":/g, '"$1":')}}`,
    ),
  );
  assert.ok(moved.indexOf('x'.repeat(1200)) > moved.indexOf('log.push'), 'the literal is after the code');
  const run = new Function(moved.replace(/export (const|default) /g, (_, k) => (k === 'const' ? 'const ' : 'return ')));
  assert.deepEqual(run(), data);
  // Literals that refer to bindings, or are small, stay.
  const code2 = `const a = 1; const b = { v: a, pad: "${'z'.repeat(1200)}" }; const c = { small: 1 };`;
  assert.equal(moveDataLast(code2, ast(code2)), null);
});

test('Arabic-script catalogues move to the end too, before the data, and keep their meaning', () => {
  const code = [
    'const unit = (n) => `${n}`;',
    'const messages = { en: { left: (n) => `${unit(n)} left` }, ar: { left: (n) => `بقي ${unit(n)}` } };',
    'const held = { ar: "نص", self: typeof this };',
    'export const out = [messages.ar.left(3), held.ar];',
    'export default out;',
  ].join('\n');
  const moved = moveDataLast(code, ast(code));
  const tail = moved.slice(moved.indexOf('export default'));
  assert.match(
    tail,
    /function \$d\d\(\)\{return \{en:|function \$d\d\(\)\{return \{ en:/,
    'the catalogue is after the code',
  );
  assert.match(moved, /const held = \{ ar: "نص", self: typeof this \}/, 'an expression using this stays where it is');
  const run = new Function(moved.replace(/export const /g, 'const ').replace('export default', 'return'));
  assert.deepEqual(run(), ['بقي 3', 'نص']);
});

test('style sheets held by top-level declarations move to the end, before the text', () => {
  const code =
    'const css = (s) => s.raw[0];\nconst sheet = [css`:host{display:block}`, css`.a{color:red}`];\nconst markup = css`<p>not a sheet</p>`;\nexport default [sheet, markup];';
  const moved = moveDataLast(code, ast(code));
  assert.match(moved, /const sheet = \$d0\(\);/);
  assert.match(moved, /const markup = css`<p>/, 'a template that is not a style sheet stays');
  const run = new Function(moved.replace('export default', 'return'));
  assert.deepEqual(run(), [[':host{display:block}', '.a{color:red}'], '<p>not a sheet</p>']);
});

test('the built bundle ships no CSS comments, and its story and basemap are at its end', () => {
  const bundle = readFileSync('dist/withdrawal-widgets.js', 'utf8');
  assert.doesNotMatch(bundle, /\/\*/);
  const tail = bundle.slice(bundle.lastIndexOf('export{'));
  assert.match(tail, /Ain al-Asad/);
  assert.match(tail, /"?type"?:"Topology"/);
  assert.match(tail, /جارٍ تحميل القصة/, 'the Arabic catalogue');
  assert.match(tail, /`\.countdown\{/, "the countdown's style sheet");
  assert.doesNotMatch(
    bundle.slice(0, bundle.lastIndexOf('export{')),
    /[\u0600-\u06ff]/,
    'no Arabic-script text left among the code',
  );
});
