import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/provider/define.js';
import '../../src/countdown/define.js';
import type { MilestoneCountdown } from '../../src/countdown/milestone-countdown.js';
import { announcement, countLine } from './helpers.js';

// Fake only the clock and timers: Lit's microtasks, animation frames and IntersectionObserver stay
// real, so the element renders and sees its visibility as it would in a page.
const fake = (now: string) =>
  sinon.useFakeTimers({
    now: Date.parse(now),
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await frame();
  }
  throw new Error(`never: ${what}`);
}

async function mount(milestone = 'mission-end-2025'): Promise<MilestoneCountdown> {
  const el = await fixture<MilestoneCountdown>(
    html`<milestone-countdown lang="en" milestone=${milestone}></milestone-countdown>`,
  );
  // Its view and the built-in story arrive as chunks; the timers are fake, so wait by frames.
  await until(() => el.matches(':state(ready)'), 'ready');
  await el.updateComplete;
  return el;
}

describe('<milestone-countdown> ticking', () => {
  let clock: sinon.SinonFakeTimers;
  afterEach(() => clock?.restore());

  it('ticks each second in the last minute and passes the deadline on the exact second', async () => {
    clock = fake('2025-09-30T20:59:58Z');
    const el = await mount();
    expect(countLine(el)).to.equal('2 seconds left');
    await clock.tickAsync(999);
    await el.updateComplete;
    expect(countLine(el)).to.equal('2 seconds left');
    await clock.tickAsync(1);
    await el.updateComplete;
    expect(countLine(el)).to.equal('1 second left');
    expect(announcement(el)).to.equal('');
    await clock.tickAsync(999);
    await el.updateComplete;
    expect(countLine(el)).to.equal('1 second left');
    await clock.tickAsync(1);
    await el.updateComplete;
    expect(countLine(el)).to.equal('1 day since the deadline');
  });

  it('announces once, politely, when the deadline passes while the page is open, and never on ticks', async () => {
    clock = fake('2025-09-30T20:59:55Z');
    const el = await mount();
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    const said: string[] = [];
    const watch = new MutationObserver(() => said.push(status.textContent!.trim()));
    watch.observe(status, { childList: true, characterData: true, subtree: true });
    for (let i = 0; i < 5; i++) {
      await clock.tickAsync(1000);
      await el.updateComplete;
    }
    expect(countLine(el)).to.equal('1 day since the deadline');
    await clock.tickAsync(2 * 86_400_000);
    await el.updateComplete;
    expect(countLine(el)).to.equal('3 days since the deadline');
    await frame();
    watch.disconnect();
    expect(said.filter(Boolean)).to.deep.equal([
      "The deadline has passed: End of the coalition's military mission in Iraq.",
    ]);
    expect(announcement(el)).to.equal("The deadline has passed: End of the coalition's military mission in Iraq.");
  });

  it('does not announce a deadline that had already passed when the page opened', async () => {
    clock = fake('2026-11-25T10:00:00Z');
    const el = await mount();
    await clock.tickAsync(86_400_000);
    await el.updateComplete;
    expect(countLine(el)).to.equal('1 year and 57 days since the deadline');
    expect(announcement(el)).to.equal('');
  });

  it('sets one timer for the next change, not a fast interval: none fire within a day of a count in days', async () => {
    clock = fake('2025-09-20T00:00:00Z');
    const el = await mount();
    expect(countLine(el)).to.equal('10 days left');
    expect(clock.countTimers()).to.equal(1);
    const set = sinon.spy(window, 'setTimeout');
    try {
      // Whole seconds left are rounded up, so "10 days" holds down to exactly 10 days left
      // (21:00:00Z) and turns into "9 days" on the next second.
      await clock.tickAsync(21 * 3_600_000 + 999);
      await el.updateComplete;
      expect(set.callCount).to.equal(0);
      expect(countLine(el)).to.equal('10 days left');
      await clock.tickAsync(1);
      await el.updateComplete;
      expect(countLine(el)).to.equal('9 days left');
      expect(set.callCount).to.equal(1);
    } finally {
      set.restore();
    }
  });

  it('changes units at a week and at a day as the clock runs', async () => {
    clock = fake('2025-09-23T20:59:59Z');
    const el = await mount();
    expect(countLine(el)).to.equal('7 days left');
    await clock.tickAsync(1000);
    await el.updateComplete;
    expect(countLine(el)).to.equal('7 days left');
    await clock.tickAsync(1000);
    await el.updateComplete;
    expect(countLine(el)).to.equal('6 days and 23 hours left');
    await clock.tickAsync(6 * 86_400_000 - 1000);
    await el.updateComplete;
    expect(countLine(el)).to.equal('1 day and 0 hours left');
    await clock.tickAsync(1000);
    await el.updateComplete;
    expect(countLine(el)).to.equal('23 hours, 59 minutes, and 59 seconds left');
  });

  it('keeps no timer when the clock is frozen', async () => {
    clock = fake('2025-09-30T20:59:58Z');
    const wrap = await fixture(
      html`<withdrawal-data now="2025-09-30T20:59:58Z">
        <milestone-countdown lang="en" milestone="mission-end-2025"></milestone-countdown>
      </withdrawal-data>`,
    );
    const el = wrap.querySelector('milestone-countdown')!;
    await until(() => el.matches(':state(ready)'), 'ready');
    await el.updateComplete;
    expect(countLine(el)).to.equal('2 seconds left');
    expect(clock.countTimers()).to.equal(0);
    await clock.tickAsync(5000);
    await el.updateComplete;
    expect(countLine(el)).to.equal('2 seconds left');
    expect(announcement(el)).to.equal('');
  });

  it('keeps no timer with its own frozen now either', async () => {
    clock = fake('2025-09-30T20:59:58Z');
    const el = await fixture<MilestoneCountdown>(
      html`<milestone-countdown
        lang="en"
        milestone="mission-end-2025"
        now="2025-09-20T00:00:00Z"
      ></milestone-countdown>`,
    );
    await until(() => el.matches(':state(ready)'), 'ready');
    await el.updateComplete;
    expect(countLine(el)).to.equal('10 days left');
    expect(clock.countTimers()).to.equal(0);
  });

  it('stops when removed from the page', async () => {
    clock = fake('2025-09-30T20:59:50Z');
    const el = await mount();
    expect(clock.countTimers()).to.equal(1);
    el.remove();
    expect(clock.countTimers()).to.equal(0);
    await clock.tickAsync(20_000);
    expect(clock.countTimers()).to.equal(0);
    expect(countLine(el)).to.equal('10 seconds left');
  });

  describe('while the tab is hidden', () => {
    const setHidden = (hidden: boolean) => {
      if (hidden) Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      else delete (document as { visibilityState?: unknown }).visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
    };
    afterEach(() => setHidden(false));

    it('stops, then catches up at once when the tab is shown again', async () => {
      clock = fake('2025-09-30T20:59:50Z');
      const el = await mount();
      expect(countLine(el)).to.equal('10 seconds left');
      setHidden(true);
      expect(clock.countTimers()).to.equal(0);
      await clock.tickAsync(5000);
      await el.updateComplete;
      expect(countLine(el)).to.equal('10 seconds left');
      setHidden(false);
      await el.updateComplete;
      expect(countLine(el)).to.equal('5 seconds left');
      expect(clock.countTimers()).to.equal(1);
    });
  });

  describe('while off-screen', () => {
    afterEach(() => window.scrollTo(0, 0));

    it('stops while scrolled out of view, then catches up at once when seen', async () => {
      clock = fake('2025-09-30T20:59:00Z');
      const wrap = await fixture(
        html`<div>
          <div class="spacer"></div>
          <milestone-countdown lang="en" milestone="mission-end-2025"></milestone-countdown>
        </div>`,
      );
      (wrap.querySelector('.spacer') as HTMLElement).style.height = '300vh';
      const el = wrap.querySelector('milestone-countdown')!;
      await el.updateComplete;
      await until(() => clock.countTimers() === 0, 'the timer stops off-screen');
      const shown = countLine(el);
      await clock.tickAsync(30_000);
      await el.updateComplete;
      expect(countLine(el)).to.equal(shown);
      expect(clock.countTimers()).to.equal(0);
      el.scrollIntoView();
      await until(() => countLine(el) !== shown, 'the count catches up when seen');
      expect(countLine(el)).to.match(/^(?:30|29|28) seconds left$/);
      expect(clock.countTimers()).to.equal(1);
    });
  });
});
