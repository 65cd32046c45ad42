/**
 * A widget's interface strings: English at hand in the widget's own chunk (it is also the fallback
 * for languages we do not speak), every other language a chunk of its own, fetched the first time a
 * widget of that kind speaks it. An English page never fetches the Arabic strings.
 */
import { catalogueLang, type Supported } from './locale.js';

type OtherLanguage = Exclude<Supported, 'en'>;
type Loaders<M> = Readonly<Record<OtherLanguage, () => Promise<{ readonly default: M }>>>;

export class Catalogue<M> {
  readonly #loaded = new Map<Supported, M>();
  readonly #pending = new Map<Supported, Promise<void>>();
  readonly #loaders: Loaders<M>;

  constructor(english: M, loaders: Loaders<M>) {
    this.#loaded.set('en', english);
    this.#loaders = loaders;
  }

  /** The strings for a language tag, or undefined while they are still to be fetched. */
  get(lang: string): M | undefined {
    return this.#loaded.get(catalogueLang(lang));
  }

  /**
   * Whether the strings for a language tag are here; when not, fetch them and ask `host` for an
   * update once they arrive (what a view's `prepare` needs).
   */
  prepare(lang: string, host: { requestUpdate(): void }): boolean {
    if (this.get(lang)) return true;
    void this.load(lang).then(() => host.requestUpdate());
    return false;
  }

  /**
   * Fetch the strings for a language tag (once, whoever asks). A catalogue that cannot be fetched
   * is replaced by English, with a word to the console: the widget still shows its story.
   */
  load(lang: string): Promise<void> {
    const key = catalogueLang(lang);
    if (key === 'en' || this.#loaded.has(key)) return Promise.resolve();
    let pending = this.#pending.get(key);
    if (!pending) {
      pending = this.#loaders[key]().then(
        (module) => void this.#loaded.set(key, module.default),
        (error: unknown) => {
          console.warn(
            `withdrawal-widgets: the "${key}" interface strings could not be loaded; English is shown.`,
            error,
          );
          this.#loaded.set(key, this.#loaded.get('en')!);
        },
      );
      this.#pending.set(key, pending);
    }
    return pending;
  }
}
