/**
 * Styles of <milestone-countdown>. The value uses tabular figures and sits in a grid cell over an
 * invisible copy of its widest form, so a tick never moves the text around it.
 */
import { css } from 'lit';

export const countdownStyles = css`
  .countdown {
    border: 1px solid var(--withdrawal-countdown-border-color, var(--_border));
    border-radius: var(--_radius);
    padding: var(--withdrawal-countdown-padding, var(--_space));
    /* Unset, the declaration falls back to the initial transparent. */
    background: var(--withdrawal-countdown-background);
  }
  .label {
    margin: 0;
    font-weight: 600;
  }
  .provenance,
  .deadline {
    margin: 0.25em 0 0;
    font-size: 0.875em;
  }
  .provenance,
  .deadline,
  .when,
  .notice {
    color: var(--_muted);
  }
  .provenance {
    font-style: italic;
  }
  .count {
    margin: 0.5em 0 0;
    font-size: var(--withdrawal-countdown-value-size, 1.5em);
    line-height: 1.25;
  }
  [part='value'] {
    display: inline-grid;
    font-variant-numeric: tabular-nums;
    font-weight: 700;
    color: var(--withdrawal-countdown-value-color, var(--_accent));
  }
  [part='value'] > span {
    grid-area: 1 / 1;
  }
  .widest {
    visibility: hidden;
  }
  .passed [part='value'] {
    color: var(--withdrawal-countdown-passed-color, var(--_fg));
  }
  @media (prefers-reduced-motion: no-preference) {
    .passed [part='value'] {
      animation: arrive 0.4s ease-out;
    }
  }
  @keyframes arrive {
    from {
      opacity: 0.3;
    }
  }
  /* On paper, a dated sentence instead of the ticking number. The view writes that sentence only
     while the page is being printed (and marks the box .printing); until it has, the count prints. */
  .printed {
    display: none;
  }
  @media print {
    .printing .count {
      display: none;
    }
    .printing .printed {
      display: block;
      font-weight: 700;
    }
  }
  .events {
    margin: 0.75em 0 0;
    font-size: 0.9375em;
  }
  .events ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .notice {
    margin: 0;
  }
`;
