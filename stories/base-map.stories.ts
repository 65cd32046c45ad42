/** <base-map>: the story's places with their state at a date, in every state a newsroom meets. */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import {
  DATA,
  FROZEN_NOW,
  WORLD_BASEMAP,
  failing,
  loading,
  onPage,
  pageArgTypes,
  type PageArgs,
} from './support/render.js';
import { SLOW, inShadow, inState, widget } from './support/shadow.js';

interface Args extends PageArgs {
  date?: string;
  basemap?: string;
  theme?: 'auto' | 'light' | 'dark';
  lang?: string;
  /** Story only: a timeline beside the map, with this event selected. */
  selectedEvent?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/base-map',
  component: 'base-map',
  tags: ['autodocs'],
  argTypes: { ...pageArgTypes, selectedEvent: { control: 'text', table: { category: 'story' } } },
  args: { theme: 'auto', storyNow: FROZEN_NOW },
  render: (args) =>
    onPage(
      args,
      html`<base-map
          date=${ifDefined(args.date || undefined)}
          basemap=${ifDefined(args.basemap || undefined)}
          theme=${ifDefined(args.theme)}
          lang=${ifDefined(args.lang || undefined)}
        ></base-map>
        ${args.selectedEvent ? html`<withdrawal-timeline selected=${args.selectedEvent}></withdrawal-timeline>` : ''}`,
    ),
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

/** Before the first handovers (June 2025): every base still `present`. */
export const DateBeforeHandovers: Story = { args: { date: '2025-06-01' } };
/** After the handovers (March 2026): Ain al-Asad and al-Tanf handed over, Baghdad airport withdrawn. */
export const DateAfterHandovers: Story = { args: { date: '2026-03-01' } };

/** An event selected on a timeline bound to the same provider highlights its places on the map. */
export const EventSelected: Story = {
  args: { selectedEvent: 'reuters-plan-2024' },
  play: async ({ canvasElement }) => {
    const map = widget(canvasElement, 'base-map');
    await waitFor(() => expect(inState(map, 'ready')).toBe(true), SLOW);
    await waitFor(() => expect(inShadow(map, '[part~="location"][part~="selected"]')).toHaveLength(3), SLOW);
  },
};

export const Loading: Story = { args: loading, tags: ['loading-state'] };
export const ErrorNotFound: Story = { args: failing.notFound, tags: ['error-state'] };
export const ErrorNotJson: Story = { args: failing.badJson, tags: ['error-state'] };
export const ErrorEmptyFile: Story = { args: failing.empty, tags: ['error-state'] };
export const ErrorWebPageInsteadOfJson: Story = { args: failing.webPage, tags: ['error-state'] };
export const ErrorNothingUsable: Story = { args: failing.nothingUsable, tags: ['error-state'] };
export const ErrorTimeOut: Story = { args: failing.timeout, tags: ['error-state'] };
/** The basemap URL is wrong: the places still show, with a note about the missing map. */
export const BasemapNotFound: Story = { args: { basemap: 'story-data/no-such-map.json' }, tags: ['basemap-error'] };
export const PartlyBadStory: Story = { args: { storySrc: DATA.partlyBad, basemap: WORLD_BASEMAP } };

export const Arabic: Story = { args: { pageLang: 'ar' } };
export const CentralKurdish: Story = { args: { pageLang: 'ckb' } };
export const DarkTheme: Story = { args: { theme: 'dark', frame: 'dark-page' } };
export const Column320px: Story = { args: { frame: 'column-320' } };
/** SAMPLE DATA: a made-up story in Norway, on a world basemap given by `basemap`. */
export const SampleDataset: Story = { args: { storySrc: DATA.sample, basemap: WORLD_BASEMAP } };
