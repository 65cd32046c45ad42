/**
 * `<withdrawal-data>`: provides one story, its load state, the shared selection and the shared
 * clock to the widgets bound to it (its descendants, and widgets whose `source` names its id).
 */
import { LitElement, css, html } from 'lit';
import { ContextProvider } from '@lit/context';
import { storyContext, type StoryState } from '../context/story-context.js';
import { parseStoryText } from '../story/validate.js';
import { StoryStore } from '../store/story-store.js';
import { defaultStore } from '../store/default-story.js';
import { publish } from '../store/publish.js';
import { parseInstant } from '../story/dates.js';
import { DEFAULT_TIMEOUT_MS, loadText, type LoadFailure } from './request.js';
/**
 * Provides a story to the widgets bound to it.
 *
 * @tag withdrawal-data
 * @summary One story, its load state, selection and clock, shared by the widgets bound to it.
 * @slot - Widgets and any other content; the provider itself draws nothing.
 */
export class WithdrawalData extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = { src: {}, now: {}, timeout: { type: Number } };

  /** URL of a story JSON. Without it, an inline `<script type="application/json">` child, else the built-in story. */
  declare src?: string;

  /** An ISO 8601 instant that freezes "now" for every bound widget (archives, screenshots, tests). */
  declare now?: string;

  /** Milliseconds to wait for `src` before giving up with an error. */
  timeout: number = DEFAULT_TIMEOUT_MS;

  #store = new StoryStore('default');
  readonly #provider = new ContextProvider(this, { context: storyContext, initialValue: this.#store.state });
  #unsubscribe?: () => void;
  #loadToken = 0;

  /** The current state, as bound widgets see it. */
  get state() {
    return this.#store.state;
  }

  #needsLoad = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#needsLoad = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loadToken++;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('src') || changed.has('timeout')) this.#needsLoad = true;
    if (this.#needsLoad && this.isConnected) {
      this.#needsLoad = false;
      if (!this.src && document.readyState === 'loading') {
        // Parsed while the page loads: an inline JSON child may not be parsed yet.
        this.#use(new StoryStore('inline', parseInstant(this.now)));
        document.addEventListener('DOMContentLoaded', () => this.#load(), { once: true });
      } else {
        this.#load();
      }
    } else if (changed.has('now')) {
      this.#store.update({ now: parseInstant(this.now) });
    }
  }

  #use(store: StoryStore): void {
    this.#unsubscribe?.();
    this.#store = store;
    this.#unsubscribe = store.subscribe((state) => this.#provider.setValue(state));
    this.#provider.setValue(store.state);
  }

  #load(): void {
    const token = ++this.#loadToken;
    const src = this.src;
    const inline = src ? null : this.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
    const store = new StoryStore(src || (inline ? 'inline' : 'default'), parseInstant(this.now));
    if (src) {
      loadText(src, this.timeout).then(
        ({ url, text }) => token === this.#loadToken && publish(store, parseStoryText(text), url),
        ({ message, url }: LoadFailure) =>
          token === this.#loadToken && publish(store, { ok: false, message, problems: store.state.problems }, url),
      );
    } else if (inline) {
      publish(store, parseStoryText(inline.textContent ?? ''), 'inline');
    } else {
      this.#followDefaultStory(store, token);
    }
    this.#use(store);
  }

  /** The built-in story (fetched once per page), with this provider's own selection and clock. */
  #followDefaultStory(store: StoryStore, token: number): void {
    const copy = ({ status, story, problems, error }: StoryState) => store.update({ status, story, problems, error });
    const shared = defaultStore();
    if (shared.state.status !== 'loading') {
      copy(shared.state);
      return;
    }
    const unsubscribe = shared.subscribe((state) => {
      if (state.status === 'loading') return;
      unsubscribe();
      if (token === this.#loadToken) copy(state);
    });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
