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
/** The sine and cosine of 45°: a diagonal unit step. */
const DIAGONAL = Math.SQRT1_2;
// Spots tried at each distance, as a unit direction and a sideways shift: beside (the way maps
// usually label), then above and below, then the diagonals, then above and below flush to one side.
const SPOTS: readonly (readonly [number, number, number?])[] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [DIAGONAL, -DIAGONAL],
  [-DIAGONAL, -DIAGONAL],
  [DIAGONAL, DIAGONAL],
  [-DIAGONAL, DIAGONAL],
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
function* spots(request: LabelRequest): Generator<readonly [Box, boolean]> {
  const { w, h } = request;
  if (request.alt) {
    for (const [x, y] of [[request.x, request.y] as const, ...request.alt]) {
      yield [{ x: x - w / 2, y: y - h / 2, w, h }, false];
    }
    return;
  }
  for (const ring of RINGS) {
    // The box's nearest side sits `distance` from the point in direction (dx, dy).
    const distance = request.r + GAP + 1 + ring;
    for (const [dx, dy, side = 0] of SPOTS) {
      const x = request.x + dx * (distance + w / 2) - w / 2 + side * (w / 2 - request.r);
      const y = request.y + dy * (distance + h / 2) - h / 2;
      yield [{ x, y, w, h }, ring > 0];
    }
  }
}

/** From the marker's edge to the nearest point of the label's box. */
function leaderFor(request: LabelRequest, box: Box): [number, number, number, number] {
  const x = Math.max(box.x, Math.min(request.x, box.x + box.w));
  const y = Math.max(box.y, Math.min(request.y, box.y + box.h));
  // The share of the way from the point to the box at which the marker's edge lies.
  const edge = (request.r + 1) / (Math.hypot(x - request.x, y - request.y) || 1);
  return [request.x + (x - request.x) * edge, request.y + (y - request.y) * edge, x, y];
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
  const near = (box: Box): Box[][] => {
    const lists: Box[][] = [];
    for (let column = Math.floor(box.x / CELL); column <= Math.floor((box.x + box.w) / CELL); column++) {
      for (let row = Math.floor(box.y / CELL); row <= Math.floor((box.y + box.h) / CELL); row++) {
        const cell = column * 100003 + row;
        let list = cells.get(cell);
        if (!list) cells.set(cell, (list = []));
        lists.push(list);
      }
    }
    return lists;
  };
  for (const obstacle of obstacles) for (const list of near(obstacle)) list.push(obstacle);
  const placed: PlacedLabel[] = [];
  for (const label of labels) {
    for (const [box, far] of spots(label)) {
      if (box.x < 1 || box.y < 1 || box.x + box.w > width - 1 || box.y + box.h > height - 1) continue;
      const lists = near(box);
      if (lists.some((list) => list.some((other) => overlaps(box, other)))) continue;
      for (const list of lists) list.push(box);
      placed.push({ ...box, id: label.id, ...(far ? { leader: leaderFor(label, box) } : {}) });
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
