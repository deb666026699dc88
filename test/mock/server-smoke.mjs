#!/usr/bin/env node
/**
 * Node-side smoke check of the mock API over real HTTP: `node test/mock/server-smoke.mjs`.
 * Starts the server on a free port and checks CORS, the API, faults, rate limiting, uploads, the
 * control routes and the hosted pages, then exits non-zero on the first failure.
 */
import assert from 'node:assert/strict';
import { startMock } from '../../scripts/mock-runtime.mjs';

const server = await startMock({ port: 0 });
const store = `${server.url}/v3/stores/store_demo_nusantara`;
const KEY = { 'X-Scalev-Storefront-Api-Key': 'sfpk_demo_nusantara_public' };
const PAGE = 'http://localhost:5173';
const json = { 'Content-Type': 'application/json' };
const control = (method, path, body) =>
  fetch(`${server.url}/__mock/${path}`, { method, headers: body ? json : {}, body: body ? JSON.stringify(body) : undefined }).then((r) => r.json());
let checks = 0;
const ok = (value, message) => {
  assert.ok(value, message);
  checks++;
};

try {
  // CORS: an allowed origin gets the allow lists, never credentials; an unknown one gets nothing.
  let r = await fetch(`${store}/public/cart`, {
    method: 'OPTIONS',
    headers: { Origin: PAGE, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-scalev-storefront-api-key,x-scalev-guest-token,content-type' },
  });
  ok(r.status === 204, 'preflight 204');
  ok(r.headers.get('access-control-allow-origin') === PAGE, 'preflight echoes the origin');
  ok(r.headers.get('access-control-allow-headers').includes('X-Scalev-Guest-Token'), 'preflight allows the guest token');
  ok(r.headers.get('access-control-allow-credentials') === null, 'never Allow-Credentials');
  r = await fetch(`${store}/public/cart`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' } });
  ok(r.headers.get('access-control-allow-origin') === null, 'unknown origin gets no CORS headers');

  // The API and its exposed headers.
  r = await fetch(`${store}/public/cart`, { headers: { ...KEY, Origin: PAGE } });
  const token = r.headers.get('x-scalev-guest-token');
  ok(/^[0-9a-f-]{36}$/.test(token), 'guest token issued');
  ok(r.headers.get('access-control-expose-headers').includes('X-Scalev-Guest-Token'), 'guest token exposed');
  r = await fetch(`${store}/public/cart/items`, { method: 'POST', headers: { ...KEY, ...json, 'X-Scalev-Guest-Token': token }, body: JSON.stringify({ type: 'variant', variant_id: 494535 }) });
  ok(r.status === 201, 'add to cart 201');
  ok((await fetch(`${store}/public/items`)).status === 404, 'no key, 404');

  // Offline images.
  const items = await (await fetch(`${store}/public/items?page_size=1`, { headers: KEY })).json();
  r = await fetch(items.data[0].images[0]);
  ok(r.headers.get('content-type') === 'image/svg+xml', 'placeholder image served');

  // Faults through the control routes.
  await control('POST', 'faults', { pathRegex: 'categories$', status: 503, body: { error: 'down' } });
  ok((await fetch(`${store}/public/categories`, { headers: KEY })).status === 503, 'scripted 503');
  ok((await fetch(`${store}/public/categories`, { headers: KEY })).status === 200, 'fault used once');
  await control('POST', 'faults', { path: '/public/categories', kind: 'offline' });
  await assert.rejects(fetch(`${store}/public/categories`, { headers: KEY }), 'offline drops the connection');
  checks++;
  await control('POST', 'faults', { path: '/public/categories', kind: 'timeout' });
  await assert.rejects(fetch(`${store}/public/categories`, { headers: KEY, signal: AbortSignal.timeout(300) }), 'timeout never answers');
  checks++;

  // Rate limiting with a plain-text 429.
  await control('POST', 'options', { rateLimit: { limit: 1, windowMs: 60_000 } });
  await fetch(`${store}/public/items/count`, { headers: KEY });
  r = await fetch(`${store}/public/items/count`, { headers: KEY });
  ok(r.status === 429 && (await r.text()) === 'Too many requests', 'plain-text 429');
  ok(/^text\/plain/.test(r.headers.get('content-type')) && Number(r.headers.get('x-ratelimit-reset')) > Date.now() / 1000, 'rate-limit headers');
  await control('POST', 'options', { rateLimit: null });

  // An order, a transfer proof through the presigned URL, and the control routes.
  r = await fetch(`${store}/public/checkout`, {
    method: 'POST',
    headers: { ...KEY, ...json },
    body: JSON.stringify({
      items: [{ type: 'variant', variant_id: 494541, quantity: 1 }],
      customer_name: 'Uji Server',
      customer_email: 'uji@example.com',
      customer_phone: '6281200001111',
      shipping_address: 'Jl. Uji 1',
      shipping_location_id: 9089,
      shipping_postal_code: '10510',
      courier_service_id: 11,
      payment_method: 'bank_transfer',
    }),
  });
  const order = await r.json();
  ok(r.status === 201 && order.redirect_url === `${server.url}/o/${order.secret_slug}/success`, 'order 201 with a hosted redirect');
  const upload = await (
    await fetch(`${store}/public/orders/${order.secret_slug}/transfer-proof-upload`, {
      method: 'POST',
      headers: { ...KEY, ...json },
      body: JSON.stringify({ filename: 'bukti.jpg', content_type: 'image/jpeg', content_length: 4 }),
    })
  ).json();
  r = await fetch(upload.upload_url, { method: 'PUT', headers: { 'Content-Type': 'image/jpeg' }, body: new Uint8Array([1, 2, 3, 4]) });
  ok(r.status === 200, 'presigned PUT');
  ok((await fetch(upload.file_url)).headers.get('content-type') === 'image/jpeg', 'uploaded file served');
  const paid = await control('POST', `orders/${order.secret_slug}/paid`);
  ok(paid.payment_status === 'paid', 'control: mark paid');
  r = await fetch(`${server.url}/o/${order.secret_slug}/success`);
  ok(r.status === 200 && (await r.text()).includes('Pembayaran diterima'), 'hosted success page');
  const state = await control('GET', 'state');
  ok(state.orders.some((o) => o.secret_slug === order.secret_slug) && state.uploads[0].uploaded === true, 'control: state');
  const requests = await control('GET', 'requests');
  ok(requests.requests.length > 5 && requests.preflights.length === 2, 'control: requests, preflights apart');
  await control('POST', 'reset');
  ok((await control('GET', 'state')).orders.length === 32, 'control: reset to the seed');

  console.log(`mock server smoke: ${checks} checks passed`);
} catch (error) {
  console.error('mock server smoke FAILED:', error.message);
  process.exitCode = 1;
} finally {
  await server.close();
}
