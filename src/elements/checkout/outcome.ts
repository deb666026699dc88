/**
 * What follows placing the order: the placed order (status in place, the order URL, or the
 * redirect), purchase tracking, and every failure read in the buyer's words: field errors back on
 * their fields, an uncertain outcome (no answer) that is never resent on its own, a plain failure
 * with a retry. Loaded before the order is sent, so its outcome is always handled.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isScalevApiError } from '../../api/errors.js';
import type { StorefrontPublicOrder } from '../../api/types.js';
import type { Storefront } from '../../context/storefront.js';
import { safeHttpUrl } from '../order-status/payment-names.js';
import { EMPTY_VALUES, mapFieldErrors } from './form-state.js';
import { FORM_KEY, PLACED_KEY, UNCERTAIN_KEY, type CheckoutHost, type Step } from './checkout-host.js';
import { normalizePhone } from './phone.js';

export { checkoutPartStyles as styles } from './parts.styles.js';

export function onPlaced(host: CheckoutHost, sf: Storefront, answer: StorefrontPublicOrder): void {
  // Whatever the reply looks like, a 2xx is a placed order: never submit again.
  const order = (answer && typeof answer === 'object' ? answer : {}) as StorefrontPublicOrder;
  const slug = typeof order.secret_slug === 'string' ? order.secret_slug : '';
  host.placedOrder = order;
  host.placedSlug = slug;
  host.placedMessage = host.t('checkout.orderPlaced', { number: order.order_id ?? '' });
  host.phase = 'placed';
  host.uncertainBefore = false;
  clearTimeout(host.saveTimer);
  const storage = host.storage;
  if (storage) {
    storage.remove(`${FORM_KEY}:${host.source}`);
    storage.remove(`${UNCERTAIN_KEY}:${host.source}`);
    if (slug) storage.set(`${PLACED_KEY}:${host.source}`, JSON.stringify({ slug, at: Date.now() }));
  }
  if (!host.directLines) host.cart?.clearAfterOrder();
  host.capture?.completed();
  const items = host.conversionItems();
  const v = host.values;
  host.emit('scalev-order-created', { order });
  void import('../../state/conversions.js')
    .then((c) =>
      c.trackPurchase(sf, order, items, {
        name: host.customer ? null : v.customer_name,
        email: host.customer ? null : v.customer_email,
        phone: host.customer ? null : normalizePhone(v.customer_phone),
        city: v.location?.city_name ?? null,
        province: v.location?.province_name ?? null,
        locationId: host.destination()?.location_id ?? null,
      }),
    )
    .catch(() => undefined);
  host.values = { ...EMPTY_VALUES };

  const redirect = typeof order.redirect_url === 'string' && safeHttpUrl(order.redirect_url) ? order.redirect_url : null;
  if (redirect && (order.payment_method === 'payment_link' || host.afterOrder === 'redirect')) {
    host.announcement = host.t('checkout.redirecting');
    host.navigate(redirect);
    return;
  }
  const orderUrl = slug ? sf.url('order', { secret_slug: slug }) : null;
  if (orderUrl) {
    host.navigate(orderUrl);
    return;
  }
  host.announcement = host.placedMessage;
  void import('../order-status/define.js');
}

export function onPlaceFailed(host: CheckoutHost, error: unknown): void {
  const api = isScalevApiError(error) ? error : null;
  host.reportError(error, 'checkout.submit');
  // No answer, or an unreadable 2xx, or a gateway timeout: the order may exist.
  const uncertain = !api || api.kind === 'timeout' || api.kind === 'network' || api.kind === 'parse' || api.status === 502 || api.status === 504;
  if (!uncertain) host.storage?.remove(`${UNCERTAIN_KEY}:${host.source}`);
  if (uncertain) {
    host.submitProblem = { message: host.t('checkout.uncertain'), uncertain: true, retry: true };
    return;
  }
  if (api && api.hasFieldErrors && api.status >= 400 && api.status < 500) {
    const { fields, other } = mapFieldErrors(api.fieldErrors);
    if ((fields.location || fields.postal_code || fields.shipping_address) && !host.requiresShipping) {
      // The probe read the order as digital-only, but the API wants a destination.
      host.requiresShipping = true;
    }
    host.errors = { ...host.errors, ...fields };
    host.otherErrors = other;
    host.submitProblem = { message: host.t('checkout.fixErrors'), uncertain: false, retry: false };
    if (!host.wide) {
      const step = stepOfError(host);
      if (step) host.stepIndex = Math.max(0, host.steps().indexOf(step));
    }
    void host.updateComplete.then(() => host.focusFirstError());
    return;
  }
  host.submitProblem = {
    message: host.t('checkout.failed', { reason: host.describeError(error) }),
    uncertain: false,
    retry: Boolean(api?.isTransient || (api && api.status >= 500)),
  };
}

function stepOfError(host: CheckoutHost): Step | null {
  const e = host.errors;
  if (e.customer_name || e.customer_email || e.customer_phone) return 'contact';
  if (e.address_id || e.shipping_address || e.location || e.postal_code || e.courier) return 'delivery';
  if (e.payment_method || e.discount_code || e.notes) return 'payment';
  return null;
}

/** The placed order: its status in place (or a link to its page), and a way to shop again. */
export function renderPlaced(host: CheckoutHost): TemplateResult {
  const order = host.placedOrder;
  const slug = host.placedSlug;
  const publicUrl = safeHttpUrl(order?.public_order_url);
  return html`<div class="placed" part="placed">
    ${host.placedMessage ? html`<p class="notice notice--success" part="notice" role="status">${host.placedMessage}</p>` : nothing}
    ${slug
      ? html`<scalev-order-status .order=${order && order.secret_slug === slug ? order : null} secret-slug=${slug} locale=${host.locale} theme=${host.theme}></scalev-order-status>`
      : publicUrl
        ? html`<a class="link" href=${publicUrl}>${host.t('checkout.viewOrder')}</a>`
        : nothing}
    <button type="button" class="button button--secondary" @click=${() => host.startOver()}>${host.t('checkout.newOrder')}</button>
  </div>`;
}
