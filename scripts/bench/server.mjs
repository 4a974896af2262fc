// A small static server on 127.0.0.1 for the benchmark: files from snapshot
// folders, generated documents, gzip like a CDN (level 9, cached), and
// `?delay=ms` on any file to serve it late (for the layout-shift runs).
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, normalize, extname } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

/**
 * @param {{ roots: Record<string, string>, document: (path: string, query: URLSearchParams) => string | null }} options
 *   roots: URL prefix → folder; document: the HTML for a path, or null.
 */
export async function startServer({ roots, document }) {
  const cache = new Map();
  const compressed = (key, make) => {
    if (!cache.has(key)) cache.set(key, gzipSync(make(), { level: 9 }));
    return cache.get(key);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const delay = Number(url.searchParams.get('delay') ?? 0);
    let body = null;
    let type = TYPES['.html'];
    const html = document(url.pathname, url.searchParams);
    if (html !== null) {
      body = compressed(`doc:${url.pathname}?${url.searchParams}`, () => html);
    } else {
      for (const [prefix, dir] of Object.entries(roots)) {
        if (!url.pathname.startsWith(prefix)) continue;
        const file = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
        if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) break;
        body = compressed(`file:${file}`, () => readFileSync(file));
        type = TYPES[extname(file)] ?? 'application/octet-stream';
        break;
      }
    }
    const send = () => {
      if (!body) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (delay > 0) setTimeout(send, delay);
    else send();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
