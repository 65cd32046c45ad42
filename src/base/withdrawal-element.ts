/**
 * What every widget shares: binding to a story, the custom states `loading`, `ready` and `error`
 * (exactly one at a time), the `role="alert"` error view, the note of what was left out, the
 * `withdrawal-error` and `withdrawal-select` events, language and direction, and the theme.
 *
 * This class is in the small core that every page loads. A widget's drawing (its view) is a chunk
 * of its own, fetched when the first widget of its kind is on the page: until the view, its
 * language's strings and the story are all there, the widget is `loading`.
 */
import {
  LitElement,
  adoptStyles,
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { LoadStatus, Selection, StoryState } from '../context/story-context.js';
import type { Story } from '../story/model.js';
import { formatProblem } from '../story/model.js';
import { StoryStore } from '../store/story-store.js';
import { StoryBindingController } from '../controllers/story-binding.js';
import { ViewLoaderController } from '../controllers/view-loader.js';
import type { WidgetView } from './widget-view.js';
import { errorEvent, selectEvent } from './events.js';
import { baseStyles } from './styles.js';
import { baseMessages } from '../i18n/base-messages.js';
import { directionOf, messagesFor, resolveLang } from '../i18n/locale.js';

export type Theme = 'light' | 'dark' | 'auto';

const STATES: readonly LoadStatus[] = ['loading', 'ready', 'error'];

/** How many left-out items the note lists before "…". */
const PROBLEMS_LISTED = 20;

export abstract class WithdrawalElement extends LitElement {
  static override styles = [...baseStyles];

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

  /**
   * The bound story state (loading, ready or error), for the widget's view.
   * @internal
   */
  data: StoryState = new StoryStore('pending').state;

  readonly #internals: ElementInternals = this.attachInternals();
  readonly #binding = new StoryBindingController(this, (state) => this.#setData(state));
  readonly #view = new ViewLoaderController(
    this,
    () => this.loadView(),
    (view) => this.#adoptViewStyles(view),
  );
  /** Whether the view has everything it needs to draw in the current language. */
  #viewPrepared = false;
  #reported?: StoryState;

  /** Fetch this widget's view: `import('./x-view.js')` and make it for this element. */
  protected abstract loadView(): Promise<WidgetView>;

  #setData(state: StoryState): void {
    if (Object.is(state, this.data)) return;
    this.data = state;
    this.requestUpdate();
  }

  #adoptViewStyles(view: WidgetView): void {
    const shared = (this.constructor as typeof LitElement).elementStyles;
    adoptStyles(this.renderRoot as ShadowRoot, [...shared, ...view.styles]);
  }

  /** The ready story, if any. @internal */
  get story(): Story | undefined {
    return this.data.status === 'ready' ? this.data.story : undefined;
  }

  /** The language the widget speaks. @internal */
  get locale(): string {
    return resolveLang(this);
  }

  /** @internal */
  get direction(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  /** "Now" in epoch ms: the provider's frozen clock, else the real one. @internal */
  now(): number {
    return this.data.now ?? Date.now();
  }

  /** A person changed the shared selection: tell every bound widget, and the page. @internal */
  select(selection: Selection): void {
    this.data.select(selection);
    this.dispatchEvent(
      selectEvent({
        ...(selection.eventId ? { eventId: selection.eventId } : {}),
        locationIds: [...selection.locationIds],
      }),
    );
  }

  /** What the widget shows: the story's own state, held at `loading` until the view can draw. */
  #status(): LoadStatus {
    if (this.data.status !== 'ready') return this.data.status;
    if (this.#view.failure) return 'error';
    return this.#viewPrepared ? 'ready' : 'loading';
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('source') && this.hasUpdated) this.#binding.rebind();
    const view = this.#view.view;
    this.#viewPrepared = view ? view.prepare(this.locale) : false;
    if (this.#viewPrepared && this.story) view!.willUpdate?.(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const status = this.#status();
    for (const s of STATES) {
      if (s === status) this.#internals.states.add(s);
      else this.#internals.states.delete(s);
    }
    this.#reportOnce();
    if (status === 'ready') this.#view.view!.updated?.(changed);
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
    const status = this.#status();
    return html`<div part="base" lang=${lang} dir=${this.direction}>${this.#renderStatus(status)}</div>`;
  }

  #renderStatus(status: LoadStatus): unknown {
    const messages = messagesFor(baseMessages, this.locale);
    if (status === 'loading') return html`<div part="loading" role="status">${messages.loading}</div>`;
    const story = this.story;
    if (status === 'ready' && story) return [this.#renderProblems(), this.#view.view!.render(story)];
    const error = this.data.error ?? { message: `${messages.viewFailed} ${this.#view.failure ?? ''}`.trim() };
    // What failed, the JSON path of the bad field, and where the story came from (unless the message says it).
    const lines = [
      error.message,
      error.path && `${messages.errorPath} ${error.path}`,
      error.source && !error.message.includes(error.source) && `${messages.errorSource} ${error.source}`,
    ].filter((line) => line);
    return html`<div part="error" role="alert">
      <strong>${messages.errorTitle}</strong>
      ${lines.map((line) => html`<span>${line}</span><br />`)}
    </div>`;
  }

  #renderProblems(): unknown {
    const problems = this.data.problems;
    if (problems.length === 0) return nothing;
    return html`<details part="problems">
      <summary>${messagesFor(baseMessages, this.locale).leftOut(problems.length)}</summary>
      <ul lang="en" dir="ltr">
        ${problems.slice(0, PROBLEMS_LISTED).map((p) => html`<li>${formatProblem(p)}</li>`)}
        ${problems.length > PROBLEMS_LISTED ? html`<li>…</li>` : nothing}
      </ul>
    </details>`;
  }
}
