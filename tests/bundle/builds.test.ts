import { expect } from '@open-wc/testing';

// The built library as a CMS page loads it, both builds: the loader (a small entry that fetches
// its chunks from beside itself) and the standalone single file. Each page is an iframe, so each
// has a registry of its own.
const BUILDS = {
  loader: '/dist/withdrawal-widgets.js',
  standalone: '/dist/withdrawal-widgets.standalone.js',
};
const TAGS = ['withdrawal-timeline', 'base-map', 'milestone-countdown'];

type HostWindow = Window & { pageErrors: string[]; loaded: Promise<void> };

async function host(query: Record<string, string>, hash = ''): Promise<HostWindow> {
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '700';
  frame.src = `/tests/bundle/host.html?${new URLSearchParams(query)}${hash}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as HostWindow;
  await win.loaded;
  return win;
}

async function until<T>(what: string, check: () => T | null | undefined | false): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const value = check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`never: ${what}`);
}

const allReady = (win: HostWindow) => TAGS.every((tag) => win.document.querySelector(tag)?.matches(':state(ready)'));

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

for (const [name, url] of Object.entries(BUILDS)) {
  describe(`the ${name} build (${url})`, () => {
    it('defines every element when imported, and every widget reaches ready', async () => {
      const win = await host({ first: url });
      for (const tag of ['withdrawal-data', ...TAGS]) expect(win.customElements.get(tag), tag).to.be.a('function');
      await until('every widget ready', () => allReady(win));
      expect(win.pageErrors).to.deep.equal([]);
    });

    it('loaded twice, from two URLs (two copies of the library), raises nothing and the widgets work', async () => {
      const copy = `/__fixture/copy/${url.replace('/dist/', '')}`;
      const win = await host({ first: url, second: copy });
      await until('every widget ready', () => allReady(win));
      const timeline = win.document.querySelector('withdrawal-timeline')!;
      expect(timeline.shadowRoot!.querySelectorAll('[part~="event"]').length).to.be.greaterThan(10);
      expect(win.pageErrors).to.deep.equal([]);
    });

    it('binds widgets to a provider added after them', async () => {
      const win = await host({ first: url, late: '1' });
      await until('every widget ready', () => allReady(win));
      expect(win.pageErrors).to.deep.equal([]);
    });

    it('selects the event that the page address names (deep link), in every bound widget', async () => {
      const win = await host({ first: url }, '#event-tower-22-2024');
      await until('every widget ready', () => allReady(win));
      const timeline = win.document.querySelector('withdrawal-timeline')!;
      await until('the event selected', () => timeline.getAttribute('selected') === 'tower-22-2024');
      const selected = await until('drawn as selected', () =>
        timeline.shadowRoot!.querySelector('[part~="event"][part~="selected"]'),
      );
      expect(selected.getAttribute('data-id')).to.equal('tower-22-2024');
      const map = win.document.querySelector('base-map')!;
      await until('its place selected on the map', () =>
        map.shadowRoot!.querySelector('[part~="location"][part~="selected"]'),
      );
    });
  });
}
