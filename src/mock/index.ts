/**
 * A mock of Scalev's Storefront API v3 (`shared/scalev-api/CONTRACT.md`) with a seeded Indonesian demo
 * store. Pure TypeScript: it runs in the browser (through `mock.fetch`) and in Node 20 (through
 * `mock.handle`, or the HTTP server in `./server.ts`).
 *
 * ```ts
 * const mock = createMockScalev({ otpRequired: true });
 * const client = new ScalevHttp({ apiBase: DEMO_API_BASE, storeId: DEMO_STORE_ID, storefrontKey: DEMO_STOREFRONT_KEY, fetch: mock.fetch });
 * ```
 */
import { MockScalevImpl } from './api.js';
import type { MockOptions, MockScalev } from './types.js';

export { DEMO_API_BASE, DEMO_STORE_ID, DEMO_STOREFRONT_KEY, DEFAULT_OPTIONS } from './api.js';
export { LOCAL_ORIGINS } from './core/cors.js';
export { MockDatabase } from './db.js';
export type { BundleInput, ProductInput } from './services/catalog.js';
export { decodeToken } from './services/tokens.js';
export type { FaultRule, MockOptions, MockScalev, RecordedRequest, RequestContext, ResolvedMockOptions } from './types.js';
export type * from './model.js';
export { DEMO_CUSTOMER, SECOND_CUSTOMER, DEMO_ORDER_SLUGS } from './seed/customers.js';
export { DEMO_PREFILL_TOKEN, DEMO_SUBSCRIPTION_IDS, DEMO_SUBSCRIPTION_ITEM_IDS } from './seed/account.js';
export { COURSE_VARIANT_ID, EXPIRED_COURSE_VARIANT_ID } from './seed/catalog.js';
export { CEMPAKA_PUTIH_LOCATION_ID, GAMBIR_LOCATION_ID } from './seed/locations.js';
export { LOW_SCORE_RECAPTCHA_TOKEN } from './routes/intents.js';
export { OTP_CHALLENGE_MESSAGE } from './routes/auth.js';
export { MALFORMED_BODY } from './core/faults.js';

/** Creates a mock Scalev API seeded with the demo store. */
export function createMockScalev(options: MockOptions = {}): MockScalev {
  return new MockScalevImpl(options);
}
