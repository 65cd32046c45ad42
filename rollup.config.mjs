// The builds, from one source:
//  1. dist/withdrawal-widgets.js: the small core a CMS template loads, with its chunks beside it in
//     dist/chunks/ (each widget's view, each interface language, the basemap, the built-in story),
//     fetched only when a page uses them; and dist/withdrawal-widgets.standalone.js, the same entry
//     with every chunk inlined, for hosts that can take only one file. Beside them the placeholder
//     add-on.
//  2. dist/lib/: the npm build, one ES module per source file, dependencies kept external, with
//     .d.ts files written beside them by `tsc -p tsconfig.build.json`.
//  3. dist/cli.js, and the iframe embed's files.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import json from '@rollup/plugin-json';
import { readFileSync } from 'node:fs';
import { chunkName, coreChunk } from './scripts/chunk-names.mjs';
import minifyLiterals from './scripts/minify-literals.mjs';
import builtInStory from './scripts/built-in-story.mjs';

// Copies static files next to a build's output (the iframe page, its styles).
const assets = (files) => ({
  name: 'assets',
  generateBundle() {
    for (const [from, to] of files) this.emitFile({ type: 'asset', fileName: to, source: readFileSync(from) });
  },
});
const minify = () => terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } });

const ts = () =>
  typescript({
    tsconfig: './tsconfig.build.json',
    declaration: false,
    outDir: undefined,
    noEmitOnError: true,
    outputToFilesystem: false,
  });

/** What the CDN builds (the loader and the standalone file) run through: everything bundled, minified. */
const browserBuild = () => [
  nodeResolve({ exportConditions: ['production', 'module', 'import', 'default'] }),
  json({ compact: true, preferConst: true }),
  ts(),
  builtInStory(),
  minifyLiterals(),
  terser({ ecma: 2022, module: true, compress: { passes: 3, pure_getters: true }, format: { comments: false } }),
];

const external = (id) => /^(tslib|lit|@lit\/|@lit-labs\/|valibot|d3-|topojson-)/.test(id);

export default [
  {
    input: 'src/loader.ts',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'withdrawal-widgets.js',
      chunkFileNames: (chunk) => `chunks/${chunkName(chunk)}.js`,
      manualChunks: coreChunk('src/loader.ts'),
      sourcemap: false,
    },
    plugins: [...browserBuild()],
  },
  {
    input: 'src/loader.ts',
    output: { file: 'dist/withdrawal-widgets.standalone.js', format: 'es', inlineDynamicImports: true },
    plugins: [...browserBuild()],
  },
  {
    // 1b. dist/withdrawal-placeholders.js: the placeholder form (`<div data-withdrawal-widget>`) for
    //     CMSes that strip custom elements, as a small add-on module of its own. It needs nothing
    //     from the bundle (it only swaps placeholders for the tags), so pages that write the tags do
    //     not pay for it.
    input: 'src/placeholder/define.ts',
    output: { file: 'dist/withdrawal-placeholders.js', format: 'es' },
    plugins: [nodeResolve(), ts(), minify()],
  },
  {
    input: ['src/index.ts', 'src/placeholder/define.ts'],
    external,
    output: {
      dir: 'dist/lib',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: '.',
      entryFileNames: '[name].js',
    },
    plugins: [nodeResolve(), json({ preferConst: true }), ts()],
  },
  {
    // 3. dist/cli.js: the editor's command-line tool (`npx withdrawal-widgets`), for Node. It shares
    //    the widgets' validator; its dependencies come from the package's own `dependencies`.
    input: 'src/cli/main.ts',
    external: (id) => id.startsWith('node:') || /^(commander|csv-parse|valibot)(\/|$)/.test(id),
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node' },
    plugins: [nodeResolve(), ts()],
  },
  {
    // The iframe embed for CMSes that strip scripts: dist/embed.html, its script and styles, and the
    // host-page stylesheet that reserves each widget's space before the bundle loads.
    input: 'src/iframe/embed.ts',
    output: { file: 'dist/embed.js', format: 'es' },
    plugins: [
      nodeResolve(),
      ts(),
      minify(),
      assets([
        ['src/iframe/embed.html', 'embed.html'],
        ['src/iframe/embed.css', 'embed.css'],
        ['src/iframe/withdrawal-widgets.css', 'withdrawal-widgets.css'],
      ]),
    ],
  },
  {
    // The host page's resize and deep-link snippet (≤ 1 KB): a classic script, pasteable anywhere.
    input: 'src/iframe/embed-resize.ts',
    output: { file: 'dist/embed-resize.js', format: 'iife' },
    plugins: [ts(), minify()],
  },
];
