import type { MessageTable } from '../../i18n/localize.js';

/** English strings of the checkout's shell; loaded only when it renders in English. */
const messages: MessageTable = {
  'checkout.itemFallback': 'Product #{id}',
  'checkout.empty': 'Your cart is empty.',
  'checkout.itemsInvalid': 'The product list (items attribute) is not valid.',
  'checkout.loadingForm': 'Preparing checkout…',
  'checkout.failed': 'The order was not placed. {reason}',
};

export default messages;
