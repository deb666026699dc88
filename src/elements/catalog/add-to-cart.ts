import type { Storefront } from '../../context/storefront.js';
import type { CartLineSnapshot, CartSnapshot, ScalevEventDetail, ScalevEventName } from '../../events.js';
import type { AddToCartInput, CartStore } from '../../state/cart.js';
import type { ConversionItem } from '../../state/conversions.js';

/**
 * The one add-to-cart flow of catalog cards, the catalog's detail dialog and `<scalev-product>`:
 * `scalev-before-add-to-cart` (cancelable) → the shared cart store's optimistic `add` (rolled back
 * by the store on failure) → `scalev-add-to-cart` → the AddToCart conversion. The store itself
 * announces `scalev-cart-change` on `document`.
 *
 * The cart store and the conversion module are loaded on demand, so a catalog that nobody buys
 * from never downloads them. When a widget (a cart badge) has already opened the cart, the flow
 * reaches it in the same task as the click: the badge changes in the next frame.
 */

export type Emit = <K extends ScalevEventName>(name: K, detail: ScalevEventDetail<K>, options?: { cancelable?: boolean }) => boolean;

export type AddToCartOutcome = { status: 'added'; cart: CartSnapshot } | { status: 'cancelled' };

type CartModule = typeof import('../../state/cart.js');
let cartModule: CartModule | undefined;

/**
 * Loads the cart store's code (on the buyer's first interaction or hover) and keeps it, so an add
 * reaches the store in the same task as the click and the optimistic update paints in the next
 * frame.
 */
export function preloadCartStore(): Promise<CartModule> {
  return import('../../state/cart.js').then((module) => (cartModule = module));
}

/** The conversion events' view of an item (AddToCart here, ViewContent in `<scalev-product>`). */
export function conversionItemOf(input: AddToCartInput): ConversionItem {
  const { variantId, bundlePriceOptionId, quantity, display } = input;
  return { variantId, bundlePriceOptionId, uniqueId: display.uniqueId, name: display.name, price: display.unitPrice ?? null, quantity };
}

/** What listeners of the add events see as the item. */
export function lineSnapshotOf(input: AddToCartInput): CartLineSnapshot {
  return {
    type: input.type,
    ...(input.variantId !== undefined ? { variantId: input.variantId } : {}),
    ...(input.bundlePriceOptionId !== undefined ? { bundlePriceOptionId: input.bundlePriceOptionId } : {}),
    quantity: input.quantity,
    name: input.display.name,
    ...(input.display.options?.length ? { options: input.display.options } : {}),
    ...(input.display.image ? { image: input.display.image } : {}),
    unitPrice: input.display.unitPrice ?? null,
  };
}

/**
 * Runs the flow. Resolves `cancelled` when a page listener vetoed the add; rejects with the cart
 * store's error (a `ScalevApiError`) when the API refused, after the store rolled back.
 */
export async function addToCart(
  storefront: Storefront,
  input: AddToCartInput,
  source: string,
  emit: Emit,
): Promise<AddToCartOutcome> {
  const item = lineSnapshotOf(input);
  if (!emit('scalev-before-add-to-cart', { item, source }, { cancelable: true })) return { status: 'cancelled' };
  // A cart widget on the page has already created the store: use it without waiting for a module.
  // The key is written out, not imported: importing cart.ts would load the store's code here.
  const store = storefront.existingService<CartStore>('cart') ?? (cartModule ?? (await preloadCartStore())).cartStore(storefront);
  const cart = await store.add(input);
  emit('scalev-add-to-cart', { item, source, cart });
  void import('../../state/conversions.js')
    .then((conversions) => conversions.trackAddToCart(storefront, conversionItemOf(input)))
    .catch(() => undefined);
  return { status: 'added', cart };
}
