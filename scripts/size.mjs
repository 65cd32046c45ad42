// `npm run size` (and the end of `npm run build`): what each kind of page fetches, gzip, against
// its budget, measured by loading the page in Chromium (scripts/page-sizes.mjs). Budgets are per
// page, not per file; tests/node/page-budgets.test.mjs fails when one is passed. Without a Chromium
// on the machine (a first `npm start`), it says so and measures nothing.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { findChromium } from './chromium.mjs';
import { measurePages, sizeTable } from './page-sizes.mjs';

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

if (findChromium()) {
  console.log(sizeTable(await measurePages()));
} else {
  console.log('Page sizes are measured in Chromium, and none is installed here (`npm test` installs one).');
}
console.log(
  `dist/withdrawal-widgets.standalone.js (the single file): gzip ${gzip('dist/withdrawal-widgets.standalone.js')} B`,
);
console.log(
  `dist/withdrawal-placeholders.js (add-on for CMSes that strip custom elements): gzip ${gzip('dist/withdrawal-placeholders.js')} B`,
);
