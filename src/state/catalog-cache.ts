import { countItems, listCategories, listItems, listPaymentMethods, type StorefrontItemCard } from '../api/catalog.js';
import type { Page } from '../api/pagination.js';
import type { StorefrontCategory, StorefrontPaymentMethod } from '../api/types.js';
import type { Storefront } from '../context/storefront.js';
import { CatalogFacts } from './catalog-facts.js';

/**
 * One request per fact for the whole page view (DESIGN §3): every catalog, product and cart widget
 * asks here; answers are kept for the page's lifetime, identical questions in flight share one
 * request, and variant prices asked for in the same tick go out as one batched call. Failures are
 * not kept, so "try again" really asks again.
 *
 * The product, bundle and variant questions are `CatalogFacts`'s (what `<scalev-product>` loads
 * alone); this adds the catalogue's lists.
 */
export class CatalogCache extends CatalogFacts {
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
}

/** The page's cache; it takes over the answers a buy box got before it (`catalogFacts`). */
export function catalogCache(storefront: Storefront): CatalogCache {
  return storefront.service(
    'catalog-cache',
    (sf) => new CatalogCache(sf, sf.existingService<CatalogFacts>('catalog-facts')),
  );
}
