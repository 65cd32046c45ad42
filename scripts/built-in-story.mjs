// Rollup plugin for the browser builds: the built-in story is validated at build time, with the
// library's own validator, and src/store/built-in-story.ts (which validates it at run time in
// Node, in tests and in the npm build) is replaced by the result: the story's collections as a
// literal, their lookups rebuilt by storyFromPrepared. A page that shows only the built-in story
// then fetches and runs no validator (about 3.7 KB gzip and 10–15 ms of start-up fewer). The build
// fails if the built-in story has any problem.
import { readFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

const MODULE = /\/src\/store\/built-in-story\.ts$/;
const STORY = new URL('../data/iraq-withdrawal.json', import.meta.url);

/** The built-in story, validated now; throws with the problems if it has any. */
export async function preparedBuiltInStory() {
  const { parseStory } = await tsImport('../src/story/validate.ts', import.meta.url);
  const { prepareStory } = await tsImport('../src/story/prepared.ts', import.meta.url);
  const result = parseStory(JSON.parse(readFileSync(STORY, 'utf8')));
  const problems = result.problems.map((p) => `${p.path}: ${p.message}`);
  if (!result.ok || problems.length) throw new Error(`The built-in story has problems:\n${problems.join('\n')}`);
  return prepareStory(result.story);
}

export default function builtInStory() {
  return {
    name: 'built-in-story',
    async transform(_code, id) {
      if (!MODULE.test(id)) return null;
      this.addWatchFile(STORY.pathname);
      const prepared = await preparedBuiltInStory();
      return {
        code: [
          "import { storyFromPrepared } from '../story/prepared.js';",
          `export default { ok: true, story: storyFromPrepared(${JSON.stringify(prepared)}), problems: [] };`,
        ].join('\n'),
        map: null,
      };
    },
  };
}
