import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/provider/define.js';
import { untilState, type TestWidget } from '../helpers/test-widget.js';
import '../helpers/test-widget.js';
import type { WithdrawalErrorDetail } from '../../src/base/events.js';

async function load(src: string, timeout?: number) {
  // Listen before the element exists: a fast failure can fire before fixture() resolves.
  const failed = oneEvent(document, 'withdrawal-error');
  const wrap = await fixture(
    html`<div>
      <withdrawal-data src=${src} timeout=${timeout ?? 10000}><test-widget></test-widget></withdrawal-data>
    </div>`,
  );
  const widget = wrap.querySelector('test-widget') as TestWidget;
  return { widget, failed };
}

function alertText(widget: TestWidget): string {
  const alert = widget.shadowRoot!.querySelector('[role="alert"]');
  expect(alert, 'an element with role="alert"').to.exist;
  return alert!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('<withdrawal-data> loading', () => {
  it('shows :state(loading) then :state(ready) for a good story, exactly one state at a time', async () => {
    const { widget } = await load('/__fixture/story/small');
    expect(widget.matches(':state(loading)')).to.equal(true);
    await untilState(widget, 'ready');
    expect(widget.matches(':state(loading)') || widget.matches(':state(error)')).to.equal(false);
    expect(widget.shadowRoot!.querySelector('h2')!.textContent).to.equal('Sample data: a small test story');
    await expect(widget).to.be.accessible();
  });

  const failures: Array<[string, string, RegExp]> = [
    ['404', '/__fixture/status/404', /\/__fixture\/status\/404 answered 404 Not Found: no story there\./],
    ['500', '/__fixture/status/500', /answered 500 Internal Server Error/],
    ['HTML instead of JSON', '/__fixture/html', /returned a web page \(HTML\), not story JSON/],
    ['bad JSON', `/__fixture/text?body=${encodeURIComponent('{"meta": ')}`, /The story is not valid JSON \(/],
    ['an empty body', '/__fixture/empty', /The story file is empty\./],
    ['a JSON array', `/__fixture/text?body=${encodeURIComponent('[]')}`, /The story is not a JSON object\./],
    ['an address that is not a URL', 'http://[', /http:\/\/\[ is not a web address/],
  ];
  for (const [name, url, message] of failures) {
    it(`fails with a plain message for ${name}`, async () => {
      const { widget, failed } = await load(url);
      const ev = (await failed) as CustomEvent<WithdrawalErrorDetail>;
      await untilState(widget, 'error');
      expect(ev.detail.message).to.match(message);
      expect(ev.detail.source).to.contain(url.startsWith('/') ? '/__fixture/' : url);
      expect(alertText(widget)).to.match(message);
      expect(widget.matches(':state(ready)')).to.equal(false);
      await expect(widget).to.be.accessible();
    });
  }

  it('gives up on a slow response after the time-out, with a clear error', async () => {
    const { widget, failed } = await load('/__fixture/slow/3000', 200);
    const ev = (await failed) as CustomEvent<WithdrawalErrorDetail>;
    expect(ev.detail.message).to.match(/\/__fixture\/slow\/3000 did not answer within 0\.2 seconds\./);
    await untilState(widget, 'error');
    expect(alertText(widget)).to.contain('did not answer within 0.2 seconds');
  });

  it('shows the valid part of a partly bad story and says what was left out, with its path', async () => {
    const bad = {
      meta: { title: 'Partly bad', timeZone: 'UTC', languages: ['en'] },
      sources: [{ id: 's', publisher: 'P', title: 'T', url: 'https://example.org' }],
      places: [],
      events: [
        { id: 'ok', date: '2024-01-01', title: 'Good event', category: 'x', sources: ['s'], provenance: 'official' },
        { id: 'bad', date: '2025-13-45', title: 'Bad event', category: 'x', sources: ['s'], provenance: 'official' },
      ],
    };
    const { widget, failed } = await load(`/__fixture/text?body=${encodeURIComponent(JSON.stringify(bad))}`);
    const ev = (await failed) as CustomEvent<WithdrawalErrorDetail>;
    await untilState(widget, 'ready');
    expect(ev.detail.path).to.equal('events[1].date');
    const items = [...widget.shadowRoot!.querySelectorAll('li[data-id]')].map((li) => li.getAttribute('data-id'));
    expect(items).to.deep.equal(['ok']);
    const note = widget.shadowRoot!.querySelector('[part~="problems"]')!.textContent!;
    expect(note).to.contain('1 item in the data was left out');
    expect(note).to.contain('events[1].date: "2025-13-45" is not a date');
  });

  it('makes one request per URL however many providers and widgets use it', async () => {
    const before = await (await fetch('/__fixture/hits/shared')).json();
    const wrap = await fixture(
      html`<div>
        ${[0, 1].map(
          () =>
            html`<withdrawal-data src="/__fixture/story/shared">
              ${[0, 1, 2, 3, 4].map(() => html`<test-widget></test-widget>`)}
            </withdrawal-data>`,
        )}
      </div>`,
    );
    const widgets = [...wrap.querySelectorAll('test-widget')];
    expect(widgets.length).to.equal(10);
    for (const w of widgets) await untilState(w, 'ready');
    const after = await (await fetch('/__fixture/hits/shared')).json();
    expect(after - before).to.equal(1);
  });

  it('reads an inline JSON child', async () => {
    const el = await fixture(
      html`<withdrawal-data>
        <script type="application/json">
          {
            "meta": { "title": "Inline story", "timeZone": "UTC", "languages": ["en"] },
            "sources": [],
            "places": [],
            "events": [
              {
                "id": "a",
                "date": "2024",
                "title": "Inline event",
                "category": "x",
                "sources": [],
                "provenance": "official"
              }
            ]
          }
        </script>
        <test-widget></test-widget>
      </withdrawal-data>`,
    );
    const widget = el.querySelector('test-widget')!;
    await untilState(widget, 'ready');
    expect(widget.shadowRoot!.querySelector('h2')!.textContent).to.equal('Inline story');
  });

  it('freezes now for bound widgets and publishes a new value when it changes', async () => {
    const el = await fixture(
      html`<withdrawal-data now="2025-01-01T00:00:00Z"><test-widget></test-widget></withdrawal-data>`,
    );
    const widget = el.querySelector('test-widget')!;
    await untilState(widget, 'ready');
    const provider = el as HTMLElementTagNameMap['withdrawal-data'];
    const first = provider.state;
    expect(first.now).to.equal(Date.parse('2025-01-01T00:00:00Z'));
    provider.now = '2026-01-01T00:00:00Z';
    await provider.updateComplete;
    expect(provider.state).to.not.equal(first);
    expect(provider.state.now).to.equal(Date.parse('2026-01-01T00:00:00Z'));
    expect(Object.isFrozen(provider.state)).to.equal(true);
  });
});
