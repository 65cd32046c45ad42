// The built-in story is validated at build time (scripts/built-in-story.mjs) and reaches the browser
// as its prepared collections: rebuilt, it must be the very story the validator builds at run time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';
import { preparedBuiltInStory } from '../../scripts/built-in-story.mjs';

const { parseStory } = await tsImport('../../src/story/validate.ts', import.meta.url);
const { storyFromPrepared } = await tsImport('../../src/story/prepared.ts', import.meta.url);

test('the prepared built-in story, through JSON and rebuilt, equals the story validated at run time', async () => {
  const atRunTime = parseStory(JSON.parse(readFileSync('data/iraq-withdrawal.json', 'utf8')));
  assert.ok(atRunTime.ok);
  assert.deepEqual(atRunTime.problems, [], 'the built-in story has no problems');
  const rebuilt = storyFromPrepared(JSON.parse(JSON.stringify(await preparedBuiltInStory())));
  assert.deepEqual(rebuilt, atRunTime.story);
  assert.ok(Object.isFrozen(rebuilt) && Object.isFrozen(rebuilt.events[0]) && Object.isFrozen(rebuilt.events[0].date));
  assert.equal(rebuilt.eventById.get(rebuilt.events[3].id), rebuilt.events[3]);
});

test('the browser chunk of the built-in story carries the prepared story and no validator', () => {
  const chunk = readFileSync('dist/chunks/store-built-in-story.js', 'utf8');
  assert.match(chunk, /"precision":"day"|precision:"day"/, 'dates arrive parsed');
  assert.doesNotMatch(chunk, /safeParse|is not a valid date/, 'no validator code');
});
