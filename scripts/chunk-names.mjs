// Names for the loader's chunks in dist/chunks/, stable from build to build so that a template can
// preload the ones it knows it uses: a chunk is named after the module it stands for, by its path
// (`src/countdown/countdown-view.ts` → `countdown-view`, `src/i18n/languages/ar.ts` →
// `i18n-languages-ar`, `src/store/built-in-story.ts` → `store-built-in-story`); a chunk of code that several
// widgets share is `shared-<name>`; the code every page runs is `core`.
import { relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

export function chunkName(chunk) {
  // The core: what the entry holds, in a chunk of its own that every other chunk imports, so that a
  // template that loads `withdrawal-widgets.js?ver=2` still runs one copy of it.
  if (chunk.name === 'core') return 'core';
  if (!chunk.facadeModuleId) return `shared-${chunk.name}`;
  const path = relative(root, chunk.facadeModuleId)
    .replace(/^(src|data)\//, '')
    .replace(/\.(ts|js|json)$/, '');
  const [folder, ...rest] = path.split('/');
  // `countdown/countdown-view` says "countdown" once.
  const name = rest.length && rest[0].startsWith(`${folder}-`) ? rest.join('-') : [folder, ...rest].join('-');
  return name;
}

/** Code that every widget's view uses: it goes in the core (one request fewer on every page). */
const SHARED_BY_ALL_VIEWS = /\/src\/(i18n\/catalogue|story\/(queries|text|vocabulary))\.ts$/;

/**
 * Rollup's `manualChunks` for the loader: the entry's own modules (all that it imports statically)
 * and the code that every view shares make one chunk, the core.
 */
export function coreChunk(entry) {
  const entryId = new URL(`../${entry}`, import.meta.url).pathname;
  let core;
  return (id, { getModuleInfo }) => {
    if (!core) {
      core = new Set();
      const stack = [entryId];
      while (stack.length) {
        const next = stack.pop();
        if (core.has(next)) continue;
        core.add(next);
        stack.push(...(getModuleInfo(next)?.importedIds ?? []));
      }
    }
    return core.has(id) || SHARED_BY_ALL_VIEWS.test(id) ? 'core' : undefined;
  };
}
