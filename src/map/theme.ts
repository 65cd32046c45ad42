/**
 * The map's colours in light and dark: public tokens `--withdrawal-map-*` with fallbacks, copied to
 * private `--_*` ones. The state colours differ in lightness as well as hue, and every state also
 * has its own mark (see symbols.ts), so no state is told by colour alone. In forced colours the
 * private tokens become system colours, so no rule has to be repeated for them.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';
import { darkTokens } from '../base/dark.js';

interface Colour {
  /** The private token is `--_<name>`. */
  readonly name: string;
  readonly light: string;
  readonly dark: string;
  /** The public token is `--withdrawal-<publicName>`; `map-<name>` unless given. */
  readonly publicName?: string;
}

const COLOURS: readonly Colour[] = [
  { name: 'land', light: '#eceae4', dark: '#3a3d42' },
  { name: 'land-focus', light: '#dedbd2', dark: '#4a4e55' },
  { name: 'sea', light: '#dbe7f0', dark: '#1b2631' },
  { name: 'country-border', light: '#a3a29c', dark: '#6f747b', publicName: 'map-border' },
  { name: 'halo', light: '#fff', dark: '#1f2125' },
  { name: 'present', light: '#0b57d0', dark: '#8ab4f8' },
  { name: 'reduced', light: '#a14a00', dark: '#fdba74' },
  { name: 'withdrawn', light: '#5f6368', dark: '#c4c7c5' },
  { name: 'handed-over', light: '#137333', dark: '#81c995' },
  { name: 'planned', light: '#7b1fa2', dark: '#d7aefb' },
  { name: 'unknown', light: '#5f6368', dark: '#c4c7c5' },
  { name: 'selected', light: '#b3261e', dark: '#f2b8b5' },
  { name: 'ink', light: '#1f2125', dark: '#e8eaed', publicName: 'color-text' },
];

/** The declarations `--_<name>: var(--withdrawal-<public name>, <fallback>)` of one palette. */
function palette(theme: 'light' | 'dark'): CSSResult {
  const declarations = COLOURS.map((colour) => {
    const publicName = colour.publicName ?? `map-${colour.name}`;
    return `--_${colour.name}: var(--withdrawal-${publicName}, ${colour[theme]});`;
  });
  return unsafeCSS(declarations.join('\n'));
}

export const mapTheme = css`
  :host {
    ${palette('light')}
  }
`;

/** The dark palette, for theme="dark" and for dark systems under theme="auto". */
export const mapDarkTheme = darkTokens(palette('dark'));

export const mapForcedColours = css`
  @media (forced-colors: active) {
    /* On the wrapper, below the host: outranks the light and dark tokens alike. */
    [part~='base'] {
      --_land: Canvas;
      --_land-focus: Canvas;
      --_sea: Canvas;
      --_halo: Canvas;
      --_country-border: GrayText;
      --_border: CanvasText;
      --_muted: CanvasText;
      --_ink: CanvasText;
      --_selected: Highlight;
      --_focus: Highlight;
    }
  }
`;
