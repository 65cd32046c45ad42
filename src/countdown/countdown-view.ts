/**
 * The countdown's view: the count, taken between instants, so every reader sees the same number at
 * the same moment. It re-renders only when the shown value changes (TickController), and not at all
 * while unseen or when the clock is frozen.
 */
import { html, nothing, type PropertyValues } from 'lit';
import type { Milestone, Story } from '../story/model.js';
import type { Precision } from '../story/dates.js';
import { currentMilestone, milestoneOfEvent } from '../story/queries.js';
import { pickText } from '../story/text.js';
import type { WidgetView } from '../base/widget-view.js';
import { TickController } from '../controllers/tick-controller.js';
import { catalogueLang } from '../i18n/locale.js';
import { dayIn, fill, intl, type CalendarDay } from '../i18n/intl.js';
import { countdownMessages, type CountdownMessages } from './messages.js';
import { calendarSpan, timeLeft, timeSince, type Unit } from './duration.js';
import { formatAmounts, formatStoryDate } from './format.js';
import { countdownStyles } from './styles.js';
import type { MilestoneCountdown } from './milestone-countdown.js';

/**
 * Each unit at its widest, so the value's room is reserved and a tick never shifts the text:
 * 364 days, 23 hours, and two digits for the rest (tabular digits are all one width, and 59
 * years is as wide as 99).
 */
const WIDEST: Readonly<Record<Unit, number>> = { year: 59, day: 364, hour: 23, minute: 59, second: 59 };

/** How a deadline is said: by the end of a month or a year, on a day (an instant too). */
const DEADLINE_PHRASE: Readonly<Record<Precision, 'byEndOf' | 'onDay'>> = {
  year: 'byEndOf',
  month: 'byEndOf',
  day: 'onDay',
  instant: 'onDay',
};

export class CountdownView implements WidgetView {
  readonly styles = [countdownStyles];
  readonly #host: MilestoneCountdown;
  /** What the count shows, derived in willUpdate; undefined when there is no milestone to show. */
  #count?: {
    milestone: Milestone;
    now: number;
    passed: boolean;
    lastDay: CalendarDay;
    parts: ReadonlyArray<readonly [Unit, number]>;
  };
  /** The instant the shown value next changes, or null for never (frozen, or nothing shown). */
  #next: number | null = null;
  /** The milestone shown last, and whether it had passed then. */
  #shown?: { id: string; passed: boolean };
  /** Said once, politely, when a deadline passes on a live clock while the page is open. */
  #announcement = '';

  constructor(host: MilestoneCountdown) {
    this.#host = host;
    new TickController(host, () => (host.frozen ? null : this.#next));
  }

  prepare(lang: string): boolean {
    if (countdownMessages.get(lang)) return true;
    void countdownMessages.load(lang).then(() => this.#host.requestUpdate());
    return false;
  }

  #pick(story: Story, now: number): Milestone | undefined {
    const host = this.#host;
    if (host.milestone) return story.milestoneById.get(host.milestone);
    const selection = host.data.selection;
    return (
      (selection.milestoneId ? story.milestoneById.get(selection.milestoneId) : undefined) ??
      (selection.eventId ? milestoneOfEvent(story, selection.eventId) : undefined) ??
      currentMilestone(story, now)
    );
  }

  /** Derive what the count shows now, before rendering: the milestone, the reading, the next tick. */
  willUpdate(_changed: PropertyValues): void {
    const host = this.#host;
    const story = host.story!;
    const now = host.now();
    const milestone = this.#pick(story, now);
    if (!milestone) {
      this.#count = undefined;
      this.#shown = undefined;
      this.#next = null;
      return;
    }
    const zone = milestone.deadline.timeZone;
    const passed = now >= milestone.due;
    // The deadline period's last calendar day, in the story's zone (it ends, exclusively, at `due`).
    const lastDay = dayIn(milestone.due - 1, zone);
    const reading = passed ? timeSince(now, lastDay, zone) : timeLeft(now, milestone.due);
    this.#count = { milestone, now, passed, lastDay, parts: reading.amounts };
    this.#next = reading.next;
    const label = pickText(milestone.label, this.#intlLang(), story.meta.languages).text;
    const messages = countdownMessages.get(host.locale)!;
    if (this.#shown?.id !== milestone.id) this.#announcement = '';
    else if (!this.#shown.passed && passed && !host.frozen)
      this.#announcement = fill(messages.passedAnnouncement, label);
    this.#shown = { id: milestone.id, passed };
  }

  /** Intl follows the reader's tag when we speak its language ("en-GB" dates), else our fallback. */
  #intlLang(): string {
    const lang = this.#host.locale;
    const catalogue = catalogueLang(lang);
    return lang.toLowerCase().split('-')[0] === catalogue ? lang : catalogue;
  }

  render(story: Story) {
    const host = this.#host;
    const m = countdownMessages.get(host.locale)!;
    const count = this.#count;
    if (!count)
      return html`<p class="notice">${host.milestone ? fill(m.unknownMilestone, host.milestone) : m.noMilestones}</p>`;
    const { milestone, now, passed, lastDay, parts } = count;
    const lang = this.#intlLang();
    const languages = story.meta.languages;
    const deadline = milestone.deadline;
    const value = formatAmounts(parts, lang, m);
    // Days alone keep their own digits (as nines); otherwise every unit at its widest.
    const widestParts = parts.map(([unit, n]): [Unit, number] => [
      unit,
      unit === 'day' && parts.length === 1 ? 10 ** String(n).length - 1 : Math.max(n, WIDEST[unit]),
    ]);
    const widest = formatAmounts(widestParts, lang, m);
    const deadlineText = fill(m[DEADLINE_PHRASE[deadline.precision]], formatStoryDate(deadline, lang, m));
    const template = passed ? m.timeSince : m.timeLeft;
    const [before, after] = template.split('{v}');
    const label = pickText(milestone.label, lang, languages);
    // The count's accessible name: the full sentence.
    const sentence = `${fill(template, value)}: ${label.text}${m.separator}${deadlineText}.`;
    // On paper the count is a dated sentence (the day the page was printed), not a stale number.
    const printedOn = intl(Intl.DateTimeFormat, lang, { dateStyle: 'medium', timeZone: story.meta.timeZone });
    return html`<div class="countdown ${passed ? 'passed' : ''}">
      <p class="label" lang=${label.lang ?? nothing} dir="auto">${label.text}</p>
      ${this.#renderProvenance(milestone, lang, languages, m)}
      <p class="deadline">${m.deadlineLabel}: ${deadlineText}</p>
      <p class="count" role="timer" aria-label=${sentence}>
        ${before}<span part="value"><span class="widest" aria-hidden="true">${widest}</span><span>${value}</span></span
        >${after}
      </p>
      <p class="printed" aria-hidden="true">${printedOn.format(now)}: ${sentence}</p>
      ${passed ? this.#renderEventsSince(story, milestone, now, lastDay, lang, m) : nothing}
      <div class="visually-hidden" role="status">${this.#announcement}</div>
    </div>`;
  }

  #renderProvenance(milestone: Milestone, lang: string, languages: readonly string[], m: CountdownMessages) {
    if (milestone.provenance === 'official') return nothing;
    const by = pickText(milestone.attribution, lang, languages);
    return html`<p class="provenance">
      ${m.provenance[milestone.provenance]}${
        by.text ? html`: <span lang=${by.lang ?? nothing} dir="auto">${by.text}</span>` : nothing
      }
    </p>`;
  }

  /** What has happened since the deadline, by now: each event with its distance from the deadline's last day. */
  #renderEventsSince(
    story: Story,
    milestone: Milestone,
    now: number,
    lastDay: CalendarDay,
    lang: string,
    m: CountdownMessages,
  ) {
    const events = story.events.filter(
      (e) => milestone.events.includes(e.id) && e.date.start >= milestone.due && e.date.start <= now,
    );
    if (events.length === 0) return nothing;
    return html`<div class="events">
      <p id="after">${m.eventsHeading}</p>
      <ul aria-labelledby="after">
        ${events.map((e) => {
          const title = pickText(e.title, lang, story.meta.languages);
          const span = calendarSpan(lastDay, dayIn(e.date.start, e.date.timeZone));
          return html`<li data-event=${e.id}>
            <span lang=${title.lang ?? nothing} dir="auto">${title.text}</span>
            <span class="when"
              >${formatStoryDate(e.date, lang, m)}${m.separator}${fill(m.eventAfter, formatAmounts(span, lang, m))}</span
            >
          </li>`;
        })}
      </ul>
    </div>`;
  }
}
