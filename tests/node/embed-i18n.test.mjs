// Every interface string exists in every supported language: the shared catalogue
// (src/i18n/base-messages.ts) and each widget's src/<widget>/messages/<lang>.ts are compared key by key
// with English, recursively, with the same kind of value (text or function of the same arity), and each
// Arabic and Central Kurdish string is written in Arabic script, not left in English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

const LANGS = ['en', 'ar', 'ckb'];
const files = [
  'src/i18n/base-messages.ts',
  ...readdirSync('src', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/messages/en.ts`))
    .map((d) => `src/${d.name}/messages/`),
];

/** The catalogues a file exports (`{ en, ar, ckb }` records), or a widget's folder of one file per language. */
async function cataloguesIn(file) {
  if (!file.endsWith('/')) {
    const mod = await tsImport(`../../${file}`, import.meta.url);
    return Object.entries(mod).filter(([, v]) => isCatalogue(v));
  }
  const languages = await Promise.all(
    LANGS.map(async (l) => [l, (await tsImport(`../../${file}${l}.ts`, import.meta.url)).default]),
  );
  return [[file.split('/')[1], Object.fromEntries(languages)]];
}

const isCatalogue = (v) => v && typeof v === 'object' && LANGS.every((l) => l in v);
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN_WORD = /[A-Za-z]{3,}/;
// Sample arguments by position: counts, then names and dates.
const SAMPLES = [[2, 'X', 'Y'], [7], ['Baghdad'], [1]];

const PLURAL = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const isPlural = (v) =>
  v && typeof v === 'object' && Object.keys(v).length > 0 && Object.keys(v).every((k) => PLURAL.has(k));

/**
 * Every leaf of a catalogue entry: [path, value]. A plural table ({one, other} in English, up to
 * six forms in Arabic) is one leaf: its forms are checked against the language's own plural rules
 * (Intl.PluralRules), with `other` always there as the fallback.
 */
function leaves(value, path = []) {
  if (isPlural(value)) return [[path.join('.'), value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [[path.join('.'), value]];
}

const kind = (v) => (isPlural(v) ? 'plural' : typeof v === 'function' ? `function/${v.length}` : typeof v);

/** What a leaf says, for the script check: a string, or a function called with sample arguments. */
function sample(value) {
  if (isPlural(value)) return Object.values(value).map(String);
  if (typeof value !== 'function') return [String(value)];
  const out = [];
  for (const args of SAMPLES) {
    try {
      let s = value(...args);
      if (typeof s !== 'string') continue;
      // What the arguments put in is not the catalogue's text: leave it out of the script check.
      for (const a of [...args.filter((x) => typeof x === 'string'), 'undefined', 'NaN']) s = s.split(a).join('');
      out.push(s);
    } catch {
      // This function wants other arguments: the other samples will do.
    }
  }
  return out;
}

test('the catalogues are found: the shared one and one per widget', () => {
  assert.ok(files.includes('src/i18n/base-messages.ts'));
  console.log(`catalogue files: ${files.join(', ')}`);
});

for (const file of files) {
  test(`${file}: every key in en, ar and ckb, translated`, async () => {
    const catalogues = await cataloguesIn(file);
    assert.ok(catalogues.length > 0, `${file} exports a catalogue keyed by ${LANGS.join(', ')}`);
    for (const [name, cat] of catalogues) {
      const shapes = Object.fromEntries(
        LANGS.map((l) => [
          l,
          leaves(cat[l])
            .map(([p, v]) => `${p}:${kind(v)}`)
            .sort(),
        ]),
      );
      // English is the reference: every one of its strings exists in ar and ckb, of the same kind. A
      // language may add data only it needs (names Intl lacks for it); that is listed, not failed.
      for (const l of ['ar', 'ckb']) {
        const missing = shapes.en.filter((k) => !shapes[l].includes(k));
        assert.deepEqual(missing, [], `${name}.${l} has every key of ${name}.en, of the same kind`);
        const extra = shapes[l].filter((k) => !shapes.en.includes(k));
        if (extra.length)
          console.log(
            `${name}.${l} adds ${extra.length} language-specific entries (${[...new Set(extra.map((k) => k.split('.')[0]))].join(', ')})`,
          );
      }
      for (const l of LANGS) {
        const needed = new Intl.PluralRules(l).resolvedOptions().pluralCategories;
        for (const [path, value] of leaves(cat[l]).filter(([, v]) => isPlural(v))) {
          // `other` is the fallback for any form a table leaves out; a form the language never uses is a mistake.
          assert.ok('other' in value, `${name}.${l}.${path} has the plural form "other"`);
          for (const c of Object.keys(value))
            assert.ok(needed.includes(c), `${name}.${l}.${path}.${c} is a plural form ${l} uses`);
        }
      }
      const en = Object.fromEntries(leaves(cat.en));
      for (const l of ['ar', 'ckb']) {
        for (const [path, value] of leaves(cat[l])) {
          const english = sample(en[path]);
          const local = sample(value);
          const text = typeof value === 'function' || isPlural(value) ? 'x' : String(value);
          assert.ok(text.trim().length > 0 || !String(en[path]).trim(), `${name}.${l}.${path} is not empty`);
          if (english.some((s) => LATIN_WORD.test(s))) {
            assert.ok(
              local.some((s) => ARABIC.test(s)),
              `${name}.${l}.${path} is written in Arabic script: ${JSON.stringify(local[0])}`,
            );
          }
        }
      }
    }
  });
}
