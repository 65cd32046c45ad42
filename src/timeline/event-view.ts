/**
 * One event as the reader sees it: date and title (the button that selects it), category as a
 * shape and a word, provenance when it is not plain official fact, the correction note, and its
 * sources as links. Story text is rendered as text, never as HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalText } from '../story/text.js';
import { pickText, textIn } from '../story/text.js';
import type { Source, Story, StoryEvent } from '../story/model.js';
import type { TimelineMessages } from './messages.js';
import { formatStoryDate } from './format.js';
import { fill } from '../i18n/intl.js';

/** Story text in the reader's language, marked with its own language when it is another one. */
export function text(value: LocalText | undefined, lang: string, story: Story): unknown {
  const picked = pickText(value, lang, story.meta.languages);
  return picked.lang && picked.lang.split('-')[0] !== lang.split('-')[0]
    ? html`<span lang=${picked.lang} dir="auto">${picked.text}</span>`
    : picked.text;
}

/** A source's publisher, linked when its URL is http(s) (whatever else the data says, no link). */
export function sourceLink(source: Source, lang: string, story: Story, tabbable: boolean): TemplateResult {
  const title = textIn(source.title, lang, story.meta.languages);
  let href: string | undefined;
  try {
    const url = new URL(source.url);
    if (/^https?:$/.test(url.protocol)) href = url.href;
  } catch {
    // Not a URL: no link.
  }
  return href
    ? html`<a href=${href} rel="noopener noreferrer" target="_blank" title=${title} tabindex=${tabbable ? 0 : -1}
        >${source.publisher}</a
      >`
    : html`<span title=${title}>${source.publisher}</span>`;
}

/** The default story's categories by their label; any other category by its own text. */
export function categoryLabel(category: string, m: TimelineMessages): string | false | undefined {
  return Object.hasOwn(m.categories, category) && m.categories[category];
}

/** `active`: the one event in the tab order (roving tabindex). */
export function eventView(
  e: StoryEvent,
  story: Story,
  lang: string,
  m: TimelineMessages,
  selected: boolean,
  active: boolean,
  future: boolean,
): TemplateResult {
  const label = categoryLabel(e.category, m);
  const by = textIn(e.attribution, lang, story.meta.languages);
  const kind = e.provenance;
  const provenance =
    kind === 'official'
      ? by && fill(m.accordingTo, by)
      : m[kind] + (by ? `: ${by}` : kind === 'claimed' ? m.notConfirmed : '');
  const sources = e.sources.flatMap((id) => story.sourceById.get(id) ?? []);
  // No whitespace between block boxes: it would ship as text. Inline pieces keep theirs, so a
  // screen reader does not run two words together.
  return html`<li
    part=${selected ? 'event selected' : 'event'}
    class="ev ${future ? 'future' : ''}"
    data-id=${e.id}
    aria-current=${selected ? 'true' : nothing}
  >
    <button class="pick" tabindex=${active ? 0 : -1} aria-pressed=${selected}>
      <time datetime=${e.date.iso}>${formatStoryDate(e.date, e.end, lang, m.approximately)}</time>
      <span>${text(e.title, lang, story)}</span>
    </button>
    <p class="tags">
      <span class="cat ${label ? e.category : 'other'}">${label || e.category}</span>
      ${future ? html`<span>${m.planned}</span>` : nothing}
      ${provenance ? html`<span class="prov ${kind}">${provenance}</span>` : nothing}
    </p>
    ${e.summary ? html`<p>${text(e.summary, lang, story)}</p>` : nothing}${
      e.correction
        ? html`<p class="fix"><strong>${m.correctionLabel}:</strong> ${text(e.correction, lang, story)}</p>`
        : nothing
    }${
      sources.length
        ? html`<ul class="src">
            ${sources.map((s) => html`<li>${sourceLink(s, lang, story, active)}</li>`)}
          </ul>`
        : nothing
    }
  </li>`;
}
