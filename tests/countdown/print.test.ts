import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import { untilState } from '../helpers/test-widget.js';
import type { MilestoneCountdown } from '../../src/countdown/milestone-countdown.js';

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The date the page was printed, in the story's zone, as the reader's language writes it. */
const PRINTED_DAY = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'Asia/Baghdad' }).format(
  Date.parse('2026-11-25T09:00:00Z'),
);

async function countdown(): Promise<MilestoneCountdown> {
  const el = await fixture(
    html`<withdrawal-data now="2026-11-25T09:00:00Z"><milestone-countdown></milestone-countdown></withdrawal-data>`,
  );
  const cd = el.querySelector('milestone-countdown')!;
  await untilState(cd, 'ready');
  return cd;
}

describe('<milestone-countdown> in print', () => {
  afterEach(async () => {
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
  });

  it('prints a dated sentence instead of the ticking number', async () => {
    const cd = await countdown();
    const root = cd.shadowRoot!;
    const printed = root.querySelector('.printed') as HTMLElement;
    const count = root.querySelector('.count') as HTMLElement;
    expect(getComputedStyle(printed).display).to.equal('none');
    expect(getComputedStyle(count).display).to.not.equal('none');
    await emulateMedia({ media: 'print' });
    // The view writes the printed line when it hears that the page is printed (here, from the
    // print media query), in the update that follows.
    await waitUntil(() => squash(printed.textContent) !== '', 'the printed line is written for paper');
    expect(getComputedStyle(count).display).to.equal('none');
    expect(getComputedStyle(printed).display).to.equal('block');
    expect(squash(printed.textContent).startsWith(`${PRINTED_DAY}: `)).to.equal(true);
    expect(PRINTED_DAY).to.contain('2026');
    expect(printed.textContent).to.contain(count.getAttribute('aria-label')!);
  });

  it('writes the printed line only for paper: on beforeprint, until afterprint', async () => {
    const cd = await countdown();
    const root = cd.shadowRoot!;
    const printed = root.querySelector('.printed') as HTMLElement;
    const count = root.querySelector('.count') as HTMLElement;
    // On screen no date is formatted for a line nobody sees.
    expect(squash(printed.textContent)).to.equal('');
    window.dispatchEvent(new Event('beforeprint'));
    await cd.updateComplete;
    expect(squash(printed.textContent)).to.equal(`${PRINTED_DAY}: ${count.getAttribute('aria-label')}`);
    window.dispatchEvent(new Event('afterprint'));
    await cd.updateComplete;
    expect(squash(printed.textContent)).to.equal('');
  });

  it('stops listening for printing when removed from the page', async () => {
    const cd = await countdown();
    const wrap = cd.parentElement!;
    cd.remove();
    window.dispatchEvent(new Event('beforeprint'));
    wrap.append(cd);
    await untilState(cd, 'ready');
    await cd.updateComplete;
    expect(squash(cd.shadowRoot!.querySelector('.printed')!.textContent)).to.equal('');
  });
});
