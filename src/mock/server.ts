/**
 * The mock Scalev API over real HTTP (Node only; keep it out of browser imports). Serves the API with
 * real CORS, the presigned upload storage, offline SVG images, minimal hosted order and payment pages,
 * and control routes under `/__mock/` for end-to-end tests.
 */
import { MockScalevImpl, type InboundRequest } from './api.js';
import { LOCAL_ORIGINS, responseCorsHeaders } from './core/cors.js';
import { faultResponse } from './core/faults.js';
import { renderPublicOrder } from './services/orders.js';
import type { ProductInput } from './services/catalog.js';
import type { FaultRule, MockOptions, MockScalev } from './types.js';
import { renderHostedPage, renderPaymentPage, placeholderSvg } from './hosted.js';

// The few `node:http` shapes used here, typed locally so the browser-oriented tsconfig need not load
// Node's global types (which would change `setTimeout` & co. for every browser file).
interface NodeSocket {
  remoteAddress?: string;
  destroy(): void;
  on(event: 'close', listener: () => void): void;
}
interface NodeRequest extends AsyncIterable<Uint8Array> {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
  socket: NodeSocket;
}
interface NodeResponse {
  writeHead(status: number, headers: Record<string, string>): void;
  end(body?: Uint8Array | string): void;
  on(event: 'close', listener: () => void): void;
  writableEnded: boolean;
}
interface NodeServer {
  listen(port: number, host: string, callback: () => void): void;
  address(): { port: number } | string | null;
  close(callback: (error?: Error) => void): void;
  on(event: 'connection', listener: (socket: NodeSocket) => void): void;
  once(event: 'error', listener: (error: Error) => void): void;
}
interface NodeHttp {
  createServer(handler: (req: NodeRequest, res: NodeResponse) => void): NodeServer;
}

export interface MockServerOptions extends MockOptions {
  /** Default 8787; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Log each request to the console. */
  log?: boolean;
}

export interface MockServer {
  /** `http://host:port`, also the mock's `apiBase` unless one was given. */
  url: string;
  mock: MockScalev;
  close(): Promise<void>;
}

const NODE_HTTP = 'node:http';

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 8787, host = '127.0.0.1', log = false, ...mockOptions } = options;
  const http = (await import(/* @vite-ignore */ NODE_HTTP)) as NodeHttp;
  let mock: MockScalevImpl | null = null;
  const sockets = new Set<NodeSocket>();
  const server = http.createServer((req, res) => {
    void serve(mock!, req, res, log).catch((error: unknown) => {
      console.error('[scalev mock] server error', error);
      if (!res.writableEnded) {
        res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: 'Internal server error' }));
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`;
  mock = new MockScalevImpl({
    apiBase: url,
    allowedOrigins: LOCAL_ORIGINS,
    imageBase: `${url}/__assets/img`,
    ...mockOptions,
  });
  return {
    url,
    mock,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function readBody(req: NodeRequest): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of req) {
    chunks.push(chunk);
    size += chunk.byteLength;
  }
  if (size === 0) return null;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function headerValue(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}

async function send(res: NodeResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = response.body ? new Uint8Array(await response.arrayBuffer()) : undefined;
  res.writeHead(response.status, headers);
  res.end(body);
}

function wait(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

async function serve(mock: MockScalevImpl, req: NodeRequest, res: NodeResponse, log: boolean): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', mock.options.apiBase.startsWith('http') ? mock.options.apiBase : 'http://127.0.0.1');
  const origin = headerValue(req.headers['origin']);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    const v = headerValue(value);
    if (v !== null && !name.startsWith(':')) headers.set(name, v);
  }
  const body = await readBody(req);
  if (log) console.log(`[scalev mock] ${method} ${url.pathname}${url.search}`);

  if (url.pathname.startsWith('/__mock/') || url.pathname === '/__mock') {
    return send(res, withControlCors(await control(mock, method, url, body), origin, method));
  }
  if (method === 'GET' || method === 'HEAD') {
    const local = localPage(mock, url);
    if (local) return send(res, local);
  }
  if (method === 'POST' && url.pathname.startsWith('/__pay/')) return send(res, simulatePayment(mock, url));

  const inbound: InboundRequest = { method, url, headers, body, origin, clientId: req.socket.remoteAddress ?? 'unknown' };
  const fault = mock.takeFault(method, url);
  await wait(mock.options.latencyMs + (fault?.delayMs ?? 0));
  if (fault && fault.kind !== 'delay') {
    mock.recordFault(inbound, fault.kind ?? 'http');
    if (fault.kind === 'offline') {
      req.socket.destroy();
      return;
    }
    // 'timeout': never answer; the socket is released when the client gives up or the server closes.
    if (fault.kind === 'timeout') return;
    const response = faultResponse(fault);
    // The same CORS headers a real answer would carry, so the page can read the scripted status.
    for (const [name, value] of Object.entries(responseCorsHeaders(origin, url.pathname, mock.options))) response.headers.set(name, value);
    return send(res, response);
  }
  return send(res, await mock.dispatch(inbound));
}

/** Control routes answer any origin: they are a test harness, not the API. */
function withControlCors(response: Response, origin: string | null, method: string): Response {
  if (origin) {
    response.headers.set('Access-Control-Allow-Origin', origin);
    response.headers.set('Vary', 'Origin');
    if (method === 'OPTIONS') {
      response.headers.set('Access-Control-Allow-Methods', 'GET, POST, DELETE, OPTIONS');
      response.headers.set('Access-Control-Allow-Headers', 'Content-Type');
    }
  }
  return response;
}

function controlJson(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

function parseJson(body: Uint8Array | null): unknown {
  if (!body) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(body));
  } catch {
    return undefined;
  }
}

/** Options a control request may set; functions (`now`) stay in-process. */
const SETTABLE = [
  'otpRequired',
  'accessTtlSeconds',
  'refreshTtlSeconds',
  'latencyMs',
  'itemCount',
  'gatewayPendingReads',
  'allowedOrigins',
  'rateLimit',
  'allowIntentTokenHeader',
  'fieldErrorStatus',
  'includeRedirectUrl',
  'checkoutIntentsAllowed',
  'imageBase',
  'storeId',
  'storefrontKey',
] as const;
/** Options the seed is built from: changing one re-seeds the store. */
const SEEDED = ['itemCount', 'imageBase'];

function publicOptions(mock: MockScalevImpl): Record<string, unknown> {
  const { now: _now, ...rest } = mock.options;
  return rest;
}

async function control(mock: MockScalevImpl, method: string, url: URL, raw: Uint8Array | null): Promise<Response> {
  if (method === 'OPTIONS') return new Response(null, { status: 204 });
  const path = url.pathname.replace(/^\/__mock/, '') || '/';
  const body = parseJson(raw);
  const db = mock.db;

  if (method === 'POST' && path === '/reset') {
    mock.reset();
    return controlJson(200, { ok: true });
  }
  if (method === 'GET' && path === '/options') return controlJson(200, publicOptions(mock));
  if (method === 'POST' && path === '/options') {
    if (!body || typeof body !== 'object') return controlJson(400, { error: 'JSON object expected' });
    const patch = body as Record<string, unknown>;
    const options = mock.options as unknown as Record<string, unknown>;
    let reseed = false;
    for (const key of SETTABLE) {
      if (key in patch) {
        if (SEEDED.includes(key) && patch[key] !== options[key]) reseed = true;
        options[key] = patch[key];
      }
    }
    if (reseed) db.seed();
    return controlJson(200, { ...publicOptions(mock), reseeded: reseed });
  }
  if (method === 'POST' && path === '/faults') {
    if (!body || typeof body !== 'object') return controlJson(400, { error: 'FaultRule JSON expected' });
    const { pathRegex, flags, ...rule } = body as FaultRule & { pathRegex?: string; flags?: string };
    if (typeof pathRegex === 'string') (rule as FaultRule).path = new RegExp(pathRegex, flags);
    if (!rule.path) return controlJson(400, { error: 'path or pathRegex is required' });
    mock.faults.add(rule as FaultRule);
    return controlJson(200, { ok: true, active: mock.faults.active.length });
  }
  if (method === 'DELETE' && path === '/faults') {
    mock.faults.clear();
    return controlJson(200, { ok: true });
  }
  if (method === 'GET' && path === '/requests') return controlJson(200, { requests: mock.requests, preflights: mock.preflights });
  if (method === 'DELETE' && path === '/requests') {
    mock.requests.length = 0;
    mock.preflights.length = 0;
    return controlJson(200, { ok: true });
  }
  const orderAction = /^\/orders\/([^/]+)\/(paid|expire)$/.exec(path);
  if (method === 'POST' && orderAction) {
    const slug = decodeURIComponent(orderAction[1]!);
    if (!db.orders.has(slug)) return controlJson(404, { error: 'Order not found' });
    const order = orderAction[2] === 'paid' ? db.markOrderPaid(slug) : db.expireOrder(slug);
    return controlJson(200, renderPublicOrder(db, order, false));
  }
  if (method === 'POST' && path === '/products') {
    return controlJson(200, db.addProduct((body ?? {}) as ProductInput));
  }
  if (method === 'POST' && path === '/stock') {
    const { variant_id, quantity } = (body ?? {}) as { variant_id?: number; quantity?: number | null };
    if (typeof variant_id !== 'number' || !db.variants.has(variant_id)) return controlJson(404, { error: 'Variant not found' });
    db.setStock(variant_id, quantity ?? null);
    return controlJson(200, { ok: true });
  }
  if (method === 'GET' && path === '/otp') {
    return controlJson(200, { otp: db.lastOtp(url.searchParams.get('email') ?? '') });
  }
  if (method === 'GET' && path === '/password-reset') {
    const email = (url.searchParams.get('email') ?? '').toLowerCase();
    const reset = [...db.passwordResets].reverse().find((r) => r.email === email) ?? null;
    return controlJson(200, { token: reset?.token ?? null, link: reset?.link ?? null });
  }
  if (method === 'GET' && path === '/state') {
    return controlJson(200, {
      orders: [...db.orders.values()].sort((a, b) => b.createdAt - a.createdAt).map((o) => renderPublicOrder(db, o, false)),
      analyticsEvents: db.analyticsEvents,
      checkoutIntents: [...db.checkoutIntents.values()],
      guestCarts: [...db.guestCarts.values()],
      otps: db.otps,
      passwordResets: db.passwordResets,
      uploads: [...db.uploads.values()].map(({ bytes, ...u }) => ({ ...u, uploaded: bytes !== null, byteLength: bytes?.byteLength ?? 0 })),
      revokedFamilies: [...db.revokedFamilies],
    });
  }
  return controlJson(404, { error: `No control route ${method} /__mock${path}` });
}

/** Offline images, the store's hosted order pages and the simulated payment pages. */
function localPage(mock: MockScalevImpl, url: URL): Response | null {
  const path = url.pathname;
  const image = /^\/__assets\/img\/([^/]+)(?:\/(\d+)\/(\d+))?$/.exec(path);
  if (image) {
    const svg = placeholderSvg(decodeURIComponent(image[1]!), Number(image[2] ?? 600), Number(image[3] ?? 600));
    return new Response(svg, { status: 200, headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' } });
  }
  const hosted = /^\/o\/([^/]+)(\/success)?\/?$/.exec(path);
  if (hosted) {
    const order = mock.db.orders.get(decodeURIComponent(hosted[1]!));
    const html = order ? renderHostedPage(mock.db, renderPublicOrder(mock.db, order, false), Boolean(hosted[2])) : null;
    return html
      ? new Response(html, { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' } })
      : new Response('Pesanan tidak ditemukan', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const pay = /^\/__pay\/([a-z]+)\/([^/]+)$/.exec(path);
  if (pay) {
    const order = mock.db.orders.get(decodeURIComponent(pay[2]!));
    if (!order) return new Response('Pesanan tidak ditemukan', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    return new Response(renderPaymentPage(order.orderId, order.grossRevenue, pay[1]!, `/__pay/${pay[1]}/${order.secretSlug}`), {
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    });
  }
  if (path === '/') {
    return controlJson(200, {
      name: 'Scalev Storefront API v3 mock',
      api_base: mock.options.apiBase,
      store_id: mock.options.storeId,
      storefront_key: mock.options.storefrontKey,
      example: `${mock.options.apiBase}/v3/stores/${mock.options.storeId}/public/items`,
    });
  }
  return null;
}

/** The simulated gateway page's "pay" button: settles the order and returns to the order page. */
function simulatePayment(mock: MockScalevImpl, url: URL): Response {
  const match = /^\/__pay\/[a-z]+\/([^/]+)$/.exec(url.pathname);
  const slug = match ? decodeURIComponent(match[1]!) : '';
  if (!mock.db.orders.has(slug)) return new Response('Pesanan tidak ditemukan', { status: 404 });
  mock.db.markOrderPaid(slug);
  return new Response(null, { status: 303, headers: { Location: `/o/${encodeURIComponent(slug)}/success` } });
}
