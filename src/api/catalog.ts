import type { ScalevHttp } from './http.js';
import { toPage, type CursorParams, type Page } from './pagination.js';
import type {
  StorefrontBundlePriceOptionCard,
  StorefrontCategory,
  StorefrontCategoryListResponse,
  StorefrontItemCountResponse,
  StorefrontItemListResponse,
  StorefrontPaymentMethod,
  StorefrontPaymentMethodListResponse,
  StorefrontProductCard,
} from './types.js';

export { getBundlePriceOption, getProduct, getVariantAvailability, getVariantPricing } from './catalog-detail.js';

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
