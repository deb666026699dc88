/**
 * The checkout's form and requests as one module, loaded while the checkout prepares: the form's
 * frame and sections and the quotes. A checkout shows every one of them, so they come in one
 * download. Placing the order (`submit.ts`) and the signed-in customer's saved addresses
 * (`customer.ts`) load apart and take their helpers from here.
 */
export { renderForm, styles } from './form.js';
export { isPlausibleEmail, renderContact } from './contact.js';
export { renderDelivery, renderLocationFields } from './delivery.js';
export { renderPayment } from './payment.js';
export { renderSummary } from './summary.js';
export {
  conversionItems,
  createOrder,
  loadPaymentMethods,
  probeShipping,
  refreshQuotes,
  trackInitiate,
} from './requests.js';
export { field } from './fields.js';
export { shippingSelection } from '../../api/checkout-quotes.js';
export { isValidPhone, normalizePhone } from './phone.js';

