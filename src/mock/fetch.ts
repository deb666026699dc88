import type { InboundRequest, MockScalevImpl } from './api.js';
import { faultResponse } from './core/faults.js';
import { responseCorsHeaders } from './core/cors.js';

/** Response headers a cross-origin script may read without `Access-Control-Expose-Headers`. */
const SAFELISTED_RESPONSE_HEADERS = ['cache-control', 'content-language', 'content-length', 'content-type', 'expires', 'last-modified', 'pragma'];
const SIMPLE_METHODS = ['GET', 'HEAD', 'POST'];
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

function failedToFetch(): TypeError {
  return new TypeError('Failed to fetch');
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(abortReason(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function never(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(abortReason(signal));
    else signal.addEventListener('abort', () => reject(abortReason(signal)), { once: true });
  });
}

/** Header names that make a cross-origin request "non-simple" and need a preflight. */
function unsafeHeaderNames(headers: Headers): string[] {
  const names: string[] = [];
  headers.forEach((value, name) => {
    const lower = name.toLowerCase();
    if (lower === 'accept' || lower === 'accept-language' || lower === 'content-language') return;
    if (lower === 'content-type' && SIMPLE_CONTENT_TYPES.includes(value.split(';')[0]!.trim().toLowerCase())) return;
    names.push(lower);
  });
  return names.sort();
}

function listed(header: string | null): string[] {
  return (header ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * `fetch` for the in-browser mock. Requests for `apiBase` are answered by the mock as a browser would
 * see a cross-origin API: preflight, origin check, header exposure; other URLs go to the real `fetch`.
 */
export function createMockFetch(mock: MockScalevImpl): typeof fetch {
  const realFetch: typeof fetch | undefined = typeof globalThis.fetch === 'function' ? globalThis.fetch.bind(globalThis) : undefined;

  return async function mockFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const apiOrigin = new URL(mock.options.apiBase).origin;
    if (url.origin !== apiOrigin) {
      if (!realFetch) throw failedToFetch();
      return realFetch(input, init);
    }
    const signal = request.signal;
    if (signal.aborted) throw abortReason(signal);
    const method = request.method.toUpperCase();
    const pageOrigin = typeof globalThis.location?.origin === 'string' && globalThis.location.origin !== 'null' ? globalThis.location.origin : null;
    const crossOrigin = pageOrigin !== null && pageOrigin !== url.origin;
    const body = method === 'GET' || method === 'HEAD' ? null : new Uint8Array(await request.arrayBuffer());
    // Headers the browser's network layer adds, which a `Request` object never shows.
    const wireHeaders = new Headers(request.headers);
    if (!wireHeaders.has('User-Agent') && typeof navigator !== 'undefined' && navigator.userAgent) wireHeaders.set('User-Agent', navigator.userAgent);
    if (crossOrigin) wireHeaders.set('Origin', pageOrigin);
    const inbound: InboundRequest = {
      method,
      url,
      headers: wireHeaders,
      body: body && body.byteLength > 0 ? body : null,
      origin: crossOrigin ? pageOrigin : null,
      clientId: 'browser',
    };

    if (crossOrigin) {
      const unsafe = unsafeHeaderNames(request.headers);
      if (!SIMPLE_METHODS.includes(method) || unsafe.length > 0) await preflight(mock, inbound, unsafe, signal);
    }

    const fault = mock.takeFault(method, url);
    await wait(mock.options.latencyMs + (fault?.delayMs ?? 0), signal);
    let response: Response;
    if (fault && fault.kind !== 'delay') {
      mock.recordFault(inbound, fault.kind ?? 'http');
      if (fault.kind === 'offline') throw failedToFetch();
      if (fault.kind === 'timeout') return never(signal);
      response = faultResponse(fault);
      for (const [name, value] of Object.entries(responseCorsHeaders(inbound.origin, url.pathname, mock.options))) response.headers.set(name, value);
    } else {
      response = await mock.dispatch(inbound);
    }
    if (signal.aborted) throw abortReason(signal);
    if (!crossOrigin) return response;

    // What the browser enforces on the answer of a cross-origin request.
    if (response.headers.get('Access-Control-Allow-Origin') !== pageOrigin) throw failedToFetch();
    if (request.credentials === 'include' && response.headers.get('Access-Control-Allow-Credentials') !== 'true') throw failedToFetch();
    const exposed = new Set([...SAFELISTED_RESPONSE_HEADERS, ...listed(response.headers.get('Access-Control-Expose-Headers'))]);
    const visible = new Headers();
    response.headers.forEach((value, name) => {
      if (exposed.has(name.toLowerCase())) visible.set(name, value);
    });
    const bytes = response.status === 204 || response.status === 304 ? null : await response.arrayBuffer();
    return new Response(bytes, { status: response.status, statusText: response.statusText, headers: visible });
  };
}

async function preflight(mock: MockScalevImpl, inbound: InboundRequest, unsafe: string[], signal: AbortSignal): Promise<void> {
  const headers = new Headers({ 'Access-Control-Request-Method': inbound.method });
  if (unsafe.length > 0) headers.set('Access-Control-Request-Headers', unsafe.join(','));
  const request: InboundRequest = { ...inbound, method: 'OPTIONS', headers, body: null };
  const fault = mock.takeFault('OPTIONS', inbound.url);
  await wait(mock.options.latencyMs + (fault?.delayMs ?? 0), signal);
  let response: Response;
  if (fault && fault.kind !== 'delay') {
    mock.recordFault(request, fault.kind ?? 'http');
    if (fault.kind === 'timeout') return never(signal);
    throw failedToFetch();
  }
  response = await mock.dispatch(request);
  const ok = response.status >= 200 && response.status < 300;
  const allowOrigin = response.headers.get('Access-Control-Allow-Origin');
  const methods = listed(response.headers.get('Access-Control-Allow-Methods'));
  const allowed = listed(response.headers.get('Access-Control-Allow-Headers'));
  const methodOk = SIMPLE_METHODS.includes(inbound.method) || methods.includes(inbound.method.toLowerCase());
  if (!ok || allowOrigin !== inbound.origin || !methodOk || !unsafe.every((h) => allowed.includes(h))) throw failedToFetch();
}
