/**
 * While a widget is loading (its view, its strings or its story still on the way), its box already
 * has the size the reserving stylesheet (dist/withdrawal-widgets.css) would give it, so a page that
 * does not link that stylesheet sees no more shift than before the loader split the library into
 * chunks. The page's own rules on the element win over these, as over every `:host` rule.
 */
import { css } from 'lit';

export const countdownLoadingBox = css`
  :host(:state(loading)) {
    min-block-size: var(--withdrawal-countdown-block-size, 9.5rem);
  }
  @media (max-width: 36rem) {
    :host(:state(loading)) {
      min-block-size: var(--withdrawal-countdown-block-size, 12.5rem);
    }
  }
`;

export const mapLoadingBox = css`
  :host(:state(loading)) {
    box-sizing: content-box;
    aspect-ratio: var(--withdrawal-map-aspect-ratio, 4 / 3);
    padding-block-end: var(--withdrawal-map-legend-block-size, 7rem);
  }
  @media (max-width: 36rem) {
    :host(:state(loading)) {
      padding-block-end: var(--withdrawal-map-legend-block-size, 10rem);
    }
  }
`;

export const timelineLoadingBox = css`
  :host(:state(loading)) {
    block-size: var(--withdrawal-timeline-block-size, 34rem);
  }
`;
