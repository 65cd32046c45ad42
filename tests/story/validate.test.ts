import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseStory, parseStoryText } from '../../src/story/validate.js';
import { formatProblem, type ParseResult } from '../../src/story/model.js';
import defaultStory from '../../data/iraq-withdrawal.json';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
type Json = Record<string, unknown> & {
  events: Array<Record<string, unknown>>;
  sources: Array<Record<string, unknown>>;
  places: Array<Record<string, unknown>>;
};
const base = (): Json => clone(defaultStory) as unknown as Json;
const messages = (r: ParseResult) => r.problems.map(formatProblem);

describe('story validation', () => {
  it('accepts the default story with no problems', () => {
    const r = parseStory(defaultStory);
    expect(messages(r)).to.deep.equal([]);
    expect(r.ok).to.equal(true);
  });

  it('turns an impossible date into a message with its JSON path, and leaves the event out', () => {
    const data = base();
    data.events[3]!.date = '2025-13-45';
    const r = parseStory(data);
    expect(r.ok).to.equal(true);
    expect(messages(r)).to.include.members([
      'events[3].date: "2025-13-45" is not a date (use 2024, 2024-09, 2024-09-27 or 2024-09-27T12:00:00Z)',
    ]);
    if (r.ok) expect(r.story.events.length).to.equal((defaultStory as unknown as Json).events.length - 1);
  });

  it('rejects 30 February as a day that does not exist', () => {
    const data = base();
    data.events[0]!.date = '2025-02-30';
    const r = parseStory(data);
    expect(messages(r).join('\n')).to.contain('events[0].date: "2025-02-30" is not a date: that day does not exist');
  });

  it('leaves out a source with an unsafe link and reports every reference to it', () => {
    const data = base();
    const firstSource = data.sources[0]!;
    firstSource.url = 'javascript:alert(1)';
    const r = parseStory(data);
    expect(messages(r)[0]).to.equal(
      'sources[0].url: "javascript:alert(1)" is not a safe link (only http and https are allowed)',
    );
    expect(messages(r).some((m) => m.includes(`"${firstSource.id as string}" is not a known source`))).to.equal(true);
    if (r.ok) expect(r.story.sourceById.has(firstSource.id as string)).to.equal(false);
  });

  it('reports duplicate ids and keeps the first', () => {
    const data = base();
    data.events.push({ ...data.events[0]!, title: 'Impostor' });
    const r = parseStory(data);
    const i = data.events.length - 1;
    expect(messages(r)).to.include(
      `events[${i}].id: "${data.events[0]!.id as string}" is used twice: the second one is left out`,
    );
    if (r.ok) expect(r.story.eventById.get(data.events[0]!.id as string)!.title).to.not.equal('Impostor');
  });

  it('reports references to unknown places and drops only the reference', () => {
    const data = base();
    data.events[0]!.places = ['nowhere'];
    const r = parseStory(data);
    expect(messages(r)).to.include('events[0].places[0]: "nowhere" is not a known place');
    if (r.ok) expect(r.story.eventById.get(data.events[0]!.id as string)!.places).to.deep.equal([]);
  });

  it('names a missing required field', () => {
    const data = base();
    delete data.events[2]!.title;
    expect(messages(parseStory(data))).to.include('events[2].title: is missing');
  });

  it('fails as a whole only when nothing usable remains', () => {
    const r = parseStory({
      meta: { title: 'x', timeZone: 'Asia/Baghdad', languages: ['en'] },
      sources: [],
      places: [],
      events: [{ id: 'a' }],
    });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.message).to.match(/^Nothing usable is left in the story: events\[0\]\.date: is missing/);
  });

  it('says what is wrong with a text: too long, a bad language tag, not text at all', () => {
    const data = base();
    data.events[0]!.title = 'x'.repeat(301);
    data.events[1]!.title = { en: 'ok', 'x y': 'bad' };
    data.events[2]!.title = 42;
    data.events[3]!.title = { en: 'x'.repeat(301) };
    expect(messages(parseStory(data))).to.include.members([
      'events[0].title: is longer than 300 characters',
      'events[1].title: "x y" is not a language tag',
      'events[2].title: 42 is not text (a string, or an object of language to string)',
      'events[3].title: is longer than 300 characters',
    ]);
  });

  it('explains bad JSON, empty text and non-objects in plain words', () => {
    expect((parseStoryText('{"meta":') as { message: string }).message).to.match(/^The story is not valid JSON \(/);
    expect((parseStoryText('  ') as { message: string }).message).to.equal('The story file is empty.');
    expect((parseStory([1, 2]) as { message: string }).message).to.equal('The story is not a JSON object.');
  });

  it('falls back to UTC and says so when the time zone is not a real zone', () => {
    const data = base();
    (data.meta as Record<string, unknown>).timeZone = 'Mars/Olympus';
    const r = parseStory(data);
    expect(messages(r)).to.include(
      'meta.timeZone: "Mars/Olympus" is not an IANA time zone (for example "Asia/Baghdad")',
    );
    if (r.ok) expect(r.story.meta.timeZone).to.equal('UTC');
  });

  it('strips control characters from text but keeps markup as plain text', () => {
    const data = base();
    data.events[0]!.title = '<img src=x onerror=alert(1)>\u0007Title';
    const r = parseStory(data);
    if (!r.ok) throw new Error('expected ok');
    expect(r.story.eventById.get(data.events[0]!.id as string)!.title).to.equal('<img src=x onerror=alert(1)>Title');
  });

  describe('with random and hostile data (property-based)', () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '<script>alert(1)</script>',
        'javascript:alert(1)',
        ' JAVASCRIPT:alert(1)',
        'data:text/html,<b>x',
        '"><svg onload=alert(1)>',
        '\u202Eevil',
        '__proto__',
        'constructor',
      ),
    );
    const anyValue = fc.oneof(
      hostile,
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(hostile, { maxLength: 3 }),
      fc.dictionary(hostile, hostile, { maxKeys: 3 }),
    );
    const fieldValue = (good: fc.Arbitrary<unknown>) =>
      fc.oneof(
        { weight: 3, arbitrary: good },
        { weight: 1, arbitrary: anyValue },
        { weight: 1, arbitrary: fc.constant(undefined) },
      );
    const id = fc.oneof(fc.constantFrom('a', 'b', 'c', 'd'), hostile);
    const date = fc.oneof(
      fc.constantFrom('2024', '2024-09', '2024-09-27', '2024-09-27T12:00:00Z', '2025-13-45', '2024-02-30', ''),
      hostile,
    );
    const url = fc.oneof(fc.webUrl(), hostile);
    const source = fc.record({
      id: fieldValue(id),
      publisher: fieldValue(hostile),
      title: fieldValue(hostile),
      url: fieldValue(url),
      date: fieldValue(date),
    });
    const place = fc.record({
      id: fieldValue(id),
      name: fieldValue(hostile),
      kind: fieldValue(hostile),
      coordinates: fieldValue(fc.tuple(fc.double({ min: -200, max: 200 }), fc.double({ min: -100, max: 100 }))),
      presence: fieldValue(
        fc.array(
          fc.record({
            from: fieldValue(date),
            until: fieldValue(date),
            level: fieldValue(fc.constantFrom('present', 'withdrawn', 'bogus')),
          }),
          { maxLength: 3 },
        ),
      ),
    });
    const event = fc.record({
      id: fieldValue(id),
      date: fieldValue(date),
      end: fieldValue(date),
      title: fieldValue(fc.oneof(hostile, fc.dictionary(fc.constantFrom('en', 'ar', 'x y'), hostile))),
      category: fieldValue(hostile),
      places: fieldValue(fc.array(id, { maxLength: 3 })),
      sources: fieldValue(fc.array(id, { maxLength: 3 })),
      provenance: fieldValue(fc.constantFrom('official', 'reported', 'claimed', 'rumour')),
    });
    const story = fc.record({
      meta: fieldValue(
        fc.record({
          title: fieldValue(hostile),
          timeZone: fieldValue(fc.constantFrom('Asia/Baghdad', 'UTC', 'Nope/Zone')),
          languages: fieldValue(fc.array(fc.constantFrom('en', 'ar', '!!'))),
        }),
      ),
      sources: fieldValue(fc.array(source, { maxLength: 4 })),
      places: fieldValue(fc.array(place, { maxLength: 4 })),
      events: fieldValue(fc.array(event, { maxLength: 6 })),
      milestones: fieldValue(
        fc.array(
          fc.record({
            id: fieldValue(id),
            label: fieldValue(hostile),
            deadline: fieldValue(date),
            provenance: fieldValue(fc.constantFrom('official', 'x')),
            sources: fieldValue(fc.array(id)),
          }),
          { maxLength: 3 },
        ),
      ),
    });

    it('never throws, and ends in a valid story or a clear error', () => {
      fc.assert(
        fc.property(fc.oneof(story, anyValue), (input) => {
          const r = parseStory(input);
          if (r.ok) {
            for (const s of r.story.sources) expect(s.url).to.match(/^https?:\/\//i);
            for (const e of r.story.events) {
              expect(Number.isFinite(e.date.start)).to.equal(true);
              for (const p of e.places) expect(r.story.placeById.has(p)).to.equal(true);
              for (const s of e.sources) expect(r.story.sourceById.has(s)).to.equal(true);
            }
            for (let i = 1; i < r.story.events.length; i++) {
              expect(r.story.events[i]!.date.start >= r.story.events[i - 1]!.date.start).to.equal(true);
            }
            for (const p of r.story.places) {
              expect(Math.abs(p.coordinates[0]) <= 180 && Math.abs(p.coordinates[1]) <= 90).to.equal(true);
            }
          } else {
            expect(r.message).to.be.a('string').and.not.equal('');
          }
          for (const p of r.problems) expect(p.message).to.be.a('string').and.not.equal('');
        }),
        { numRuns: 400 },
      );
    });

    it('never lets a control character through into story text', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (title) => {
          const data = base();
          data.events[0]!.title = title;
          const r = parseStory(data);
          if (!r.ok) return;
          const t = r.story.eventById.get(data.events[0]!.id as string)?.title;
          // Control characters are what the test looks for.
          // eslint-disable-next-line no-control-regex
          if (typeof t === 'string') expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(t)).to.equal(false);
        }),
        { numRuns: 200 },
      );
    });
  });
});
