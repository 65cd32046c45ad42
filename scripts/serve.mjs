// Serves the project folder on localhost for the demo pages (no dependencies, no caching tricks).
// `/` redirects to /demo/ (demo/index.html). PORT picks the port (default 8000; the next free one if taken).
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json',
  '.zip': 'application/zip',
};

export function startServer(port = Number(process.env.PORT) || 8000, host = '127.0.0.1') {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    // Redirect rather than rewrite, so the demo pages' relative links (./demo.css) resolve.
    if (path === '/') {
      res.writeHead(302, { location: '/demo/' }).end();
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || /\/(\.git|node_modules\/\.cache)\//.test(file)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    let target = file;
    try {
      if (statSync(target).isDirectory()) target = join(target, 'index.html');
      statSync(target);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(target).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', (err) => {
      if (err.code === 'EADDRINUSE' && port < 65535) resolvePromise(startServer(port + 1, host));
      else reject(err);
    });
    server.listen(port, host, () => resolvePromise(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer();
  const { port } = server.address();
  console.log(`withdrawal-widgets demo: http://localhost:${port}/`);
  console.log('Press Ctrl+C to stop.');
}
