/**
 * What the countdown says at an instant, worked out apart from Lit: which side of the deadline we
 * are on, the amount in words, a same-shaped widest amount that reserves the width, the deadline
 * phrase, the sentence a screen reader hears, and the linked events that followed the deadline.
 */
import type { Milestone, Story } from '../story/model.js';
import { pickText, type PickedText } from '../story/text.js';
import type { CountdownMessages } from './messages.js';
import { dayIn, fill } from '../timeline/intl.js';
import { calendarSpan, lastDayBefore, timeLeft, timeSince, type Unit } from './duration.js';
import { formatAmounts, formatStoryDate } from './format.js';

export interface EventAfter {
  readonly id: string;
  readonly title: PickedText;
  /** Its date and its distance from the deadline: "Jan 17, 2026, 109 days after the deadline". */
  readonly when: string;
}

export interface CountdownReading {
  readonly passed: boolean;
  readonly label: PickedText;
  readonly attribution: PickedText;
  /** "by the end of September 2026". */
  readonly deadline: string;
  /** The amount alone: "6 days and 23 hours". */
  readonly value: string;
  /** The same amount with each unit at its widest, to reserve room for the value (no shift). */
  readonly widest: string;
  /** The sentence around the value, split where the value goes. */
  readonly around: readonly string[];
  /** The full sentence, the count's accessible name. */
  readonly sentence: string;
  readonly events: readonly EventAfter[];
  /** Epoch ms at which the shown value changes next. */
  readonly next: number;
}

// The widest each unit gets within one shape of the count (tabular digits are all one width).
const WIDEST: Readonly<Record<Unit, number>> = { year: 99, day: 364, hour: 23, minute: 59, second: 59 };

export function readCountdown(story: Story, milestone: Milestone, now: number, lang: string, m: CountdownMessages): CountdownReading {
  const langs = story.meta.languages;
  const { due, deadline: date } = milestone;
  const zone = date.timeZone;
  const passed = now >= due;
  const reading = passed ? timeSince(now, due, zone) : timeLeft(now, due);
  const parts = reading.parts;
  const value = formatAmounts(parts, lang, m);
  const deadline = fill(date.precision === 'month' || date.precision === 'year' ? m.byEndOf : m.on, formatStoryDate(date, lang, m));
  const template = passed ? m.since : m.left;
  const label = pickText(milestone.label, lang, langs);
  const last = lastDayBefore(due, zone);
  return {
    passed,
    label,
    attribution: pickText(milestone.attribution, lang, langs),
    deadline,
    value,
    widest: formatAmounts(
      parts.map(([u, n]) => [u, u === 'day' && parts.length === 1 ? 10 ** String(n).length - 1 : Math.max(n, WIDEST[u])]),
      lang,
      m,
    ),
    around: template.split('{v}'),
    sentence: `${fill(template, value)}: ${label.text}${m.comma}${deadline}.`,
    // Only after the deadline, and only what has happened by now.
    events: story.events
      .filter((e) => passed && milestone.events.includes(e.id) && e.date.start >= due && e.date.start <= now)
      .map((e) => ({
        id: e.id,
        title: pickText(e.title, lang, langs),
        when:
          formatStoryDate(e.date, lang, m) +
          m.comma +
          fill(m.after, formatAmounts(calendarSpan(last, dayIn(e.date.start, e.date.timeZone)), lang, m)),
      })),
    next: reading.next,
  };
}
