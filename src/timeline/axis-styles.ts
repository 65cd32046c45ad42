/**
 * The time axis: year groups down a narrow column, each after a space that grows with the years
 * since the previous group, and from 40rem wide the same groups side by side along a horizontal
 * axis. The layout follows the element's own width (a container query on the host), never the
 * viewport's. Print is a plain list.
 *
 * `.lazy` marks long stories only (more than one chunk): their off-screen years and events skip
 * layout and paint, so thousands of events stay light. A short story is laid out at once, so
 * nothing in view ever starts at a placeholder size and moves (no layout shift).
 */
import { css } from 'lit';

export const axisStyles = css`
  .lazy .year,
  .lazy .event {
    content-visibility: auto;
    contain-intrinsic-size: auto 7rem;
  }
  .lazy .year {
    contain-intrinsic-block-size: auto 30rem;
  }
  .year {
    border-inline-start: 2px solid var(--_axis-color);
    padding-inline-start: var(--_space);
    padding-block-end: var(--_space);
    margin-block-start: var(--_space-before-year);
  }
  .gap-short {
    --_space-before-year: 1.5rem;
  }
  .gap-medium {
    --_space-before-year: 3rem;
  }
  .gap-long {
    --_space-before-year: 5rem;
  }
  .gap {
    font-style: italic;
    margin-block-end: 0.25rem;
  }
  [role='heading'] {
    font-size: 1.125em;
    font-weight: bold;
  }
  @container (min-width: 40rem) {
    .axis {
      overflow-x: auto;
      border-block-start: 2px solid var(--_axis-color);
    }
    .years {
      display: flex;
      align-items: flex-start;
    }
    .year {
      flex: 0 0 var(--_column-width);
      border-inline-start: 0;
      border-inline-end: 1px dotted var(--_axis-color);
      padding-inline: var(--_space);
      margin: 0;
      margin-inline-start: calc(1.4 * var(--_space-before-year));
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
