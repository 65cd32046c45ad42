/**
 * <withdrawal-data>: one story shared by the widgets bound to it. These stories show the three
 * widgets together, the shared selection, and the ways to give a story (built-in, URL, inline).
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { DATA, FROZEN_NOW, WORLD_BASEMAP, onPage, pageArgTypes, type PageArgs } from './support/render.js';
import { SLOW, inShadow, inState, widget } from './support/shadow.js';

interface Args extends PageArgs {
  theme?: 'auto' | 'light' | 'dark';
  basemap?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/withdrawal-data',
  component: 'withdrawal-data',
  tags: ['autodocs'],
  argTypes: pageArgTypes,
  args: { storyNow: FROZEN_NOW, theme: 'auto' },
  render: (args) =>
    onPage(
      args,
      html`<div class="sb-stack">
        <milestone-countdown theme=${ifDefined(args.theme)}></milestone-countdown>
        <base-map theme=${ifDefined(args.theme)} basemap=${ifDefined(args.basemap)}></base-map>
        <withdrawal-timeline theme=${ifDefined(args.theme)}></withdrawal-timeline>
      </div>`,
    ),
};
export default meta;
type Story = StoryObj<Args>;

/** The three widgets on the built-in story: the embed a CMS template needs. */
export const AllThreeWidgets: Story = {};

/** Select an event on the timeline, see its places on the map and its milestone in the countdown. */
export const SelectAnEventSeeTheMapChange: Story = {
  play: async ({ canvasElement }) => {
    const timeline = widget(canvasElement, 'withdrawal-timeline');
    const map = widget(canvasElement, 'base-map');
    const countdown = widget(canvasElement, 'milestone-countdown');
    await waitFor(() => expect([timeline, map, countdown].every((w) => inState(w, 'ready'))).toBe(true), SLOW);
    await waitFor(() => expect(inShadow(map, '[part~="location"]').length).toBeGreaterThan(0), SLOW);
    await expect(inShadow(map, '[part~="location"][part~="selected"]')).toHaveLength(0);

    const events = inShadow<HTMLElement>(timeline, '[part~="event"]');
    const reutersPlan = events.find((e) => /withdrawal plan broadly agreed/.test(e.textContent ?? ''));
    await expect(reutersPlan).toBeTruthy();
    const selected = new Promise<CustomEvent>((resolve) =>
      canvasElement.addEventListener('withdrawal-select', (e) => resolve(e as CustomEvent), { once: true }),
    );
    (reutersPlan!.querySelector('button') ?? reutersPlan!).click();

    const detail = (await selected).detail as { eventId?: string; locationIds: string[] };
    await expect(detail.eventId).toBe('reuters-plan-2024');
    // Ain al-Asad, Baghdad airport and Erbil: the event's three places light up on the map.
    await waitFor(() => expect(inShadow(map, '[part~="location"][part~="selected"]')).toHaveLength(3), SLOW);
    await waitFor(() => expect(countdown.shadowRoot?.textContent ?? '').toMatch(/2026|remain|troops/i), SLOW);
  },
};

/** Dark theme for all three. */
export const DarkTheme: Story = { args: { theme: 'dark', frame: 'dark-page' } };

/** A story given inline as a `<script type="application/json">` child (SAMPLE DATA). */
export const InlineStory: Story = {
  render: () =>
    html`<withdrawal-data now=${FROZEN_NOW}>
      <script type="application/json">
        {
          "meta": { "title": "SAMPLE DATA: an inline story", "timeZone": "UTC", "languages": ["en"] },
          "sources": [
            {
              "id": "s",
              "publisher": "Sample publisher",
              "title": "Sample source",
              "url": "https://example.org/sample"
            }
          ],
          "places": [],
          "events": [
            {
              "id": "a",
              "date": "2026-01",
              "title": "Sample event one",
              "category": "announcement",
              "sources": ["s"],
              "provenance": "official"
            },
            {
              "id": "b",
              "date": "2026-06-15",
              "title": "Sample event two",
              "category": "drawdown",
              "sources": ["s"],
              "provenance": "reported"
            }
          ],
          "milestones": [
            { "id": "m", "label": "Sample deadline", "deadline": "2027", "sources": ["s"], "provenance": "official" }
          ]
        }
      </script>
      <milestone-countdown></milestone-countdown>
      <withdrawal-timeline></withdrawal-timeline>
    </withdrawal-data>`,
};

/** Widgets elsewhere on the page bind with `source="<id>"`; here to the sample story (SAMPLE DATA). */
export const BoundBySourceId: Story = {
  render: () =>
    html`<div class="sb-stack">
      <withdrawal-data id="sample-story" src=${DATA.sample} now=${FROZEN_NOW}></withdrawal-data>
      <milestone-countdown source="sample-story"></milestone-countdown>
      <base-map source="sample-story" basemap=${WORLD_BASEMAP}></base-map>
      <withdrawal-timeline source="sample-story"></withdrawal-timeline>
    </div>`,
};
