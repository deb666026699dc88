/**
 * Placing the order and what follows: validation of the steps (with focus on the first problem),
 * the request body, the cancelable `scalev-before-checkout`, one request that is never resent on
 * its own, then the placed order (status in place, the order URL, or the redirect) with purchase
 * tracking, or every failure read in the buyer's words: field errors back on their fields, an
 * uncertain outcome (no answer) kept on screen, a plain failure with a retry. Loaded when the
 * buyer first touches or focuses the form (or a placed order shows), so a checkout nobody fills in
 * never downloads it, and the first "continue" or "place order" rarely waits.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isScalevApiError } from '../../api/errors.js';
import type { StorefrontPublicOrder } from '../../api/types.js';
import type { Storefront } from '../../context/storefront.js';
import { safeHttpUrl } from '../order-status/payment-names.js';
import { EMPTY_VALUES, type FieldName } from './form-state.js';
import { FORM_KEY, PLACED_KEY, UNCERTAIN_KEY, type CheckoutHost, type FieldErrors, type Step } from './checkout-host.js';
// Through the form's module, so its pieces are not split into a chunk of their own.
import { conversionItems, createOrder, isPlausibleEmail, isValidPhone, normalizePhone, shippingSelection } from './parts.js';
import { registerMessages } from '../../i18n/localize.js';

// The words of validation and placing the order (English with the form's, in `parts.strings.en.ts`).
registerMessages(
  {
    id: {
      'checkout.required': 'Wajib diisi.',
      'checkout.tooLong': 'Terlalu panjang (maksimal {max} karakter).',
      'checkout.addressShort': 'Tulis alamat lengkap (nama jalan dan nomor).',
      'checkout.chooseShipping': 'Pilih kurir pengiriman.',
      'checkout.choosePayment': 'Pilih metode pembayaran.',
      'checkout.chooseAddress': 'Pilih atau tambahkan alamat pengiriman.',
      'checkout.fixErrors': 'Periksa kembali isian yang ditandai.',
      'checkout.canceled': 'Pesanan tidak dikirim.',
      'checkout.orderPlaced': 'Pesanan {number} berhasil dibuat.',
      'checkout.redirecting': 'Mengarahkan ke halaman pembayaran…',
      'checkout.newOrder': 'Belanja lagi',
      'checkout.viewOrder': 'Lihat pesanan',
    },
  },
  { en: () => import('./parts.strings.en.js') },
);

// A placed order shown after a reload loads this part first: the form's styles come with it.
export { styles } from './parts.js';

function onPlaced(host: CheckoutHost, sf: Storefront, answer: StorefrontPublicOrder): void {
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
  const items = conversionItems(host);
  const v = host.values;
  host.emit('scalev-order-created', { order });
  void import('../../state/order-conversions.js')
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
  // The form, and the place-order button that held the focus, gave way to the placed order:
  // focus its confirmation instead of leaving the buyer on the page.
  void host.updateComplete.then(() => {
    const active = document.activeElement;
    if (!active || active === document.body) host.renderRoot.querySelector<HTMLElement>('[part~="placed"] > [part~="notice"]')?.focus();
  });
}

async function onPlaceFailed(host: CheckoutHost, error: unknown): Promise<void> {
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
    // Field errors are rare (the form validates first): their mapping loads only when one comes back.
    const shown = await import('./field-errors.js').then((m) => (m.showFieldErrors(host, api.fieldErrors), true), () => false);
    if (shown) return;
  }
  host.submitProblem = {
    message: host.t('checkout.failed', { reason: host.describeError(error) }),
    uncertain: false,
    retry: Boolean(api?.isTransient || (api && api.status >= 500)),
  };
}

/** The placed order: its status in place (or a link to its page), and a way to shop again. */
export function renderPlaced(host: CheckoutHost): TemplateResult {
  const order = host.placedOrder;
  const slug = host.placedSlug;
  const publicUrl = safeHttpUrl(order?.public_order_url);
  return html`<div class="placed" part="placed">
    ${host.placedMessage ? html`<p class="notice notice--success" part="notice" role="status" tabindex="-1">${host.placedMessage}</p>` : nothing}
    ${slug
      ? html`<scalev-order-status .order=${order && order.secret_slug === slug ? order : null} secret-slug=${slug} locale=${host.locale} theme=${host.theme}></scalev-order-status>`
      : publicUrl
        ? html`<a class="link" href=${publicUrl}>${host.t('checkout.viewOrder')}</a>`
        : nothing}
    <button type="button" class="button button--secondary" @click=${() => host.startOver()}>${host.t('checkout.newOrder')}</button>
  </div>`;
}

// ----------------------------------------------------------------- validation

function validateStep(host: CheckoutHost, step: Step): FieldErrors {
  const v = host.values;
  const e: FieldErrors = {};
  const required = host.t('checkout.required');
  if (step === 'contact' && !host.customer) {
    if (!v.customer_name.trim()) e.customer_name = required;
    else if (v.customer_name.trim().length > 200) e.customer_name = host.t('checkout.tooLong', { max: 200 });
    if (!v.customer_email.trim()) e.customer_email = required;
    else if (!isPlausibleEmail(v.customer_email.trim())) e.customer_email = host.t('checkout.invalidEmail');
    if (!v.customer_phone.trim()) {
      if (host.requiresShipping) e.customer_phone = required;
    } else if (!isValidPhone(v.customer_phone)) e.customer_phone = host.t('checkout.invalidPhone');
  }
  if (step === 'delivery' && host.requiresShipping) {
    if (host.customer && !host.addingAddress) {
      if (!host.chosenAddress()) e.address_id = host.t('checkout.chooseAddress');
    } else if (host.customer) {
      e.address_id = host.t('checkout.chooseAddress');
    } else {
      if (!v.shipping_address.trim()) e.shipping_address = required;
      else if (v.shipping_address.trim().length < 5) e.shipping_address = host.t('checkout.addressShort');
      if (!v.location) e.location = host.t('location.required');
      else if (!/^\d{5}$/.test(v.postal_code)) e.postal_code = host.t('location.postalRequired');
    }
    if (!e.address_id && !e.location && !e.postal_code && !host.chosenOption()) e.courier = host.t('checkout.chooseShipping');
  }
  if (step === 'payment' && !v.payment_method) e.payment_method = host.t('checkout.choosePayment');
  return e;
}

/** Validates the given steps, shows the errors, focuses the first one; returns the first invalid step. */
export function check(host: CheckoutHost, steps: Step[]): Step | null {
  let first: Step | null = null;
  const errors: FieldErrors = {};
  for (const step of steps) {
    const stepErrors = validateStep(host, step);
    if (Object.keys(stepErrors).length && !first) first = step;
    Object.assign(errors, stepErrors);
  }
  host.errors = { ...host.errors, ...errors };
  if (first) {
    if (!host.wide) host.stepIndex = Math.max(0, host.steps().indexOf(first));
    void host.updateComplete.then(() => focusFirstError(host));
  }
  return first;
}

/** Focuses the first field with an error, in the order the form shows them. */
export function focusFirstError(host: CheckoutHost): void {
  const order: FieldName[] = [
    'customer_name',
    'customer_email',
    'customer_phone',
    'address_id',
    'shipping_address',
    'location',
    'postal_code',
    'courier',
    'payment_method',
    'discount_code',
    'notes',
  ];
  const field = order.find((name) => host.errors[name]);
  if (!field) return;
  const root = host.renderRoot;
  if (field === 'location' || field === 'postal_code') {
    const picker = root.querySelector('scalev-location-picker') as (HTMLElement & { validate?: () => boolean }) | null;
    picker?.validate?.();
    picker?.focus();
    return;
  }
  const target = root.querySelector<HTMLElement>(`[data-focus="${field}"], [name="${field}"]`);
  target?.focus();
}

// ----------------------------------------------------------------- the order

function buildOrder(host: CheckoutHost): { body: Record<string, unknown>; customer: boolean; directNoCart: boolean } {
  const v = host.values;
  const option = host.requiresShipping ? host.chosenOption() : null;
  const common = {
    payment_method: v.payment_method,
    ...(option ? shippingSelection(option) : {}),
    ...(v.discount_code ? { discount_code_code: v.discount_code } : {}),
    ...(v.notes.trim() && !host.hideNotes ? { notes: v.notes.trim() } : {}),
  };
  if (host.customer) {
    const destination = host.destination();
    const address = host.chosenAddress();
    return {
      customer: true,
      directNoCart: false,
      body: {
        ...host.itemSource(),
        ...(host.requiresShipping && address ? { address_id: address.id, ...(destination ?? {}) } : {}),
        ...common,
      },
    };
  }
  const location = v.location;
  const phone = normalizePhone(v.customer_phone);
  return {
    customer: false,
    directNoCart: Boolean(host.directLines),
    body: {
      ...host.guestItemSource(),
      customer_name: v.customer_name.trim(),
      customer_email: v.customer_email.trim(),
      ...(phone ? { customer_phone: phone } : {}),
      ...(host.requiresShipping && location
        ? {
            shipping_address: v.shipping_address.trim(),
            shipping_province: location.province_name,
            shipping_city: location.city_name,
            shipping_subdistrict: location.subdistrict_name,
            shipping_postal_code: v.postal_code,
            shipping_location_id: location.id,
          }
        : {}),
      ...common,
    },
  };
}

/** Places the order: validated, announced (cancelable), sent once; never retried on its own. */
export async function placeOrder(host: CheckoutHost): Promise<void> {
  const sf = host.storefront;
  if (!sf || host.placing || host.placedOrder || host.phase !== 'ready') return;
  if (check(host, host.steps().filter((s) => s !== 'review'))) {
    host.submitProblem = { message: host.t('checkout.fixErrors'), uncertain: false, retry: false };
    return;
  }
  const { body, customer, directNoCart } = buildOrder(host);
  if (!host.emit('scalev-before-checkout', { request: { ...body }, customer }, { cancelable: true })) {
    host.submitProblem = { message: host.t('checkout.canceled'), uncertain: false, retry: false };
    return;
  }
  host.placing = true;
  host.submitProblem = null;
  host.otherErrors = [];
  host.flushSave();
  try {
    const token = await host.capture?.flush().catch(() => null);
    if (token) body['checkout_intent_token'] = token;
    // Written before sending: a tab closed mid-request still warns on the next visit.
    host.storage?.set(`${UNCERTAIN_KEY}:${host.source}`, String(Date.now()));
    onPlaced(host, sf, await createOrder(sf, body, customer, directNoCart));
  } catch (error) {
    await onPlaceFailed(host, error);
  } finally {
    host.placing = false;
  }
}
