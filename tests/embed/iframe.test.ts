import { expect } from '@open-wc/testing';

// The built iframe embed (dist/embed.html) as a host page sees it: the height messages in every
// convention, the host resize snippet (dist/embed-resize.js), and the deep link through the hash.
const EMBED = '/dist/embed.html';
const NOW = '2026-01-01T00:00:00Z';

interface Received {
  data: unknown;
  source: MessageEventSource | null;
}
const received: Received[] = [];
const onMessage = (e: MessageEvent) => received.push({ data: e.data, source: e.source });

async function until<T>(what: string, probe: () => T | undefined | null | false, timeout = 15000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function frame(src: string, attrs: Record<string, string> = {}): HTMLIFrameElement {
  const f = document.createElement('iframe');
  for (const [k, v] of Object.entries(attrs)) f.setAttribute(k, v);
  f.src = src;
  f.title = 'embedded widget';
  document.body.append(f);
  return f;
}

function from(f: HTMLIFrameElement): unknown[] {
  return received.filter((m) => m.source === f.contentWindow).map((m) => m.data);
}

/** The body height of the embed page, as it should be announced. */
function bodyHeight(f: HTMLIFrameElement): number {
  return Math.ceil(f.contentDocument!.body.getBoundingClientRect().height);
}

function widgetIn(f: HTMLIFrameElement, tag: string): HTMLElement | null {
  return f.contentDocument?.querySelector<HTMLElement>(tag) ?? null;
}

const lastDw = (f: HTMLIFrameElement, id: string) =>
  from(f)
    .filter(
      (d): d is { 'datawrapper-height': Record<string, number> } =>
        !!d && typeof d === 'object' && 'datawrapper-height' in d,
    )
    .map((d) => d['datawrapper-height'][id])
    .at(-1);

describe('the iframe embed (dist/embed.html)', () => {
  const frames: HTMLIFrameElement[] = [];
  const hashBefore = location.hash;
  before(() => window.addEventListener('message', onMessage));
  after(() => {
    window.removeEventListener('message', onMessage);
    history.replaceState(history.state, '', location.pathname + location.search + hashBefore);
  });
  afterEach(() => {
    for (const f of frames.splice(0)) f.remove();
  });

  it('shows the widget named by the URL, with its lang, theme and now', async () => {
    const f = frame(`${EMBED}?widget=countdown&lang=ar&theme=dark&now=${NOW}`, { width: '500', height: '200' });
    frames.push(f);
    const el = await until('the countdown', () => widgetIn(f, 'milestone-countdown'));
    await until('ready', () => el.matches(':state(ready)'));
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(f.contentDocument!.querySelector('withdrawal-data')!.getAttribute('now')).to.equal(NOW);
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(base.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    expect(el.shadowRoot!.querySelector('[part~="value"]')).to.exist;
  });

  it('posts its height as Datawrapper, pym.js and WordPress messages', async () => {
    const f = frame(`${EMBED}?widget=countdown&now=${NOW}&id=dw-7&childId=pym-7#?secret=Ab12Cd34Ef`, {
      width: '500',
      height: '100',
    });
    frames.push(f);
    const el = await until('the countdown', () => widgetIn(f, 'milestone-countdown'));
    await until('ready', () => el.matches(':state(ready)'));
    const h = await until('the settled height', () => {
      const dw = lastDw(f, 'dw-7');
      return dw !== undefined && dw === bodyHeight(f) && dw;
    });
    expect(h).to.be.greaterThan(50);
    const data = from(f);
    const pym = data.filter((d): d is string => typeof d === 'string').at(-1);
    expect(pym).to.equal(`pymxPYMxpym-7xPYMxheightxPYMx${h}`);
    const wp = data
      .filter((d) => !!d && typeof d === 'object' && (d as { message?: string }).message === 'height')
      .at(-1);
    expect(wp).to.deep.equal({ message: 'height', value: h, secret: 'Ab12Cd34Ef' });
  });

  it('posts a new height whenever its height changes', async () => {
    const f = frame(`${EMBED}?widget=map&now=${NOW}&id=resizing`, { width: '600', height: '100' });
    frames.push(f);
    const el = await until('the map', () => widgetIn(f, 'base-map'));
    await until('ready', () => el.matches(':state(ready)'));
    const wide = await until('a first height', () => {
      const h = lastDw(f, 'resizing');
      return h !== undefined && h === bodyHeight(f) && h;
    });
    f.setAttribute('width', '300');
    const narrow = await until('a new height', () => {
      const h = lastDw(f, 'resizing');
      return h !== undefined && h !== wide && h === bodyHeight(f) && h;
    });
    expect(narrow).to.be.lessThan(wide);
  });

  it('sends no WordPress message without a secret', async () => {
    const f = frame(`${EMBED}?widget=countdown&now=${NOW}&id=nosecret`, { width: '400', height: '100' });
    frames.push(f);
    await until('a height', () => lastDw(f, 'nosecret'));
    expect(from(f).some((d) => !!d && typeof d === 'object' && 'secret' in d)).to.equal(false);
  });

  describe('with the host resize snippet (dist/embed-resize.js)', () => {
    before(async () => {
      const s = document.createElement('script');
      s.src = '/dist/embed-resize.js';
      const loaded = new Promise((r) => s.addEventListener('load', r, { once: true }));
      document.head.append(s);
      await loaded;
    });

    it('sizes the iframe to its content through the height attribute', async () => {
      const f = frame(`${EMBED}?widget=countdown&now=${NOW}&id=sized`, { width: '420', height: '20' });
      frames.push(f);
      const el = await until('the countdown', () => widgetIn(f, 'milestone-countdown'));
      await until('ready', () => el.matches(':state(ready)'));
      const h = await until('the iframe sized to its content', () => {
        const want = bodyHeight(f);
        return f.getAttribute('height') === String(want) && want;
      });
      expect(h).to.be.greaterThan(50);
      expect(Math.round(f.getBoundingClientRect().height)).to.be.within(h, h + 4);
      expect(f.hasAttribute('style')).to.equal(false);
    });

    it('deep-links the selection through the page hash, both ways', async () => {
      history.replaceState(history.state, '', `${location.pathname}${location.search}#event-joint-statement-2024`);
      const f = frame(`${EMBED}?widget=timeline&now=${NOW}&id=deep`, { width: '700', height: '300' });
      frames.push(f);
      const tl = await until('the timeline', () => widgetIn(f, 'withdrawal-timeline'));
      await until('ready', () => tl.matches(':state(ready)'));
      // The page's hash selects the event inside the iframe.
      await until('the hash applied', () => tl.getAttribute('selected') === 'joint-statement-2024');
      const selected = await until('the selected event drawn', () =>
        tl.shadowRoot!.querySelector('[part~="event"][part~="selected"]'),
      );
      expect(selected.textContent).to.match(/joint statement/i);
      // A reader's selection inside the iframe goes into the page's hash.
      const other = [...tl.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].find(
        (e) => !e.matches('[part~="selected"]'),
      )!;
      const pick = other.querySelector<HTMLElement>('button, [tabindex], a') ?? other;
      pick.click();
      await until(
        'the hash written',
        () => /^#event-[\w.:-]+$/.test(location.hash) && location.hash !== '#event-joint-statement-2024',
      );
      expect(location.hash).to.equal(`#event-${tl.getAttribute('selected')}`);
      // A later change of the page's hash reaches the iframe too.
      location.hash = '#event-tower-22-2024';
      await until('the new hash applied', () => tl.getAttribute('selected') === 'tower-22-2024');
    });

    it('starts from the selected URL parameter', async () => {
      history.replaceState(history.state, '', location.pathname + location.search);
      const f = frame(`${EMBED}?widget=timeline&now=${NOW}&selected=tower-22-2024`, { width: '700', height: '300' });
      frames.push(f);
      const tl = await until('the timeline', () => widgetIn(f, 'withdrawal-timeline'));
      await until('ready', () => tl.matches(':state(ready)'));
      await until('selected', () => tl.shadowRoot!.querySelector('[part~="event"][part~="selected"]'));
      expect(tl.getAttribute('selected')).to.equal('tower-22-2024');
    });
  });
});
