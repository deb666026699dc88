import { getBundlePriceOption, getProduct, getVariantAvailability, getVariantPricing } from '../api/catalog-detail.js';
import type {
  StorefrontBundlePriceOptionDetail,
  StorefrontProductDetail,
  StorefrontVariantPricing,
  VariantAvailability,
} from '../api/types.js';
import type { Storefront } from '../context/storefront.js';

type Waiter = [resolve: (value: StorefrontVariantPricing | null) => void, reject: (error: unknown) => void];

/** What every view of the page's cache shares: the answers, and the variant prices asked for in this tick. */
interface Shared {
  memo: Map<string, Promise<unknown>>;
  /** One waiter per variant: a second ask gets the remembered promise. */
  queue: Map<number, Waiter>;
}

/**
 * One request per fact for the whole page view (DESIGN §3): answers are kept for the page's
 * lifetime, identical questions in flight share one request, and variant prices asked for in the
 * same tick go out as one batched call. Failures are not kept, so "try again" really asks again.
 *
 * This part holds what a buy box asks (a product or bundle, variant prices and stock); the
 * catalogue's lists are added by `CatalogCache` (`catalog-cache.ts`), which shares these answers,
 * so `<scalev-product>` alone never loads the list code.
 */
export class CatalogFacts {
  /** Largest `ids` list per pricing call; longer lists are split. */
  static readonly PRICING_BATCH = 100;
  private readonly shared: Shared;

  /** `from`: a cache made earlier on the page, whose answers this one shares. */
  constructor(
    protected readonly storefront: Storefront,
    from?: CatalogFacts,
  ) {
    this.shared = from?.shared ?? { memo: new Map(), queue: new Map() };
  }

  protected remember<T>(key: string, load: () => Promise<T>): Promise<T> {
    const memo = this.shared.memo;
    const known = memo.get(key);
    if (known) return known as Promise<T>;
    const pending = load().catch((error: unknown) => {
      memo.delete(key);
      throw error;
    });
    memo.set(key, pending);
    return pending;
  }

  /** Forgets one fact (or every fact whose key starts with `prefix`). */
  invalidate(prefix: string): void {
    const memo = this.shared.memo;
    for (const key of [...memo.keys()]) if (key.startsWith(prefix)) memo.delete(key);
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
      if (this.shared.queue.size === 0) queueMicrotask(() => this.sendPricing());
      return new Promise((resolve, reject) => this.shared.queue.set(variantId, [resolve, reject]));
    });
  }

  /** Prices of many variants, as a map; unknown ids are absent. */
  async pricingMany(variantIds: Iterable<number>): Promise<Map<number, StorefrontVariantPricing>> {
    const ids = [...new Set(variantIds)];
    const answers = await Promise.all(ids.map((id) => this.pricing(id)));
    return new Map(ids.flatMap((id, i) => (answers[i] ? [[id, answers[i]] as const] : [])));
  }

  private sendPricing(): void {
    const queue = this.shared.queue;
    this.shared.queue = new Map();
    const ids = [...queue.keys()];
    for (let start = 0; start < ids.length; start += CatalogFacts.PRICING_BATCH) {
      const batch = ids.slice(start, start + CatalogFacts.PRICING_BATCH);
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

/** The page's cache for a buy box: the catalogue's cache when the page has made one, else a cache it will share. */
export function catalogFacts(storefront: Storefront): CatalogFacts {
  return (
    storefront.existingService<CatalogFacts>('catalog-cache') ??
    storefront.service('catalog-facts', (sf) => new CatalogFacts(sf))
  );
}
