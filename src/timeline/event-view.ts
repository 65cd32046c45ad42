/**
 * One event as the reader sees it: date and title (the button that selects it), category as a
 * shape and a word, provenance when it is not plain official fact, the correction note, and its
 * sources as links. Story text is rendered as text, never as HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalText } from '../story/text.js';
import { pickText, textIn } from '../story/text.js';
import type { Provenance, Source, Story, StoryEvent } from '../story/model.js';
import type { TimelineMessages } from './messages.js';
import { formatStoryDate } from './format.js';
import { fill } from '../i18n/intl.js';

/** What every event of one render shares. */
export interface EventContext {
  readonly story: Story;
  readonly lang: string;
  readonly messages: TimelineMessages;
}

/** Where one event stands in this render. */
export interface EventState {
  readonly selected: boolean;
  /** The one event in the tab order (roving tabindex). */
  readonly active: boolean;
  /** Still to come: drawn dashed and tagged "planned". */
  readonly future: boolean;
}

/** "ar" of "ar-IQ": two tags of one language need no `lang` of their own. */
function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!;
}

/** Story text in the reader's language, marked with its own language when it is another one. */
export function text(value: LocalText | undefined, lang: string, story: Story): unknown {
  const picked = pickText(value, lang, story.meta.languages);
  if (picked.lang && primaryLanguage(picked.lang) !== primaryLanguage(lang)) {
    return html`<span lang=${picked.lang} dir="auto">${picked.text}</span>`;
  }
  return picked.text;
}

/** The URL, when it is an http(s) one; whatever else the data says (javascript:, not a URL), none. */
function httpHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A source's publisher, linked when its URL is http(s). */
export function sourceLink(source: Source, lang: string, story: Story, tabbable: boolean): TemplateResult {
  const title = textIn(source.title, lang, story.meta.languages);
  const href = httpHref(source.url);
  if (!href) return html`<span title=${title}>${source.publisher}</span>`;
  return html`<a href=${href} rel="noopener noreferrer" target="_blank" title=${title} tabindex=${tabbable ? 0 : -1}
    >${source.publisher}</a
  >`;
}

/** The default story's categories by their label; any other category has none (it shows its own text). */
export function categoryLabel(category: string, messages: TimelineMessages): string | undefined {
  return Object.hasOwn(messages.categories, category) ? messages.categories[category] : undefined;
}

/**
 * How an event's provenance reads: official facts only say who ("According to …", nothing when no
 * one is named); claims and reports say so, then who; a claim by no one is "not confirmed".
 */
export function provenanceText(provenance: Provenance, attribution: string, messages: TimelineMessages): string {
  switch (provenance) {
    case 'official':
      return attribution ? fill(messages.accordingTo, attribution) : '';
    case 'reported':
      return attribution ? `${messages.reported}: ${attribution}` : messages.reported;
    case 'claimed':
      return attribution ? `${messages.claimed}: ${attribution}` : messages.claimed + messages.notConfirmed;
  }
}

function correctionNote(event: StoryEvent, { story, lang, messages }: EventContext) {
  if (!event.correction) return nothing;
  return html`<p class="fix">
    <strong>${messages.correctionLabel}:</strong>
    ${text(event.correction, lang, story)}
  </p>`;
}

function sourceList(event: StoryEvent, { story, lang }: EventContext, tabbable: boolean) {
  const sources = event.sources.flatMap((id) => story.sourceById.get(id) ?? []);
  if (!sources.length) return nothing;
  return html`<ul class="src">
    ${sources.map((source) => html`<li>${sourceLink(source, lang, story, tabbable)}</li>`)}
  </ul>`;
}

export function eventView(event: StoryEvent, context: EventContext, state: EventState): TemplateResult {
  const { story, lang, messages } = context;
  const { selected, active, future } = state;
  const label = categoryLabel(event.category, messages);
  const attribution = textIn(event.attribution, lang, story.meta.languages);
  const provenance = provenanceText(event.provenance, attribution, messages);
  const date = formatStoryDate(event.date, event.end, lang, messages.approximately);
  return html`<li
    part=${selected ? 'event selected' : 'event'}
    class="event ${future ? 'future' : ''}"
    data-id=${event.id}
    aria-current=${selected ? 'true' : nothing}
  >
    <button class="pick" tabindex=${active ? 0 : -1} aria-pressed=${selected}>
      <time datetime=${event.date.iso}>${date}</time>
      <span>${text(event.title, lang, story)}</span>
    </button>
    <p class="tags">
      <span class="cat ${label ? event.category : 'other'}">${label ?? event.category}</span>
      ${future ? html`<span>${messages.planned}</span>` : nothing}
      ${provenance ? html`<span class="prov ${event.provenance}">${provenance}</span>` : nothing}
    </p>
    ${event.summary ? html`<p>${text(event.summary, lang, story)}</p>` : nothing} ${correctionNote(event, context)}
    ${sourceList(event, context, active)}
  </li>`;
}
