/**
 * The markup-free embed form. CMSes that filter what authors write (WordPress for Authors, Ghost
 * cards, Drupal text formats) remove `<script>`, custom elements and unknown attributes, but keep a
 * plain `<div>` with `data-*`, `class`, `id`, `lang` and `aria-*`. So a placeholder such as
 *
 *   <div data-withdrawal-widget="timeline" data-source="story" data-lang="ar"></div>
 *
 * is swapped here for the real element (`<withdrawal-timeline source="story" lang="ar">`), which then
 * binds, loads and selects exactly as the tag form does. No DOM is parsed from strings: elements are
 * created by name and only listed attributes are copied, so a `data-onclick` never becomes a handler.
 */

/** `data-withdrawal-widget` values and the elements they become. */
const TAGS: Record<string, string> = {
  data: 'withdrawal-data',
  timeline: 'withdrawal-timeline',
  map: 'base-map',
  countdown: 'milestone-countdown',
};

/** `data-<name>` attributes copied as `<name>`: to the element, or (the story's ones) to a widget's own provider. */
const COPIED = 'src source id lang theme now timeout selected deep-link milestone date basemap'.split(' ');
const PROVIDER_ONLY = ['src', 'timeout'];
/** Plain attributes that the CMS let through and that mean the same on the element. */
const KEPT = /^(class|id|lang|dir|title|aria-.+)$/;

export const PLACEHOLDER_SELECTOR = '[data-withdrawal-widget]';

/** Whitespace-only text, `<br>` and empty `<p>`: what automatic paragraphs leave around blocks. */
function isAutopDebris(node: Node | null): boolean {
  return node instanceof Text
    ? !node.data.trim()
    : node instanceof Element &&
        (node.localName === 'br' ||
          (node.localName === 'p' && !node.textContent!.trim() && !node.querySelector(':not(br)')));
}

/** Remove the empty paragraphs and line breaks that automatic paragraphs put right beside `el`. */
function sweepAround(el: Element): void {
  for (const side of ['nextSibling', 'previousSibling'] as const) {
    let node = el[side];
    while (node && isAutopDebris(node)) {
      const sibling: ChildNode | null = node[side];
      if (!(node instanceof Text)) node.remove();
      node = sibling;
    }
  }
}

/** Replace one placeholder by its element; returns the element, or null for an unknown kind. */
export function upgradePlaceholder(placeholder: Element): Element | null {
  const kind = placeholder.getAttribute('data-withdrawal-widget') ?? '';
  const tag = TAGS[kind];
  if (!tag || !placeholder.parentNode) return null;
  const doc = placeholder.ownerDocument;
  const el = doc.createElement(tag);
  for (const { name, value } of placeholder.attributes) if (KEPT.test(name)) el.setAttribute(name, value);
  const isProvider = kind === 'data';
  // A widget given its own story (`data-src`, or `data-now` with no `data-source`) gets its own
  // provider, so that a one-widget embed needs one placeholder only.
  const own =
    !isProvider &&
    !placeholder.hasAttribute('data-source') &&
    (placeholder.hasAttribute('data-src') || (kind !== 'countdown' && placeholder.hasAttribute('data-now')))
      ? doc.createElement(TAGS.data!)
      : null;
  for (const name of COPIED) {
    const value = placeholder.getAttribute(`data-${name}`);
    if (value === null) continue;
    const forProvider = PROVIDER_ONLY.includes(name) || (name === 'now' && kind !== 'countdown');
    (own && forProvider ? own : el).setAttribute(name, value);
  }
  if (isProvider) {
    // Widgets and an inline story inside a data placeholder move into the provider. A story kept in
    // a `<pre data-withdrawal-story>` (which CMSes leave unchanged) becomes the inline JSON script.
    for (const child of [...placeholder.childNodes]) {
      if (isAutopDebris(child)) continue;
      if (child instanceof Element && child.hasAttribute('data-withdrawal-story')) {
        const script = doc.createElement('script');
        script.type = 'application/json';
        script.textContent = child.textContent;
        el.append(script);
      } else {
        el.append(child);
      }
    }
  }
  sweepAround(placeholder);
  own?.append(el);
  placeholder.replaceWith(own ?? el);
  return el;
}

/** Upgrade every placeholder in `root` (itself included), outermost first. */
export function upgradeAll(root: ParentNode): void {
  if (root instanceof Element && root.matches(PLACEHOLDER_SELECTOR)) upgradePlaceholder(root);
  // A static list: placeholders moved into an upgraded provider are still in it, and upgrade next.
  for (const p of root.querySelectorAll(PLACEHOLDER_SELECTOR)) upgradePlaceholder(p);
}
