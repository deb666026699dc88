/**
 * The checkout's form and requests as one module, loaded while the checkout prepares: the form's
 * frame and sections, the quotes, placing the order and what follows. A checkout shows or soon needs
 * every one of them, so they come in one download; only the signed-in customer's saved addresses
 * (`customer.ts`, which takes its helpers from here) load apart.
 */
export { renderForm, styles } from './form.js';
export { renderContact } from './contact.js';
export { renderDelivery, renderLocationFields } from './delivery.js';
export { renderPayment } from './payment.js';
export { renderSummary } from './summary.js';
export {
  applyDiscount,
  captureSnapshot,
  loadPaymentMethods,
  lookUpPrices,
  probeShipping,
  refreshQuotes,
  trackInitiate,
} from './requests.js';
export { check, focusFirstError, placeOrder, renderPlaced } from './submit.js';
export { field } from './fields.js';
export { mapFieldErrors } from './field-errors.js';
export { isValidPhone, normalizePhone } from './phone.js';
