/**
 * Runs first in a docs snippet page (see `harness.ts`): answers the snippet's requests with the
 * in-browser mock API, configured with the snippet's own store id and key and the real API base,
 * so the snippet runs exactly as written. Other URLs go to the real `fetch`.
 */
import { createMockScalev, type MockOptions } from '../../../src/mock/index.js';

const configured = document.querySelector('[store-id][storefront-key]');
const extra = JSON.parse(window.frameElement?.getAttribute('data-mock-options') ?? '{}') as MockOptions;
const mock = createMockScalev({
  apiBase: 'https://api.scalev.com',
  ...(configured ? { storeId: configured.getAttribute('store-id')!, storefrontKey: configured.getAttribute('storefront-key')! } : {}),
  ...extra,
});
window.fetch = mock.fetch;
(window as unknown as { __docsMock: typeof mock }).__docsMock = mock;
