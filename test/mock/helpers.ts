import { expect } from '@open-wc/testing';
import {
  DEMO_API_BASE,
  DEMO_CUSTOMER,
  DEMO_STORE_ID,
  DEMO_STOREFRONT_KEY,
  type MockScalev,
} from '../../src/mock/index.js';

export const STORE_BASE = `${DEMO_API_BASE}/v3/stores/${DEMO_STORE_ID}`;

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the raw text when the body is not JSON, or undefined when empty. */
  data: T;
  text: string;
}

export interface CallOptions {
  /** Storefront key; `null` sends none. Default: the demo key. */
  key?: string | null;
  guestToken?: string | null;
  bearer?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * Calls the mock through `mock.fetch`, as the kit does from a page on another origin: only
 * CORS-exposed headers are visible. `path` is relative to the store unless it starts with `/v3` or `http`.
 */
export async function call<T = any>(mock: MockScalev, method: string, path: string, options: CallOptions = {}): Promise<Reply<T>> {
  const url = path.startsWith('http') ? path : path.startsWith('/v3') || path.startsWith('/__') ? `${DEMO_API_BASE}${path}` : `${STORE_BASE}${path}`;
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const key = options.key === undefined ? DEMO_STOREFRONT_KEY : options.key;
  if (key !== null) headers['X-Scalev-Storefront-Api-Key'] = key;
  if (options.guestToken) headers['X-Scalev-Guest-Token'] = options.guestToken;
  if (options.bearer) headers['Authorization'] = `Bearer ${options.bearer}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] ??= 'application/json';
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const response = await mock.fetch(url, { method, headers, body, credentials: 'omit' });
  const text = await response.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = text;
    }
  }
  return { status: response.status, headers: response.headers, data: data as T, text };
}

/** Signs the demo customer in and returns the token pair. */
export async function signIn(mock: MockScalev, email: string = DEMO_CUSTOMER.email, password: string = DEMO_CUSTOMER.password) {
  const reply = await call(mock, 'POST', '/public/auth/login', { body: { email, password } });
  expect(reply.status, JSON.stringify(reply.data)).to.equal(200);
  return reply.data as { access: string; refresh: string };
}

/** A fresh guest cart with the given variant lines; returns the guest token. */
export async function guestCartWith(mock: MockScalev, lines: [variantId: number, quantity: number][]): Promise<string> {
  const first = await call(mock, 'GET', '/public/cart');
  const token = first.headers.get('X-Scalev-Guest-Token')!;
  for (const [variantId, quantity] of lines) {
    const added = await call(mock, 'POST', '/public/cart/items', { guestToken: token, body: { type: 'variant', variant_id: variantId, quantity } });
    expect(added.status, JSON.stringify(added.data)).to.equal(201);
  }
  return token;
}

/** Fails when `value` has a key outside `allowed` (closed response schemas). */
export function expectOnlyKeys(value: object, allowed: string[], label = 'object'): void {
  const extra = Object.keys(value).filter((k) => !allowed.includes(k));
  expect(extra, `${label} has undeclared keys`).to.deep.equal([]);
}

/** A physical guest checkout body to Cempaka Putih (location 9089, postal code 10510) by JNE REG. */
export function physicalCheckoutBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    customer_name: 'Dewi Lestari',
    customer_email: 'dewi@example.com',
    customer_phone: '6281298765432',
    shipping_address: 'Jl. Cempaka Putih Raya No. 7',
    shipping_province: 'DKI Jakarta',
    shipping_city: 'Kota Jakarta Pusat',
    shipping_subdistrict: 'Cempaka Putih',
    shipping_postal_code: '10510',
    shipping_location_id: 9089,
    courier_service_id: 11,
    payment_method: 'bank_transfer',
    ...overrides,
  };
}

export function money(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}
