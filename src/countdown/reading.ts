/**
 * What the countdown says at an instant, worked out apart from Lit: which side of the deadline we
 * are on, the amount in words, a same-shaped widest amount that reserves the width, the deadline
 * phrase, the sentence a screen reader hears, and the linked events that followed the deadline.
 */
import type { Milestone, Story } from '../story/model.js';
import { pickText, type PickedText } from '../story/text.js';
import type { CountdownMessages } from './messages.js';
import { calendarSpan, dayIn, lastDayBefore, timeLeft, timeSince, type Unit } from './duration.js';
import { formatAmounts, formatStoryDate } from './format.js';

export interface EventAfter {
  readonly id: string;
  readonly title: PickedText;
  readonly date: string;
  readonly distance: string;
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
  readonly around: readonly [string, string];
  /** The full sentence, the count's accessible name. */
  readonly sentence: string;
  readonly events: readonly EventAfter[];
  /** Epoch ms at which the shown value changes next. */
  readonly next: number;
}

// The widest each unit gets within one shape of the count (tabular digits are all one width).
const WIDEST: Readonly<Record<Unit, number>> = { year: 99, day: 364, hour: 23, minute: 59, second: 59 };

function widestOf(parts: ReadonlyArray<readonly [Unit, number]>): Array<[Unit, number]> {
  return parts.map(([u, n]) => [u, u === 'day' && parts.length === 1 ? 10 ** String(n).length - 1 : Math.max(n, WIDEST[u])]);
}

function split(template: string, value: string): readonly [string, string] {
  const i = template.indexOf('{v}');
  return i < 0 ? [template.replace('{v}', value), ''] : [template.slice(0, i), template.slice(i + 3)];
}

export function readCountdown(story: Story, milestone: Milestone, now: number, lang: string, m: CountdownMessages): CountdownReading {
  const langs = story.meta.languages;
  const zone = milestone.deadline.timeZone;
  const passed = now >= milestone.due;
  const reading = passed ? timeSince(now, milestone.due, zone) : timeLeft(now, milestone.due);
  const value = formatAmounts(reading.parts, lang, m);
  const dateText = formatStoryDate(milestone.deadline, lang, m);
  const deadline = milestone.deadline.precision === 'month' || milestone.deadline.precision === 'year' ? m.byEndOf(dateText) : m.on(dateText);
  const template = passed ? m.since : m.left;
  const label = pickText(milestone.label, lang, langs);
  const events: EventAfter[] = [];
  if (passed) {
    const last = lastDayBefore(milestone.due, zone);
    for (const e of story.events) {
      if (!milestone.events.includes(e.id) || e.date.start < milestone.due || e.date.start > now) continue;
      const span = calendarSpan(last, dayIn(e.date.start, e.date.timeZone));
      events.push({
        id: e.id,
        title: pickText(e.title, lang, langs),
        date: formatStoryDate(e.date, lang, m),
        distance: m.after.replace('{v}', formatAmounts(span, lang, m)),
      });
    }
  }
  return {
    passed,
    label,
    attribution: pickText(milestone.attribution, lang, langs),
    deadline,
    value,
    widest: formatAmounts(widestOf(reading.parts), lang, m),
    around: split(template, value),
    sentence: m.sentence(template.replace('{v}', value), label.text, deadline),
    events,
    next: reading.next,
  };
}
