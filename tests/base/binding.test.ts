import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/provider/define.js';
import '../helpers/test-widget.js';
import { untilState, type TestWidget } from '../helpers/test-widget.js';
import type { WithdrawalSelectDetail } from '../../src/base/events.js';

const inline = (title: string) =>
  JSON.stringify({
    meta: { title, timeZone: 'UTC', languages: ['en'] },
    sources: [],
    places: [{ id: 'p', name: 'Place', kind: 'city', coordinates: [10, 10] }],
    events: [
      {
        id: 'one',
        date: '2024',
        title: `${title} one`,
        category: 'x',
        places: ['p'],
        sources: [],
        provenance: 'official',
      },
      { id: 'two', date: '2025', title: `${title} two`, category: 'x', sources: [], provenance: 'official' },
    ],
  });

function title(w: Element): string {
  return w.shadowRoot!.querySelector('h2')!.textContent!;
}

/** A provider element with this id and an inline story of this title, not yet in the page. */
function providerWith(id: string, storyTitle: string): HTMLElement {
  const provider = document.createElement('withdrawal-data');
  provider.id = id;
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = inline(storyTitle);
  provider.append(script);
  return provider;
}

describe('binding a widget to a story', () => {
  it('uses the built-in default story when there is no provider', async () => {
    const w = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    await untilState(w, 'ready');
    expect(title(w)).to.equal('The drawdown of US-led coalition troops from Iraq');
    expect(w.origin).to.equal('default');
  });

  it('binds to the nearest ancestor provider', async () => {
    const el = await fixture(
      html`<withdrawal-data>
        <script type="application/json">
          ${inline('Outer')}
        </script>
        <section>
          <withdrawal-data>
            <script type="application/json">
              ${inline('Inner')}
            </script>
            <div><test-widget></test-widget></div>
          </withdrawal-data>
        </section>
      </withdrawal-data>`,
    );
    const w = el.querySelector('test-widget')!;
    await untilState(w, 'ready');
    expect(title(w)).to.equal('Inner');
  });

  it('prefers the provider named by source over its ancestor', async () => {
    const el = await fixture(
      html`<div>
        <withdrawal-data id="far"
          ><script type="application/json">
            ${inline('Far')}
          </script></withdrawal-data
        >
        <withdrawal-data
          ><script type="application/json">
            ${inline('Near')}
          </script>
          <test-widget source="far"></test-widget>
        </withdrawal-data>
      </div>`,
    );
    const w = el.querySelector('test-widget')!;
    await untilState(w, 'ready');
    expect(title(w)).to.equal('Far');
  });

  it('waits in :state(loading) for a provider added later, then binds to it', async () => {
    const wrap = await fixture(html`<div><test-widget source="late"></test-widget></div>`);
    const w = wrap.querySelector('test-widget')!;
    await new Promise((r) => setTimeout(r, 50));
    expect(w.matches(':state(loading)')).to.equal(true);
    wrap.append(providerWith('late', 'Late'));
    await untilState(w, 'ready');
    expect(title(w)).to.equal('Late');
  });

  it('binds to a late provider named by source that arrives inside another provider', async () => {
    const wrap = await fixture(
      html`<div>
        <withdrawal-data
          ><script type="application/json">
            ${inline('Outer')}
          </script></withdrawal-data
        >
        <test-widget source="nested"></test-widget>
      </div>`,
    );
    const w = wrap.querySelector('test-widget')!;
    await new Promise((r) => setTimeout(r, 50));
    expect(w.matches(':state(loading)')).to.equal(true);
    wrap.querySelector('withdrawal-data')!.append(providerWith('nested', 'Nested'));
    await untilState(w, 'ready');
    expect(title(w)).to.equal('Nested');
  });

  it('rebinds when source changes', async () => {
    const wrap = await fixture(
      html`<div>
        <withdrawal-data id="a"
          ><script type="application/json">
            ${inline('A')}
          </script></withdrawal-data
        >
        <withdrawal-data id="b"
          ><script type="application/json">
            ${inline('B')}
          </script></withdrawal-data
        >
        <test-widget source="a"></test-widget>
      </div>`,
    );
    const w = wrap.querySelector('test-widget')!;
    await untilState(w, 'ready');
    expect(title(w)).to.equal('A');
    w.source = 'b';
    await w.updateComplete;
    await w.updateComplete;
    expect(title(w)).to.equal('B');
  });

  it('shares the selection between widgets bound to one provider, and fires withdrawal-select', async () => {
    const wrap = await fixture(
      html`<div>
        <withdrawal-data id="s"
          ><script type="application/json">
            ${inline('S')}
          </script>
          <test-widget></test-widget>
        </withdrawal-data>
        <test-widget source="s"></test-widget>
        <test-widget></test-widget>
      </div>`,
    );
    const [a, b, lone] = [...wrap.querySelectorAll('test-widget')];
    for (const w of [a!, b!, lone!]) await untilState(w, 'ready');
    const fired = oneEvent(wrap, 'withdrawal-select');
    (a!.shadowRoot!.querySelector('li[data-id="one"] button') as HTMLButtonElement).click();
    const ev = (await fired) as CustomEvent<WithdrawalSelectDetail>;
    expect(ev.detail).to.deep.equal({ eventId: 'one', locationIds: ['p'] });
    expect(ev.composed && ev.bubbles).to.equal(true);
    await b!.updateComplete;
    expect(b!.shadowRoot!.querySelector('li[data-id="one"]')!.hasAttribute('data-selected')).to.equal(true);
    // A widget on the default story is not bound to that provider.
    expect(lone!.shadowRoot!.querySelector('[data-selected]')).to.equal(null);
  });

  it('renders hostile strings as text, never as markup', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const el = await fixture(
      html`<withdrawal-data>
        <script type="application/json">
          ${inline(evil)}
        </script>
        <test-widget></test-widget>
      </withdrawal-data>`,
    );
    const w = el.querySelector('test-widget')!;
    await untilState(w, 'ready');
    expect(title(w)).to.equal(evil);
    expect(w.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('stops listening after removal: no updates reach a detached widget', async () => {
    const el = await fixture(
      html`<withdrawal-data
        ><script type="application/json">
          ${inline('R')}
        </script>
        <test-widget></test-widget><test-widget></test-widget
      ></withdrawal-data>`,
    );
    const [kept, removed] = [...el.querySelectorAll('test-widget')] as TestWidget[];
    await untilState(removed!, 'ready');
    removed!.remove();
    (kept!.shadowRoot!.querySelector('li[data-id="two"] button') as HTMLButtonElement).click();
    await kept!.updateComplete;
    await removed!.updateComplete;
    expect(kept!.shadowRoot!.querySelector('li[data-id="two"]')!.hasAttribute('data-selected')).to.equal(true);
    expect(removed!.shadowRoot!.querySelector('[data-selected]')).to.equal(null);
  });
});
