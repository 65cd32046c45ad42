/**
 * Styles every widget shares: the theme tokens (`--withdrawal-*`, with fallbacks), a reset that
 * keeps host-page CSS from reaching in, and the loading, error and left-out views.
 */
import { css } from 'lit';
import { darkTokens } from './dark.js';

const baseLook = css`
  :host {
    /* Public tokens: set these on the element or any ancestor. Private copies start with --_ . */
    --_fg: var(--withdrawal-color-text, CanvasText);
    --_bg: var(--withdrawal-color-background, transparent);
    --_muted: var(--withdrawal-color-muted, #555d66);
    --_accent: var(--withdrawal-color-accent, #0b57d0);
    --_surface: var(--withdrawal-color-surface, #f3f4f6);
    --_border: var(--withdrawal-color-border, #c4c8cf);
    --_danger: var(--withdrawal-color-danger, #b3261e);
    --_radius: var(--withdrawal-radius, 6px);
    --_space: var(--withdrawal-space, 0.75rem);
    --_focus: var(--withdrawal-color-focus, #0b57d0);
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    min-width: 0;
    font-family: var(--withdrawal-font-family, inherit);
    font-size: var(--withdrawal-font-size, 1rem);
    line-height: 1.45;
    color: var(--withdrawal-color-text, inherit);
    background: var(--_bg);
    contain: layout paint style;
    /* Inherited text styles a host theme sets (uppercase captions, justified or indented paragraphs,
       letter-spacing, nowrap) stop here; the font family and colour still follow the host. */
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    hyphens: manual;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    --_fg: var(--withdrawal-color-text, #e8eaed);
    --_bg: var(--withdrawal-color-background, #1f2125);
    color: var(--_fg);
    color-scheme: dark;
  }
  :host([theme='light']) {
    color: var(--withdrawal-color-text, #1f2125);
    background: var(--withdrawal-color-background, #fff);
    color-scheme: light;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [part~='base'] {
    min-width: 0;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [part~='loading'] {
    color: var(--_muted);
    padding: var(--_space);
  }
  [part~='error'] {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: var(--_space);
    overflow-wrap: anywhere;
  }
  [part~='error'] strong {
    display: block;
  }
  [part~='problems'] {
    font-size: 0.875em;
    color: var(--_muted);
    margin-block: 0.5em;
    overflow-wrap: anywhere;
  }
  [part~='problems'] ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  @media (forced-colors: active) {
    [part~='error'] {
      border-color: CanvasText;
    }
  }
`;

/** Dark tokens for theme="dark" and dark systems under theme="auto" (the text and background of
 * theme="auto" stay the host page's own). */
const baseDark = darkTokens(css`
  --_muted: var(--withdrawal-color-muted, #b5bac1);
  --_accent: var(--withdrawal-color-accent, #8ab4f8);
  --_surface: var(--withdrawal-color-surface, #2b2e33);
  --_border: var(--withdrawal-color-border, #5f6368);
  --_danger: var(--withdrawal-color-danger, #f2b8b5);
  --_focus: var(--withdrawal-color-focus, #8ab4f8);
`);

export const baseStyles = [baseLook, baseDark];
