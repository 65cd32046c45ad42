/**
 * The styles of the markers: each state's colour (the group's `--_marker-color`, taken by its
 * symbol and its mark), the outline that tells present, planned and unknown apart, the selection
 * ring, and the focus ring that is also the marker's hit area.
 */
import { css } from 'lit';

export const markerStyles = css`
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
  .selection-ring {
    fill: none;
    stroke: var(--_selected);
    stroke-width: 2.5;
  }
  .present {
    --_marker-color: var(--_present);
  }
  .reduced {
    --_marker-color: var(--_reduced);
  }
  .withdrawn {
    --_marker-color: var(--_withdrawn);
  }
  .handed-over {
    --_marker-color: var(--_handed-over);
  }
  .planned {
    --_marker-color: var(--_planned);
  }
  .unknown {
    --_marker-color: var(--_unknown);
  }
  /* The symbol (.sym, its shape by kind) and the marks of a state drawn over it. */
  .sym,
  .half,
  .slash,
  .dot {
    fill: var(--_marker-color);
    stroke: var(--_marker-color);
    stroke-width: 2;
  }
  .sym {
    fill: var(--_halo);
  }
  .present .sym {
    fill: var(--_marker-color);
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

  @media (forced-colors: active) {
    .sym,
    .half,
    .slash,
    .dot {
      --_marker-color: CanvasText;
    }
  }
`;
