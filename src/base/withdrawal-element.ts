/**
 * What every widget shares: binding to a story, the custom states `loading`, `ready` and `error`
 * (exactly one at a time), the `role="alert"` error view, the note of what was left out, the
 * `withdrawal-error` and `withdrawal-select` events, language and direction, and the theme.
 */
import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Selection, StoryState } from '../context/story-context.js';
import type { Story } from '../story/model.js';
import { formatProblem } from '../story/model.js';
import { ContextEvent } from '@lit/context';
import { storyContext } from '../context/story-context.js';
import { StoryStore } from '../provider/store.js';
import { defaultStore } from '../provider/default-story.js';
import { errorEvent, selectEvent } from './events.js';
import { baseStyles } from './styles.js';
import { baseMessages } from '../i18n/base-messages.js';
import { directionOf, messagesFor, resolveLang } from '../i18n/locale.js';

export type Theme = 'light' | 'dark' | 'auto';
const STATES = ['loading', 'ready', 'error'] as const;
const PROVIDER_TAG = 'withdrawal-data';

/** The nearest ancestor provider, looking through shadow roots. */
function ancestorProvider(el: Element): Element | null {
  let node: Node | null = el.parentNode;
  while (node) {
    if (node instanceof Element && node.localName === PROVIDER_TAG) return node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

export abstract class WithdrawalElement extends LitElement {
  static override styles = [...baseStyles];

  // Reactive properties declared statically rather than with decorators: the same behaviour
  // without the decorator helpers in the bundle.
  static override properties: PropertyDeclarations = {
    source: { reflect: true },
    theme: { reflect: true },
    lang: { reflect: true },
  };

  /** The id of the `<withdrawal-data>` to bind to, anywhere in the document. */
  declare source?: string;

  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  theme: Theme = 'auto';

  /** The widget's own language; else the nearest ancestor's `lang`, else the document's. */
  override lang = '';

  readonly #internals: ElementInternals = this.attachInternals();
  #reported?: StoryState;

  /**
   * The bound story state (loading, ready or error). Binding, in the contract's order: the
   * `<withdrawal-data>` whose id `source` names (also when that provider arrives later), else the
   * nearest ancestor provider, else the built-in default story; through the @lit/context protocol,
   * released on disconnect.
   */
  protected data: StoryState = new StoryStore('pending').state;
  #unsubscribe?: () => void;
  #waiting?: AbortController;

  override connectedCallback(): void {
    this.#bind();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#release();
  }

  /** (Re)bind, for example after `source` changed. */
  #bind(): void {
    this.#release();
    const id = this.source;
    const target = id ? this.ownerDocument.getElementById(id) : ancestorProvider(this);
    if (id || target) {
      if (target?.localName === PROVIDER_TAG && this.#request(target)) return;
      this.#waitFor(id ? `#${id}` : 'ancestor');
      return;
    }
    this.#unsubscribe = defaultStore().subscribe((s) => this.#set(s));
    this.#set(defaultStore().state);
  }

  #request(provider: Element): boolean {
    let answered = false;
    // Asking the provider itself works for ancestors and for providers elsewhere (by id) alike.
    provider.dispatchEvent(
      new ContextEvent(
        storyContext,
        this,
        (value, unsubscribe) => {
          answered = true;
          if (unsubscribe && this.#unsubscribe !== unsubscribe) {
            this.#unsubscribe?.();
            this.#unsubscribe = unsubscribe;
          }
          this.#set(value);
        },
        true,
      ),
    );
    return answered;
  }

  /**
   * The provider is not there (or not upgraded) yet: wait for one to connect. A connecting provider
   * announces itself with the context protocol's `context-provider` event (ContextProvider sends it);
   * heard while capturing, as a provider around the new one stops its bubbling.
   */
  #waitFor(origin: string): void {
    this.#set(new StoryStore(origin).state);
    this.#waiting = new AbortController();
    this.ownerDocument.addEventListener('context-provider', () => queueMicrotask(() => this.#bind()), {
      signal: this.#waiting.signal,
      capture: true,
    });
  }

  #release(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#waiting?.abort();
    this.#waiting = undefined;
  }

  #set(state: StoryState): void {
    if (Object.is(state, this.data)) return;
    this.data = state;
    this.requestUpdate();
  }

  protected get story(): Story | undefined {
    return this.data.status === 'ready' ? this.data.story : undefined;
  }

  /** The language the widget speaks. */
  protected get locale(): string {
    return resolveLang(this);
  }

  protected get direction(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  /** "Now" in epoch ms: the provider's frozen clock, else the real one. */
  protected now(): number {
    return this.data.now ?? Date.now();
  }

  /** Change the shared selection and tell the page. */
  protected select(selection: Selection): void {
    this.data.select(selection);
    this.dispatchEvent(
      selectEvent({
        ...(selection.eventId ? { eventId: selection.eventId } : {}),
        locationIds: [...selection.locationIds],
      }),
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('source') && this.hasUpdated) this.#bind();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const status = this.data.status;
    for (const s of STATES) {
      if (s === status) this.#internals.states.add(s);
      else this.#internals.states.delete(s);
    }
    this.#reportOnce();
  }

  /** Fire `withdrawal-error` once per state that failed, or that loaded with items left out. */
  #reportOnce(): void {
    const state = this.data;
    const alreadyReported = this.#reported?.problems === state.problems && this.#reported.error === state.error;
    if (state.status === 'loading' || alreadyReported) return;
    this.#reported = state;
    if (state.status === 'error' && state.error) {
      this.dispatchEvent(errorEvent({ ...state.error }));
    } else if (state.problems.length > 0) {
      const first = state.problems[0]!;
      this.dispatchEvent(
        errorEvent({
          message: `${state.problems.length} item(s) left out; first: ${formatProblem(first)}`,
          path: first.path,
          source: state.origin,
        }),
      );
    }
  }

  protected override render(): TemplateResult {
    const lang = this.locale;
    const m = messagesFor(baseMessages, lang);
    const state = this.data;
    const err = state.error;
    return html`<div part="base" lang=${lang} dir=${this.direction}>
      ${
        state.status === 'loading'
          ? html`<div part="loading" role="status">${m.loading}</div>`
          : state.status === 'error' || !state.story
            ? // What failed, the JSON path of the bad field, and where the story came from (unless the message says it).
              html`<div part="error" role="alert">
                <strong>${m.errorTitle}</strong> ${[
                  err?.message,
                  err?.path && `${m.errorPath} ${err.path}`,
                  err?.source && !err.message.includes(err.source) && `${m.errorSource} ${err.source}`,
                ]
                  .filter((line) => line)
                  .map((line) => html`<span>${line}</span><br />`)}
              </div>`
            : [this.renderProblems(), this.renderStory(state.story)]
      }
    </div>`;
  }

  protected renderProblems(): unknown {
    const problems = this.data.problems;
    if (problems.length === 0) return nothing;
    return html`<details part="problems">
      <summary>${messagesFor(baseMessages, this.locale).leftOut(problems.length)}</summary>
      <ul lang="en" dir="ltr">
        ${problems.slice(0, 20).map((p) => html`<li>${formatProblem(p)}</li>`)}
        ${problems.length > 20 ? html`<li>…</li>` : nothing}
      </ul>
    </details>`;
  }

  /** The widget's own view of a ready story. */
  protected abstract renderStory(story: Story): unknown;
}
