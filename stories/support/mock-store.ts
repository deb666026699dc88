import { html, type TemplateResult } from 'lit';
import {
  DEMO_API_BASE,
  DEMO_STORE_ID,
  DEMO_STOREFRONT_KEY,
  createMockScalev,
  type MockOptions,
  type MockScalev,
} from '../../src/mock/index.js';
import '../../src/elements/store/define.js';

/**
 * Wraps a story in a `<scalev-store>` backed by the in-browser mock API, so every story works
 * offline in the static Storybook build. `setup` may seed data or inject faults first.
 */
export function inMockStore(
  story: TemplateResult,
  options: { mockOptions?: MockOptions; setup?: (mock: MockScalev) => void; locale?: string; theme?: string } = {},
): TemplateResult {
  const mock = createMockScalev(options.mockOptions);
  options.setup?.(mock);
  return html`<scalev-store
    store-id=${DEMO_STORE_ID}
    storefront-key=${DEMO_STOREFRONT_KEY}
    api-base=${DEMO_API_BASE}
    locale=${options.locale ?? 'id'}
    theme=${options.theme ?? ''}
    .fetcher=${mock.fetch}
    >${story}</scalev-store
  >`;
}
