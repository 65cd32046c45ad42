/**
 * The styles of the drawn map: its frame, the countries and their names, place labels with a halo,
 * leader lines, the scale bar, the north arrow, the locator inset and the hover/focus card.
 */
import { css } from 'lit';

export const figureStyles = css`
  figure {
    margin: 0;
  }
  .frame {
    position: relative;
    aspect-ratio: var(--withdrawal-map-aspect-ratio, 4 / 3);
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_sea);
  }
  svg {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    direction: ltr;
    user-select: none;
  }
  .country {
    fill: var(--_land);
    stroke: var(--_country-border);
    stroke-width: 0.8;
    stroke-linejoin: round;
  }
  .country.iq {
    fill: var(--_land-focus);
  }
  text {
    font-size: 11px;
    fill: var(--_ink);
    paint-order: stroke;
    stroke: var(--_halo);
    stroke-width: 3px;
    stroke-linejoin: round;
    dominant-baseline: central;
    text-anchor: middle;
  }
  .country-label {
    letter-spacing: 0.08em;
    fill: var(--_muted);
    text-transform: uppercase;
  }
  .label {
    font-size: 13px;
    font-weight: 600;
  }
  .label.selected {
    fill: var(--_selected);
  }
  .leader,
  .true-spot,
  .scale path {
    fill: none;
    stroke: var(--_ink);
  }
  /* Zero-length segments with round caps: a dot 3.6 px across at each true spot. */
  .true-spot {
    stroke-width: 3.6;
    stroke-linecap: round;
  }
  .scale path {
    stroke-width: 2;
  }
  .north path {
    fill: var(--_ink);
  }
  .card {
    pointer-events: none;
    background: Canvas;
    color: CanvasText;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4em 0.6em;
    font-size: 13px;
    line-height: 1.35;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
  }
  .card ul {
    margin: 0.25em 0;
    padding-inline-start: 1.2em;
  }
  /* A card above its marker sits at the bottom of its box. */
  .card.above {
    position: absolute;
    inset: auto 0 0;
  }
  .locator .sea {
    fill: var(--_sea);
  }
  .locator .land {
    fill: var(--_land);
  }
  .locator .edge,
  .locator .frame-mark {
    fill: none;
    stroke: var(--_country-border);
  }
  .locator .frame-mark {
    stroke: var(--_selected);
    stroke-width: 1.5;
  }
  [part~='error'] {
    margin: var(--_space);
  }

  @media (forced-colors: active) {
    .locator {
      display: none;
    }
  }
  @media print {
    .frame {
      filter: grayscale(1);
    }
    .card-host {
      display: none;
    }
  }
`;
