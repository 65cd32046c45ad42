/**
 * Publishes the result of reading a story on a store: ready (with what was left out), or error
 * (with the first bad field's path and where the story came from).
 */
import type { ParseResult } from '../story/model.js';
import type { StoryStore } from './story-store.js';

export function publish(target: StoryStore, result: ParseResult, origin: string): void {
  if (result.ok) {
    target.update({ status: 'ready', story: result.story, problems: result.problems, error: undefined, origin });
    return;
  }
  const first = result.problems.find((p) => p.path);
  target.update({
    status: 'error',
    story: undefined,
    problems: result.problems,
    error: Object.freeze({ message: result.message, path: first?.path, source: origin }),
    origin,
  });
}
