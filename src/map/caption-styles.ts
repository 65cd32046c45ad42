/**
 * The styles of what is written under the map: the date shown, the key of numbered callouts, the
 * legend of symbols, and the credit line with the story's sources.
 */
import { css } from 'lit';

export const captionStyles = css`
  figcaption {
    font-size: 0.875em;
    margin-block-start: 0.5em;
  }
  .date {
    font-weight: 600;
  }
  /* The bottom margin of the legend collapses into the top margin of the credit. */
  .date,
  .callouts,
  [part~='legend'] {
    margin: 0 0 0.25em;
  }
  .callouts,
  [part~='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    padding: 0;
    list-style: none;
  }
  [part~='legend'] li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  [part~='legend'] svg {
    position: static;
    width: 20px;
    height: 20px;
    flex: none;
  }
  .credit {
    color: var(--_muted);
    margin: 0.4em 0 0;
  }
  .credit details,
  .credit summary {
    display: inline;
  }
  .credit summary {
    cursor: pointer;
    text-decoration: underline;
  }
  .credit ul {
    margin: 0.25em 0;
    padding-inline-start: 1.2em;
  }
  .credit a {
    color: inherit;
  }

  @media print {
    [part~='legend'] svg {
      filter: grayscale(1);
    }
    .credit details {
      display: block;
    }
  }
`;
