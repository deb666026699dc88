import { path, type ScalevHttp } from './http.js';
import { toPage, type CursorParams, type Page } from './pagination.js';
import type {
  StorefrontBundlePriceOptionCard,
  StorefrontBundlePriceOptionDetail,
  StorefrontCategory,
  StorefrontCategoryListResponse,
  StorefrontItemCountResponse,
  StorefrontItemListResponse,
  StorefrontPaymentMethod,
  StorefrontPaymentMethodListResponse,
  StorefrontProductCard,
  StorefrontProductDetail,
  StorefrontVariantPricing,
  StorefrontVariantPricingResponse,
  VariantAvailability,
} from './types.js';

export type StorefrontItemCard = StorefrontProductCard | StorefrontBundlePriceOptionCard;

/**
 * `page_size` and the cursors are not declared on `/public/items` (CONTRACT §1.8), but the
 * response is a cursor envelope: they are sent as the generic pagination parameters, which an API
 * that ignores them answers with its default page.
 */
export function listItems(
  http: ScalevHttp,
  params: CursorParams = {},
  signal?: AbortSignal,
): Promise<Page<StorefrontItemCard>> {
  return http
    .request<StorefrontItemListResponse>({ family: 'public', path: '/public/items', query: { ...params }, signal })
    .then(toPage);
}

export async function countItems(http: ScalevHttp, signal?: AbortSignal): Promise<number> {
  const body = await http.request<StorefrontItemCountResponse>({ family: 'public', path: '/public/items/count', signal });
  return typeof body?.total === 'number' ? body.total : 0;
}

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

export async function listCategories(http: ScalevHttp, signal?: AbortSignal): Promise<StorefrontCategory[]> {
  const body = await http.request<StorefrontCategoryListResponse>({ family: 'public', path: '/public/categories', signal });
  return body?.data ?? [];
}

export async function listPaymentMethods(http: ScalevHttp, signal?: AbortSignal): Promise<StorefrontPaymentMethod[]> {
  const body = await http.request<StorefrontPaymentMethodListResponse>({
    family: 'public',
    path: '/public/payment-methods',
    signal,
  });
  return body?.data ?? [];
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
