import { expect, fixture, html } from '@open-wc/testing';
import { untilState } from '../helpers/test-widget.js';
import '../../src/index.js';

// A host page that does everything a CMS theme might: global resets, `!important` rules on div,
// span, svg and button, a huge body font-size, uppercase, letter-spacing, justified text. None of it
// may change the layout inside the widgets; their font family and text colour follow the host.
const HOSTILE = `
  * { margin: 7px !important; padding: 9px !important; box-sizing: content-box !important; }
  body { font-size: 48px !important; line-height: 3 !important; text-transform: uppercase !important;
         letter-spacing: 6px !important; word-spacing: 12px !important; text-align: justify !important;
         text-indent: 4em !important; white-space: nowrap !important; font-style: italic !important;
         font-weight: 900 !important; }
  div, span, p, li, ol, ul, h1, h2, h3, a, time, strong { display: inline !important; position: absolute !important;
         width: 3px !important; height: 3px !important; font-size: 80px !important; color: lime !important;
         border: 11px solid red !important; }
  svg, path, g, circle { display: none !important; fill: red !important; }
  button, select, label { all: unset !important; font-size: 99px !important; }
`;
const TAGS = ['withdrawal-timeline', 'base-map', 'milestone-countdown'] as const;
// The column the widgets get stays the same, so that only what reaches inside them could differ.
const COLUMN = `
  .article-body { display: block !important; position: static !important; width: 640px !important; margin: 0 !important; padding: 0 !important; }
  .article-body > withdrawal-data > * { margin: 0 !important; padding: 0 !important; border: 0 !important; }
`;

/** Every part's box and display inside a widget: what a reader sees of its layout. */
function layout(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part], svg, button, li')].map((n) => {
    const r = n.getBoundingClientRect();
    const cs = getComputedStyle(n);
    return `${n.localName}[${n.getAttribute('part') ?? ''}] ${cs.display} ${cs.position} ${Math.round(r.width)}x${Math.round(r.height)} ${cs.fontSize} ${cs.textTransform} ${cs.letterSpacing}`;
  });
}

describe('widgets on a hostile host page', () => {
  let sheet: HTMLStyleElement | undefined;
  let column: HTMLStyleElement | undefined;
  afterEach(() => {
    sheet?.remove();
    column?.remove();
  });

  it('keep their inner layout under global resets and !important rules', async () => {
    column = document.createElement('style');
    column.textContent = COLUMN;
    document.head.append(column);
    const page = await fixture<HTMLElement>(
      html`<section class="article-body">
        <withdrawal-data now="2026-01-01T00:00:00Z">
          <milestone-countdown></milestone-countdown><base-map></base-map><withdrawal-timeline></withdrawal-timeline>
        </withdrawal-data>
      </section>`,
    );
    const widgets = TAGS.map((t) => page.querySelector(t)!);
    for (const w of widgets) await untilState(w, 'ready');
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const calm = widgets.map(layout);

    sheet = document.createElement('style');
    sheet.textContent = HOSTILE;
    document.head.append(sheet);
    const widthBefore = widgets.map((w) => w.getBoundingClientRect().width);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await new Promise((r) => setTimeout(r, 300));
    expect(getComputedStyle(document.body).fontSize).to.equal('48px');
    for (const [i, w] of widgets.entries())
      expect(w.getBoundingClientRect().width, `${w.localName} width`).to.equal(widthBefore[i]);
    const hostile = widgets.map(layout);
    for (const [i, w] of widgets.entries()) {
      expect(calm[i]!.length, `${w.localName} draws something`).to.be.greaterThan(0);
      // Same parts, same displays, positions and sizes, same font sizes, same case and letter spacing.
      expect(hostile[i]!, `${w.localName} under hostile CSS`).to.deep.equal(calm[i]!);
    }
    // The map itself (its largest drawing) is still drawn at full size.
    const area = (e: Element) => e.getBoundingClientRect().width * e.getBoundingClientRect().height;
    const svg = [...widgets[1]!.shadowRoot!.querySelectorAll('svg')].sort((a, b) => area(b) - area(a))[0]!;
    expect(getComputedStyle(svg).display).to.not.equal('none');
    expect(svg.getBoundingClientRect().height).to.be.greaterThan(100);
  });

  it("inherit the host page's font family and text colour", async () => {
    sheet = document.createElement('style');
    sheet.textContent = `.paper { font-family: "Liberation Mono", monospace; color: rgb(120, 20, 60); }`;
    document.head.append(sheet);
    const page = await fixture<HTMLElement>(
      html`<div class="paper">
        <withdrawal-data now="2026-01-01T00:00:00Z">
          <milestone-countdown></milestone-countdown><base-map></base-map><withdrawal-timeline></withdrawal-timeline>
        </withdrawal-data>
      </div>`,
    );
    for (const t of TAGS) {
      const w = page.querySelector(t)!;
      await untilState(w, 'ready');
      const base = w.shadowRoot!.querySelector('[part~="base"]')!;
      expect(getComputedStyle(base).fontFamily, t).to.equal(getComputedStyle(page).fontFamily);
      expect(getComputedStyle(base).color, t).to.equal('rgb(120, 20, 60)');
    }
  });
});
