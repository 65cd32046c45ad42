/**
 * A value worked out again only when one of its inputs changes (inputs compared with Object.is, as
 * the story context's values are). The map's view keeps what the story, the date, the language and
 * the frame's size give, so an update for a hover or a focus reuses it.
 */
export class Memo<Inputs extends readonly unknown[], Value> {
  readonly #compute: (...inputs: Inputs) => Value;
  #inputs?: Inputs;
  #value?: Value;

  constructor(compute: (...inputs: Inputs) => Value) {
    this.#compute = compute;
  }

  get(...inputs: Inputs): Value {
    const previous = this.#inputs;
    const unchanged = previous !== undefined && inputs.every((input, i) => Object.is(input, previous[i]));
    if (!unchanged) {
      this.#value = this.#compute(...inputs);
      this.#inputs = inputs;
    }
    return this.#value as Value;
  }
}
