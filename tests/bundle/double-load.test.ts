import { expect, fixture, html } from '@open-wc/testing';
import { untilState } from '../helpers/test-widget.js';

// The built single-file bundle, loaded as a CMS page would: twice, from two URLs.
const BUNDLE = '/dist/withdrawal-widgets.js';

describe('the single-file bundle', () => {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('defines every element when imported', async () => {
    await import(/* @vite-ignore */ BUNDLE);
    for (const tag of ['withdrawal-data', 'withdrawal-timeline', 'base-map', 'milestone-countdown']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('loaded a second time from another URL raises nothing and the elements still work', async () => {
    const first = customElements.get('withdrawal-timeline');
    // A blob URL is a distinct module: a second copy of the whole library, as with two versions.
    const code = await (await fetch(BUNDLE)).text();
    const copy = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    await import(/* @vite-ignore */ `${BUNDLE}?copy=2`);
    await import(/* @vite-ignore */ copy);
    expect(customElements.get('withdrawal-timeline')).to.equal(first);
    const el = await fixture(
      html`<withdrawal-data>
        <withdrawal-timeline></withdrawal-timeline><base-map></base-map><milestone-countdown></milestone-countdown>
      </withdrawal-data>`,
    );
    for (const w of el.querySelectorAll('withdrawal-timeline, base-map, milestone-countdown'))
      await untilState(w, 'ready');
    expect(errors).to.deep.equal([]);
  });
});
