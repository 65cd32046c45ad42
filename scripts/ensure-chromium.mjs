// Makes sure a Chromium is there for the browser tests. Where none is found and this process can
// install one (root with apt-get), it installs Debian's `chromium`; otherwise it says how, in one
// line, and fails.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

let found = findChromium();
if (!found) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("No Chromium found: installing Debian's chromium with apt-get…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    found = findChromium();
  }
}
if (!found) {
  console.error('No Chromium found: install one (Debian: apt-get install chromium) or set CHROME_PATH to its binary.');
  process.exit(1);
}
console.log(`Chromium: ${found}`);
