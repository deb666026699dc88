import { path, type ScalevHttp } from './http.js';
import type {
  StorefrontBundlePriceOptionDetail,
  StorefrontProductDetail,
  StorefrontVariantPricing,
  StorefrontVariantPricingResponse,
  VariantAvailability,
} from './types.js';

/**
 * The catalogue routes a buy box needs (one product or bundle, its variants' prices and stock),
 * apart from the list routes: `<scalev-product>` loads these without the list code. Part of the
 * `catalog` route module.
 */

export function getProduct(http: ScalevHttp, slug: string, signal?: AbortSignal): Promise<StorefrontProductDetail> {
  return http.request({ family: 'public', path: path`/public/products/${slug}`, signal });
}

export function getBundlePriceOption(
  http: ScalevHttp,
  slug: string,
  signal?: AbortSignal,
): Promise<StorefrontBundlePriceOptionDetail> {
  return http.request({ family: 'public', path: path`/public/bundle-price-options/${slug}`, signal });
}

/** One call for many variants: `ids` is sent comma-separated. */
export async function getVariantPricing(
  http: ScalevHttp,
  variantIds: ReadonlyArray<number | string>,
  signal?: AbortSignal,
): Promise<StorefrontVariantPricing[]> {
  if (variantIds.length === 0) return [];
  const body = await http.request<StorefrontVariantPricingResponse>({
    family: 'public',
    path: '/public/variants/pricing',
    query: { ids: [...variantIds] },
    signal,
  });
  return body?.data ?? [];
}

export function getVariantAvailability(
  http: ScalevHttp,
  variantId: number | string,
  signal?: AbortSignal,
): Promise<VariantAvailability> {
  return http.request({ family: 'public', path: path`/public/variants/${variantId}/availability`, signal });
}
