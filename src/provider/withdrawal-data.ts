/**
 * `<withdrawal-data>`: provides one story, its load state, the shared selection and the shared
 * clock to the widgets bound to it (its descendants, and widgets whose `source` names its id).
 */
import { LitElement, css, html } from 'lit';
import { ContextProvider } from '@lit/context';
import { storyContext, type StoryState } from '../context/story-context.js';
import { StoryStore } from '../store/story-store.js';
import { defaultStore } from '../store/default-story.js';
import { publish } from '../store/publish.js';
import { parseInstant } from '../story/dates.js';
import { DEFAULT_TIMEOUT_MS, loadText } from './request.js';

/**
 * The story validator is a chunk of its own, fetched (beside the story) only by a provider with a
 * `src` or an inline story: the built-in story was validated when the library was built.
 */
const validator = () => import('../story/validate.js');

/** A failure's message in plain words (a LoadFailure says what happened and where). */
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const urlOf = (error: unknown): string | undefined =>
  error instanceof Error && 'url' in error && typeof error.url === 'string' ? error.url : undefined;
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
    const current = () => token === this.#loadToken;
    const src = this.src;
    const inline = src ? null : this.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
    const store = new StoryStore(src || (inline ? 'inline' : 'default'), parseInstant(this.now));
    const fail = (origin: string) => (error: unknown) =>
      current() && publish(store, { ok: false, message: messageOf(error), problems: [] }, urlOf(error) ?? origin);
    if (src) {
      Promise.all([loadText(src, this.timeout), validator()]).then(
        ([{ url, text }, { parseStoryText }]) => current() && publish(store, parseStoryText(text), url),
        fail(src),
      );
    } else if (inline) {
      const text = inline.textContent ?? '';
      validator().then(
        ({ parseStoryText }) => current() && publish(store, parseStoryText(text), 'inline'),
        fail('inline'),
      );
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
