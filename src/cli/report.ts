/**
 * How the command-line tool speaks: one problem per line, `where: what`, so editors and CI logs can
 * jump to the place, and exit codes a script can rely on.
 */
import type { RowProblem } from './csv-table.js';

/** 0: all good. 1: the story has problems. 2: the command could not run (usage, unreadable file). */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export class UsageError extends Error {}

export function formatRowProblem(p: RowProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return p.column ? `${where}: ${p.column}: ${p.message}` : `${where}: ${p.message}`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
