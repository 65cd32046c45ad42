/**
 * A test-only widget built on the shared base: it shows what it is bound to (story title, event
 * titles, selection) and can select, so the binding, states and errors can be tested apart from
 * the real widgets.
 */
import { html } from 'lit';
import { WithdrawalElement } from '../../src/base/withdrawal-element.js';
import { define } from '../../src/base/define.js';
import type { Story } from '../../src/story/model.js';
import type { WidgetView } from '../../src/base/widget-view.js';
import { textIn } from '../../src/story/text.js';

/** The test widget's view: drawn at once (no chunk, no catalogue to fetch). */
class TestView implements WidgetView {
  readonly styles = [];
  constructor(private readonly host: TestWidget) {}

  prepare(): boolean {
    return true;
  }

  render(story: Story) {
    const sel = this.host.data.selection;
    return html`<h2>${textIn(story.meta.title, this.host.locale, story.meta.languages)}</h2>
      <ol>
        ${story.events.map(
          (e) =>
            html`<li data-id=${e.id} ?data-selected=${sel.eventId === e.id}>
              <button @click=${() => this.host.select({ eventId: e.id, locationIds: [...e.places] })}>
                ${textIn(e.title, this.host.locale, story.meta.languages)}
              </button>
            </li>`,
        )}
      </ol>`;
  }
}

export class TestWidget extends WithdrawalElement {
  protected override async loadView() {
    return new TestView(this);
  }

  /** Test access to what the widget is bound to (the origin of its story). */
  get origin(): string {
    return this.data.origin;
  }
}
define('test-widget', TestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'test-widget': TestWidget;
  }
}

/** Resolve when the element reaches one of the custom states. */
export async function untilState(el: Element, state: 'ready' | 'error' | 'loading', timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!el.matches(`:state(${state})`)) {
    if (performance.now() - start > timeout) throw new Error(`<${el.localName}> never reached :state(${state})`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
