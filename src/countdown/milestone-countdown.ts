/**
 * <milestone-countdown>: time left until, or passed since, a milestone of the story. The count is
 * taken between instants, so every reader sees the same number at the same moment; it re-renders
 * only when the shown value changes, and not at all while unseen or when the clock is frozen.
 */
import { html, nothing } from 'lit';
import type { Milestone, Story } from '../story/model.js';
import { currentMilestone, milestoneOfEvent } from '../story/queries.js';
import { WithdrawalElement } from '../base/withdrawal-element.js';
import { catalogueLang, messagesFor } from '../i18n/locale.js';
import { countdownMessages } from './messages.js';
import { readCountdown } from './reading.js';
import { countdownStyles } from './styles.js';
import { TickController } from './tick-controller.js';
import { fill, intl } from '../timeline/intl.js';

/**
 * @tag milestone-countdown
 * @summary Time left until, or passed since, a milestone.
 * @fires withdrawal-select - When a person selects something; detail `{ eventId?, locationIds }`.
 * @fires withdrawal-error - When the story cannot be loaded or parts of it were left out.
 * @csspart base - The wrapper that carries the language and direction.
 * @csspart value - The amount shown ("6 days and 23 hours", "1 year and 56 days").
 * @csspart error - The `role="alert"` message shown when the story fails.
 * @cssprop --withdrawal-countdown-value-color - Colour of the amount before the deadline.
 * @cssprop --withdrawal-countdown-passed-color - Colour of the amount after the deadline.
 * @cssprop --withdrawal-countdown-value-size - Font size of the count line (default 1.5em).
 * @cssprop --withdrawal-countdown-border-color - Border of the box.
 * @cssprop --withdrawal-countdown-background - Background of the box.
 * @cssprop --withdrawal-countdown-padding - Padding of the box.
 */
export class MilestoneCountdown extends WithdrawalElement {
  static override styles = [...WithdrawalElement.styles, countdownStyles];

  static override properties = {
    milestone: { reflect: true },
    frozenNow: { attribute: 'now', reflect: true },
  };

  /** The id of the milestone to show; default: the selected event's, else the next, else the last passed. */
  declare milestone?: string;

  /** An ISO 8601 instant (attribute `now`) that freezes the clock for this widget alone. */
  declare frozenNow?: string;

  #next: number | null = null;
  #shown?: { id: string; passed: boolean };
  #announcement = '';

  constructor() {
    super();
    // Re-renders when the shown value changes; registers itself with this element.
    new TickController(this, () => (this.#frozen() ? null : this.#next));
  }

  #ownNow(): number | null {
    const t = this.frozenNow ? Date.parse(this.frozenNow) : NaN;
    return Number.isNaN(t) ? null : t;
  }

  #frozen(): boolean {
    return this.#ownNow() !== null || this.data.now !== null;
  }

  protected override now(): number {
    return this.#ownNow() ?? super.now();
  }

  #pick(story: Story, now: number): Milestone | undefined {
    if (this.milestone) return story.milestoneById.get(this.milestone);
    const sel = this.data.selection;
    const chosen =
      (sel.milestoneId ? story.milestoneById.get(sel.milestoneId) : undefined) ??
      (sel.eventId ? milestoneOfEvent(story, sel.eventId) : undefined);
    return chosen ?? currentMilestone(story, now);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.#next = null;
  }

  protected override renderStory(story: Story) {
    const lang = this.locale;
    const m = messagesFor(countdownMessages, lang);
    // Intl follows the reader's tag when we speak its language ("en-GB" dates), else our fallback.
    const cat = catalogueLang(lang);
    const intlLang = lang.toLowerCase().split('-')[0] === cat ? lang : cat;
    const now = this.now();
    const milestone = this.#pick(story, now);
    const shown = this.#shown;
    if (!milestone) {
      this.#shown = undefined;
      return html`<p class="notice">${this.milestone ? fill(m.unknownMilestone, this.milestone) : m.noMilestones}</p>`;
    }
    const r = readCountdown(story, milestone, now, intlLang, m);
    // One polite announcement when a deadline passes on a live clock while the page is open.
    if (shown?.id !== milestone.id) this.#announcement = '';
    else if (!shown.passed && r.passed && !this.#frozen()) this.#announcement = fill(m.reached, r.label.text);
    this.#shown = { id: milestone.id, passed: r.passed };
    this.#next = r.next;
    const by = r.attribution;
    // On paper the count is a dated sentence (the day the page was printed), not a stale number.
    return html`<div class="countdown ${r.passed ? 'passed' : ''}">
      <p class="label" lang=${r.label.lang ?? nothing} dir="auto">${r.label.text}</p>
      ${milestone.provenance === 'official'
        ? nothing
        : html`<p class="provenance">
            ${m.provenance[milestone.provenance]}${by.text ? html`: <span lang=${by.lang ?? nothing} dir="auto">${by.text}</span>` : nothing}
          </p>`}
      <p class="deadline">${m.deadline}: ${r.deadline}</p>
      <p class="count" role="timer" aria-label=${r.sentence}>
        ${r.around[0]}<span part="value"><span class="widest" aria-hidden="true">${r.widest}</span><span>${r.value}</span></span>${r.around[1]}
      </p>
      <p class="printed" aria-hidden="true">
        ${intl(Intl.DateTimeFormat, intlLang, { dateStyle: 'medium', timeZone: story.meta.timeZone }).format(now)}: ${r.sentence}
      </p>
      ${r.events.length
        ? html`<div class="events">
            <p id="after">${m.whatHappened}</p>
            <ul aria-labelledby="after">
              ${r.events.map(
                (e) => html`<li data-event=${e.id}>
                  <span lang=${e.title.lang ?? nothing} dir="auto">${e.title.text}</span>
                  <span class="when">${e.when}</span>
                </li>`,
              )}
            </ul>
          </div>`
        : nothing}
      <div class="visually-hidden" role="status">${this.#announcement}</div>
    </div>`;
  }
}
