// Prints the raw, gzip and brotli bytes of the single-file bundle, and fails past the budget.
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
  console.log(`${s.file}: raw ${s.raw} B (${kb(s.raw)}), gzip ${s.gzip} B (${kb(s.gzip)}), brotli ${s.brotli} B (${kb(s.brotli)})`);
  console.log(`budget: gzip ≤ ${kb(BUDGET_GZIP)} (goal ${kb(GOAL_GZIP)}): ${s.gzip <= BUDGET_GZIP ? 'within' : 'OVER'}`);
  if (s.gzip > BUDGET_GZIP) process.exit(1);
}
