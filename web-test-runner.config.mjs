// Browser tests in real Chromium (Debian's, found through CHROME_PATH or the usual paths).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupJson from '@rollup/plugin-json';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium, CHROMIUM_ARGS } from './scripts/chromium.mjs';

const json = fromRollup(rollupJson);

// Test endpoints for the loading paths: /__fixture/status/<code>, /__fixture/slow/<ms>,
// /__fixture/html, /__fixture/empty, /__fixture/text?body=…, /__fixture/story/<name> (counts hits),
// /__fixture/copy/<file in dist> (the built library again, at another URL),
// and /__fixture/hits/<name> (how many times a story was requested).
const hits = new Map();
async function fixtures(ctx, next) {
  const m = /^\/__fixture\/([a-z]+)(?:\/([^?]*))?/.exec(ctx.path);
  if (!m) return next();
  const [, kind, arg = ''] = m;
  if (kind === 'status') {
    ctx.status = Number(arg) || 500;
    ctx.type = 'text/plain';
    ctx.body = 'failure';
  } else if (kind === 'slow') {
    await new Promise((r) => setTimeout(r, Number(arg) || 1000));
    ctx.type = 'application/json';
    ctx.body = '{}';
  } else if (kind === 'html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><html><body>Not found</body></html>';
  } else if (kind === 'empty') {
    ctx.type = 'application/json';
    ctx.body = '';
  } else if (kind === 'text') {
    ctx.type = 'application/json';
    ctx.body = ctx.query.body ?? '';
  } else if (kind === 'story') {
    hits.set(arg, (hits.get(arg) ?? 0) + 1);
    const { readFile } = await import('node:fs/promises');
    ctx.type = 'application/json';
    ctx.body = await readFile(
      new URL('./tests/fixtures/' + arg.replace(/[^a-z0-9-]/gi, '') + '.json', import.meta.url),
      'utf8',
    );
  } else if (kind === 'copy') {
    // A second copy of the built library at another URL (its chunks resolve beside it), as when two
    // versions are on one page.
    const { readFile } = await import('node:fs/promises');
    ctx.type = 'text/javascript';
    ctx.body = await readFile(new URL('./dist/' + arg.replace(/\.\.+/g, ''), import.meta.url), 'utf8');
  } else if (kind === 'hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(hits.get(arg) ?? 0);
  } else {
    return next();
  }
}
const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` or set CHROME_PATH.');

/** A Chromium launcher; `timezoneId` runs the page in another zone, as a reader there would. */
export function chromium(timezoneId) {
  return chromeLauncher({
    launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
    ...(timezoneId
      ? {
          async createPage({ browser }) {
            const page = await browser.newPage();
            await page.emulateTimezone(timezoneId);
            return page;
          },
        }
      : {}),
  });
}

// wtr runs every group beside the files it is given; a run narrowed with --files (and no --group)
// wants only those files.
const narrowed =
  process.argv.some((a) => a === '--files' || a.startsWith('--files=')) &&
  !process.argv.some((a) => a.startsWith('--group'));

export default {
  // Time-zone tests (*.tz.test.ts) run only in the groups below, each with its reader's zone
  // (`wtr --group tz-auckland`). A run narrowed with --files leaves the groups out.
  files: ['tests/**/*.test.ts', '!tests/node/**', '!tests/**/*.tz.test.ts'],
  groups: narrowed
    ? []
    : [
        ['tz-new-york', 'America/New_York'],
        ['tz-baghdad', 'Asia/Baghdad'],
        ['tz-auckland', 'Pacific/Auckland'],
      ].map(([name, zone]) => ({ name, files: 'tests/**/*.tz.test.ts', browsers: [chromium(zone)] })),
  nodeResolve: { exportConditions: ['development'] },
  mimeTypes: { 'data/iraq-withdrawal.json': 'js', 'src/**/*.json': 'js' },
  middleware: [fixtures],
  plugins: [
    json({ include: ['data/iraq-withdrawal.json', 'src/**/*.json'] }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  browsers: [chromium()],
  // One page at a time: background pages get no animation frames, which fixtures wait on.
  concurrency: 1,
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  // Generous start-up limits: on a loaded 2-core machine a page can take long to open.
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
};
