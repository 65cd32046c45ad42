/**
 * Label placement: each label takes the first spot around its marker that stays inside the map and
 * clear of every marker and every label already placed, trying near spots first and then farther
 * ones joined to the marker by a leader line. A label with no free spot is left out (the place
 * keeps its marker, its card and its row in the table). Greedy and grid-indexed, so 1,000 places
 * cost milliseconds.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelRequest {
  readonly id: string;
  /** The point labelled (the marker's centre). */
  readonly x: number;
  readonly y: number;
  /** Size of the text box. */
  readonly w: number;
  readonly h: number;
  /** Distance from the point to the marker's edge. */
  readonly r: number;
  /** Only centred on a point, no leader (country names): this one, else the first of `alt` free. */
  readonly centred?: boolean;
  readonly alt?: readonly (readonly [number, number])[];
}

export interface PlacedLabel {
  readonly id: string;
  readonly box: Box;
  /** Marker edge → label edge, when the label stands apart from its marker. */
  readonly leader?: readonly [number, number, number, number];
}

const GAP = 2;
const CELL = 48;
// Unit directions tried in order: beside (the way maps usually label), then above and below, then diagonals.
const DIRS: readonly (readonly [number, number])[] = [[1, 0], [-1, 0], [0, -1], [0, 1], [1, -1], [-1, -1], [1, 1], [-1, 1]];
const RINGS = [0, 14, 30, 48, 70];

class Grid {
  readonly #cells = new Map<number, Box[]>();

  #keys(b: Box): number[] {
    const keys: number[] = [];
    for (let cx = Math.floor(b.x / CELL); cx <= Math.floor((b.x + b.w) / CELL); cx++) {
      for (let cy = Math.floor(b.y / CELL); cy <= Math.floor((b.y + b.h) / CELL); cy++) keys.push(cx * 100003 + cy);
    }
    return keys;
  }

  add(b: Box): void {
    for (const k of this.#keys(b)) {
      const list = this.#cells.get(k);
      if (list) list.push(b);
      else this.#cells.set(k, [b]);
    }
  }

  hits(b: Box): boolean {
    for (const k of this.#keys(b)) {
      for (const o of this.#cells.get(k) ?? []) if (overlaps(b, o, GAP)) return true;
    }
    return false;
  }
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

/** The box of a label whose nearest side sits `d` from the point in direction (dx, dy). */
function boxAt(l: LabelRequest, dx: number, dy: number, d: number): Box {
  const cx = l.x + dx * (d + l.w / 2);
  const cy = l.y + dy * (d + l.h / 2);
  return { x: cx - l.w / 2, y: cy - l.h / 2, w: l.w, h: l.h };
}

/** Spots at distance `d`: the eight directions, then above and below with the box flush to one side. */
function* candidates(l: LabelRequest, d: number): Generator<Box> {
  for (const [dx, dy] of DIRS) {
    const norm = Math.hypot(dx, dy);
    yield boxAt(l, dx / norm, dy / norm, d);
  }
  const shift = l.w / 2 - l.r;
  for (const dy of [-1, 1]) {
    for (const side of [-1, 1]) {
      const b = boxAt(l, 0, dy, d);
      yield { ...b, x: b.x + side * shift };
    }
  }
}

/** Where the segment from the point towards the box centre leaves the marker, and meets the box. */
function leaderFor(l: LabelRequest, b: Box): [number, number, number, number] {
  const cx = b.x + b.w / 2;
  const cy = b.y + b.h / 2;
  const len = Math.hypot(cx - l.x, cy - l.y) || 1;
  const ux = (cx - l.x) / len;
  const uy = (cy - l.y) / len;
  // Distance along the ray to the box edge (slab method).
  const tx = ux ? Math.min((b.x - l.x) / ux, (b.x + b.w - l.x) / ux) : -Infinity;
  const ty = uy ? Math.min((b.y - l.y) / uy, (b.y + b.h - l.y) / uy) : -Infinity;
  const t = Math.max(tx, ty);
  return [l.x + ux * (l.r + 1), l.y + uy * (l.r + 1), l.x + ux * t, l.y + uy * t];
}

/**
 * Place labels in priority order around markers that are already fixed (`obstacles`), inside a
 * `width` × `height` frame minus `reserved` areas (scale bar, locator).
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  obstacles: readonly Box[],
  width: number,
  height: number,
): PlacedLabel[] {
  const grid = new Grid();
  for (const o of obstacles) grid.add(o);
  const placed: PlacedLabel[] = [];
  const inside = (b: Box) => b.x >= 1 && b.y >= 1 && b.x + b.w <= width - 1 && b.y + b.h <= height - 1;
  for (const l of labels) {
    if (l.centred) {
      for (const [x, y] of [[l.x, l.y], ...(l.alt ?? [])]) {
        const b = { x: x! - l.w / 2, y: y! - l.h / 2, w: l.w, h: l.h };
        if (inside(b) && !grid.hits(b)) {
          grid.add(b);
          placed.push({ id: l.id, box: b });
          break;
        }
      }
      continue;
    }
    search: for (const ring of RINGS) {
      for (const b of candidates(l, l.r + GAP + 1 + ring)) {
        if (!inside(b) || grid.hits(b)) continue;
        grid.add(b);
        placed.push({ id: l.id, box: b, ...(ring > 0 ? { leader: leaderFor(l, b) } : {}) });
        break search;
      }
    }
  }
  return placed;
}

/**
 * Push apart markers that would cover each other (Baghdad's two sites are 15 km apart), so each
 * can be seen and clicked; the caller joins a moved marker to its true position. Skipped for large
 * maps, where overlap is the honest picture of density.
 */
export function spreadMarkers(points: readonly { x: number; y: number }[], minDistance: number, limit = 300): { x: number; y: number }[] {
  const out = points.map((p) => ({ x: p.x, y: p.y }));
  if (out.length > limit) return out;
  for (let round = 0; round < 30; round++) {
    let moved = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i]!;
        const b = out[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= minDistance) continue;
        if (d < 0.01) [dx, dy, d] = [1, 0, 1];
        const push = (minDistance - d) / 2 + 0.1;
        a.x -= (dx / d) * push; a.y -= (dy / d) * push;
        b.x += (dx / d) * push; b.y += (dy / d) * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return out;
}
