// Writes the README's "Elements API" tables from custom-elements.json (itself generated from the
// elements' JSDoc), between the `<!-- api:start -->` and `<!-- api:end -->` markers, so the README
// cannot drift from the code. `--check` exits 1 when the README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';

export const START = '<!-- api:start -->';
export const END = '<!-- api:end -->';
const ORDER = ['withdrawal-data', 'withdrawal-timeline', 'base-map', 'milestone-countdown'];

const cell = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(head, rows) {
  if (rows.length === 0) return [];
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ];
}

/** The custom-element declarations of a manifest, by tag, in the order of the contract. */
export function elements(manifest) {
  const all = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
  const rank = (tag) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);
  return all.sort((a, b) => rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName));
}

/** Public fields: not private or protected, not static, not starting with `#` or `_`. */
function publicFields(d) {
  return (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy && !/^[#_]/.test(m.name));
}

function elementSection(d) {
  const fields = publicFields(d);
  const attrs = d.attributes ?? [];
  const props = [
    ...attrs.map((a) => {
      const field = fields.find((f) => f.name === a.fieldName);
      return [
        code(a.name),
        code(a.fieldName),
        code(a.type?.text ?? field?.type?.text),
        code(a.default ?? field?.default),
        cell(a.description ?? field?.description),
      ];
    }),
    ...fields
      .filter((f) => !attrs.some((a) => a.fieldName === f.name))
      .map((f) => [
        '',
        code(f.name),
        code(f.type?.text),
        code(f.default),
        cell(`${f.readonly ? '(read-only) ' : ''}${f.description ?? ''}`),
      ]),
  ];
  // Events without a description are internal signals between this library's own elements.
  const events = (d.events ?? []).filter((e) => e.description).map((e) => [code(e.name), cell(e.description)]);
  return [
    `### \`<${d.tagName}>\``,
    '',
    cell(d.summary ?? d.description),
    '',
    ...table(['attribute', 'property', 'type', 'default', 'description'], props),
    ...table(['event', 'when'], events),
    ...table(
      ['slot', 'description'],
      (d.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
    ),
    ...table(
      ['CSS part', 'description'],
      (d.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
    ...table(
      ['CSS custom property', 'description'],
      (d.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
    ...table(
      ['custom state', 'description'],
      (d.cssStates ?? []).map((s) => [code(`:state(${s.name})`), cell(s.description)]),
    ),
  ];
}

/** The Markdown that belongs between the markers. */
export function apiMarkdown(manifest) {
  const lines = [
    '<!-- Generated from custom-elements.json by `node scripts/readme-api.mjs`; edit the JSDoc, not this. -->',
    '',
    ...elements(manifest).flatMap(elementSection),
  ];
  return lines.join('\n').replace(/\n+$/, '\n');
}

/** The README text with the tables replaced. */
export function withApi(readme, manifest) {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md needs the ${START} and ${END} markers`);
  return `${readme.slice(0, from + START.length)}\n${apiMarkdown(manifest)}${readme.slice(to)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const readme = readFileSync('README.md', 'utf8');
  const next = withApi(readme, manifest);
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md: the Elements API tables are out of date; run node scripts/readme-api.mjs');
      process.exit(1);
    }
  } else if (next !== readme) {
    writeFileSync('README.md', next);
    console.log('README.md: Elements API tables updated');
  }
}
