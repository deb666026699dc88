import type { MessageTable } from '../../i18n/localize.js';

/** English strings of order and payment statuses, amounts and settled notes; loaded only when shown in English. */
const messages: MessageTable = {
  'order-status.status.draft': 'Draft',
  'order-status.status.pending': 'Awaiting payment',
  'order-status.status.pendingCod': 'Waiting to be processed',
  'order-status.status.confirmed': 'Confirmed',
  'order-status.status.in_process': 'Being processed',
  'order-status.status.ready': 'Ready to ship',
  'order-status.status.shipped': 'Shipped',
  'order-status.status.completed': 'Completed',
  'order-status.status.canceled': 'Canceled',
  'order-status.status.rts': 'Returned to seller',
  'order-status.status.closed': 'Closed',
  'order-status.pay.paid': 'Paid',
  'order-status.pay.unpaid': 'Not paid yet',
  'order-status.pay.cod': 'Pay when the parcel arrives',
  'order-status.pay.conflict': 'Payment problem',
  'order-status.pay.expired': 'Payment time has run out',
  'order-status.pay.canceled': 'Order canceled',
  'order-status.pay.conflictHelp': 'Your payment needs checking. Please contact the seller.',
  'order-status.productPrice': 'Products',
  'order-status.productDiscount': 'Product discount',
  'order-status.discountCode': 'Discount code {code}',
  'order-status.discount': 'Discount',
  'order-status.shipping': 'Shipping',
  'order-status.shippingDiscount': 'Shipping discount',
  'order-status.otherIncome': 'Other charges',
  'order-status.serviceFee': 'Service fee',
  'order-status.paymentLinkIncome': 'Payment Link fee',
  'order-status.uniqueCode': 'Unique code',
  'order-status.total': 'Total',
  'order-status.paidNote': 'Payment received. Thank you!',
};

export default messages;
