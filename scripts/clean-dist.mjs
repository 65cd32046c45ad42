// Empties dist/ before a build, so no chunk of an earlier build is left beside the new ones (a
// stale chunk would be measured, zipped into the WordPress plugin and packed).
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
