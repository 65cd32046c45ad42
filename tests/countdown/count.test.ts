import { expect, fixture, html } from '@open-wc/testing';
import { countdownAt, countLine, eventLines, label, sentence, text, value } from './helpers.js';
import { untilState } from '../helpers/test-widget.js';
import type { MilestoneCountdown } from '../../src/countdown/milestone-countdown.js';

// The default story: mission-end-2025 ("2025-09", due 2025-09-30T21:00Z), syria-mission-2026
// ("2026-09", due 2026-09-30T21:00Z), remainder-end-2026 ("2026", reported, due 2026-12-31T21:00Z).

async function line(now: string, milestone?: string, lang = 'en'): Promise<string> {
  const el = await countdownAt(now, { ...(milestone ? { milestone } : {}), lang });
  return countLine(el);
}

describe('<milestone-countdown> count', () => {
  describe('around the end of the mission in Iraq (month precision, 2025-09)', () => {
    const cases: Array<[string, string]> = [
      ['2025-01-01T00:00:00Z', '272 days left'],
      ['2025-09-01T00:00:00Z', '29 days left'],
      ['2025-09-20T00:00:00Z', '10 days left'],
      ['2025-09-23T21:00:00Z', '7 days left'],
      ['2025-09-23T21:00:01Z', '6 days and 23 hours left'],
      ['2025-09-29T21:00:00Z', '1 day and 0 hours left'],
      ['2025-09-29T21:00:01Z', '23 hours, 59 minutes, and 59 seconds left'],
      ['2025-09-30T20:00:00Z', '1 hour, 0 minutes, and 0 seconds left'],
      ['2025-09-30T20:59:00Z', '1 minute and 0 seconds left'],
      ['2025-09-30T20:59:59Z', '1 second left'],
      ['2025-09-30T20:59:59.500Z', '1 second left'],
      ['2025-09-30T21:00:00Z', '1 day since the deadline'],
      ['2025-10-01T20:59:59Z', '1 day since the deadline'],
      ['2025-10-01T21:00:00Z', '2 days since the deadline'],
      ['2026-09-30T20:59:59Z', '1 year since the deadline'],
      ['2026-09-30T21:00:00Z', '1 year and 1 day since the deadline'],
      ['2026-11-25T10:00:00Z', '1 year and 56 days since the deadline'],
    ];
    for (const [now, expected] of cases) {
      it(`reads "${expected}" at ${now}`, async () => {
        expect(await line(now, 'mission-end-2025')).to.equal(expected);
      });
    }

    it('says the deadline as the end of the month, in the story zone', async () => {
      const el = await countdownAt('2025-09-20T00:00:00Z', { milestone: 'mission-end-2025' });
      expect(text(el, '.deadline')).to.equal('Deadline: by the end of September 2025');
      expect(label(el)).to.equal("End of the coalition's military mission in Iraq");
      expect(el.shadowRoot!.querySelector('.provenance')).to.equal(null);
    });

    it('lists the linked events after the deadline with their distance from its last day', async () => {
      const el = await countdownAt('2026-11-25T10:00:00Z', { milestone: 'mission-end-2025' });
      const lines = eventLines(el);
      expect(lines).to.have.length(4);
      expect(lines[0]).to.match(/^Sudani: .* Oct 20, 2025, 20 days after the deadline$/);
      expect(lines[2]).to.equal(
        'US forces leave Ain al-Asad; the Iraqi army takes full control Jan 17, 2026, 109 days after the deadline',
      );
      // Events before the deadline (the joint statement, the first convoy) are not "what happened after".
      expect(lines.join(' ')).not.to.contain('joint statement');
    });

    it('lists only the events that have happened by now', async () => {
      const el = await countdownAt('2025-12-01T00:00:00Z', { milestone: 'mission-end-2025' });
      expect(eventLines(el)).to.have.length(2);
    });

    it('gives the count a full sentence as its accessible name', async () => {
      const el = await countdownAt('2026-11-25T10:00:00Z', { milestone: 'mission-end-2025' });
      expect(sentence(el)).to.equal(
        "1 year and 56 days since the deadline: End of the coalition's military mission in Iraq, by the end of September 2025.",
      );
      expect(el.shadowRoot!.querySelector('[role="timer"] [part~="value"]')).to.not.equal(null);
    });
  });

  describe('around the end of the Syria mission (month precision, 2026-09)', () => {
    const cases: Array<[string, string]> = [
      ['2025-10-01T00:00:00Z', '364 days left'],
      ['2026-09-01T00:00:00Z', '29 days left'],
      ['2026-09-30T00:00:00Z', '21 hours, 0 minutes, and 0 seconds left'],
      ['2026-09-30T20:59:59Z', '1 second left'],
      ['2026-09-30T21:00:00Z', '1 day since the deadline'],
    ];
    for (const [now, expected] of cases) {
      it(`reads "${expected}" at ${now}`, async () => {
        expect(await line(now, 'syria-mission-2026')).to.equal(expected);
      });
    }
  });

  describe('around the reported end of 2026 (year precision)', () => {
    const cases: Array<[string, string]> = [
      ['2026-06-01T00:00:00Z', '213 days left'],
      ['2026-12-24T21:00:00Z', '7 days left'],
      ['2026-12-31T20:59:59Z', '1 second left'],
      ['2026-12-31T21:00:00Z', '1 day since the deadline'],
      ['2027-02-25T10:00:00Z', '56 days since the deadline'],
      ['2028-01-01T00:00:00Z', '1 year and 1 day since the deadline'],
    ];
    for (const [now, expected] of cases) {
      it(`reads "${expected}" at ${now}`, async () => {
        expect(await line(now, 'remainder-end-2026')).to.equal(expected);
      });
    }

    it('says "by the end of 2026" and that the date was reported, not official', async () => {
      const el = await countdownAt('2026-06-01T00:00:00Z', { milestone: 'remainder-end-2026' });
      expect(text(el, '.deadline')).to.equal('Deadline: by the end of 2026');
      expect(text(el, '.provenance')).to.equal(
        'Reported, not official: Reuters, citing unnamed sources, before the official announcement',
      );
    });
  });

  describe('which milestone', () => {
    it('shows the next milestone not yet due', async () => {
      expect(label(await countdownAt('2025-01-01T00:00:00Z'))).to.equal(
        "End of the coalition's military mission in Iraq",
      );
      expect(label(await countdownAt('2025-09-30T21:00:00Z'))).to.equal(
        "End of the coalition's Syria mission from an Iraqi platform",
      );
      expect(label(await countdownAt('2026-11-25T10:00:00Z'))).to.equal(
        'Remaining coalition troops leave Erbil ("end of 2026")',
      );
    });

    it('shows the latest passed when none is left', async () => {
      const el = await countdownAt('2027-02-25T10:00:00Z');
      expect(label(el)).to.equal('Remaining coalition troops leave Erbil ("end of 2026")');
      expect(countLine(el)).to.equal('56 days since the deadline');
    });

    it("uses its own now over the provider's", async () => {
      const wrap = await fixture(
        html`<withdrawal-data now="2026-11-25T10:00:00Z">
          <milestone-countdown lang="en" now="2025-09-20T00:00:00Z"></milestone-countdown>
        </withdrawal-data>`,
      );
      const el = wrap.querySelector('milestone-countdown')!;
      await untilState(el, 'ready');
      expect(countLine(el)).to.equal('10 days left');
      expect(label(el)).to.equal("End of the coalition's military mission in Iraq");
    });

    it('shows the milestone of the event selected in a bound widget', async () => {
      await import('../helpers/test-widget.js');
      const wrap = await fixture(
        html`<withdrawal-data now="2026-03-01T00:00:00Z">
          <test-widget></test-widget>
          <milestone-countdown lang="en"></milestone-countdown>
        </withdrawal-data>`,
      );
      const el = wrap.querySelector('milestone-countdown') as MilestoneCountdown;
      const widget = wrap.querySelector('test-widget')!;
      await untilState(el, 'ready');
      await untilState(widget, 'ready');
      expect(label(el)).to.equal("End of the coalition's Syria mission from an Iraqi platform");
      (widget.shadowRoot!.querySelector('li[data-id="ain-al-asad-handover-2026"] button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(label(el)).to.equal("End of the coalition's military mission in Iraq");
      expect(countLine(el)).to.equal('152 days since the deadline');
      (widget.shadowRoot!.querySelector('li[data-id="al-tanf-2026"] button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(label(el)).to.equal("End of the coalition's Syria mission from an Iraqi platform");
    });

    it('says so when the milestone attribute names no milestone', async () => {
      const el = await countdownAt('2026-01-01T00:00:00Z', { milestone: 'nope' });
      expect(text(el, '.notice')).to.equal('This story has no milestone "nope".');
      await expect(el).to.be.accessible();
    });
  });

  describe('language and digits', () => {
    it('counts in Arabic with Arabic-Indic digits and Arabic plural forms', async () => {
      expect(await line('2025-09-19T21:00:00Z', 'mission-end-2025', 'ar')).to.equal('بقي ١١ يومًا');
      expect(await line('2025-09-20T21:00:00Z', 'mission-end-2025', 'ar')).to.equal('بقي ١٠ أيام');
      expect(await line('2025-10-01T21:00:00Z', 'mission-end-2025', 'ar')).to.equal('مضى يومان على انقضاء الموعد');
      expect(await line('2026-11-25T10:00:00Z', 'mission-end-2025', 'ar')).to.equal(
        'مضى سنة و٥٦ يومًا على انقضاء الموعد',
      );
    });

    it('lays Arabic out right to left and formats the deadline in Arabic', async () => {
      const el = await countdownAt('2025-09-20T00:00:00Z', { milestone: 'mission-end-2025', lang: 'ar' });
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(text(el, '.deadline')).to.equal('الموعد النهائي: بحلول نهاية سبتمبر ٢٠٢٥');
      expect(value(el)).to.match(/^[٠-٩]+ /);
      expect(value(el)).not.to.match(/[0-9]/);
    });

    it('keeps Latin digits when the tag asks for them', async () => {
      expect(await line('2025-09-20T21:00:00Z', 'mission-end-2025', 'ar-u-nu-latn')).to.equal('بقي 10 أيام');
    });

    it('counts in Central Kurdish with Arabic-Indic digits', async () => {
      expect(await line('2026-11-25T10:00:00Z', 'mission-end-2025', 'ckb')).to.equal(
        '١ ساڵ و ٥٦ ڕۆژ بەسەر وادەکەدا تێپەڕیوە',
      );
      const el = await countdownAt('2025-09-20T00:00:00Z', { milestone: 'mission-end-2025', lang: 'ckb' });
      expect(text(el, '.deadline')).to.equal('وادە: تا کۆتایی ئەیلوول ٢٠٢٥');
    });
  });

  describe('accessibility', () => {
    it('is accessible before the deadline', async () => {
      const el = await countdownAt('2026-06-01T00:00:00Z', { milestone: 'remainder-end-2026' });
      await expect(el).to.be.accessible();
    });

    it('is accessible after the deadline, with its events', async () => {
      const el = await countdownAt('2026-11-25T10:00:00Z', { milestone: 'mission-end-2025', lang: 'ar' });
      await expect(el).to.be.accessible();
    });

    it('is accessible in error, with a role="alert" that says what failed', async () => {
      const wrap = await fixture(
        html`<withdrawal-data src="/__fixture/status/404">
          <milestone-countdown lang="en"></milestone-countdown>
        </withdrawal-data>`,
      );
      const el = wrap.querySelector('milestone-countdown')!;
      await untilState(el, 'error');
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('404');
      await expect(el).to.be.accessible();
    });

    it('reserves the width of the widest value in a hidden copy screen readers skip', async () => {
      const el = await countdownAt('2025-09-29T21:00:01Z', { milestone: 'mission-end-2025' });
      const widest = el.shadowRoot!.querySelector('[part~="value"] .widest')!;
      expect(widest.getAttribute('aria-hidden')).to.equal('true');
      expect(widest.textContent).to.equal('23 hours, 59 minutes, and 59 seconds');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="value"]')!).fontVariantNumeric).to.equal(
        'tabular-nums',
      );
    });
  });
});
