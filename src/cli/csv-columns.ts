/**
 * The columns of each spreadsheet `from-csv` reads, in one place: the converter follows them and
 * `from-csv --help` and data/README.md describe them. Text columns take a translation in a column
 * named `<column>:<lang>` (`title:ar`); the plain column is in the story's first language.
 */

export type ColumnKind = 'text' | 'plain' | 'list' | 'boolean' | 'number';

export interface Column {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly required?: boolean;
  /** The story field it fills, when the name differs. */
  readonly field?: string;
}

export type SheetName = 'meta' | 'sources' | 'places' | 'presence' | 'events' | 'milestones';

const c = (name: string, kind: ColumnKind, required = false, field?: string): Column => ({
  name,
  kind,
  required,
  field,
});

export const SHEETS: Readonly<Record<Exclude<SheetName, 'meta'>, readonly Column[]>> = {
  sources: [
    c('id', 'plain', true),
    c('publisher', 'plain', true),
    c('title', 'text', true),
    c('url', 'plain', true),
    c('date', 'plain'),
  ],
  places: [
    c('id', 'plain', true),
    c('name', 'text', true),
    c('kind', 'plain', true),
    c('longitude', 'number', true),
    c('latitude', 'number', true),
    c('approximate', 'boolean'),
    c('note', 'text'),
    c('sources', 'list'),
  ],
  presence: [
    c('place', 'plain', true),
    c('from', 'plain', true),
    c('until', 'plain'),
    c('level', 'plain', true),
    c('note', 'text'),
    c('sources', 'list'),
  ],
  events: [
    c('id', 'plain', true),
    c('date', 'plain', true),
    c('end', 'plain'),
    c('approximate', 'boolean'),
    c('title', 'text', true),
    c('summary', 'text'),
    c('category', 'plain', true),
    c('places', 'list'),
    c('sources', 'list', true),
    c('provenance', 'plain', true),
    c('attribution', 'text'),
    c('correction', 'text'),
  ],
  milestones: [
    c('id', 'plain', true),
    c('label', 'text', true),
    c('deadline', 'plain', true),
    c('timeZone', 'plain'),
    c('provenance', 'plain', true),
    c('attribution', 'text'),
    c('note', 'text'),
    c('places', 'list'),
    c('sources', 'list', true),
    c('events', 'list'),
  ],
};

/** meta.csv has two columns, `field` and `value`, one row per field. */
export const META_FIELDS: readonly Column[] = [
  c('title', 'text', true),
  c('summary', 'text'),
  c('timeZone', 'plain', true),
  c('languages', 'list', true),
  c('published', 'plain'),
  c('updated', 'plain'),
  c('credit', 'text'),
];

/** Lists (ids, languages) are separated by `;`, `,` or spaces inside one cell. */
export function splitList(cell: string): string[] {
  return cell.split(/[\s;,]+/).filter(Boolean);
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'x']);
const FALSE = new Set(['false', 'no', 'n', '0']);

export function parseBoolean(cell: string): boolean | undefined {
  const v = cell.toLowerCase();
  return TRUE.has(v) ? true : FALSE.has(v) ? false : undefined;
}

/** Usage text for `from-csv --help`. */
export function describeSheets(): string {
  const lines = ['meta.csv: columns field,value; fields: ' + META_FIELDS.map(show).join(', ')];
  for (const [sheet, cols] of Object.entries(SHEETS)) lines.push(`${sheet}.csv: ${cols.map(show).join(', ')}`);
  lines.push('* required. Text columns take translations as <column>:<lang> (title:ar). Lists: ids separated by ";".');
  return lines.join('\n');
}

function show(col: Column): string {
  return `${col.name}${col.required ? '*' : ''}`;
}
