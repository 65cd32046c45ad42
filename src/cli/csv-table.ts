/// <reference types="node" />
/**
 * Reads one spreadsheet export (CSV) into rows that remember their file and line, so that every
 * problem found later can be reported where an editor can fix it.
 */
import { parse } from 'csv-parse/sync';

export interface Row {
  readonly file: string;
  readonly line: number;
  /** Cell values by header name; empty cells are left out. */
  readonly cells: ReadonlyMap<string, string>;
}

export interface RowProblem {
  readonly file: string;
  readonly line?: number;
  readonly column?: string;
  readonly message: string;
}

export interface Table {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly Row[];
}

interface Record {
  record: string[];
  info: { lines: number };
}

/**
 * Parse CSV text. A malformed file (an unclosed quote, for example) is one problem and no rows; a
 * row with the wrong number of cells is a problem on its line and is left out.
 */
export function readTable(file: string, text: string, problems: RowProblem[]): Table {
  let records: Record[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as Record[];
  } catch (err) {
    const e = err as { message?: string; lines?: number };
    const detail = (e.message ?? String(err)).replace(/^Invalid [^:]*:\s*/, '');
    problems.push({ file, line: e.lines, message: `the file is not valid CSV (${detail})` });
    return { file, header: [], rows: [] };
  }
  const [head, ...body] = records;
  if (!head) return { file, header: [], rows: [] };
  const header = head.record.map((h) => h.trim());
  const rows: Row[] = [];
  for (const { record, info } of body) {
    if (record.every((cell) => cell === '')) continue;
    if (record.length !== header.length) {
      problems.push({
        file,
        line: info.lines,
        message: `the row has ${record.length} cells but the header has ${header.length}: the row is left out`,
      });
      continue;
    }
    const cells = new Map<string, string>();
    header.forEach((name, i) => {
      const value = record[i] ?? '';
      if (name && value !== '') cells.set(name, value);
    });
    rows.push({ file, line: info.lines, cells });
  }
  return { file, header, rows };
}
