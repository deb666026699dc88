import { parseMoney } from '../../api/money.js';
import type { Storefront } from '../../context/storefront.js';
import { catalogCache } from '../../state/catalog-cache.js';
import type { AddToCartInput } from '../../state/cart.js';
import { hasOptions, purchasableVariants } from '../product/product-data.js';
import { addToCart, preloadCartStore, type Emit } from './add-to-cart.js';
import type { CardModel } from './catalog-model.js';
import { safeImageUrl } from './item-fields.js';

/**
 * Adding from a catalogue card. Loaded on the buyer's first interaction (or first add), so a
 * catalogue that is only browsed never downloads the add flow or the cart store.
 */

/** Starts loading what an add needs (the cart store's code). */
export function preload(): void {
  preloadCartStore().catch(() => undefined);
}

/**
 * What to add for a card, or null when the product turns out to need a choice of options. Cards
 * carry no variant ids (CONTRACT §2), so a product's detail is read (through the page cache) to
 * find its one variant; bundles carry their `bundle_price_option_id`.
 */
export async function cardAddInput(storefront: Storefront, card: CardModel): Promise<AddToCartInput | null> {
  const raw = card.raw as unknown as Record<string, unknown>;
  if (card.kind === 'bundle') {
    if (card.bundlePriceOptionId === null) return null;
    const uniqueId = raw['bundle_price_option_unique_id'] ?? raw['unique_id'];
    return {
      type: 'bundle_price_option',
      bundlePriceOptionId: card.bundlePriceOptionId,
      quantity: 1,
      display: {
        name: card.name,
        image: card.image,
        unitPrice: card.priceMin,
        bundleSlug: card.slug,
        uniqueId: typeof uniqueId === 'string' ? uniqueId : null,
      },
    };
  }
  const product = await catalogCache(storefront).product(card.slug);
  const variants = purchasableVariants(product);
  const variant = variants[0];
  // Options to choose, or nothing active to add: the buyer goes to the detail.
  if (!variant || variant.is_active === false || hasOptions(product, variants)) return null;
  const variantImage = Array.isArray(variant.images) ? variant.images.map(safeImageUrl).find(Boolean) : null;
  return {
    type: 'variant',
    variantId: variant.id,
    quantity: 1,
    display: {
      name: (typeof product.name === 'string' && product.name.trim()) || card.name,
      options: [],
      image: variantImage ?? card.image,
      unitPrice: parseMoney(variant.price) ?? card.priceMin,
      productSlug: card.slug,
      uniqueId: typeof variant.unique_id === 'string' ? variant.unique_id : null,
    },
  };
}

/** Adds one unit of a card's item; `choose` means the buyer must pick options in the detail first. */
export async function addCard(
  storefront: Storefront,
  card: CardModel,
  emit: Emit,
): Promise<'added' | 'cancelled' | 'choose'> {
  const input = await cardAddInput(storefront, card);
  if (!input) return 'choose';
  const outcome = await addToCart(storefront, input, 'catalog', emit);
  return outcome.status;
}
