/**
 * Builds story JSON from spreadsheet tables (see csv-columns.ts) and maps the validator's JSON
 * paths back to the file and line an editor has to fix.
 */
import type { Problem } from '../story/model.js';
import { META_FIELDS, SHEETS, parseBoolean, splitList, type Column } from './csv-columns.js';
import type { Row, RowProblem, Table } from './csv-table.js';

export interface Tables {
  readonly meta?: Table;
  readonly sources?: Table;
  readonly places?: Table;
  readonly presence?: Table;
  readonly events?: Table;
  readonly milestones?: Table;
}

export interface Origin {
  readonly file: string;
  readonly line?: number;
}

export interface Converted {
  readonly story: Record<string, unknown>;
  /** JSON path of an item (`events[2]`, `places[0].presence[1]`, `meta.title`) to where it came from. */
  readonly origins: ReadonlyMap<string, Origin>;
}

type Json = Record<string, unknown>;

/** One cell, or a text with its translations (`title`, `title:ar`). */
function cellValue(
  col: Column,
  cells: ReadonlyMap<string, string>,
  firstLang: string,
  report: (m: string) => void,
): unknown {
  const raw = cells.get(col.name);
  switch (col.kind) {
    case 'text': {
      const translations = [...cells].filter(([k]) => k.startsWith(`${col.name}:`));
      if (translations.length === 0) return raw;
      const out: Record<string, string> = raw === undefined ? {} : { [firstLang]: raw };
      for (const [k, v] of translations) out[k.slice(col.name.length + 1)] = v;
      return out;
    }
    case 'list':
      return raw === undefined ? undefined : splitList(raw);
    case 'boolean': {
      if (raw === undefined) return undefined;
      const b = parseBoolean(raw);
      if (b === undefined) report(`"${raw}" is not yes or no`);
      return b;
    }
    case 'number': {
      if (raw === undefined) return undefined;
      const n = Number(raw.replace(',', '.'));
      if (!Number.isFinite(n)) report(`"${raw}" is not a number`);
      return Number.isFinite(n) ? n : undefined;
    }
    default:
      return raw;
  }
}

function knownColumn(name: string, columns: readonly Column[]): boolean {
  const base = name.split(':')[0];
  return columns.some((c) => c.name === name || (c.kind === 'text' && c.name === base && name.includes(':')));
}

function checkHeader(table: Table, columns: readonly Column[], problems: RowProblem[]): void {
  for (const name of table.header) {
    if (name && !knownColumn(name, columns)) {
      problems.push({
        file: table.file,
        line: 1,
        column: name,
        message: `is not a known column (expected ${columns.map((c) => c.name).join(', ')})`,
      });
    }
  }
}

function rowObject(row: Row, columns: readonly Column[], firstLang: string, problems: RowProblem[]): Json {
  const out: Json = {};
  for (const col of columns) {
    const value = cellValue(col, row.cells, firstLang, (message) =>
      problems.push({ file: row.file, line: row.line, column: col.name, message }),
    );
    if (value !== undefined) out[col.field ?? col.name] = value;
  }
  return out;
}

function readMeta(table: Table | undefined, origins: Map<string, Origin>, problems: RowProblem[]): Json {
  if (!table) return {};
  origins.set('meta', { file: table.file });
  const cells = new Map<string, string>();
  const lines = new Map<string, number>();
  for (const row of table.rows) {
    const field = row.cells.get('field');
    const value = row.cells.get('value');
    if (!field) {
      problems.push({ file: row.file, line: row.line, column: 'field', message: 'is empty' });
      continue;
    }
    if (!knownColumn(field, META_FIELDS)) {
      problems.push({
        file: row.file,
        line: row.line,
        column: 'field',
        message: `"${field}" is not a known field (expected ${META_FIELDS.map((c) => c.name).join(', ')})`,
      });
      continue;
    }
    if (value !== undefined) cells.set(field, value);
    lines.set(field.split(':')[0]!, row.line);
  }
  const languages = splitList(cells.get('languages') ?? '');
  const firstLang = languages[0] ?? 'en';
  const meta: Json = {};
  for (const col of META_FIELDS) {
    const line = lines.get(col.name);
    if (line !== undefined) origins.set(`meta.${col.name}`, { file: table.file, line });
    const value = cellValue(col, cells, firstLang, (message) =>
      problems.push({ file: table.file, line, column: col.name, message }),
    );
    if (value !== undefined) meta[col.name] = value;
  }
  return meta;
}

/** Turn the tables into story JSON; problems found while reading cells go to `problems`. */
export function tablesToStory(tables: Tables, problems: RowProblem[]): Converted {
  const origins = new Map<string, Origin>();
  const meta = readMeta(tables.meta, origins, problems);
  const firstLang = Array.isArray(meta.languages) && typeof meta.languages[0] === 'string' ? meta.languages[0] : 'en';
  const story: Json = { meta };

  for (const sheet of ['sources', 'places', 'events', 'milestones'] as const) {
    const table = tables[sheet];
    const items: Json[] = [];
    story[sheet] = items;
    if (!table) continue;
    checkHeader(table, SHEETS[sheet], problems);
    for (const row of table.rows) {
      const item = rowObject(row, SHEETS[sheet], firstLang, problems);
      if (sheet === 'places') {
        const { longitude, latitude, ...rest } = item;
        if (longitude !== undefined || latitude !== undefined) rest.coordinates = [longitude, latitude];
        items.push(rest);
      } else {
        items.push(item);
      }
      origins.set(`${sheet}[${items.length - 1}]`, { file: row.file, line: row.line });
    }
  }

  const presence = tables.presence;
  if (presence) {
    checkHeader(presence, SHEETS.presence, problems);
    const places = story.places as Json[];
    for (const row of presence.rows) {
      const { place, ...entry } = rowObject(row, SHEETS.presence, firstLang, problems);
      const index = places.findIndex((p) => p.id === place);
      if (index < 0) {
        problems.push({
          file: row.file,
          line: row.line,
          column: 'place',
          message: place === undefined ? 'is missing' : `"${String(place)}" is not a place in the places file`,
        });
        continue;
      }
      const list = ((places[index]!.presence as Json[] | undefined) ??= []);
      list.push(entry);
      origins.set(`places[${index}].presence[${list.length - 1}]`, { file: row.file, line: row.line });
    }
  }
  return { story, origins };
}

// Fields whose spreadsheet column has another name.
const COLUMN_OF: Readonly<Record<string, string>> = { coordinates: 'longitude, latitude' };

/** Where a validator problem is in the spreadsheets: the longest known item path that prefixes it. */
export function locate(problem: Problem, origins: ReadonlyMap<string, Origin>, fallback: string): RowProblem {
  let best = '';
  for (const key of origins.keys()) {
    const boundary = problem.path.charAt(key.length);
    if (
      key.length > best.length &&
      problem.path.startsWith(key) &&
      (boundary === '' || boundary === '.' || boundary === '[')
    )
      best = key;
  }
  const origin = origins.get(best);
  if (!origin)
    return { file: fallback, message: problem.path ? `${problem.path}: ${problem.message}` : problem.message };
  let rest = problem.path.slice(best.length).replace(/^\./, '');
  if (best.startsWith('meta.')) rest = best.slice(5) + (rest ? `.${rest}` : '');
  const field = rest.split(/[.[]/)[0] ?? '';
  const column = COLUMN_OF[field] ? rest.replace(field, COLUMN_OF[field]!) : rest;
  return { file: origin.file, line: origin.line, column: column || undefined, message: problem.message };
}
