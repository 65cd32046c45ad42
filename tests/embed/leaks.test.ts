import { expect } from '@open-wc/testing';
import { untilState } from '../helpers/test-widget.js';
import { installLiveCounter } from './live-counter.js';
import '../../src/index.js';

// CMS previews and single-page apps add and remove widgets all day. 500 attach/detach cycles of
// the three widgets (bound by ancestor, by `source` and to the default story; half of them
// removed before they finish drawing) must leave nothing running: no timer, interval, animation
// frame, observer, or listener on the page, a media query or a provider that stays.
const CYCLES = 500;
const TAGS = ['withdrawal-timeline', 'base-map', 'milestone-countdown'] as const;

function settle(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function attach(stage: HTMLElement, provider: HTMLElement, i: number): HTMLElement[] {
  const made: HTMLElement[] = [];
  for (const tag of TAGS) {
    const el = document.createElement(tag);
    if (tag === 'withdrawal-timeline') el.setAttribute('deep-link', '');
    // Rotate the three ways of binding: inside the provider, by its id, and to the default story.
    const way = (i + made.length) % 3;
    if (way === 0) provider.append(el);
    else {
      if (way === 1) el.setAttribute('source', 'leak-story');
      stage.append(el);
    }
    made.push(el);
  }
  return made;
}

describe('500 attach/detach cycles', () => {
  it('leave no live timers, frames, observers or listeners', async function () {
    this.timeout(600000);
    const stage = document.createElement('section');
    document.body.append(stage);
    const provider = document.createElement('withdrawal-data');
    provider.id = 'leak-story';
    provider.setAttribute('now', '2026-01-01T00:00:00Z');
    // A live clock too: the countdown ticks with it, so its timer must stop on removal.
    const clocked = document.createElement('withdrawal-data');
    stage.append(provider, clocked);

    const counter = installLiveCounter();
    try {
      // Warm up once: module-level, one-time set-up (shared stores, caches) is not a leak.
      for (const el of attach(stage, provider, 0)) await untilState(el, 'ready');
      const once = document.createElement('milestone-countdown');
      clocked.append(once);
      await untilState(once, 'ready');
      for (const el of stage.querySelectorAll(TAGS.join(','))) el.remove();
      await settle(300);
      const baseline = counter.snapshot();

      let peak = 0;
      for (let i = 0; i < CYCLES; i++) {
        const made = attach(stage, provider, i);
        const ticking = document.createElement('milestone-countdown');
        clocked.append(ticking);
        made.push(ticking);
        if (i % 2 === 0) {
          for (const el of made) await untilState(el, 'ready');
          if (i % 50 === 0) await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          peak = Math.max(peak, counter.snapshot().total);
        }
        for (const el of made) el.remove();
      }
      await settle(1500);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const after = counter.snapshot();
      console.log(
        `live before ${JSON.stringify(baseline)}, peak ${peak}, after ${CYCLES} cycles ${JSON.stringify(after)}`,
      );
      expect(peak, 'the widgets did set things up while attached (the counter works)').to.be.greaterThan(
        baseline.total,
      );
      expect(after.detail, 'what is still live').to.deep.equal(baseline.detail);
    } finally {
      counter.restore();
      stage.remove();
    }
  });
});
