/**
 * The map's styles: land and sea, markers by state, labels with a halo, legend, card, themes.
 * Everything is coloured through the private tokens of theme.ts, so forced colours only swap the
 * tokens for system colours instead of repeating the rules.
 */
import { css } from 'lit';
import { mapDarkTheme, mapTheme } from './theme.js';

export const mapStyles = [
  mapTheme,
  mapDarkTheme,
  css`
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
      stroke: var(--_edge);
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
    [part~='location'] {
      cursor: pointer;
      outline: none;
    }
    @media (prefers-reduced-motion: no-preference) {
      [part~='location'] > * {
        transition:
          fill 0.4s,
          stroke 0.4s;
      }
    }
    /* The ring is also the hit area of the marker (transparent, not none, so it takes the pointer). */
    .ring {
      fill: transparent;
      stroke-width: 3;
    }
    [part~='location']:focus-visible .ring {
      stroke: var(--_focus);
    }
    .sel {
      fill: none;
      stroke: var(--_selected);
      stroke-width: 2.5;
    }
    .present {
      --_c: var(--_present);
    }
    .reduced {
      --_c: var(--_reduced);
    }
    .withdrawn {
      --_c: var(--_withdrawn);
    }
    .handed-over {
      --_c: var(--_handed-over);
    }
    .planned {
      --_c: var(--_planned);
    }
    .unknown {
      --_c: var(--_unknown);
    }
    .sym,
    .half,
    .slash,
    .dot {
      fill: var(--_c);
      stroke: var(--_c);
      stroke-width: 2;
    }
    .sym {
      fill: var(--_halo);
    }
    .present .sym {
      fill: var(--_c);
      stroke: var(--_halo);
      stroke-width: 1.5;
    }
    .half {
      clip-path: inset(50% 0 0);
    }
    .planned .sym {
      stroke-dasharray: 3 2;
      fill: none;
    }
    .unknown .sym {
      stroke-dasharray: 1 2;
    }
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
    .credit ul,
    .card ul {
      margin: 0.25em 0;
      padding-inline-start: 1.2em;
    }
    .credit a {
      color: inherit;
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
    .up {
      position: absolute;
      inset: auto 0 0;
    }
    .sea {
      fill: var(--_sea);
    }
    .land {
      fill: var(--_land);
    }
    .edge,
    .frame-mark {
      fill: none;
      stroke: var(--_edge);
    }
    .frame-mark {
      stroke: var(--_selected);
      stroke-width: 1.5;
    }
    [part~='error'] {
      margin: var(--_space);
    }

    @media (forced-colors: active) {
      /* On the wrapper, below the host: outranks the light and dark tokens alike. */
      [part~='base'] {
        --_land: Canvas;
        --_land-focus: Canvas;
        --_sea: Canvas;
        --_halo: Canvas;
        --_edge: GrayText;
        --_border: CanvasText;
        --_muted: CanvasText;
        --_ink: CanvasText;
        --_selected: Highlight;
        --_focus: Highlight;
      }
      .sym,
      .half,
      .slash,
      .dot {
        --_c: CanvasText;
      }
      .locator {
        display: none;
      }
    }
    @media print {
      .frame,
      [part~='legend'] svg {
        filter: grayscale(1);
      }
      .card-host {
        display: none;
      }
      .credit details {
        display: block;
      }
    }
  `,
];
