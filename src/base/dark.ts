/**
 * Dark tokens apply in two cases that CSS cannot join in one selector: `theme="dark"`, and
 * `theme="auto"` (the default) on a reader whose system prefers dark. Write the tokens once here.
 */
import { css, type CSSResult } from 'lit';

export function darkTokens(tokens: CSSResult): CSSResult {
  return css`
    :host([theme='dark']) {
      ${tokens}
    }
    @media (prefers-color-scheme: dark) {
      :host(:not([theme='light'])) {
        ${tokens}
      }
    }
  `;
}
