import { expect } from '@open-wc/testing';
import { parseStoryDate, precisionOf, zoneOffset } from '../../src/story/dates.js';

describe('story dates', () => {
  it('reads the precision from the form of the date', () => {
    expect(precisionOf('2003')).to.equal('year');
    expect(precisionOf('2026-09')).to.equal('month');
    expect(precisionOf('2024-01-28')).to.equal('day');
    expect(precisionOf('2024-02-02T16:00:00-05:00')).to.equal('instant');
    expect(precisionOf('2024-1-28')).to.equal(null);
  });

  it('measures a month in the story time zone: September 2026 in Baghdad', () => {
    const d = parseStoryDate('2026-09', 'Asia/Baghdad')!;
    expect(new Date(d.start).toISOString()).to.equal('2026-08-31T21:00:00.000Z');
    expect(new Date(d.end).toISOString()).to.equal('2026-09-30T21:00:00.000Z');
  });

  it('measures a year and a day, across a daylight-saving change', () => {
    const y = parseStoryDate('2026', 'Asia/Baghdad')!;
    expect(new Date(y.end).toISOString()).to.equal('2026-12-31T21:00:00.000Z');
    // Paris goes to summer time on 29 March 2026: that day is 23 hours long.
    const d = parseStoryDate('2026-03-29', 'Europe/Paris')!;
    expect((d.end - d.start) / 3_600_000).to.equal(23);
    expect(new Date(d.start).toISOString()).to.equal('2026-03-28T23:00:00.000Z');
  });

  it('keeps an instant exact, whatever the zone', () => {
    const d = parseStoryDate('2024-02-02T16:00:00-05:00', 'Asia/Baghdad')!;
    expect(new Date(d.start).toISOString()).to.equal('2024-02-02T21:00:00.000Z');
    expect(d.end).to.equal(d.start);
  });

  it('reads zone offsets from Intl', () => {
    expect(zoneOffset(Date.UTC(2026, 0, 1), 'Asia/Baghdad')).to.equal(3 * 3_600_000);
    expect(zoneOffset(Date.UTC(2026, 6, 1), 'America/New_York')).to.equal(-4 * 3_600_000);
  });

  it('refuses dates that do not exist', () => {
    expect(parseStoryDate('2025-02-29', 'UTC')).to.equal(null);
    expect(parseStoryDate('2024-02-29', 'UTC')).to.not.equal(null);
    expect(parseStoryDate('2025-13-45', 'UTC')).to.equal(null);
  });
});
