/**
 * valibot's issues as story problems: each with the JSON path of the value it is about
 * (`events[3].places[0]`) and a message a story's editor can act on.
 */
import type { BaseIssue } from 'valibot';
import type { Problem } from './model.js';

/** A key that can follow a dot in a path; any other key is written in brackets, quoted. */
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** One problem per JSON path under `base`, in valibot's order. */
export function issuesToProblems(base: string, issues: readonly BaseIssue<unknown>[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const path = base + pathOf(issue);
    // A value that fails several checks of one pipe is reported once, by the first check it failed.
    if (seen.has(path)) continue;
    seen.add(path);
    problems.push({ path, message: messageOf(issue) });
  }
  return problems;
}

/** Where the issue is inside the validated value: `.title`, `[3]`, `["x y"]`, joined. */
function pathOf(issue: BaseIssue<unknown>): string {
  return (issue.path ?? []).map(({ key }) => pathStep(key)).join('');
}

function pathStep(key: unknown): string {
  if (typeof key === 'number') return `[${key}]`;
  const name = String(key);
  return IDENTIFIER.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}

/** valibot reports a missing key as an object issue with no input; plain words say it better. */
function messageOf(issue: BaseIssue<unknown>): string {
  return issue.input === undefined && issue.type === 'object' ? 'is missing' : issue.message;
}
