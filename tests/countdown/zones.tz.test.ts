// Runs in three groups, with Chromium emulating a reader in New York, Baghdad and Auckland
// (web-test-runner.config.mjs): the count is the same number at the same instant everywhere, and the
// reader's daylight-saving changes (New York 1 Nov 2026, Auckland 27 Sep 2026) change nothing.
import { expect } from '@open-wc/testing';
import { countdownAt, countLine, text } from './helpers.js';

const READER_ZONES = ['America/New_York', 'Asia/Baghdad', 'Pacific/Auckland'];

describe("<milestone-countdown> in the reader's time zone", () => {
  it('runs in one of the emulated reader zones', () => {
    // Guards the groups themselves: without emulation this would be the machine's zone.
    expect(READER_ZONES).to.include(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  const cases: Array<[string, string, string]> = [
    ['mission-end-2025', '2025-09-29T21:00:01Z', '23 hours, 59 minutes, and 59 seconds left'],
    ['mission-end-2025', '2025-09-30T20:59:59Z', '1 second left'],
    ['mission-end-2025', '2025-09-30T21:00:00Z', '1 day since the deadline'],
    // Early on 1 Oct in Baghdad is still 30 Sep in New York: the day count follows the story's zone.
    ['mission-end-2025', '2025-10-01T02:00:00Z', '1 day since the deadline'],
    ['mission-end-2025', '2026-11-25T10:00:00Z', '1 year and 56 days since the deadline'],
    // Across Auckland's spring-forward (2026-09-27) the hours still come from instants.
    ['syria-mission-2026', '2026-09-26T12:00:00Z', '4 days and 9 hours left'],
    ['syria-mission-2026', '2026-09-27T12:00:00Z', '3 days and 9 hours left'],
    ['syria-mission-2026', '2026-09-30T20:59:59Z', '1 second left'],
    // Across New York's fall-back (2026-11-01).
    ['remainder-end-2026', '2026-10-31T12:00:00Z', '61 days left'],
    ['remainder-end-2026', '2026-11-01T12:00:00Z', '60 days left'],
    ['remainder-end-2026', '2026-12-31T20:59:59Z', '1 second left'],
    ['remainder-end-2026', '2026-12-31T21:00:00Z', '1 day since the deadline'],
  ];
  for (const [milestone, now, expected] of cases) {
    it(`reads "${expected}" for ${milestone} at ${now}`, async () => {
      const el = await countdownAt(now, { milestone });
      expect(countLine(el)).to.equal(expected);
    });
  }

  it("gives deadline dates in the story's zone, not the reader's", async () => {
    // The year deadline starts at 2026-01-01T00:00 Baghdad, still 2025 in New York.
    const year = await countdownAt('2026-06-01T00:00:00Z', { milestone: 'remainder-end-2026' });
    expect(text(year, '.deadline')).to.equal('Deadline: by the end of 2026');
    const month = await countdownAt('2026-06-01T00:00:00Z', { milestone: 'syria-mission-2026' });
    expect(text(month, '.deadline')).to.equal('Deadline: by the end of September 2026');
  });
});
