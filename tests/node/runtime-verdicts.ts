// Prints, for each story in the JSON array on stdin, whether the runtime validator keeps its first
// event (run by schema-agreement.test.mjs with tsx).
import { readFileSync } from 'node:fs';
import { parseStory } from '../../src/story/validate.js';

const stories = JSON.parse(readFileSync(0, 'utf8')) as unknown[];
console.log(
  JSON.stringify(
    stories.map((s) => {
      const r = parseStory(s);
      return r.ok && r.story.events.length === 1;
    }),
  ),
);
