/**
 * The map's colours in light and dark: public tokens `--withdrawal-map-*` with fallbacks, copied to
 * private `--_*` ones. The state colours differ in lightness as well as hue, and every state also
 * has its own mark (see symbols.ts), so no state is told by colour alone.
 */
import { css } from 'lit';
import { darkTokens } from '../base/dark.js';

export const mapTheme = css`
  :host {
    --_land: var(--withdrawal-map-land, #eceae4);
    --_land-focus: var(--withdrawal-map-land-focus, #dedbd2);
    --_sea: var(--withdrawal-map-sea, #dbe7f0);
    --_edge: var(--withdrawal-map-border, #a3a29c);
    --_halo: var(--withdrawal-map-halo, #fff);
    --_present: var(--withdrawal-map-present, #0b57d0);
    --_reduced: var(--withdrawal-map-reduced, #a14a00);
    --_withdrawn: var(--withdrawal-map-withdrawn, #5f6368);
    --_handed-over: var(--withdrawal-map-handed-over, #137333);
    --_planned: var(--withdrawal-map-planned, #7b1fa2);
    --_unknown: var(--withdrawal-map-unknown, #5f6368);
    --_selected: var(--withdrawal-map-selected, #b3261e);
    --_ink: var(--withdrawal-color-text, #1f2125);
  }
`;

/** The dark palette, for theme="dark" and for dark systems under theme="auto". */
export const mapDarkTheme = darkTokens(css`
    --_land: var(--withdrawal-map-land, #3a3d42);
    --_land-focus: var(--withdrawal-map-land-focus, #4a4e55);
    --_sea: var(--withdrawal-map-sea, #1b2631);
    --_edge: var(--withdrawal-map-border, #6f747b);
    --_halo: var(--withdrawal-map-halo, #1f2125);
    --_present: var(--withdrawal-map-present, #8ab4f8);
    --_reduced: var(--withdrawal-map-reduced, #fdba74);
    --_withdrawn: var(--withdrawal-map-withdrawn, #c4c7c5);
    --_handed-over: var(--withdrawal-map-handed-over, #81c995);
    --_planned: var(--withdrawal-map-planned, #d7aefb);
    --_unknown: var(--withdrawal-map-unknown, #c4c7c5);
    --_selected: var(--withdrawal-map-selected, #f2b8b5);
    --_ink: var(--withdrawal-color-text, #e8eaed);
`);
