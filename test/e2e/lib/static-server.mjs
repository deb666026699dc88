/**
 * A tiny static server for the merchant pages of the end-to-end runs and the benchmarks. It plays
 * the merchant's site: a different origin (`http://localhost:<port>`) from the API
 * (`http://127.0.0.1:<port>`), as in a real embed.
 *
 * - `/dist/…`          the built drop-in (`dist/`, or `SCALEV_DIST`)
 * - `/e2e/…`           test pages (`test/e2e/pages`)
 * - `/bench/…`         benchmark pages (`bench/`)
 * - `/node_modules/…`  a few whitelisted packages (framework CSS, axe-core)
 * - `/img/<name>/<w>/<h>` offline SVG placeholders, so product images stay on the page's origin
 * - `/reset-password`   the merchant's reset page the API's reset link points to
 *
 * HTML pages are templates: `{{NAME}}` is replaced by the query parameter `NAME` (only URL-safe
 * characters are accepted, so a page cannot be turned into an injection vector by its own URL).
 * A page whose first line is `<!-- csp: … -->` is served with that Content-Security-Policy header
 * (templated too), which is how the strict-CSP page gets a real header rather than a meta tag.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

/** Packages a test page may load from `node_modules` (framework CSS for the hostile pages, axe). */
const PUBLIC_PACKAGES = ['bootstrap', 'tailwindcss', '@wordpress/block-library', 'axe-core'];

const SAFE_PARAM = /^[A-Za-z0-9_:/.,@%+=~-]*$/;

/** Where a package's files are: the project's node_modules, or an extra folder for local runs. */
export function packageDir(name) {
  const candidates = [join(ROOT, 'node_modules', name)];
  if (process.env.E2E_EXTRA_NODE_MODULES) candidates.push(join(process.env.E2E_EXTRA_NODE_MODULES, name));
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0];
}

function within(base, relative) {
  const full = resolve(base, `.${sep}${normalize(decodeURIComponent(relative))}`);
  return full === base || full.startsWith(base + sep) ? full : null;
}

function placeholderSvg(name, width, height) {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  const hue = hash % 360;
  const label = name.replace(/[^A-Za-z0-9 -]/g, '').slice(0, 24);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="hsl(${hue} 45% 70%)"/><text x="50%" y="50%" font-family="sans-serif" font-size="${Math.max(10, Math.round(width / 14))}" text-anchor="middle" fill="#222">${label}</text></svg>`;
}

/**
 * @param {{ distDir?: string, host?: string, port?: number, cacheDist?: boolean }} [options]
 *   `cacheDist`: let browsers cache `/dist/…` for the server's lifetime (the end-to-end runs, whose
 *   build does not change while they run); everything else is always `no-store`.
 * @returns {Promise<{ origin: string, port: number, served: Map<string, number>, close(): Promise<void> }>}
 */
export async function startStaticServer(options = {}) {
  const distDir = resolve(options.distDir ?? process.env.SCALEV_DIST ?? join(ROOT, 'dist'));
  const mounts = [
    ['/dist/', distDir],
    ['/e2e/', join(ROOT, 'test/e2e/pages')],
    ['/bench/', join(ROOT, 'bench')],
    ['/test/e2e/', join(ROOT, 'test/e2e')],
  ];
  /** Bytes served per path: lets a run check what a page fetched from the server's side too. */
  const served = new Map();

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = url.pathname;
      const cacheable = options.cacheDist && path.startsWith('/dist/');
      const send = (status, body, headers = {}) => {
        res.writeHead(status, { 'Cache-Control': cacheable && status === 200 ? 'max-age=3600' : 'no-store', ...headers });
        res.end(body);
      };
      if (path === '/favicon.ico') return send(204, '');

      const image = /^\/img\/([^/]+)\/(\d{1,4})\/(\d{1,4})\/?$/.exec(path);
      if (image) {
        return send(200, placeholderSvg(decodeURIComponent(image[1]), Number(image[2]), Number(image[3])), {
          'Content-Type': TYPES['.svg'],
        });
      }

      let file = null;
      // The merchant's reset-password page, where the API's reset link points.
      if (path === '/reset-password') file = join(ROOT, 'test/e2e/pages/reset-password.html');
      else if (path.startsWith('/node_modules/')) {
        const rest = path.slice('/node_modules/'.length);
        const pkg = PUBLIC_PACKAGES.find((name) => rest.startsWith(`${name}/`));
        if (pkg) file = within(packageDir(pkg), rest.slice(pkg.length + 1));
      } else {
        for (const [prefix, dir] of mounts) {
          if (path.startsWith(prefix)) {
            file = within(dir, path.slice(prefix.length));
            break;
          }
        }
      }
      if (!file) return send(404, 'not found', { 'Content-Type': 'text/plain' });
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return send(404, 'not found', { 'Content-Type': 'text/plain' });

      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      let body = await readFile(file);
      const headers = { 'Content-Type': type };
      if (extname(file) === '.html') {
        let text = body.toString('utf8');
        text = text.replace(/\{\{([A-Z0-9_]+)\}\}/g, (_, name) => {
          const value = url.searchParams.get(name.toLowerCase()) ?? url.searchParams.get(name) ?? '';
          return SAFE_PARAM.test(value) ? value : '';
        });
        const csp = /^<!--\s*csp:\s*([^]*?)\s*-->/.exec(text);
        if (csp) headers['Content-Security-Policy'] = csp[1].replace(/\s+/g, ' ');
        body = Buffer.from(text);
      }
      served.set(path, (served.get(path) ?? 0) + body.length);
      send(200, req.method === 'HEAD' ? '' : body, headers);
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    }
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolveListen);
  });
  const port = server.address().port;
  return {
    // `localhost` and `127.0.0.1` are different origins: the page never shares one with the API.
    origin: `http://localhost:${port}`,
    port,
    served,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections?.();
        server.close(() => resolveClose());
      }),
  };
}
