// The embedding files a CMS or a CDN serves, checked after `npm run build`: the iframe page and its
// script, the host resize snippet (at most 1 KB), and the space-reserving stylesheet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';

test('the iframe embed is built: dist/embed.html, embed.js and embed.css', () => {
  for (const f of ['embed.html', 'embed.js', 'embed.css', 'withdrawal-widgets.css', 'embed-resize.js']) {
    assert.ok(existsSync(`dist/${f}`), `dist/${f}`);
  }
  const page = readFileSync('dist/embed.html', 'utf8');
  assert.match(page, /<script type="module" src="\.\/withdrawal-widgets\.js"><\/script>/);
  assert.match(page, /<script type="module" src="\.\/embed\.js"><\/script>/);
});

test('dist/embed.html has no inline script, no inline style and a strict policy of its own', () => {
  const page = readFileSync('dist/embed.html', 'utf8');
  assert.doesNotMatch(page, /<script(?![^>]*\bsrc=)[^>]*>/, 'every script has a src');
  assert.doesNotMatch(page, /<style|\sstyle=/, 'no inline style');
  assert.match(page, /Content-Security-Policy"\s+content="[^"]*script-src 'self'; style-src 'self'/);
});

test('the host resize snippet is at most 1 KB and a classic script', () => {
  const size = statSync('dist/embed-resize.js').size;
  console.log(`dist/embed-resize.js: ${size} B`);
  assert.ok(size <= 1024, `${size} B`);
  const code = readFileSync('dist/embed-resize.js', 'utf8');
  assert.doesNotMatch(code, /^\s*(import|export)\b/m, 'no module syntax: it works in a plain <script src>');
  assert.doesNotMatch(code, /\beval\(|new Function\(|innerHTML|\.style\./);
});

test('the embed script stays small and carries no copy of Lit', () => {
  const code = readFileSync('dist/embed.js', 'utf8');
  console.log(`dist/embed.js: ${code.length} B`);
  assert.ok(code.length < 8000, `${code.length} B`);
  assert.doesNotMatch(code, /class LitElement|class ReactiveElement|\beval\(|new Function\(/);
});

test('dist/withdrawal-widgets.css reserves a size for every widget before it is defined', () => {
  const css = readFileSync('dist/withdrawal-widgets.css', 'utf8');
  for (const tag of ['withdrawal-timeline', 'base-map', 'milestone-countdown']) {
    assert.match(css, new RegExp(`${tag}:not\\(:defined\\)`), `${tag}:not(:defined)`);
  }
  assert.match(css, /--withdrawal-timeline-block-size/);
  assert.match(css, /--withdrawal-map-aspect-ratio/);
  assert.match(css, /--withdrawal-countdown-block-size/);
  assert.match(css, /@media print/);
});
