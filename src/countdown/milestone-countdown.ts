/**
 * <milestone-countdown>: time left until, or passed since, a milestone of the story. The count is
 * taken between instants, so every reader sees the same number at the same moment; it re-renders
 * only when the shown value changes, and not at all while unseen or when the clock is frozen.
 */
import { html, nothing } from 'lit';
import type { Milestone, Story } from '../story/model.js';
import { currentMilestone, milestoneOfEvent } from '../story/queries.js';
import { pickText } from '../story/text.js';
import { WithdrawalElement } from '../base/withdrawal-element.js';
import { catalogueLang, messagesFor } from '../i18n/locale.js';
import { countdownMessages } from './messages.js';
import { calendarSpan, timeLeft, timeSince } from './duration.js';
import { PRECISION, formatAmounts, formatStoryDate } from './format.js';
import { countdownStyles } from './styles.js';
import { TickController } from './tick-controller.js';
import { dayIn, fill, intl } from '../i18n/intl.js';

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
    // (Neither lookup finds anything for an id that is not set.)
    return (
      story.milestoneById.get(sel.milestoneId!) ?? milestoneOfEvent(story, sel.eventId!) ?? currentMilestone(story, now)
    );
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
      return html`<p class="notice">${this.milestone ? fill(m.unknown, this.milestone) : m.none}</p>`;
    }
    // What the count says: which side of the deadline, the amount in words, the deadline phrase.
    const langs = story.meta.languages;
    const { due, deadline: date } = milestone;
    const zone = date.timeZone;
    const passed = now >= due;
    // The deadline period's last calendar day, in the story's zone (it ends, exclusively, at `due`).
    const last = dayIn(due - 1, zone);
    const reading = passed ? timeSince(now, last, zone) : timeLeft(now, due);
    const parts = reading.parts;
    const value = formatAmounts(parts, intlLang, m);
    // The same amount with each unit at its widest reserves the value's room, so a tick never shifts the text:
    // days alone keep their digits (as nines), else 364 days, 23 hours, and two digits for the rest
    // (tabular digits are all one width, and 59 years is as wide as 99).
    const widest = formatAmounts(
      parts.map(([u, n]) => [
        u,
        u === 'day' && parts.length === 1
          ? 10 ** String(n).length - 1
          : Math.max(n, u === 'day' ? 364 : u === 'hour' ? 23 : 59),
      ]),
      intlLang,
      m,
    );
    const deadline = fill(PRECISION[date.precision] ? m.end : m.on, formatStoryDate(date, intlLang, m));
    const template = passed ? m.since : m.left;
    const [before, after] = template.split('{v}');
    const label = pickText(milestone.label, intlLang, langs);
    const by = pickText(milestone.attribution, intlLang, langs);
    // The count's accessible name: the full sentence.
    const sentence = `${fill(template, value)}: ${label.text}${m.sep}${deadline}.`;
    // Only after the deadline, and only what has happened by now.
    const events = story.events.filter(
      (e) => passed && milestone.events.includes(e.id) && e.date.start >= due && e.date.start <= now,
    );
    // One polite announcement when a deadline passes on a live clock while the page is open.
    if (shown?.id !== milestone.id) this.#announcement = '';
    else if (!shown.passed && passed && !this.#frozen()) this.#announcement = fill(m.passed, label.text);
    this.#shown = { id: milestone.id, passed };
    this.#next = reading.next;
    // On paper the count is a dated sentence (the day the page was printed), not a stale number.
    return html`<div class="countdown ${passed ? 'passed' : ''}">
      <p class="label" lang=${label.lang ?? nothing} dir="auto">${label.text}</p>
      ${
        milestone.provenance === 'official'
          ? nothing
          : html`<p class="provenance">
              ${m.prov[milestone.provenance]}${by.text ? html`: <span lang=${by.lang ?? nothing} dir="auto">${by.text}</span>` : nothing}
            </p>`
      }
      <p class="deadline">${m.due}: ${deadline}</p>
      <p class="count" role="timer" aria-label=${sentence}>
        ${before}<span part="value"><span class="widest" aria-hidden="true">${widest}</span><span>${value}</span></span
        >${after}
      </p>
      <p class="printed" aria-hidden="true">
        ${intl(Intl.DateTimeFormat, intlLang, { dateStyle: 'medium', timeZone: story.meta.timeZone }).format(now)}:
        ${sentence}
      </p>
      ${
        events.length
          ? html`<div class="events">
              <p id="after">${m.events}</p>
              <ul aria-labelledby="after">
                ${events.map((e) => {
                  const title = pickText(e.title, intlLang, langs);
                  // Its date and its distance from the deadline's last day: "Jan 17, 2026, 109 days after the deadline".
                  const span = calendarSpan(last, dayIn(e.date.start, e.date.timeZone));
                  return html`<li data-event=${e.id}>
                    <span lang=${title.lang ?? nothing} dir="auto">${title.text}</span>
                    <span class="when"
                      >${formatStoryDate(e.date, intlLang, m)}${m.sep}${fill(m.after, formatAmounts(span, intlLang, m))}</span
                    >
                  </li>`;
                })}
              </ul>
            </div>`
          : nothing
      }
      <div class="visually-hidden" role="status">${this.#announcement}</div>
    </div>`;
  }
}
