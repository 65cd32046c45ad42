/**
 * One event as the reader sees it: date and title (the button that selects it), category as a
 * shape and a word, provenance when it is not plain official fact, the correction note, and its
 * sources as links. Story text is rendered as text, never as HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalText } from '../story/text.js';
import { pickText } from '../story/text.js';
import type { Source, Story, StoryEvent } from '../story/model.js';
import type { TimelineMessages } from './messages.js';

export const KNOWN_CATEGORIES = ['conflict', 'diplomacy', 'withdrawal', 'attack', 'announcement'];

export interface EventViewOptions {
  readonly story: Story;
  readonly lang: string;
  readonly m: TimelineMessages;
  readonly date: string;
  readonly selected: boolean;
  /** The one event in the tab order (roving tabindex). */
  readonly active: boolean;
  readonly future: boolean;
}

/** Only http(s) links reach the page, whatever the data says. */
export function safeUrl(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Story text in the reader's language, marked with its own language when it is another one. */
export function text(value: LocalText | undefined, lang: string, story: Story): unknown {
  const picked = pickText(value, lang, story.meta.languages);
  return picked.lang && picked.lang.split('-')[0] !== lang.split('-')[0]
    ? html`<span lang=${picked.lang} dir="auto">${picked.text}</span>`
    : picked.text;
}

export function sourceLink(source: Source, lang: string, story: Story, tabbable: boolean): TemplateResult {
  const href = safeUrl(source.url);
  const title = pickText(source.title, lang, story.meta.languages).text;
  return href
    ? html`<a href=${href} rel="noopener noreferrer" target="_blank" title=${title} tabindex=${tabbable ? 0 : -1}
        >${source.publisher}</a
      >`
    : html`<span title=${title}>${source.publisher}</span>`;
}

export function categoryLabel(category: string, m: TimelineMessages): string {
  return m.categories[category] ?? category;
}

export function eventView(e: StoryEvent, o: EventViewOptions): TemplateResult {
  const { story, lang, m } = o;
  const cat = KNOWN_CATEGORIES.includes(e.category) ? e.category : 'other';
  const attribution = pickText(e.attribution, lang, story.meta.languages).text;
  const provenance = m.provenance(e.provenance, attribution);
  const sources = e.sources.map((id) => story.sourceById.get(id)).filter((s): s is Source => !!s);
  return html`<li
    part=${o.selected ? 'event selected' : 'event'}
    class="ev ${o.future ? 'future' : ''} ${e.provenance}"
    data-id=${e.id}
    aria-current=${o.selected ? 'true' : nothing}
  >
    <button class="pick" tabindex=${o.active ? 0 : -1} aria-pressed=${o.selected ? 'true' : 'false'}>
      <time datetime=${e.date.iso}>${o.date}</time>
      <span class="title">${text(e.title, lang, story)}</span>
    </button>
    <p class="tags">
      <span class="cat ${cat}">${categoryLabel(e.category, m)}</span>
      ${o.future ? html`<span class="tag">${m.planned}</span>` : nothing}
      ${provenance ? html`<span class="tag prov">${provenance}</span>` : nothing}
    </p>
    ${e.summary ? html`<p class="sum">${text(e.summary, lang, story)}</p>` : nothing}
    ${e.correction
      ? html`<p class="fix"><strong>${m.correction}:</strong> ${text(e.correction, lang, story)}</p>`
      : nothing}
    ${sources.length
      ? html`<ul class="src">
          ${sources.map((s) => html`<li>${sourceLink(s, lang, story, o.active)}</li>`)}
        </ul>`
      : nothing}
  </li>`;
}
