import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import { untilState } from '../helpers/test-widget.js';

describe('<milestone-countdown> in print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints a dated sentence instead of the ticking number', async () => {
    const el = await fixture(
      html`<withdrawal-data now="2026-11-25T09:00:00Z"><milestone-countdown></milestone-countdown></withdrawal-data>`,
    );
    const cd = el.querySelector('milestone-countdown')!;
    await untilState(cd, 'ready');
    const root = cd.shadowRoot!;
    const printed = root.querySelector('.printed') as HTMLElement;
    const count = root.querySelector('.count') as HTMLElement;
    expect(getComputedStyle(printed).display).to.equal('none');
    expect(getComputedStyle(count).display).to.not.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(count).display).to.equal('none');
    expect(getComputedStyle(printed).display).to.equal('block');
    // The date the page was printed, in the story's zone, as the reader's language writes it.
    const day = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'Asia/Baghdad' }).format(
      Date.parse('2026-11-25T09:00:00Z'),
    );
    expect(printed.textContent!.replace(/\s+/g, ' ').trim().startsWith(`${day}: `)).to.equal(true);
    expect(day).to.contain('2026');
    expect(printed.textContent).to.contain(count.getAttribute('aria-label')!);
  });
});
