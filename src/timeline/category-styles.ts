/**
 * An event's category as a shape and a word, never colour alone: a square for conflict, a circle
 * for diplomacy, a triangle pointing ahead for withdrawal, a diamond for an attack, a triangle
 * pointing up for an announcement, a hollow square for any other category. Conflict, diplomacy
 * and attack take the theme's danger and accent colours; withdrawal and announcement have their
 * own, lighter on a dark background. The shapes are drawn as backgrounds, so in forced colours
 * they say which system colour to take.
 */
import { css } from 'lit';
import { darkTokens } from '../base/dark.js';

export const categoryStyles = css`
  :host {
    --_category-withdrawal-color: #146c2e;
    --_category-announcement-color: #7c5800;
  }
  .cat::before {
    content: '';
    display: inline-block;
    inline-size: 0.7em;
    block-size: 0.7em;
    margin-inline-end: 0.3em;
    background: var(--_category-color, var(--_muted));
    border-radius: var(--_category-radius);
    clip-path: var(--_category-shape);
  }
  .conflict {
    --_category-color: var(--_danger);
  }
  .diplomacy {
    --_category-color: var(--_accent);
    --_category-radius: 50%;
  }
  .withdrawal {
    --_category-color: var(--_category-withdrawal-color);
    --_category-shape: polygon(0 0, 100% 50%, 0 100%);
  }
  .attack {
    --_category-color: var(--_danger);
    --_category-shape: polygon(50% 0, 100% 50%, 50% 100%, 0 50%);
  }
  .announcement {
    --_category-color: var(--_category-announcement-color);
    --_category-shape: polygon(50% 0, 100% 100%, 0 100%);
  }
  .other::before {
    background: none;
    border: 2px solid var(--_muted);
  }
  @media (forced-colors: active) {
    .cat::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .other::before {
      background: Canvas;
      border-color: CanvasText;
    }
  }
`;

/** The two category colours of their own on a dark background (theme="dark", or a dark system under
 * theme="auto"). */
export const categoryDarkStyles = darkTokens(css`
  --_category-withdrawal-color: #81c995;
  --_category-announcement-color: #fdd663;
`);
