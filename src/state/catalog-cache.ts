import {
  countItems,
  getBundlePriceOption,
  getProduct,
  getVariantAvailability,
  getVariantPricing,
  listCategories,
  listItems,
  listPaymentMethods,
  type StorefrontItemCard,
} from '../api/catalog.js';
import type { Page } from '../api/pagination.js';
import type {
  StorefrontBundlePriceOptionDetail,
  StorefrontCategory,
  StorefrontPaymentMethod,
  StorefrontProductDetail,
  StorefrontVariantPricing,
  VariantAvailability,
} from '../api/types.js';
import type { Storefront } from '../context/storefront.js';

/**
 * One request per fact for the whole page view (DESIGN §3): every catalog, product and cart widget
 * asks here; answers are kept for the page's lifetime, identical questions in flight share one
 * request, and variant prices asked for in the same tick go out as one batched call. Failures are
 * not kept, so "try again" really asks again.
 */
export class CatalogCache {
  private readonly memo = new Map<string, Promise<unknown>>();
  /** Variant prices asked for in this tick (one waiter each: a second ask gets the remembered promise). */
  private pricingQueue = new Map<number, [resolve: (value: StorefrontVariantPricing | null) => void, reject: (error: unknown) => void]>();
  /** Largest `ids` list per pricing call; longer lists are split. */
  static readonly PRICING_BATCH = 100;

  constructor(private readonly storefront: Storefront) {}

  private remember<T>(key: string, load: () => Promise<T>): Promise<T> {
    const known = this.memo.get(key);
    if (known) return known as Promise<T>;
    const pending = load().catch((error: unknown) => {
      this.memo.delete(key);
      throw error;
    });
    this.memo.set(key, pending);
    return pending;
  }

  /** Forgets one fact (or every fact whose key starts with `prefix`). */
  invalidate(prefix: string): void {
    for (const key of [...this.memo.keys()]) if (key.startsWith(prefix)) this.memo.delete(key);
  }

  itemsPage(pageSize: number, cursor?: string): Promise<Page<StorefrontItemCard>> {
    return this.remember(`items|${pageSize}|${cursor ?? ''}`, () =>
      listItems(this.storefront.http, { page_size: pageSize, ...(cursor ? { next_cursor: cursor } : {}) }),
    );
  }

  itemsCount(): Promise<number> {
    return this.remember('count', () => countItems(this.storefront.http));
  }

  categories(): Promise<StorefrontCategory[]> {
    return this.remember('categories', () => listCategories(this.storefront.http));
  }

  paymentMethods(): Promise<StorefrontPaymentMethod[]> {
    return this.remember('payment-methods', () => listPaymentMethods(this.storefront.http));
  }

  product(slug: string): Promise<StorefrontProductDetail> {
    return this.remember(`product|${slug}`, () => getProduct(this.storefront.http, slug));
  }

  bundle(slug: string): Promise<StorefrontBundlePriceOptionDetail> {
    return this.remember(`bundle|${slug}`, () => getBundlePriceOption(this.storefront.http, slug));
  }

  availability(variantId: number | string): Promise<VariantAvailability> {
    return this.remember(`availability|${variantId}`, () => getVariantAvailability(this.storefront.http, variantId));
  }

  /** Price and stock of one variant; calls made in the same tick share one `/variants/pricing` request. */
  pricing(variantId: number): Promise<StorefrontVariantPricing | null> {
    return this.remember(`pricing|${variantId}`, () => {
      if (this.pricingQueue.size === 0) queueMicrotask(() => this.sendPricing());
      return new Promise((resolve, reject) => this.pricingQueue.set(variantId, [resolve, reject]));
    });
  }

  /** Prices of many variants, as a map; unknown ids are absent. */
  async pricingMany(variantIds: Iterable<number>): Promise<Map<number, StorefrontVariantPricing>> {
    const ids = [...new Set(variantIds)];
    const answers = await Promise.all(ids.map((id) => this.pricing(id)));
    return new Map(ids.flatMap((id, i) => (answers[i] ? [[id, answers[i]] as const] : [])));
  }

  private sendPricing(): void {
    const queue = this.pricingQueue;
    this.pricingQueue = new Map();
    const ids = [...queue.keys()];
    for (let start = 0; start < ids.length; start += CatalogCache.PRICING_BATCH) {
      const batch = ids.slice(start, start + CatalogCache.PRICING_BATCH);
      getVariantPricing(this.storefront.http, batch).then(
        (rows) => {
          const byId = new Map(rows.map((row) => [Number(row.variant_id), row]));
          for (const id of batch) queue.get(id)![0](byId.get(id) ?? null);
        },
        (error: unknown) => {
          for (const id of batch) queue.get(id)![1](error);
        },
      );
    }
  }
}

export function catalogCache(storefront: Storefront): CatalogCache {
  return storefront.service('catalog-cache', (sf) => new CatalogCache(sf));
}
