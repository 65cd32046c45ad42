// Zips the WordPress plugin (integrations/wordpress/withdrawal-widgets) with the built loader, its
// chunks (assets/chunks/, fetched by the loader from beside itself) and the placeholder add-on
// copied into its assets/, as dist/withdrawal-widgets-wordpress.zip: the file a site
// uploads under Plugins → Add New → Upload. Run after rollup (`npm run build` does both).
import { createWriteStream, existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import yazl from 'yazl';

const root = fileURLToPath(new URL('..', import.meta.url));
export const PLUGIN_DIR = join(root, 'integrations/wordpress/withdrawal-widgets');
export const BUNDLE = join(root, 'dist/withdrawal-widgets.js');
export const PLACEHOLDERS = join(root, 'dist/withdrawal-placeholders.js');
export const CHUNKS = join(root, 'dist/chunks');
/** The built files the plugin ships in its assets/. */
function built() {
  if (!existsSync(CHUNKS)) throw new Error('dist/chunks is missing: run rollup -c first.');
  return {
    'withdrawal-widgets/assets/withdrawal-widgets.js': BUNDLE,
    'withdrawal-widgets/assets/withdrawal-placeholders.js': PLACEHOLDERS,
    ...Object.fromEntries(
      readdirSync(CHUNKS)
        .sort()
        .map((name) => [`withdrawal-widgets/assets/chunks/${name}`, join(CHUNKS, name)]),
    ),
  };
}
export const ZIP = join(root, 'dist/withdrawal-widgets-wordpress.zip');

/** The plugin's files as [path inside the zip, path on disk], the built bundle included. */
export function pluginFiles() {
  const BUILT = built();
  for (const path of Object.values(BUILT))
    if (!existsSync(path)) throw new Error(`${relative(root, path)} is missing: run rollup -c first.`);
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const inZip = `withdrawal-widgets/${relative(PLUGIN_DIR, path).split(sep).join('/')}`;
      if (statSync(path).isDirectory()) walk(path);
      // Built files left in the folder (a local install) are replaced by those just built.
      else if (!(inZip in BUILT)) files.push([inZip, path]);
    }
  };
  walk(PLUGIN_DIR);
  files.push(...Object.entries(BUILT));
  return files;
}

export function buildZip(out = ZIP) {
  const zip = new yazl.ZipFile();
  // A fixed date keeps the zip the same from one build to the next.
  const mtime = new Date('2026-01-01T00:00:00Z');
  for (const [name, path] of pluginFiles()) zip.addFile(path, name, { mtime, mode: 0o100644 });
  zip.end();
  return new Promise((resolve, reject) => {
    zip.outputStream
      .pipe(createWriteStream(out))
      .on('close', () => resolve(out))
      .on('error', reject);
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await buildZip();
  console.log(`${relative(root, out)}: ${statSync(out).size} B`);
}
