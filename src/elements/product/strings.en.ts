import type { MessageTable } from '../../i18n/localize.js';

/** English strings of `<scalev-product>`; loaded only when a buy box renders in English. */
const messages: MessageTable = {
  'product.loading': 'Loading product…',
  'product.add': 'Add to cart',
  'product.outOfStock': 'Out of stock',
  'product.unavailable': 'Not available to buy yet',
  'product.inStock': 'In stock',
  'product.lowStock': 'Low stock',
  'product.left': '{count} left',
  'product.noPrice': 'Price not available yet',
  'product.descriptionMore': 'Show the full description',
  'product.descriptionLess': 'Show less',
};

export default messages;
