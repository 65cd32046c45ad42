/**
 * The timeline's look: its public tokens copied to private ones, the bar with its filters, the
 * events (a card each, future ones dashed as "planned"), the "now" marker and the footer. Logical
 * properties throughout so right-to-left text mirrors. In forced colours, borders take the
 * system's text colour by themselves; only the selection needs saying here (the category shapes
 * say theirs in category-styles.ts).
 *
 * The year groups and the two layouts are in axis-styles.ts, the category shapes and colours in
 * category-styles.ts; `timelineStyles` lists all of them in cascade order (the print and forced
 * colours rules last).
 *
 * Comments stay out of the css`` literals: there they would ship in the bundle.
 */
import { css, type CSSResult } from 'lit';
import { axisStyles } from './axis-styles.js';
import { categoryDarkStyles, categoryStyles } from './category-styles.js';

const timelineLook = css`
  :host {
    container-type: inline-size;
    --_axis-color: var(--withdrawal-timeline-axis-color, var(--_border));
    --_now-color: var(--withdrawal-timeline-now-color, var(--_danger));
    --_selected-color: var(--withdrawal-timeline-selected-color, var(--_accent));
    --_column-width: var(--withdrawal-timeline-column-width, 17rem);
  }
  ol,
  ul,
  p {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .bar,
  .tags,
  .src {
    display: flex;
    flex-flow: wrap;
    gap: 0.25rem 0.75rem;
  }
  .bar {
    gap: 0.5rem var(--_space);
    align-items: center;
    margin-block-end: var(--_space);
  }
  #summary,
  .gap,
  footer,
  .tags,
  .src,
  .all,
  .pick time {
    color: var(--_muted);
    font-size: 0.875em;
  }
  #summary {
    flex: 1 1 12rem;
  }
  select,
  button {
    font: inherit;
    color: inherit;
  }
  select,
  .clear,
  .event {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  select,
  .clear {
    background: var(--_surface);
  }
  select {
    margin-inline-start: 0.4em;
    max-inline-size: 100%;
  }
  .event,
  .now {
    margin-block-start: 0.5rem;
  }
  .event {
    padding: 0.5rem;
    overflow-wrap: anywhere;
  }
  .future {
    border-style: dashed;
  }
  [part~='selected'] {
    outline: 3px solid var(--_selected-color);
    outline-offset: -1px;
  }
  .pick {
    display: block;
    inline-size: 100%;
    text-align: start;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    font-weight: 600;
  }
  .pick time {
    display: block;
  }
  .tags,
  .fix {
    margin-block: 0.25rem;
  }
  .claimed,
  .reported {
    font-style: italic;
  }
  .fix {
    border-inline-start: 3px solid var(--_danger);
    padding-inline-start: 0.5em;
  }
  a {
    color: var(--_accent);
  }
  .now {
    display: flex;
    gap: 0.5em;
    color: var(--_now-color);
    font-weight: 600;
    border-block-start: 2px solid var(--_now-color);
    padding-block-start: 0.25rem;
  }
  footer {
    margin-block-start: var(--_space);
  }
  footer span::before {
    content: ' · ';
  }
  .clear {
    padding: 0.1em 0.6em;
  }
  @media (forced-colors: active) {
    [part~='selected'] {
      outline-color: Highlight;
    }
  }
`;

export const timelineStyles: readonly CSSResult[] = [timelineLook, categoryStyles, categoryDarkStyles, axisStyles];
