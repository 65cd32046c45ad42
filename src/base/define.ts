/**
 * The one guarded `define`: registering a tag that is already registered does nothing, so the
 * bundle loaded twice (two URLs, two versions) on one page raises no exception and the first
 * definition keeps working.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  try {
    customElements.define(tag, ctor);
  } catch {
    // Another copy won a race between the check and the call: the tag works either way.
  }
}
