// The editor's command-line tool (dist/cli.js, built by `npm run build`), run as a person would run it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';

const EXAMPLE = 'data/examples/sample-depots';

function cli(...args) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function scratch(story) {
  const dir = mkdtempSync(join(tmpdir(), 'ww-cli-'));
  if (story !== undefined)
    writeFileSync(join(dir, 'story.json'), typeof story === 'string' ? story : JSON.stringify(story));
  return dir;
}

/** A copy of the shipped CSV example with one file replaced. */
function csvCopy(file, text) {
  const dir = scratch();
  cpSync(EXAMPLE, dir, { recursive: true });
  if (file) writeFileSync(join(dir, file), text);
  return dir;
}

const defaultStory = () => JSON.parse(readFileSync('data/iraq-withdrawal.json', 'utf8'));

test('dist/cli.js starts with a shebang and is the package bin', () => {
  assert.match(readFileSync('dist/cli.js', 'utf8'), /^#!\/usr\/bin\/env node\n/);
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(pkg.bin['withdrawal-widgets'], 'dist/cli.js');
});

test('validate: the default story is ok (exit 0) and its counts are printed', () => {
  const r = cli('validate', 'data/iraq-withdrawal.json');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /iraq-withdrawal\.json: ok \(\d+ events, 6 places, 3 milestones, \d+ sources\)/);
});

test('validate: bad JSON exits 1 and says it is not JSON', () => {
  const r = cli('validate', join(scratch('{"meta": {'), 'story.json'));
  assert.equal(r.code, 1);
  assert.match(r.err, /story\.json: The story is not valid JSON/);
});

test('validate: an empty file exits 1', () => {
  const r = cli('validate', join(scratch(''), 'story.json'));
  assert.equal(r.code, 1);
  assert.match(r.err, /empty/);
});

test('validate: every bad field is printed with its JSON path, exit 1', () => {
  const story = defaultStory();
  story.events[2].date = '2025-13-45';
  story.sources[0].url = 'javascript:alert(1)';
  story.places[1].coordinates = [500, 33];
  const r = cli('validate', join(scratch(story), 'story.json'));
  assert.equal(r.code, 1);
  assert.match(r.err, /story\.json: events\[2\]\.date: "2025-13-45" is not a date/);
  assert.match(r.err, /story\.json: sources\[0\]\.url: .*not a safe link/);
  assert.match(r.err, /story\.json: places\[1\]\.coordinates\[0\]: .*longitude/);
  assert.match(r.err, /the widgets would leave those items out/);
});

test('validate: a story with nothing usable exits 1', () => {
  const r = cli('validate', join(scratch({ meta: {}, events: [{ id: 'x' }] }), 'story.json'));
  assert.equal(r.code, 1);
  assert.match(r.err, /meta\.title: nothing is not text/);
  assert.match(r.err, /events\[0\]\.date: is missing/);
  assert.match(r.err, /not usable/);
});

test('validate: a missing file exits 2 and names the file', () => {
  const r = cli('validate', 'no/such/story.json');
  assert.equal(r.code, 2);
  assert.match(r.err, /no\/such\/story\.json: no such file/);
});

test('usage mistakes exit 2 with help', () => {
  assert.equal(cli('frobnicate').code, 2);
  const r = cli('validate');
  assert.equal(r.code, 2);
  assert.match(r.err, /missing required argument/);
  assert.equal(cli('--help').code, 0);
});

test('schema prints the generated JSON Schema, which accepts the default story', () => {
  const r = cli('schema');
  assert.equal(r.code, 0, r.err);
  const schema = JSON.parse(r.out);
  assert.deepEqual(schema, JSON.parse(readFileSync('data/story.schema.json', 'utf8')));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  assert.ok(validate(defaultStory()), JSON.stringify(validate.errors));
});

test('from-csv: the shipped example builds a valid story, identical to the committed sample', () => {
  const r = cli('from-csv', EXAMPLE);
  assert.equal(r.code, 0, r.err);
  const story = JSON.parse(r.out);
  assert.deepEqual(story, JSON.parse(readFileSync('stories/data/sample-depots.json', 'utf8')));
  assert.equal(story.events.length, 4);
  assert.deepEqual(story.meta.title.fr.slice(0, 18), "DONNÉES D'EXEMPLE ");
  assert.deepEqual(story.places[0].coordinates, [5.32, 60.39]);
  assert.equal(story.places[2].approximate, true);
  assert.equal(story.places[2].presence.length, 3);
  assert.deepEqual(story.events[0].places, ['bergen-depot', 'stavanger-depot', 'alesund-depot']);
  const dir = scratch();
  const out = cli('from-csv', EXAMPLE, '--out', join(dir, 'out.json'));
  assert.equal(out.code, 0, out.err);
  assert.equal(cli('validate', join(dir, 'out.json')).code, 0);
});

test('from-csv: a bad cell is reported by file, line and column; nothing is written', () => {
  const events = readFileSync(join(EXAMPLE, 'events.csv'), 'utf8')
    .replace('2025-03-12', '2025-02-30')
    .replace(',yes,Ålesund', ',perhaps,Ålesund');
  const dir = csvCopy('events.csv', events);
  const r = cli('from-csv', dir, '-o', join(dir, 'story.json'));
  assert.equal(r.code, 1);
  assert.match(r.err, /events\.csv:3: date: "2025-02-30" is not a date/);
  assert.match(r.err, /events\.csv:4: approximate: "perhaps" is not yes or no/);
  assert.match(r.err, /no story written/);
  assert.throws(() => readFileSync(join(dir, 'story.json')));
});

test('from-csv: unknown references, unknown places in presence and bad coordinates point at their rows', () => {
  let dir = csvCopy(
    'milestones.csv',
    readFileSync(join(EXAMPLE, 'milestones.csv'), 'utf8').replace('stavanger-handover', 'no-such-event'),
  );
  writeFileSync(
    join(dir, 'presence.csv'),
    'place,from,until,level,note,sources\nbergen-depot,2010,,present,,\nnowhere,2010,,present,,\nbergen-depot,2011,,sleeping,,\n',
  );
  writeFileSync(
    join(dir, 'places.csv'),
    readFileSync(join(EXAMPLE, 'places.csv'), 'utf8').replace('5.73,58.97', 'east,58.97'),
  );
  const r = cli('from-csv', dir);
  assert.equal(r.code, 1);
  assert.match(r.err, /milestones\.csv:2: events\[0\]: "no-such-event" is not a known event/);
  assert.match(r.err, /presence\.csv:3: place: "nowhere" is not a place/);
  assert.match(r.err, /presence\.csv:4: level: .*sleeping.* is not one of/);
  assert.match(r.err, /places\.csv:3: longitude: "east" is not a number/);
});

test('from-csv: malformed CSV, ragged rows and unknown columns are reported by file and line', () => {
  let dir = csvCopy('sources.csv', 'id,publisher,title,url,date\nsample-plan,"Nordvik,https://example.org,2025\n');
  let r = cli('from-csv', dir);
  assert.equal(r.code, 1);
  assert.match(r.err, /sources\.csv(:\d+)?: the file is not valid CSV/);

  dir = csvCopy('sources.csv', readFileSync(join(EXAMPLE, 'sources.csv'), 'utf8') + 'extra,Only three,cells\n');
  r = cli('from-csv', dir);
  assert.equal(r.code, 1);
  assert.match(r.err, /sources\.csv:5: the row has 3 cells but the header has 5/);

  dir = csvCopy(
    'events.csv',
    readFileSync(join(EXAMPLE, 'events.csv'), 'utf8').replace('summary,category', 'sumary,category'),
  );
  r = cli('from-csv', dir);
  assert.equal(r.code, 1);
  assert.match(r.err, /events\.csv:1: sumary: is not a known column/);
});

test('from-csv: a missing meta.csv or folder is a usage error (exit 2)', () => {
  const r = cli('from-csv', scratch());
  assert.equal(r.code, 2);
  assert.match(r.err, /meta\.csv not found/);
  assert.equal(cli('from-csv', '--events', 'no/such.csv', '--meta', join(EXAMPLE, 'meta.csv')).code, 2);
});
