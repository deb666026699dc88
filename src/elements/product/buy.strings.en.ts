import type { MessageTable } from '../../i18n/localize.js';

/** English strings of adding from a buy box; loaded only in English. */
const messages: MessageTable = {
  'product.adding': 'Adding…',
  'product.added': 'Added to cart',
  'product.addedNamed': 'Added to cart: {name}',
  'product.viewCart': 'View cart',
};

export default messages;
