/**
 * The checkout's requests: payment methods, the shipping probe, shipping and summary quotes (the
 * stale ones ignored) and order creation, for guests and customers alike. Loaded while the checkout
 * prepares; the discount check (`discount.ts`), the price look-up of direct items and the
 * abandoned-checkout snapshot load only where they are used.
 */
import * as guestCheckout from '../../api/checkout-quotes.js';
import * as guestOrder from '../../api/checkout-order.js';
import type * as CustomerCheckout from '../../api/customer-checkout.js';
import { isScalevApiError } from '../../api/errors.js';
import { parseMoney } from '../../api/money.js';
import type { StorefrontPublicOrder, StorefrontShippingOption } from '../../api/types.js';
import type { Storefront } from '../../context/storefront.js';
import { catalogCache } from '../../state/catalog-cache.js';
import { paymentMethodName } from '../order-status/payment-names.js';
import type { ConversionItem } from '../../state/conversions.js';
import { optionKey, type CheckoutHost, type Destination } from './checkout-host.js';
import './parts.strings.js';

const signature = (value: unknown): string => JSON.stringify(value);

/** The customer routes come with the customer's part (loaded while a customer's checkout prepares): a guest never downloads them. */
const customerRoutes = (): Promise<typeof CustomerCheckout> => import('./customer.js').then((m) => m.customerCheckout);

export async function loadPaymentMethods(host: CheckoutHost, sf: Storefront): Promise<void> {
  if (host.customer) {
    const answer = await (await customerRoutes()).listPaymentMethods(sf.http);
    host.paymentChoices = answer.payment_methods
      .filter((code) => typeof code === 'string' && code && code !== 'no_payment')
      .map((code) => ({ code, label: paymentMethodName(code, host.resolvedLocale), description: null }));
  } else {
    const methods = await catalogCache(sf).paymentMethods();
    host.paymentChoices = methods
      .filter((m) => m && m.enabled !== false && typeof m.code === 'string' && m.code !== 'no_payment')
      .map((m) => ({ code: m.code, label: m.label || paymentMethodName(m.code, host.resolvedLocale), description: m.description ?? null }));
  }
  if (host.values.payment_method && !host.paymentChoices.some((p) => p.code === host.values.payment_method)) {
    host.values = { ...host.values, payment_method: '' };
  }
}

/**
 * Does this order ship? A digital-only order answers shipping options with `[]` whatever the
 * destination (CONTRACT §5); a physical one without a destination is refused or answered with
 * options. So an empty answer without a destination is read as digital-only. Should the API
 * answer `[]` for a physical order too, the order creation's destination error brings the
 * delivery step back (see `onPlaceFailed`).
 *
 * Asked rather than read from the lines: cart items carry only ids and quantities (CONTRACT §4),
 * variant pricing has no item type, and neither do direct items, so no data the checkout holds
 * tells physical from digital; this answer is the only reliable one.
 */
export async function probeShipping(host: CheckoutHost, sf: Storefront): Promise<boolean> {
  try {
    const options = host.customer
      ? await (await customerRoutes()).listShippingOptions(sf.http, host.itemSource(), undefined, { statusOnly: true })
      : await guestCheckout.listShippingOptions(sf.http, host.guestItemSource(), undefined, { statusOnly: true });
    return options.length > 0;
  } catch {
    return true;
  }
}

/** Re-asks shipping options and the summary when what they depend on changed. */
export async function refreshQuotes(host: CheckoutHost): Promise<void> {
  const sf = host.storefront;
  if (!sf || host.phase !== 'ready') return;
  const destination = host.destination();
  const cod = host.values.payment_method === 'cod';
  const lines = host.currentLinesKey();
  if (host.requiresShipping) {
    const key = signature([lines, destination, cod]);
    if (!destination) {
      host.shippingKey = '';
      host.shippingOptions = [];
      host.shippingStatus = 'idle';
    } else if (key !== host.shippingKey) {
      host.shippingKey = key;
      await loadShipping(host, sf, destination, cod);
    }
  }
  const option = host.chosenOption();
  const summaryKey = signature([lines, destination, option ? optionKey(option) : null, host.values.payment_method, host.values.discount_code]);
  if (summaryKey !== host.summaryKey) {
    host.summaryKey = summaryKey;
    await loadSummary(host, sf, destination, option);
  }
}

async function loadShipping(host: CheckoutHost, sf: Storefront, destination: Destination, cod: boolean): Promise<void> {
  host.shippingController?.abort();
  const controller = new AbortController();
  host.shippingController = controller;
  const seq = ++host.shippingSeq;
  host.shippingStatus = 'loading';
  host.shippingError = '';
  const payment = cod ? { payment_method: 'cod' } : host.values.payment_method ? { payment_method: host.values.payment_method } : {};
  try {
    const options = host.customer
      ? await (await customerRoutes()).listShippingOptions(sf.http, { ...host.itemSource(), ...destination, ...payment }, controller.signal)
      : await guestCheckout.listShippingOptions(sf.http, { ...host.guestItemSource(), destination, ...payment }, controller.signal);
    if (seq !== host.shippingSeq) return;
    host.shippingOptions = options.filter((o) => o && typeof o.courier_service_id === 'number' && (!cod || o.is_cod));
    host.shippingStatus = 'ready';
    if (host.values.courier && !host.chosenOption()) host.setValues({ courier: '' }, false);
    if (!host.values.courier && host.shippingOptions.length === 1) host.setValues({ courier: optionKey(host.shippingOptions[0]!) }, false);
  } catch (error) {
    if (seq !== host.shippingSeq || (isScalevApiError(error) && error.kind === 'aborted')) return;
    host.shippingStatus = 'error';
    host.shippingError = host.describeError(error);
    host.shippingKey = '';
    host.reportError(error, 'checkout.shipping-options');
  }
}

async function loadSummary(host: CheckoutHost, sf: Storefront, destination: Destination | null, option: StorefrontShippingOption | null): Promise<void> {
  host.summaryController?.abort();
  const controller = new AbortController();
  host.summaryController = controller;
  const seq = ++host.summarySeq;
  host.summaryStatus = 'loading';
  host.summaryError = '';
  const extra = {
    ...(host.values.payment_method ? { payment_method: host.values.payment_method } : {}),
    ...(host.values.discount_code ? { discount_code_code: host.values.discount_code } : {}),
    ...(option ? guestCheckout.shippingSelection(option) : {}),
  };
  try {
    const summary = host.customer
      ? await (await customerRoutes()).getSummary(sf.http, { ...host.itemSource(), ...(destination ?? {}), ...extra }, controller.signal)
      : await guestCheckout.getSummary(sf.http, { ...host.guestItemSource(), ...(destination ? { destination } : {}), ...extra }, controller.signal);
    if (seq !== host.summarySeq) return;
    host.summary = summary && typeof summary === 'object' ? summary : null;
    host.summaryStatus = 'ready';
    const total = parseMoney(host.summary?.gross_revenue);
    if (total !== null && total !== host.lastTotal && host.lastTotal !== null) {
      host.announcement = host.t('checkout.totalUpdated', { total: host.money(total) });
    }
    host.lastTotal = total;
  } catch (error) {
    if (seq !== host.summarySeq || (isScalevApiError(error) && error.kind === 'aborted')) return;
    host.summaryStatus = 'error';
    host.summaryError = host.describeError(error);
    host.summaryKey = '';
    host.reportError(error, 'checkout.summary');
  }
}

/** Sends the order once: customer route, guest "buy now" items (cart untouched), or the guest cart. */
export async function createOrder(sf: Storefront, body: Record<string, unknown>, customer: boolean, directNoCart: boolean): Promise<StorefrontPublicOrder> {
  return customer
    ? (await customerRoutes()).createOrder(sf.http, body as unknown as Parameters<typeof CustomerCheckout.createOrder>[1])
    : directNoCart
      ? guestOrder.createOrderFromItems(sf.http, body as unknown as Parameters<typeof guestOrder.createOrderFromItems>[1])
      : guestOrder.createOrder(sf.http, body as unknown as Parameters<typeof guestOrder.createOrder>[1]);
}

/** The lines as conversion events describe them. */
export function conversionItems(host: CheckoutHost): ConversionItem[] {
  return host.lines().map((l) => ({
    ...(l.item.type === 'variant' ? { variantId: l.item.variant_id } : { bundlePriceOptionId: l.item.bundle_price_option_id }),
    uniqueId: l.uniqueId,
    name: l.name,
    price: l.unitPrice,
    quantity: l.quantity,
  }));
}

/** InitiateCheckout, once per checkout, when it is ready. */
export function trackInitiate(host: CheckoutHost, sf: Storefront): void {
  if (host.initiatedTracked) return;
  host.initiatedTracked = true;
  const items = conversionItems(host);
  const lines = host.lines();
  const value = lines.every((l) => l.lineTotal !== null) ? lines.reduce((s, l) => s + (l.lineTotal ?? 0), 0) : null;
  // Straight from the shared relays: the order events (`order-conversions.ts`) load only for a placed order.
  void import('../../state/conversions.js').then((c) => c.interaction(sf, 'InitiateCheckout', items, value ?? undefined)).catch(() => undefined);
}
