/** The map's styles: land and sea, markers by state, labels with a halo, legend, card, themes. */
import { css } from 'lit';
import { mapDarkTheme, mapTheme } from './theme.js';

export const mapStyles = [mapTheme, mapDarkTheme, css`
  figure {
    margin: 0;
  }
  .frame {
    position: relative;
    aspect-ratio: var(--withdrawal-map-aspect-ratio, 4 / 3);
    width: 100%;
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
    display: block;
    direction: ltr;
    font-family: inherit;
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
  .country-label {
    font-size: 11px;
    letter-spacing: 0.08em;
    fill: var(--_muted);
    text-transform: uppercase;
  }
  text {
    paint-order: stroke;
    stroke: var(--_halo);
    stroke-width: 3px;
    stroke-linejoin: round;
    dominant-baseline: central;
    text-anchor: middle;
  }
  .label {
    font-size: 13px;
    font-weight: 600;
    fill: var(--_ink);
  }
  .callouts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    margin: 0 0 0.25em;
    padding: 0;
    list-style: none;
  }
  .label.selected {
    fill: var(--_selected);
  }
  .leader,
  .tether {
    stroke: var(--_ink);
    stroke-width: 1;
    fill: none;
  }
  .true-spot {
    fill: var(--_ink);
  }
  [part~='location'] {
    cursor: pointer;
    outline: none;
    --_c: var(--_unknown);
  }
  [part~='location'] > * {
    transition: fill 0.4s ease, stroke 0.4s ease, opacity 0.4s ease;
  }
  .hit {
    fill: transparent;
    stroke: none;
  }
  .ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3;
    visibility: hidden;
  }
  [part~='location']:focus-visible .ring {
    visibility: visible;
  }
  .sym {
    stroke: var(--_c);
    stroke-width: 2;
    fill: var(--_halo);
  }
  .present { --_c: var(--_present); }
  .reduced { --_c: var(--_reduced); }
  .withdrawn { --_c: var(--_withdrawn); }
  .handed-over { --_c: var(--_handed-over); }
  .planned { --_c: var(--_planned); }
  .unknown { --_c: var(--_unknown); }
  .present .sym { fill: var(--_c); stroke: var(--_halo); stroke-width: 1.5; }
  .half { fill: var(--_c); stroke: none; }
  .slash { stroke: var(--_c); stroke-width: 2; }
  .dot { fill: var(--_c); }
  .planned .sym { stroke-dasharray: 3 2; fill: none; }
  .unknown .sym { stroke-dasharray: 1 2; }
  [part~='selected'] .sel {
    fill: none;
    stroke: var(--_selected);
    stroke-width: 2.5;
  }
  figcaption {
    font-size: 0.875em;
    margin-block-start: 0.5em;
  }
  .date {
    font-weight: 600;
    margin: 0 0 0.25em;
  }
  [part~='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
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
  .credit details {
    display: inline;
  }
  .credit summary {
    display: inline;
    cursor: pointer;
    text-decoration: underline;
  }
  .credit ul {
    margin: 0.25em 0;
    padding-inline-start: 1.25em;
  }
  .credit a {
    color: inherit;
  }
  .card {
    display: flex;
    flex-direction: column;
    height: 100%;
    pointer-events: none;
  }
  .card.up {
    justify-content: flex-end;
  }
  .card > div {
    background: var(--_bg, #fff);
    background: Canvas;
    color: CanvasText;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4em 0.6em;
    font-size: 13px;
    line-height: 1.35;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
  }
  .card strong,
  .card span {
    display: block;
  }
  .card ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.1em;
  }
  .locator .globe { fill: var(--_sea); }
  .locator .edge { fill: none; stroke: var(--_edge); }
  .locator .land { fill: var(--_land); stroke: none; }
  .locator .frame-mark { fill: none; stroke: var(--_selected); stroke-width: 1.5; }
  .scale line { stroke: var(--_ink); stroke-width: 2; }
  .scale text,
  .north text { font-size: 11px; fill: var(--_ink); }
  .north path { fill: var(--_ink); }
  [part~='error'] { margin: var(--_space); }

  @media (prefers-reduced-motion: reduce) {
    [part~='location'] > * {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .frame { background: Canvas; border-color: CanvasText; }
    .country { fill: Canvas; stroke: GrayText; }
    .country-label, .label, .scale text, .north text { fill: CanvasText; stroke: Canvas; }
    [part~='location'] { --_c: CanvasText; }
    .sym { stroke: CanvasText; fill: Canvas; }
    .present .sym, .half, .dot { fill: CanvasText; }
    .slash, .leader, .tether, .scale line { stroke: CanvasText; }
    .ring, [part~='selected'] .sel { stroke: Highlight; }
    .locator { display: none; }
  }
  @media print {
    .frame, [part~='legend'] svg { filter: grayscale(1); }
    .card-host { display: none; }
    .credit details { display: block; }
  }
`];
