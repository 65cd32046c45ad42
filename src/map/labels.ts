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
  /**
   * Given for labels only ever centred on a point, with no leader (country names): that point,
   * else the first of `alt` that is free.
   */
  readonly alt?: readonly (readonly [number, number])[];
}

/** A label's box, with the id of its request. */
export interface PlacedLabel extends Box {
  readonly id: string;
  /** Marker edge → label edge, when the label stands apart from its marker. */
  readonly leader?: readonly [number, number, number, number];
}

const GAP = 2;
const CELL = 48;
const D = Math.SQRT1_2;
// Spots tried at each distance, as a unit direction and a sideways shift: beside (the way maps
// usually label), then above and below, then the diagonals, then above and below flush to one side.
const SPOTS: readonly (readonly [number, number, number?])[] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [D, -D],
  [-D, -D],
  [D, D],
  [-D, D],
  [0, -1, -1],
  [0, -1, 1],
  [0, 1, -1],
  [0, 1, 1],
];
const RINGS = [0, 14, 30, 48, 70];

/** Whether two boxes come closer than GAP. */
function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w + GAP && b.x < a.x + a.w + GAP && a.y < b.y + b.h + GAP && b.y < a.y + a.h + GAP;
}

/** Where a label may go, best first, and whether it then needs a leader to its marker. */
function* spots(l: LabelRequest): Generator<readonly [Box, boolean]> {
  const { w, h } = l;
  if (l.alt) {
    for (const [x, y] of [[l.x, l.y] as const, ...l.alt]) yield [{ x: x - w / 2, y: y - h / 2, w, h }, false];
    return;
  }
  for (const ring of RINGS) {
    // The box's nearest side sits `d` from the point in direction (dx, dy).
    const d = l.r + GAP + 1 + ring;
    for (const [dx, dy, side = 0] of SPOTS) {
      yield [
        { x: l.x + dx * (d + w / 2) - w / 2 + side * (w / 2 - l.r), y: l.y + dy * (d + h / 2) - h / 2, w, h },
        ring > 0,
      ];
    }
  }
}

/** From the marker's edge to the nearest point of the label's box. */
function leaderFor(l: LabelRequest, b: Box): [number, number, number, number] {
  const x = Math.max(b.x, Math.min(l.x, b.x + b.w));
  const y = Math.max(b.y, Math.min(l.y, b.y + b.h));
  const k = (l.r + 1) / (Math.hypot(x - l.x, y - l.y) || 1);
  return [l.x + (x - l.x) * k, l.y + (y - l.y) * k, x, y];
}

/**
 * Place labels in priority order around markers that are already fixed (`obstacles`), inside a
 * `width` × `height` frame.
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  obstacles: readonly Box[],
  width: number,
  height: number,
): PlacedLabel[] {
  // Boxes already placed, indexed by grid cell so each test looks at its neighbours only.
  const cells = new Map<number, Box[]>();
  const near = (b: Box): Box[][] => {
    const lists: Box[][] = [];
    for (let cx = Math.floor(b.x / CELL); cx <= Math.floor((b.x + b.w) / CELL); cx++) {
      for (let cy = Math.floor(b.y / CELL); cy <= Math.floor((b.y + b.h) / CELL); cy++) {
        const k = cx * 100003 + cy;
        let list = cells.get(k);
        if (!list) cells.set(k, (list = []));
        lists.push(list);
      }
    }
    return lists;
  };
  for (const o of obstacles) for (const list of near(o)) list.push(o);
  const placed: PlacedLabel[] = [];
  for (const l of labels) {
    for (const [b, far] of spots(l)) {
      if (b.x < 1 || b.y < 1 || b.x + b.w > width - 1 || b.y + b.h > height - 1) continue;
      const lists = near(b);
      if (lists.some((list) => list.some((o) => overlaps(b, o)))) continue;
      for (const list of lists) list.push(b);
      placed.push({ ...b, id: l.id, ...(far ? { leader: leaderFor(l, b) } : {}) });
      break;
    }
  }
  return placed;
}

/**
 * Push apart markers that would cover each other (Baghdad's two sites are 15 km apart), so each
 * can be seen and clicked; the caller joins a moved marker to its true position. Skipped for large
 * maps, where overlap is the honest picture of density.
 */
export function spreadMarkers(
  points: readonly { x: number; y: number }[],
  minDistance: number,
  limit = 300,
): { x: number; y: number }[] {
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
        a.x -= (dx / d) * push;
        a.y -= (dy / d) * push;
        b.x += (dx / d) * push;
        b.y += (dy / d) * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return out;
}
