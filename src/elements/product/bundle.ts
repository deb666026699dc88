import { css, html, nothing, type TemplateResult } from 'lit';
import { parseMoney } from '../../api/money.js';
import type { StorefrontBundlePriceOptionDetail } from '../../api/types.js';
import type { AddToCartInput } from '../../state/cart.js';
import { registerMessages } from '../../i18n/localize.js';
import { readPriceRange } from '../catalog/item-fields.js';
import { imagesOf, text } from './product-data.js';

/**
 * Everything about bundles in `<scalev-product>`: reading a bundle price option, its heading badge
 * and what it contains. Loaded only when the slug names a bundle.
 */

registerMessages(
  { id: { 'product.bundle': 'Paket', 'product.bundleContents': 'Isi paket' } },
  { en: () => import('./bundle.strings.en.js') },
);

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** A bundle price option as the buy box reads and shows it. */
export interface BundleView {
  detail: StorefrontBundlePriceOptionDetail;
  name: string;
  images: string[];
  unitPrice: number | null;
  buyable: boolean;
  /** What "add to cart" sends for `quantity` units, or null when the id is unusable. */
  input: (quantity: number) => AddToCartInput | null;
  /** A "Bundle" badge, the name, and the owning bundle's name when it says more. */
  heading: (name: TemplateResult, t: Translate) => TemplateResult;
  /** What the bundle contains: "2 × Kopi Gayo – 250 g". */
  lines: (t: Translate) => TemplateResult | typeof nothing;
}

export function readBundle(bundle: StorefrontBundlePriceOptionDetail, slug: string): BundleView {
  const record = bundle as Record<string, unknown>;
  const name = text(bundle.name) || text(bundle.bundle_price_option_name) || text(bundle.slug);
  const owner = text(bundle.bundle_name);
  const subtitle = owner !== name ? owner : '';
  const images = imagesOf(bundle.images, [bundle.meta_thumbnail]);
  const unitPrice = parseMoney(bundle.price) ?? readPriceRange(bundle.price_range).min;
  const id = Number(record['bundle_price_option_id'] ?? record['id']);
  const uniqueId = record['bundle_price_option_unique_id'] ?? record['unique_id'];
  const usable = (Array.isArray(bundle.bundlelines) ? bundle.bundlelines : []).filter((line) => line && typeof line === 'object');
  return {
    detail: bundle,
    name,
    images,
    unitPrice,
    buyable: bundle.in_stock !== false,
    input: (quantity) =>
      Number.isInteger(id) && id > 0
        ? {
            type: 'bundle_price_option',
            bundlePriceOptionId: id,
            quantity,
            display: {
              name,
              image: images[0] ?? null,
              unitPrice,
              bundleSlug: text(bundle.slug) || slug,
              uniqueId: typeof uniqueId === 'string' ? uniqueId : null,
              maxQuantity: null,
            },
          }
        : null,
    heading: (heading, t) =>
      html`<span class="badge">${t('product.bundle')}</span> ${heading}
        ${subtitle ? html`<p class="subtitle">${subtitle}</p>` : nothing}`,
    lines: (t) =>
      usable.length
        ? html`<div class="bundle-lines" part="bundle-lines">
            <h3>${t('product.bundleContents')}</h3>
            <ul>
              ${usable.map((line) => {
                const productName = text(line.product_name);
                const variantName = text(line.variant_name);
                const label =
                  [productName, variantName && variantName !== productName ? variantName : ''].filter(Boolean).join(' – ') ||
                  `#${text(line.variant_id)}`;
                return html`<li>${Math.max(1, Math.floor(Number(line.quantity)) || 1)} × ${label}</li>`;
              })}
            </ul>
          </div>`
        : nothing,
  };
}

/** The bundle badge, the owning bundle's name and the contents list. */
export const styles = css`
  .subtitle {
    margin: 0;
    color: var(--_scalev-color-muted);
  }
  .badge {
    align-self: flex-start;
    padding: 0.125rem var(--_scalev-space-s);
    border: 1px solid var(--_scalev-color-accent);
    border-radius: var(--_scalev-radius-small);
    font-size: var(--_scalev-font-size-small);
    font-weight: var(--_scalev-font-weight-bold);
  }
  .bundle-lines h3 {
    margin: 0 0 var(--_scalev-space-s);
    font-size: var(--_scalev-font-size);
  }
  .bundle-lines ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .bundle-lines li {
    overflow-wrap: anywhere;
  }
`;
