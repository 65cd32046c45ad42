/**
 * The map's colours in light and dark: public tokens `--withdrawal-map-*` with fallbacks, copied to
 * private `--_*` ones. The state colours differ in lightness as well as hue, and every state also
 * has its own mark (see symbols.ts), so no state is told by colour alone.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';
import { darkTokens } from '../base/dark.js';

// Private name, light and dark fallback, public name when it is not `--withdrawal-map-<private>`.
const COLOURS: readonly (readonly [string, string, string, string?])[] = [
  ['land', 'eceae4', '3a3d42'],
  ['land-focus', 'dedbd2', '4a4e55'],
  ['sea', 'dbe7f0', '1b2631'],
  ['edge', 'a3a29c', '6f747b', 'map-border'],
  ['halo', 'fff', '1f2125'],
  ['present', '0b57d0', '8ab4f8'],
  ['reduced', 'a14a00', 'fdba74'],
  ['withdrawn', '5f6368', 'c4c7c5'],
  ['handed-over', '137333', '81c995'],
  ['planned', '7b1fa2', 'd7aefb'],
  ['unknown', '5f6368', 'c4c7c5'],
  ['selected', 'b3261e', 'f2b8b5'],
  ['ink', '1f2125', 'e8eaed', 'color-text'],
];

/** The declarations `--_<name>: var(--withdrawal-<public>, #<fallback>)` of one palette. */
function palette(dark: boolean): CSSResult {
  return unsafeCSS(
    COLOURS.map(
      ([name, light, night, pub = `map-${name}`]) => `--_${name}:var(--withdrawal-${pub},#${dark ? night : light})`,
    ).join(';'),
  );
}

export const mapTheme = css`
  :host {
    ${palette(false)}
  }
`;

/** The dark palette, for theme="dark" and for dark systems under theme="auto". */
export const mapDarkTheme = darkTokens(palette(true));
