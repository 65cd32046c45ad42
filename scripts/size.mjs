// Prints the raw, gzip and brotli bytes of the single-file bundle against its budget, and fails
// (exit 1) when the gzip size passes it.
//
// BUDGET_GZIP: 40 KB (40,000 B) gzip for the finished library, enforced by the build and by
// tests/node/build-outputs.test.mjs. GOAL_GZIP: the 30 KB the library aims for (less than half of
// TimelineJS alone); printed, not enforced.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BUDGET_GZIP = 40_000;
export const GOAL_GZIP = 30_000;

export function sizes(file = 'dist/withdrawal-widgets.js') {
  const bytes = readFileSync(file);
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = sizes();
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
  console.log(
    `${s.file}: raw ${s.raw} B (${kb(s.raw)}), gzip ${s.gzip} B (${kb(s.gzip)}), brotli ${s.brotli} B (${kb(s.brotli)})`,
  );
  const room = BUDGET_GZIP - s.gzip;
  console.log(
    `budget: gzip ≤ ${BUDGET_GZIP} B: ${room >= 0 ? `met, ${room} B to spare` : `OVER by ${-room} B`}; ` +
      `goal ${kb(GOAL_GZIP)}: ${s.gzip <= GOAL_GZIP ? 'met' : `${kb(s.gzip - GOAL_GZIP)} to go`}`,
  );
  const p = sizes('dist/withdrawal-placeholders.js');
  console.log(
    `${p.file} (add-on for CMSes that strip custom elements): raw ${p.raw} B, gzip ${p.gzip} B, brotli ${p.brotli} B`,
  );
  if (s.gzip > BUDGET_GZIP) process.exit(1);
}
