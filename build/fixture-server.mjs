/**
 * A local HTTPS server that serves saved pages at their real addresses (by Host header
 * and path), with a throw-away self-signed certificate. Used by `npm start` and the
 * end-to-end tests; each fixture's address is the `url` (and `aliases`) of its
 * .expected.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { join } from 'node:path';
import selfsigned from 'selfsigned';

/** @typedef {{ body: string | (() => string), type?: string }} Route */

/** Every fixture page under `dir`, keyed by its address without the fragment. */
export function fixtureRoutes(dir) {
  /** @type {Map<string, Route>} */
  const routes = new Map();
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.expected.json')) continue;
    const meta = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const html = join(dir, name.replace(/\.expected\.json$/, '.html'));
    for (const url of [meta.url, ...(meta.aliases ?? [])]) {
      routes.set(routeKey(url), { body: () => readFileSync(html, 'utf8') });
    }
  }
  return routes;
}

/** @param {string} url */
export function routeKey(url) {
  const u = new URL(url);
  return `${u.hostname}${u.pathname}`;
}

/**
 * @param {{ routes: Map<string, Route>, port?: number }} options
 * @returns {Promise<{ port: number, routes: Map<string, Route>, close: () => Promise<void> }>}
 */
export async function startFixtureServer({ routes, port = 0 }) {
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'release-lens.test' }], { days: 2, keySize: 2048 });
  const server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    const route = routes.get(`${host}${path}`);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`No fixture for ${host}${path}`);
      return;
    }
    const body = typeof route.body === 'function' ? route.body() : route.body;
    res.writeHead(200, { 'content-type': route.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    routes,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
