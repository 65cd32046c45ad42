/** <milestone-countdown>: time left until, or passed since, a milestone, in each phase. */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { DATA, failing, loading, onPage, pageArgTypes, type PageArgs } from './support/render.js';
import { SLOW, inShadow, inState, widget } from './support/shadow.js';

interface Args extends PageArgs {
  milestone?: string;
  now?: string;
  theme?: 'auto' | 'light' | 'dark';
  lang?: string;
  /** Story only: a timeline beside the countdown, with this event selected. */
  selectedEvent?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/milestone-countdown',
  component: 'milestone-countdown',
  tags: ['autodocs'],
  argTypes: { ...pageArgTypes, selectedEvent: { control: 'text', table: { category: 'story' } } },
  args: { theme: 'auto', milestone: 'mission-end-2025' },
  render: (args) =>
    onPage(
      args,
      html`<milestone-countdown
          milestone=${ifDefined(args.milestone || undefined)}
          now=${ifDefined(args.now || undefined)}
          theme=${ifDefined(args.theme)}
          lang=${ifDefined(args.lang || undefined)}
        ></milestone-countdown>
        ${args.selectedEvent ? html`<withdrawal-timeline selected=${args.selectedEvent}></withdrawal-timeline>` : ''}`,
    ),
};
export default meta;
type Story = StoryObj<Args>;

/** The next milestone after the real now (or the latest passed one), as a CMS template shows it. */
export const Default: Story = { args: { milestone: undefined } };

/** The mission's end (September 2025) seen from January 2025: months to go. */
export const LongBefore: Story = { args: { now: '2025-01-01T00:00:00Z' } };
/** Five days to go. */
export const UnderAWeek: Story = { args: { now: '2025-09-26T00:00:00Z' } };
/** Hours to go: the deadline passes at midnight, Baghdad time (21:00 UTC). */
export const UnderADay: Story = { args: { now: '2025-09-30T12:00:00Z' } };
/** The deadline has passed: time since. */
export const Passed: Story = {
  args: { now: '2026-11-25T09:00:00Z' },
  play: async ({ canvasElement }) => {
    const countdown = widget(canvasElement, 'milestone-countdown');
    await waitFor(() => expect(inState(countdown, 'ready')).toBe(true), SLOW);
    await waitFor(() => expect(inShadow(countdown, '[part~="value"]').length).toBeGreaterThan(0), SLOW);
  },
};

/** Selecting an event on a timeline bound to the same provider shows that event's milestone. */
export const EventSelected: Story = {
  args: { milestone: undefined, storyNow: '2026-11-25T09:00:00Z', selectedEvent: 'pentagon-syria-2025' },
};

export const Loading: Story = { args: loading, tags: ['loading-state'] };
export const ErrorNotFound: Story = { args: failing.notFound, tags: ['error-state'] };
export const ErrorNotJson: Story = { args: failing.badJson, tags: ['error-state'] };
export const ErrorEmptyFile: Story = { args: failing.empty, tags: ['error-state'] };
export const ErrorWebPageInsteadOfJson: Story = { args: failing.webPage, tags: ['error-state'] };
export const ErrorNothingUsable: Story = { args: failing.nothingUsable, tags: ['error-state'] };
export const ErrorTimeOut: Story = { args: failing.timeout, tags: ['error-state'] };
export const PartlyBadStory: Story = {
  args: { storySrc: DATA.partlyBad, milestone: undefined, storyNow: '2026-11-25T09:00:00Z' },
};

export const Arabic: Story = { args: { pageLang: 'ar', now: '2025-09-26T00:00:00Z' } };
export const CentralKurdish: Story = { args: { pageLang: 'ckb', now: '2025-09-26T00:00:00Z' } };
export const DarkTheme: Story = { args: { theme: 'dark', frame: 'dark-page', now: '2025-09-26T00:00:00Z' } };
export const Column320px: Story = { args: { frame: 'column-320', now: '2025-09-26T00:00:00Z' } };
/** SAMPLE DATA: the next deadline of a made-up story. */
export const SampleDataset: Story = {
  args: { storySrc: DATA.sample, milestone: undefined, storyNow: '2026-11-25T09:00:00Z' },
};
