import type { MessageTable } from '../../i18n/localize.js';

/** English strings; loaded only when an element renders in English. */
const messages: MessageTable = {
  'cart.heading': 'Cart',
  'cart.trigger': ({ count }) => `Cart, ${count} ${count === 1 ? 'item' : 'items'}`,
  'cart.count': ({ count }) => `${count} ${count === 1 ? 'item' : 'items'} in your cart`,
  'cart.countEmpty': 'Your cart is empty',
  'cart.removed': '{name} removed from the cart',
};

export default messages;
