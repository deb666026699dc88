import type { MessageTable } from '../../i18n/localize.js';

/** English strings; loaded only when an element renders in English. */
const messages: MessageTable = {
  'cart.close': 'Close cart',
  'cart.lines': 'Items in your cart',
  'cart.empty': 'Your cart is empty.',
  'cart.subtotal': 'Subtotal',
  'cart.subtotalNote': 'Shipping and discounts are calculated at checkout.',
  'cart.subtotalUnknown': 'Calculated at checkout',
  'cart.checkout': 'Checkout',
  'cart.backToCart': 'Back to cart',
  'cart.remove': 'Remove',
  'cart.removeLabel': 'Remove {name} from the cart',
  'cart.quantityLabel': 'Quantity of {name}',
  'cart.unitPrice': '{price} each',
  'cart.lineTotal': 'Total for {name}',
  'cart.unknownVariant': 'Product #{id}',
  'cart.unknownBundle': 'Bundle #{id}',
  'cart.stockLeft': ({ count }) => `Only ${count} left`,
  'cart.outOfStock': 'Out of stock',
  'cart.updating': 'Saving…',
  'cart.loadFailed': 'The cart could not be loaded. {reason}',
  'cart.addFailed': 'The item was not added. {reason}',
  'cart.updateFailed': 'The quantity could not be changed. {reason}',
  'cart.removeFailed': 'The item could not be removed. {reason}',
  'cart.mergeFailed': 'Your guest cart could not be moved to your account yet. {reason}',
  'cart.dismiss': 'Dismiss message',
};

export default messages;
