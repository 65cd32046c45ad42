/**
 * The countdown's view: the count, taken between instants, so every reader sees the same number at
 * the same moment. It re-renders only when the shown value changes (TickController), and not at all
 * while unseen or when the clock is frozen. What it shows is derived in `willUpdate`; `render` only
 * writes it out.
 */
import { html, nothing } from 'lit';
import type { Milestone, Story, StoryEvent } from '../story/model.js';
import type { Precision } from '../story/dates.js';
import { currentMilestone, milestoneOfEvent } from '../story/queries.js';
import { pickText, type LocalText, type PickedText } from '../story/text.js';
import type { WidgetView } from '../base/widget-view.js';
import { PrintController } from '../controllers/print-controller.js';
import { TickController } from '../controllers/tick-controller.js';
import { catalogueLang } from '../i18n/locale.js';
import { dayIn, fill, intl, type CalendarDay } from '../i18n/intl.js';
import { countdownMessages, type CountdownMessages } from './messages.js';
import { calendarSpan, timeLeft, timeSince, type Amount, type Unit } from './duration.js';
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

/** The count at its widest: days alone keep their own number of digits (as nines); otherwise
 * every unit at its widest. */
function widestAmounts(amounts: readonly Amount[]): Amount[] {
  const [first] = amounts;
  if (amounts.length === 1 && first![0] === 'day') return [['day', 10 ** String(first![1]).length - 1]];
  return amounts.map(([unit, n]) => [unit, Math.max(n, WIDEST[unit])]);
}

/** The language the view writes in: its strings, and the tag Intl formats with. */
interface Words {
  readonly messages: CountdownMessages;
  /** The reader's tag when we speak its language ("en-GB" dates), else our fallback. */
  readonly lang: string;
  /** The story's languages, to pick a text from when it is not in ours. */
  readonly storyLanguages: readonly string[];
}

/** The reading the count shows, derived in willUpdate. */
interface Count {
  readonly milestone: Milestone;
  /** The instant read. */
  readonly now: number;
  readonly passed: boolean;
  /** The deadline period's last calendar day, in the story's zone (it ends, exclusively, at `due`). */
  readonly lastDay: CalendarDay;
  readonly amounts: readonly Amount[];
}

export class CountdownView implements WidgetView {
  readonly styles = [countdownStyles];
  readonly #host: MilestoneCountdown;
  readonly #print: PrintController;
  #words!: Words;
  /** What the count shows; undefined when there is no milestone to show. */
  #count?: Count;
  /** The instant the shown value next changes, or null for never (frozen, or nothing shown). */
  #next: number | null = null;
  /** The milestone shown last, and whether it had passed then. */
  #shown?: { id: string; passed: boolean };
  /** Said once, politely, when a deadline passes on a live clock while the page is open. */
  #announcement = '';
  /** Whether the page is being printed: the printed line is written only then. */
  #printing = false;

  constructor(host: MilestoneCountdown) {
    this.#host = host;
    new TickController(host, () => (host.frozen ? null : this.#next));
    this.#print = new PrintController(host);
  }

  prepare(lang: string): boolean {
    return countdownMessages.prepare(lang, this.#host);
  }

  /** Derive what the count shows now, before rendering: the milestone, the reading, the next tick. */
  willUpdate(): void {
    const host = this.#host;
    const story = host.story!;
    this.#words = {
      messages: countdownMessages.get(host.locale)!,
      lang: this.#intlLang(),
      storyLanguages: story.meta.languages,
    };
    this.#printing = this.#print.printing;
    const now = host.now();
    const milestone = this.#chooseMilestone(story, now);
    if (!milestone) {
      this.#count = undefined;
      this.#shown = undefined;
      this.#next = null;
      return;
    }
    const passed = now >= milestone.due;
    const lastDay = dayIn(milestone.due - 1, milestone.deadline.timeZone);
    const reading = passed ? timeSince(now, lastDay, milestone.deadline.timeZone) : timeLeft(now, milestone.due);
    this.#count = { milestone, now, passed, lastDay, amounts: reading.amounts };
    this.#next = reading.next;
    this.#updateAnnouncement(milestone, passed);
  }

  /** The `milestone` attribute's; else the selected milestone's, or the selected event's; else the
   * next one due (or the last passed). */
  #chooseMilestone(story: Story, now: number): Milestone | undefined {
    const host = this.#host;
    if (host.milestone) return story.milestoneById.get(host.milestone);
    const { milestoneId, eventId } = host.data.selection;
    const selected = milestoneId ? story.milestoneById.get(milestoneId) : undefined;
    if (selected) return selected;
    const ofSelectedEvent = eventId ? milestoneOfEvent(story, eventId) : undefined;
    return ofSelectedEvent ?? currentMilestone(story, now);
  }

  /** Announce a deadline when it passes on a live clock while shown; a new milestone clears it. */
  #updateAnnouncement(milestone: Milestone, passed: boolean): void {
    const previous = this.#shown;
    this.#shown = { id: milestone.id, passed };
    if (previous?.id !== milestone.id) {
      this.#announcement = '';
    } else if (!previous.passed && passed && !this.#host.frozen) {
      this.#announcement = fill(this.#words.messages.passedAnnouncement, this.#text(milestone.label).text);
    }
  }

  #intlLang(): string {
    const lang = this.#host.locale;
    const catalogue = catalogueLang(lang);
    return lang.toLowerCase().split('-')[0] === catalogue ? lang : catalogue;
  }

  #text(text: LocalText | undefined): PickedText {
    return pickText(text, this.#words.lang, this.#words.storyLanguages);
  }

  render(story: Story) {
    const count = this.#count;
    if (!count) return this.#renderNotice();
    const { messages, lang } = this.#words;
    const { milestone, passed } = count;
    const label = this.#text(milestone.label);
    const deadlinePhrase = messages[DEADLINE_PHRASE[milestone.deadline.precision]];
    const deadline = fill(deadlinePhrase, formatStoryDate(milestone.deadline, lang, messages));
    const countTemplate = passed ? messages.timeSince : messages.timeLeft;
    const value = formatAmounts(count.amounts, lang, messages);
    // The count's accessible name, and on paper its dated sentence.
    const sentence = `${fill(countTemplate, value)}: ${label.text}${messages.separator}${deadline}.`;
    // (A class string rather than Lit's classMap, whose directive would be one more chunk to fetch.)
    const boxClass = ['countdown', passed ? 'passed' : '', this.#printing ? 'printing' : ''].join(' ');
    return html`<div class=${boxClass}>
      <p class="label" lang=${label.lang ?? nothing} dir="auto">${label.text}</p>
      ${this.#renderProvenance(milestone)}
      <p class="deadline">${messages.deadlineLabel}: ${deadline}</p>
      ${this.#renderCount(count.amounts, countTemplate, value, sentence)}
      <p class="printed" aria-hidden="true">
        ${this.#printing ? this.#printedLine(story, count.now, sentence) : nothing}
      </p>
      ${passed ? this.#renderEventsSince(story, count) : nothing}
      <div class="visually-hidden" role="status">${this.#announcement}</div>
    </div>`;
  }

  #renderNotice() {
    const { messages } = this.#words;
    const milestone = this.#host.milestone;
    const notice = milestone ? fill(messages.unknownMilestone, milestone) : messages.noMilestones;
    return html`<p class="notice">${notice}</p>`;
  }

  /** The count line: the sentence around the value, which sits over an invisible copy of its widest form. */
  #renderCount(amounts: readonly Amount[], countTemplate: string, value: string, sentence: string) {
    const { messages, lang } = this.#words;
    const widest = formatAmounts(widestAmounts(amounts), lang, messages);
    const [before, after] = countTemplate.split('{v}');
    const amount = html`<span part="value">
      <span class="widest" aria-hidden="true">${widest}</span>
      <span>${value}</span>
    </span>`;
    return html`<p class="count" role="timer" aria-label=${sentence}>${before}${amount}${after}</p>`;
  }

  /** On paper the count is a dated sentence (the day the page was printed, in the story's zone),
   * not a stale number. */
  #printedLine(story: Story, now: number, sentence: string): string {
    const day = intl(Intl.DateTimeFormat, this.#words.lang, { dateStyle: 'medium', timeZone: story.meta.timeZone });
    return `${day.format(now)}: ${sentence}`;
  }

  #renderProvenance(milestone: Milestone) {
    if (milestone.provenance === 'official') return nothing;
    const provenance = this.#words.messages.provenance[milestone.provenance];
    const by = this.#text(milestone.attribution);
    const attribution = by.text ? html`: <span lang=${by.lang ?? nothing} dir="auto">${by.text}</span>` : nothing;
    return html`<p class="provenance">${provenance}${attribution}</p>`;
  }

  /** What has happened since the deadline, by now: each event with its distance from the deadline's last day. */
  #renderEventsSince(story: Story, count: Count) {
    const { milestone, now } = count;
    const events = story.events.filter(
      (event) => milestone.events.includes(event.id) && event.date.start >= milestone.due && event.date.start <= now,
    );
    if (events.length === 0) return nothing;
    return html`<div class="events">
      <p id="events-heading">${this.#words.messages.eventsHeading}</p>
      <ul aria-labelledby="events-heading">
        ${events.map((event) => this.#renderEventSince(event, count.lastDay))}
      </ul>
    </div>`;
  }

  #renderEventSince(event: StoryEvent, lastDay: CalendarDay) {
    const { messages, lang } = this.#words;
    const title = this.#text(event.title);
    const distance = formatAmounts(calendarSpan(lastDay, dayIn(event.date.start, event.date.timeZone)), lang, messages);
    const date = formatStoryDate(event.date, lang, messages);
    return html`<li data-event=${event.id}>
      <span lang=${title.lang ?? nothing} dir="auto">${title.text}</span>
      <span class="when">${date}${messages.separator}${fill(messages.eventAfter, distance)}</span>
    </li>`;
  }
}
