/**
 * The timeline's look. The layout follows the element's own width (a container query on the host),
 * never the viewport's: a vertical list in a narrow column, a horizontal time axis from 40rem.
 * Logical properties throughout so right-to-left text mirrors; category is a shape and a word,
 * never colour alone; future events are dashed ("planned"); print is a plain list. In forced
 * colours, borders take the system's text colour by themselves; only the shapes (drawn as
 * backgrounds) and the selection need saying.
 *
 * `.lazy` marks long stories only (more than one chunk): their off-screen years and events skip
 * layout and paint, so thousands of events stay light. A short story is laid out at once, so
 * nothing in view ever starts at a placeholder size and moves (no layout shift).
 *
 * Comments stay out of the css`` literal: there they would ship in the bundle.
 */
import { css } from 'lit';
import { darkTokens } from '../base/dark.js';

export const timelineStyles = css`
  :host {
    container-type: inline-size;
    --_axis: var(--withdrawal-timeline-axis-color, var(--_border));
    --_now: var(--withdrawal-timeline-now-color, var(--_danger));
    --_k3: #146c2e;
    --_k4: #7c5800;
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
  .lazy .year,
  .lazy .event {
    content-visibility: auto;
    contain-intrinsic-size: auto 7rem;
  }
  .lazy .year {
    contain-intrinsic-block-size: auto 30rem;
  }
  .year {
    border-inline-start: 2px solid var(--_axis);
    padding-inline-start: var(--_space);
    padding-block-end: var(--_space);
    margin-block-start: var(--_g);
  }
  .gap-short {
    --_g: 1.5rem;
  }
  .gap-medium {
    --_g: 3rem;
  }
  .gap-long {
    --_g: 5rem;
  }
  .gap {
    font-style: italic;
    margin-block-end: 0.25rem;
  }
  [role='heading'] {
    font-size: 1.125em;
    font-weight: bold;
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
    outline: 3px solid var(--withdrawal-timeline-selected-color, var(--_accent));
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
  .cat::before {
    content: '';
    display: inline-block;
    inline-size: 0.7em;
    block-size: 0.7em;
    margin-inline-end: 0.3em;
    background: var(--_c, var(--_muted));
    border-radius: var(--_r);
    clip-path: var(--_s);
  }
  .conflict {
    --_c: var(--_danger);
  }
  .diplomacy {
    --_c: var(--_accent);
    --_r: 50%;
  }
  .withdrawal {
    --_c: var(--_k3);
    --_s: polygon(0 0, 100% 50%, 0 100%);
  }
  .attack {
    --_c: var(--_danger);
    --_s: polygon(50% 0, 100% 50%, 50% 100%, 0 50%);
  }
  .announcement {
    --_c: var(--_k4);
    --_s: polygon(50% 0, 100% 100%, 0 100%);
  }
  .other::before {
    background: none;
    border: 2px solid var(--_muted);
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
    color: var(--_now);
    font-weight: 600;
    border-block-start: 2px solid var(--_now);
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
  @container (min-width: 40rem) {
    .axis {
      overflow-x: auto;
      border-block-start: 2px solid var(--_axis);
    }
    .years {
      display: flex;
      align-items: flex-start;
    }
    .year {
      flex: 0 0 var(--withdrawal-timeline-column-width, 17rem);
      border-inline-start: 0;
      border-inline-end: 1px dotted var(--_axis);
      padding-inline: var(--_space);
      margin: 0;
      margin-inline-start: calc(1.4 * var(--_g));
    }
  }
  @media (forced-colors: active) {
    .cat::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .other::before {
      background: Canvas;
      border-color: CanvasText;
    }
    [part~='selected'] {
      outline-color: Highlight;
    }
  }
  @media print {
    .bar,
    details {
      display: none;
    }
    .axis {
      overflow: visible;
      border: 0;
    }
    .years {
      display: block;
    }
    .years .year,
    .years .event {
      content-visibility: visible;
      border: 0;
      padding: 0;
    }
    .years .year {
      margin: 0;
    }
    .years .event {
      outline: 0;
      break-inside: avoid;
    }
    a::after {
      content: ' (' attr(href) ')';
    }
  }
`;

/** Category colours on a dark background (theme="dark", or a dark system under theme="auto"); the
 * other two categories take the theme's danger and accent colours. */
export const timelineDarkStyles = darkTokens(css`
  --_k3: #81c995;
  --_k4: #fdd663;
`);
