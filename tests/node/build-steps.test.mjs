// The browser builds' one custom step (scripts/minify-literals.mjs: about 1.1 KB gzip off the page
// of all three widgets): what it does to code, and that the built files show it. The checks on
// built files run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { minifyCss, minifySheet } from '../../scripts/minify-literals.mjs';

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

test('the built files ship no CSS comments and no indented style sheets', () => {
  const files = ['dist/withdrawal-widgets.standalone.js', ...readdirSync('dist/chunks').map((f) => `dist/chunks/${f}`)];
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    assert.doesNotMatch(code, /\/\*/, file);
    assert.doesNotMatch(code, /css`\s*\n\s+:host/, file);
  }
  assert.match(readFileSync('dist/chunks/countdown-view.js', 'utf8'), /`\.countdown\{/, "the countdown's style sheet");
});
