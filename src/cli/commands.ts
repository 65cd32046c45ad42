/// <reference types="node" />
/**
 * The three commands, as functions of (arguments, output) to exit code, so that they are easy to
 * read and the entry point stays a thin layer over commander.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseStory, parseStoryText } from '../story/validate.js';
import { formatProblem, type ParseResult } from '../story/model.js';
import { readTable, type RowProblem, type Table } from './csv-table.js';
import { locate, tablesToStory, type Tables } from './csv-story.js';
import { EXIT, UsageError, formatRowProblem, plural } from './report.js';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw new UsageError(
      `${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : 'cannot be read'}`,
    );
  }
}

function summary(result: ParseResult): string {
  if (!result.ok) return result.message;
  const s = result.story;
  return `${plural(s.events.length, 'event')}, ${plural(s.places.length, 'place')}, ${plural(s.milestones.length, 'milestone')}, ${plural(s.sources.length, 'source')}`;
}

/** `validate <files...>`: the widgets' own validator; every problem with its JSON path. */
export function validate(files: readonly string[], io: Output): number {
  let code: number = EXIT.ok;
  for (const file of files) {
    const result = parseStoryText(readText(file));
    for (const p of result.problems) io.err(`${file}: ${formatProblem(p)}`);
    if (!result.ok) {
      if (result.problems.length === 0) io.err(`${file}: ${result.message}`);
      io.err(`${file}: not usable`);
      code = EXIT.problems;
    } else if (result.problems.length > 0) {
      io.err(
        `${file}: ${plural(result.problems.length, 'problem')}; the widgets would leave those items out (${summary(result)} usable)`,
      );
      code = EXIT.problems;
    } else {
      io.out(`${file}: ok (${summary(result)})`);
    }
  }
  return code;
}

export interface FromCsvOptions {
  readonly out?: string;
  readonly meta?: string;
  readonly sources?: string;
  readonly places?: string;
  readonly presence?: string;
  readonly events?: string;
  readonly milestones?: string;
}

const SHEET_NAMES = ['meta', 'sources', 'places', 'presence', 'events', 'milestones'] as const;

/** `from-csv [folder]`: spreadsheets to story JSON, validated; problems by file and line. */
export function fromCsv(folder: string | undefined, options: FromCsvOptions, io: Output): number {
  const problems: RowProblem[] = [];
  const tables: { -readonly [K in keyof Tables]: Table } = {};
  for (const sheet of SHEET_NAMES) {
    const explicit = options[sheet];
    const path = explicit ?? (folder ? join(folder, `${sheet}.csv`) : undefined);
    if (!path || (!explicit && !existsSync(path))) continue;
    tables[sheet] = readTable(path, readText(path), problems);
  }
  if (!tables.meta)
    throw new UsageError(
      `meta.csv not found${folder ? ` in ${folder}` : ''}: it gives the story's title, time zone and languages (see --help)`,
    );
  if (!tables.events && !tables.places && !tables.milestones) {
    throw new UsageError('no events.csv, places.csv or milestones.csv found: a story needs at least one of them');
  }

  const { story, origins } = tablesToStory(tables, problems);
  const result = parseStory(story);
  const fallback = tables.meta.file;
  for (const p of result.problems) problems.push(locate(p, origins, fallback));
  if (!result.ok && result.problems.length === 0) problems.push({ file: fallback, message: result.message });

  if (problems.length > 0) {
    for (const p of problems) io.err(formatRowProblem(p));
    io.err(`${plural(problems.length, 'problem')}: no story written. Fix the rows above and run again.`);
    return EXIT.problems;
  }
  const json = `${JSON.stringify(story, null, 2)}\n`;
  if (options.out) {
    try {
      writeFileSync(options.out, json);
    } catch {
      throw new UsageError(`${options.out}: cannot be written`);
    }
    io.err(`wrote ${options.out} (${summary(result)})`);
  } else {
    io.out(json.trimEnd());
  }
  return EXIT.ok;
}

/** `schema`: the JSON Schema generated from the same definition as the validator. */
export function schema(schemaFile: string, io: Output): number {
  io.out(readText(schemaFile).trimEnd());
  return EXIT.ok;
}
