/** <withdrawal-timeline>: the story's events in time order, in every state a newsroom meets. */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { DATA, FROZEN_NOW, failing, loading, onPage, pageArgTypes, type PageArgs } from './support/render.js';
import { SLOW, inShadow, inState, widget } from './support/shadow.js';

interface Args extends PageArgs {
  selected?: string;
  'deep-link'?: boolean;
  theme?: 'auto' | 'light' | 'dark';
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/withdrawal-timeline',
  component: 'withdrawal-timeline',
  tags: ['autodocs'],
  argTypes: pageArgTypes,
  args: { theme: 'auto', storyNow: FROZEN_NOW },
  render: (args) =>
    onPage(
      args,
      html`<withdrawal-timeline
        selected=${ifDefined(args.selected || undefined)}
        ?deep-link=${args['deep-link'] ?? false}
        theme=${ifDefined(args.theme)}
        lang=${ifDefined(args.lang || undefined)}
      ></withdrawal-timeline>`,
    ),
};
export default meta;
type Story = StoryObj<Args>;

/** The built-in story, as a CMS template shows it with no attributes at all. */
export const Default: Story = {};

/** Clicking an event selects it: the attribute reflects it and the event gets `part="event selected"`. */
export const EventSelected: Story = {
  args: { selected: 'joint-statement-2024' },
  play: async ({ canvasElement }) => {
    const timeline = widget(canvasElement, 'withdrawal-timeline');
    await waitFor(() => expect(inState(timeline, 'ready')).toBe(true), SLOW);
    await waitFor(() => expect(inShadow(timeline, '[part~="event"][part~="selected"]')).toHaveLength(1), SLOW);
    const target = inShadow<HTMLElement>(timeline, '[part~="event"]').find((e) =>
      /Ain al-Asad; the Iraqi army/.test(e.textContent ?? ''),
    );
    await expect(target).toBeTruthy();
    (target!.querySelector('button') ?? target!).click();
    await waitFor(() => expect(timeline.getAttribute('selected')).toBe('ain-al-asad-handover-2026'), SLOW);
    await waitFor(
      () => expect(inShadow(timeline, '[part~="event"][part~="selected"]')[0]?.textContent).toMatch(/Ain al-Asad/),
      SLOW,
    );
  },
};

export const Loading: Story = { args: loading, tags: ['loading-state'] };
export const ErrorNotFound: Story = { args: failing.notFound, tags: ['error-state'] };
export const ErrorNotJson: Story = { args: failing.badJson, tags: ['error-state'] };
export const ErrorEmptyFile: Story = { args: failing.empty, tags: ['error-state'] };
export const ErrorWebPageInsteadOfJson: Story = { args: failing.webPage, tags: ['error-state'] };
export const ErrorNothingUsable: Story = { args: failing.nothingUsable, tags: ['error-state'] };
export const ErrorTimeOut: Story = { args: failing.timeout, tags: ['error-state'] };
/** A partly bad story still shows its valid events, with a note of what was left out. */
export const PartlyBadStory: Story = { args: { storySrc: DATA.partlyBad } };

export const Arabic: Story = { args: { pageLang: 'ar' } };
export const CentralKurdish: Story = { args: { pageLang: 'ckb' } };
export const DarkTheme: Story = { args: { theme: 'dark', frame: 'dark-page' } };
export const Column320px: Story = { args: { frame: 'column-320' } };
/** SAMPLE DATA: a made-up story, to show the widgets serve any story. */
export const SampleDataset: Story = { args: { storySrc: DATA.sample } };
