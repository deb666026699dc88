import type { MessageTable } from '../../i18n/localize.js';

/** English strings; loaded only when an element renders in English. */
const messages: MessageTable = {
  'order-status.title': 'Order {number}',
  'order-status.orderStatus': 'Order status',
  'order-status.paymentStatus': 'Payment status',
  'order-status.paymentMethod': 'Payment method',
  'order-status.items': 'Items',
  'order-status.quantity': '{count} ×',
  'order-status.delivery': 'Delivery',
  'order-status.receipt': 'Tracking number: {receipt}',
  'order-status.payment': 'Payment',
  'order-status.noSlug': 'No order to show. Open the order link from your email or WhatsApp.',
  'order-status.notFound': 'This order was not found. Please check the link.',
  'order-status.chat': 'Contact the seller on WhatsApp',
  'order-status.viewOrderPage': 'Open the order page',
  'order-status.continue': 'Continue',
  'order-status.nowPaid': 'Payment received.',
};

export default messages;
