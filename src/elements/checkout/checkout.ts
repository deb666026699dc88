import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ScalevElement } from '../base/scalev-element.js';
import * as guestCheckout from '../../api/checkout.js';
import * as customerCheckout from '../../api/customer-checkout.js';
import { isScalevApiError } from '../../api/errors.js';
import { parseMoney } from '../../api/money.js';
import type {
  CustomerAddress,
  StorefrontCheckoutItem,
  StorefrontCheckoutSummaryResponse,
  StorefrontLocation,
  StorefrontPublicOrder,
  StorefrontShippingOption,
} from '../../api/types.js';
import type { Storefront } from '../../context/storefront.js';
import { SessionStorage } from '../../session/storage.js';
import type { CartStore } from '../../state/cart.js';
import { catalogCache } from '../../state/catalog-cache.js';
import type { CheckoutIntentCapture, RecaptchaTokenProvider } from '../../state/checkout-intent.js';
import type { ConversionItem } from '../../state/conversions.js';
import { StoreSubscription } from '../../state/subscribe.js';
import { renderField } from '../../ui/form-field.js';
import { formFieldStyles } from '../../ui/form-field.styles.js';
import type { LocationChangeDetail } from '../../ui/location-picker.js';
import { renderError } from '../../ui/status-message.js';
import { statusMessageStyles } from '../../ui/status-message.styles.js';
import { paymentMethodName, safeHttpUrl } from '../order-status/payment-names.js';
import { checkoutStyles } from './checkout.styles.js';
import { EMPTY_VALUES, hasAnyValue, mapFieldErrors, readValues, type CheckoutValues, type FieldName } from './form-state.js';
import { isValidPhone, normalizePhone } from './phone.js';
import './strings.js';

/** A line to order directly (`items` attribute): the checkout item plus optional display data. */
export interface CheckoutDirectItem {
  type?: 'variant' | 'bundle_price_option';
  variant_id?: number;
  bundle_price_option_id?: number;
  quantity?: number;
  /** Shown in the summary; otherwise "Product #id". */
  name?: string;
  /** Unit price in rupiah, for display before the summary answers. */
  price?: number;
  image?: string;
  /** `variant_unique_id` / `bundle_price_option_unique_id`, for conversion events. */
  unique_id?: string;
}

type Step = 'contact' | 'delivery' | 'payment' | 'review';
type Status = 'idle' | 'loading' | 'ready' | 'error';
type Phase = 'loading' | 'ready' | 'empty' | 'invalid' | 'placed' | 'error';

interface ViewLine {
  key: string;
  name: string;
  options: string[];
  image: string | null;
  quantity: number;
  unitPrice: number | null;
  lineTotal: number | null;
  item: StorefrontCheckoutItem;
  uniqueId: string | null;
}

interface PaymentChoice {
  code: string;
  label: string;
  description: string | null;
}

interface SubmitProblem {
  message: string;
  uncertain: boolean;
  retry: boolean;
}

interface PlacedRecord {
  slug: string;
  at: number;
}

const FORM_KEY = 'checkout-form';
const PLACED_KEY = 'checkout-placed';
const UNCERTAIN_KEY = 'checkout-uncertain';
/** A placed order is shown instead of the form after a reload for this long. */
const PLACED_TTL_MS = 24 * 3_600_000;
/*
 * Loaded only when needed, so a page pays for them only then: the location picker (with Floating
 * UI) when an address must be typed, abandoned-checkout capture when the merchant opted in or a
 * recovery link is open, the cart store when the checkout orders the cart.
 */
const loadPicker = () => import('../../ui/location-picker.js');
const loadIntents = () => import('../../state/checkout-intent.js');
const loadCart = () => import('../../state/cart.js');
const RECOVERY_IN_URL = /[?&](?:checkout_intent_prefill_token|cip)=cip_/;

/** Width from which the whole form shows on one page (otherwise: steps). */
const WIDE_PX = 720;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

function signature(value: unknown): string {
  return JSON.stringify(value);
}

function shortHash(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(31, h) + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

function positiveInt(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** Reads the `items` attribute/property leniently; null when it cannot be ordered. */
export function parseDirectItems(value: unknown): CheckoutDirectItem[] | null {
  let list = value;
  if (typeof list === 'string') {
    if (!list.trim()) return null;
    try {
      list = JSON.parse(list);
    } catch {
      return null;
    }
  }
  if (!Array.isArray(list) || list.length === 0 || list.length > 50) return null;
  const out: CheckoutDirectItem[] = [];
  for (const raw of list) {
    if (!raw || typeof raw !== 'object') return null;
    const item = raw as Record<string, unknown>;
    const bundle = positiveInt(item['bundle_price_option_id']);
    const variant = positiveInt(item['variant_id']);
    const type = item['type'] === 'bundle_price_option' || (!variant && bundle) ? 'bundle_price_option' : 'variant';
    const id = type === 'variant' ? variant : bundle;
    if (!id) return null;
    const quantity = Math.min(100, positiveInt(item['quantity'] ?? 1) ?? 0);
    if (!quantity) return null;
    out.push({
      type,
      ...(type === 'variant' ? { variant_id: id } : { bundle_price_option_id: id }),
      quantity,
      ...(typeof item['name'] === 'string' ? { name: item['name'].slice(0, 300) } : {}),
      ...(parseMoney(item['price']) !== null ? { price: parseMoney(item['price'])! } : {}),
      ...(typeof item['image'] === 'string' ? { image: item['image'] } : {}),
      ...(typeof item['unique_id'] === 'string' ? { unique_id: item['unique_id'] } : {}),
    });
  }
  return out;
}

function optionKey(option: Pick<StorefrontShippingOption, 'courier_service_id' | 'warehouse_unique_id'>): string {
  return `${option.courier_service_id}|${option.warehouse_unique_id}`;
}

/**
 * @summary Checkout for guests and signed-in customers: contact, Indonesian delivery address, courier, payment method, discount code, notes, live totals and a place-order button that cannot order twice. One page on wide screens, steps on a phone.
 *
 * @slot empty - Shown instead of the form when there is nothing to order.
 *
 * @csspart form - The checkout form.
 * @csspart steps - The step indicator (phone layout).
 * @csspart section - Each section (contact, delivery, payment).
 * @csspart field - A labelled field.
 * @csspart label - A field label.
 * @csspart input - Text inputs and text areas.
 * @csspart field-error - The message under a field.
 * @csspart shipping-option - One courier choice.
 * @csspart payment-option - One payment method choice.
 * @csspart summary - The order summary column.
 * @csspart line - One ordered item in the summary.
 * @csspart totals - The totals list.
 * @csspart total - The total row.
 * @csspart place-order - The place-order button.
 * @csspart next-button - The "continue" button of the phone steps.
 * @csspart back-button - The "back" button of the phone steps.
 * @csspart notice - Notices (restored form, uncertain order).
 * @csspart error - Error messages.
 * @csspart retry-button - Retry buttons.
 *
 * @cssprop --scalev-checkout-summary-background - Background of the summary column.
 * @cssprop --scalev-checkout-max-width - Largest width of the form.
 *
 * @cssstate loading - Preparing (items, payment methods, addresses).
 * @cssstate empty - Nothing to order.
 * @cssstate error - Checkout could not be prepared, or placing the order failed.
 * @cssstate placing - The order is being placed.
 * @cssstate placed - The order was placed.
 *
 * @fires scalev-before-checkout - Cancelable, just before the order is sent; `detail.request` is the body.
 * @fires scalev-order-created - The order was placed; `detail.order` is the API's order.
 * @fires scalev-error - A request failed (preparing, totals, placing the order).
 */
export class ScalevCheckout extends ScalevElement {
  static override styles = [...ScalevElement.styles, statusMessageStyles, formFieldStyles, checkoutStyles];

  /**
   * Order these items directly instead of the cart: JSON such as
   * `[{"type":"variant","variant_id":494535,"quantity":1,"name":"Kaos"}]` (optional `name`, `price`,
   * `image`, `unique_id` are for display and conversion events). A guest's cart is left alone.
   */
  @property({ attribute: 'items' }) items: string | CheckoutDirectItem[] | null = null;

  /**
   * After the order: `status` (default) shows the order status in place, or goes to the store's
   * `order-url` template when one is set; `redirect` opens the order's `redirect_url` exactly as
   * returned (the merchant's After Checkout setting). `payment_link` orders always follow it.
   */
  @property({ attribute: 'after-order' }) afterOrder: 'status' | 'redirect' = 'status';

  /** Hides the notes field. */
  @property({ type: Boolean, attribute: 'hide-notes' }) hideNotes = false;

  /** Hides the discount-code field. */
  @property({ type: Boolean, attribute: 'hide-discount' }) hideDiscount = false;

  /**
   * Supplies a reCAPTCHA v3 token for abandoned-checkout capture (action `checkout_intent_start`).
   * Alternative to `recaptcha-site-key` on `<scalev-store>`; without either, capture is off.
   */
  @property({ attribute: false }) getRecaptchaToken?: RecaptchaTokenProvider;

  /** Opens a URL after the order (default `location.assign`); a single-page app may route instead. */
  @property({ attribute: false }) navigate: (url: string) => void = (url) => location.assign(url);

  @state() private phase: Phase = 'loading';
  @state() private mode: 'guest' | 'customer' = 'guest';
  @state() private values: CheckoutValues = { ...EMPTY_VALUES };
  @state() private errors: Partial<Record<FieldName, string>> = {};
  @state() private otherErrors: string[] = [];
  @state() private loadError = '';
  @state() private paymentChoices: PaymentChoice[] = [];
  @state() private savedAddresses: CustomerAddress[] = [];
  @state() private addingAddress = false;
  @state() private addressBusy = false;
  @state() private requiresShipping = true;
  @state() private shippingOptions: StorefrontShippingOption[] = [];
  @state() private shippingStatus: Status = 'idle';
  @state() private shippingError = '';
  @state() private summary: StorefrontCheckoutSummaryResponse | null = null;
  @state() private summaryStatus: Status = 'idle';
  @state() private summaryError = '';
  @state() private discountStatus: 'idle' | 'checking' | 'accepted' | 'rejected' | 'error' = 'idle';
  @state() private discountMessage = '';
  @state() private placing = false;
  @state() private submitProblem: SubmitProblem | null = null;
  @state() private uncertainBefore = false;
  @state() private restored = false;
  @state() private placedOrder: StorefrontPublicOrder | null = null;
  @state() private placedSlug = '';
  @state() private placedMessage = '';
  @state() private stepIndex = 0;
  @state() private wide = false;
  @state() private announcement = '';
  @state() private directLines: ViewLine[] | null = null;
  @state() private unavailable: string[] = [];
  @state() private sessionNotice = '';

  private readonly cartWatch = new StoreSubscription(this);
  private cart: CartStore | null = null;
  private storage: SessionStorage | null = null;
  private source = 'cart';
  private capture: CheckoutIntentCapture | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private quotesTimer: ReturnType<typeof setTimeout> | undefined;
  private shippingKey = '';
  private summaryKey = '';
  private shippingSeq = 0;
  private summarySeq = 0;
  private shippingController: AbortController | null = null;
  private summaryController: AbortController | null = null;
  private linesKey = '';
  private initSeq = 0;
  private initiatedTracked = false;
  private resizeObserver: ResizeObserver | null = null;
  private lastTotal: number | null = null;
  /** Signing in or out mid-checkout switches between guest and customer checkout. */
  private readonly onCustomerChange = (event: Event) => {
    const reason = (event as CustomEvent<{ reason?: string }>).detail?.reason;
    const wasCustomer = this.customer;
    void this.init().then(() => {
      if (wasCustomer && (reason === 'revoked' || reason === 'expired')) this.sessionNotice = this.t('error.unauthorized');
    });
  };
  private recoveredItems: CheckoutDirectItem[] | null = null;
  private prefillDone = false;
  private recoveryToken: string | null | undefined;
  private itemsSignature = '';

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === 'function') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const width = entries[0]?.contentRect.width ?? 0;
        const wide = width >= WIDE_PX;
        // Next task: changing the layout inside the observer's callback would loop. (Not the next
        // animation frame: a background tab never gets one.)
        if (wide !== this.wide) setTimeout(() => (this.wide = wide));
      });
      this.resizeObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.flushSave();
    clearTimeout(this.quotesTimer);
    this.shippingController?.abort();
    this.summaryController?.abort();
    this.capture?.dispose();
    this.capture = null;
    this.storefront?.customer.removeEventListener('change', this.onCustomerChange);
  }

  protected override storefrontChanged(sf: Storefront, previous: Storefront | undefined): void {
    previous?.customer.removeEventListener('change', this.onCustomerChange);
    sf.customer.addEventListener('change', this.onCustomerChange);
    this.init();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The first layout is chosen before the first render; the observer follows later changes.
    if (!this.hasUpdated) this.wide = this.getBoundingClientRect().width >= WIDE_PX;
    if (changed.has('items') && this.storefront && signature(this.items) !== this.itemsSignature) void this.init();
    if (this.phase === 'ready' || this.phase === 'empty') this.watchLines();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.setCustomState('loading', this.phase === 'loading');
    this.setCustomState('empty', this.phase === 'empty' || this.phase === 'invalid');
    this.setCustomState('error', this.phase === 'error' || Boolean(this.submitProblem));
    this.setCustomState('placing', this.placing);
    this.setCustomState('placed', this.phase === 'placed');
  }

  // ================================================================= preparing

  private get customer(): boolean {
    return this.mode === 'customer';
  }

  private get hasItemsAttribute(): boolean {
    return this.items !== null && this.items !== '' && !(Array.isArray(this.items) && this.items.length === 0);
  }

  /** Direct items: the `items` attribute, else the items a recovery link restored. */
  private get direct(): CheckoutDirectItem[] | null {
    if (this.hasItemsAttribute) return parseDirectItems(this.items);
    return this.recoveredItems ? parseDirectItems(this.recoveredItems) : null;
  }

  private async init(): Promise<void> {
    const sf = this.storefront;
    if (!sf || sf.problem) return;
    const seq = ++this.initSeq;
    this.itemsSignature = signature(this.items);
    this.capture?.dispose();
    this.capture = null;
    this.mode = sf.customer.status === 'signed-in' ? 'customer' : 'guest';
    // The `cip_` recovery token is taken out of the URL by the first checkout that sees it.
    if (this.recoveryToken === undefined) {
      this.recoveryToken = typeof location !== 'undefined' && RECOVERY_IN_URL.test(location.search)
        ? (await loadIntents()).takePrefillTokenFromUrl()
        : null;
      if (seq !== this.initSeq) return;
    }
    const token = this.recoveryToken;
    if (token && !this.prefillDone) {
      this.prefillDone = true;
      this.phase = 'loading';
      await this.applyPrefill(sf, token);
      if (seq !== this.initSeq) return;
    }
    const direct = this.direct;
    if (this.hasItemsAttribute && !direct) {
      this.phase = 'invalid';
      return;
    }
    this.source = direct ? `items:${shortHash(signature(direct.map((i) => [i.type, i.variant_id, i.bundle_price_option_id, i.quantity])))}` : 'cart';
    this.storage = new SessionStorage(sf.http.apiOrigin, sf.http.storeId, safeSessionStorage());
    this.resetQuotes();

    let placed = this.readPlaced();
    if (placed && !direct) {
      // New items in the cart since the order: the buyer is shopping again, show the form.
      const cart = (await loadCart()).cartStore(sf);
      await cart.load().catch(() => undefined);
      if (seq !== this.initSeq) return;
      if (cart.snapshot.lines.length) {
        this.storage.remove(`${PLACED_KEY}:${this.source}`);
        placed = null;
      }
    }
    if (placed) {
      this.placedSlug = placed.slug;
      this.placedOrder = null;
      this.phase = 'placed';
      void import('../order-status/define.js');
      return;
    }

    const stored = readValues(this.storage.get(`${FORM_KEY}:${this.source}`));
    if (stored && hasAnyValue(stored) && !hasAnyValue(this.values)) {
      this.values = stored;
      this.restored = true;
    }
    this.uncertainBefore = this.storage.get(`${UNCERTAIN_KEY}:${this.source}`) !== null;
    this.phase = 'loading';
    this.loadError = '';

    if (this.getRecaptchaToken || sf.config.recaptchaSiteKey) {
      const intents = await loadIntents().catch(() => null);
      if (seq !== this.initSeq) return;
      this.capture = intents
        ? new intents.CheckoutIntentCapture(sf, {
            source: this.source,
            prefillToken: token,
            ...(this.getRecaptchaToken ? { getRecaptchaToken: this.getRecaptchaToken } : {}),
          })
        : null;
    }

    try {
      await Promise.all([this.loadLines(sf, direct), this.loadPaymentMethods(sf), this.customer ? this.loadAddresses(sf) : null]);
    } catch (error) {
      if (seq !== this.initSeq) return;
      this.phase = 'error';
      this.loadError = this.describeError(error);
      this.reportError(error, 'checkout.prepare');
      return;
    }
    if (seq !== this.initSeq) return;
    if (!this.lines().length) {
      this.phase = 'empty';
      return;
    }
    await this.probeShipping(sf);
    if (seq !== this.initSeq) return;
    this.phase = 'ready';
    this.linesKey = this.currentLinesKey();
    this.trackInitiate(sf);
    this.captureSnapshot();
    this.scheduleQuotes(0);
  }

  private resetQuotes(): void {
    this.shippingKey = '';
    this.summaryKey = '';
    this.shippingOptions = [];
    this.shippingStatus = 'idle';
    this.summary = null;
    this.summaryStatus = 'idle';
    this.submitProblem = null;
    this.errors = {};
    this.otherErrors = [];
    this.stepIndex = 0;
  }

  private async loadLines(sf: Storefront, direct: CheckoutDirectItem[] | null): Promise<void> {
    if (direct) {
      this.cart = null;
      this.cartWatch.follow(undefined);
      const lines = direct.map((item): ViewLine => {
        const id = item.type === 'bundle_price_option' ? item.bundle_price_option_id! : item.variant_id!;
        const checkoutItem: StorefrontCheckoutItem =
          item.type === 'bundle_price_option'
            ? { type: 'bundle_price_option', bundle_price_option_id: id, quantity: item.quantity! }
            : { type: 'variant', variant_id: id, quantity: item.quantity! };
        return {
          key: `${item.type === 'bundle_price_option' ? 'bundle' : 'variant'}:${id}`,
          name: item.name || this.t('checkout.itemFallback', { id }),
          options: [],
          image: safeHttpUrl(item.image),
          quantity: item.quantity!,
          unitPrice: item.price ?? null,
          lineTotal: item.price !== undefined ? item.price * item.quantity! : null,
          item: checkoutItem,
          uniqueId: item.unique_id ?? null,
        };
      });
      this.directLines = lines;
      // Prices not given are looked up (one batched call); the summary stays the truth.
      const missing = lines.filter((l) => l.unitPrice === null && l.item.type === 'variant');
      if (missing.length) {
        void catalogCache(sf)
          .pricingMany(missing.map((l) => (l.item as { variant_id: number }).variant_id))
          .then((prices) => {
            this.directLines = (this.directLines ?? []).map((line) => {
              const price = line.item.type === 'variant' ? parseMoney(prices.get(line.item.variant_id)?.price) : null;
              return price === null || line.unitPrice !== null ? line : { ...line, unitPrice: price, lineTotal: price * line.quantity };
            });
          })
          .catch(() => undefined);
      }
      return;
    }
    this.directLines = null;
    this.cart = (await loadCart()).cartStore(sf);
    this.cartWatch.follow(this.cart);
    this.cart.wantLineDetails();
    await this.cart.load();
    if (this.cart.status === 'error' && this.cart.error) throw this.cart.error;
  }

  private async loadPaymentMethods(sf: Storefront): Promise<void> {
    if (this.customer) {
      const answer = await customerCheckout.listPaymentMethods(sf.http);
      this.paymentChoices = answer.payment_methods
        .filter((code) => typeof code === 'string' && code && code !== 'no_payment')
        .map((code) => ({ code, label: paymentMethodName(code, this.resolvedLocale), description: null }));
    } else {
      const methods = await catalogCache(sf).paymentMethods();
      this.paymentChoices = methods
        .filter((m) => m && m.enabled !== false && typeof m.code === 'string' && m.code !== 'no_payment')
        .map((m) => ({ code: m.code, label: m.label || paymentMethodName(m.code, this.resolvedLocale), description: m.description ?? null }));
    }
    if (this.values.payment_method && !this.paymentChoices.some((p) => p.code === this.values.payment_method)) {
      this.values = { ...this.values, payment_method: '' };
    }
  }

  private async loadAddresses(sf: Storefront): Promise<void> {
    const list = await customerCheckout.listAddresses(sf.http);
    this.savedAddresses = list.filter((a) => a && a.id !== undefined && a.id !== null);
    const chosen = this.values.address_id;
    if (!chosen || !this.savedAddresses.some((a) => String(a.id) === chosen)) {
      const first = this.savedAddresses[0];
      this.values = { ...this.values, address_id: first ? String(first.id) : '' };
    }
    this.addingAddress = this.savedAddresses.length === 0;
  }

  /**
   * Does this order ship? A digital-only order answers shipping options with `[]` whatever the
   * destination (CONTRACT §5); a physical one without a destination is refused or answered with
   * options. So an empty answer without a destination is read as digital-only. Should the API
   * answer `[]` for a physical order too, the order creation's destination error brings the
   * delivery step back (see `onPlaceFailed`).
   */
  private async probeShipping(sf: Storefront): Promise<void> {
    try {
      const options = this.customer
        ? await customerCheckout.listShippingOptions(sf.http, this.itemSource())
        : await guestCheckout.listShippingOptions(sf.http, this.guestItemSource());
      this.requiresShipping = options.length > 0;
    } catch {
      this.requiresShipping = true;
    }
  }

  private async applyPrefill(sf: Storefront, token: string): Promise<void> {
    const data = await (await loadIntents()).readPrefill(sf, token);
    if (!data) return;
    const pick = (value: unknown) => (typeof value === 'string' ? value : '');
    const locationId = positiveInt(data.destination_subdistrict_id);
    const location: StorefrontLocation | null =
      locationId && data.subdistrict
        ? {
            id: locationId,
            subdistrict_name: data.subdistrict,
            city_name: data.city ?? '',
            province_name: data.province ?? '',
            display: [data.subdistrict, data.city, data.province].filter(Boolean).join(', '),
          }
        : null;
    this.values = {
      ...this.values,
      customer_name: pick(data.name) || this.values.customer_name,
      customer_email: pick(data.email) || this.values.customer_email,
      customer_phone: pick(data.fullPhoneNumber) || pick(data.phone) || this.values.customer_phone,
      shipping_address: pick(data.address) || this.values.shipping_address,
      location: location ?? this.values.location,
      postal_code: pick(data.postalCodeSelected) || this.values.postal_code,
      payment_method: pick(data.payment_method) || this.values.payment_method,
      notes: pick(data.notes) || this.values.notes,
      discount_input: pick(data.discountCode) || this.values.discount_input,
    };
    this.restored = true;
    const items = Array.isArray(data.checkout_intent?.items) ? data.checkout_intent.items : [];
    this.unavailable = items.filter((i) => i && i.is_available === false).map((i) => i.name || i.product_name || '').filter(Boolean);
    // A recovery link on a checkout without its own items restores the saved items when the cart is empty.
    if (!this.hasItemsAttribute) {
      const cart = (await loadCart()).cartStore(sf);
      await cart.load().catch(() => undefined);
      const available = items.filter((i) => i && i.is_available !== false);
      if (!cart.snapshot.lines.length && available.length) {
        this.recoveredItems = available.map((i) => ({
          type: i.type,
          ...(i.type === 'bundle_price_option' ? { bundle_price_option_id: i.bundle_price_option_id } : { variant_id: i.variant_id }),
          quantity: i.quantity,
          name: i.name ?? i.product_name ?? undefined,
          price: parseMoney(i.unit_price) ?? undefined,
          image: i.image ?? undefined,
          unique_id: i.variant_unique_id ?? i.bundle_price_option_unique_id ?? undefined,
        })) as CheckoutDirectItem[];
      }
    }
  }

  // ================================================================= lines and item source

  private lines(): ViewLine[] {
    if (this.directLines) return this.directLines;
    const snapshot = this.cart?.snapshot;
    if (!snapshot) return [];
    return snapshot.lines
      .filter((l) => l.quantity > 0 && (l.type === 'variant' ? l.variantId : l.bundlePriceOptionId))
      .map((l) => {
        const line = l as typeof l & { key?: string; uniqueId?: string | null; lineTotal?: number | null };
        const item: StorefrontCheckoutItem =
          l.type === 'bundle_price_option'
            ? { type: 'bundle_price_option', bundle_price_option_id: l.bundlePriceOptionId!, quantity: l.quantity }
            : { type: 'variant', variant_id: l.variantId!, quantity: l.quantity };
        const id = l.type === 'variant' ? l.variantId : l.bundlePriceOptionId;
        return {
          key: line.key ?? `${l.type}:${id}`,
          name: l.name || this.t('checkout.itemFallback', { id }),
          options: l.options ?? [],
          image: safeHttpUrl(l.image),
          quantity: l.quantity,
          unitPrice: l.unitPrice ?? null,
          lineTotal: line.lineTotal ?? (l.unitPrice != null ? l.unitPrice * l.quantity : null),
          item,
          uniqueId: line.uniqueId ?? null,
        };
      });
  }

  private currentLinesKey(): string {
    return signature([this.cart?.snapshot.id ?? null, this.lines().map((l) => [l.key, l.quantity])]);
  }

  /** Cart changes (another tab, the cart drawer) re-quote shipping and totals. */
  private watchLines(): void {
    if (!this.cart) return;
    const key = this.currentLinesKey();
    if (key === this.linesKey) return;
    this.linesKey = key;
    if (!this.lines().length) {
      if (this.phase === 'ready' && !this.placing) this.phase = 'empty';
      return;
    }
    if (this.phase === 'empty') {
      // Items arrived (another widget added them): prepare from scratch.
      void this.init();
      return;
    }
    this.scheduleQuotes();
    this.captureSnapshot();
  }

  /** Guest routes: direct items, else the guest cart behind the token. */
  private guestItemSource(): { items?: StorefrontCheckoutItem[] } {
    return this.directLines ? { items: this.directLines.map((l) => l.item) } : {};
  }

  /** Customer routes: direct items, else `cart_id` (or the lines when the cart id is unknown). */
  private itemSource(): { items?: StorefrontCheckoutItem[]; cart_id?: number } {
    if (this.directLines) return { items: this.directLines.map((l) => l.item) };
    const id = this.cart?.snapshot.id;
    return typeof id === 'number' && id > 0 ? { cart_id: id } : { items: this.lines().map((l) => l.item) };
  }

  // ================================================================= destination, shipping, summary

  private chosenAddress(): CustomerAddress | null {
    return this.savedAddresses.find((a) => String(a.id) === this.values.address_id) ?? null;
  }

  /** `{ location_id, postal_code }` when the destination is complete. */
  private destination(): { location_id: number; postal_code: string } | null {
    if (!this.requiresShipping) return null;
    if (this.customer && !this.addingAddress) {
      const address = this.chosenAddress();
      const id = positiveInt(address?.location?.id);
      const postal = address?.postal_code ?? '';
      return id && postal ? { location_id: id, postal_code: postal } : null;
    }
    const { location, postal_code } = this.values;
    return location && /^\d{5}$/.test(postal_code) ? { location_id: location.id, postal_code } : null;
  }

  private chosenOption(): StorefrontShippingOption | null {
    return this.shippingOptions.find((o) => optionKey(o) === this.values.courier) ?? null;
  }

  private scheduleQuotes(delay = 250): void {
    clearTimeout(this.quotesTimer);
    this.quotesTimer = setTimeout(() => void this.refreshQuotes(), delay);
  }

  private async refreshQuotes(): Promise<void> {
    const sf = this.storefront;
    if (!sf || this.phase !== 'ready') return;
    const destination = this.destination();
    const cod = this.values.payment_method === 'cod';
    const lines = this.currentLinesKey();
    if (this.requiresShipping) {
      const key = signature([lines, destination, cod]);
      if (!destination) {
        this.shippingKey = '';
        this.shippingOptions = [];
        this.shippingStatus = 'idle';
      } else if (key !== this.shippingKey) {
        this.shippingKey = key;
        await this.loadShipping(sf, destination, cod);
      }
    }
    const option = this.chosenOption();
    const summaryKey = signature([lines, destination, option ? optionKey(option) : null, this.values.payment_method, this.values.discount_code]);
    if (summaryKey !== this.summaryKey) {
      this.summaryKey = summaryKey;
      await this.loadSummary(sf, destination, option);
    }
  }

  private async loadShipping(sf: Storefront, destination: { location_id: number; postal_code: string }, cod: boolean): Promise<void> {
    this.shippingController?.abort();
    const controller = new AbortController();
    this.shippingController = controller;
    const seq = ++this.shippingSeq;
    this.shippingStatus = 'loading';
    this.shippingError = '';
    const payment = cod ? { payment_method: 'cod' } : this.values.payment_method ? { payment_method: this.values.payment_method } : {};
    try {
      const options = this.customer
        ? await customerCheckout.listShippingOptions(sf.http, { ...this.itemSource(), ...destination, ...payment }, controller.signal)
        : await guestCheckout.listShippingOptions(sf.http, { ...this.guestItemSource(), destination, ...payment }, controller.signal);
      if (seq !== this.shippingSeq) return;
      this.shippingOptions = options.filter((o) => o && typeof o.courier_service_id === 'number' && (!cod || o.is_cod));
      this.shippingStatus = 'ready';
      if (this.values.courier && !this.chosenOption()) this.setValues({ courier: '' }, false);
      if (!this.values.courier && this.shippingOptions.length === 1) this.setValues({ courier: optionKey(this.shippingOptions[0]!) }, false);
    } catch (error) {
      if (seq !== this.shippingSeq || (isScalevApiError(error) && error.kind === 'aborted')) return;
      this.shippingStatus = 'error';
      this.shippingError = this.describeError(error);
      this.shippingKey = '';
      this.reportError(error, 'checkout.shipping-options');
    }
  }

  private async loadSummary(
    sf: Storefront,
    destination: { location_id: number; postal_code: string } | null,
    option: StorefrontShippingOption | null,
  ): Promise<void> {
    this.summaryController?.abort();
    const controller = new AbortController();
    this.summaryController = controller;
    const seq = ++this.summarySeq;
    this.summaryStatus = 'loading';
    this.summaryError = '';
    const courier = option ? guestCheckout.shippingSelection(option) : {};
    const extra = {
      ...(this.values.payment_method ? { payment_method: this.values.payment_method } : {}),
      ...(this.values.discount_code ? { discount_code_code: this.values.discount_code } : {}),
      ...courier,
    };
    try {
      const summary = this.customer
        ? await customerCheckout.getSummary(sf.http, { ...this.itemSource(), ...(destination ?? {}), ...extra }, controller.signal)
        : await guestCheckout.getSummary(sf.http, { ...this.guestItemSource(), ...(destination ? { destination } : {}), ...extra }, controller.signal);
      if (seq !== this.summarySeq) return;
      this.summary = summary && typeof summary === 'object' ? summary : null;
      this.summaryStatus = 'ready';
      const total = parseMoney(this.summary?.gross_revenue);
      if (total !== null && total !== this.lastTotal && this.lastTotal !== null) {
        this.announcement = this.t('checkout.totalUpdated', { total: this.money(total) });
      }
      this.lastTotal = total;
    } catch (error) {
      if (seq !== this.summarySeq || (isScalevApiError(error) && error.kind === 'aborted')) return;
      this.summaryStatus = 'error';
      this.summaryError = this.describeError(error);
      this.summaryKey = '';
      this.reportError(error, 'checkout.summary');
    }
  }

  // ================================================================= discount

  private async applyDiscount(): Promise<void> {
    const sf = this.storefront;
    const code = this.values.discount_input.trim();
    if (!sf || !code || this.discountStatus === 'checking') return;
    this.discountStatus = 'checking';
    this.discountMessage = this.t('checkout.discountChecking');
    const destination = this.destination();
    const option = this.chosenOption();
    // One item source only (CONTRACT §5): direct items, or the cart's lines for customers (the
    // public route cannot see a customer cart), or the guest cart behind the token.
    const items = this.directLines || this.customer ? { items: this.lines().map((l) => l.item) } : {};
    try {
      const result = await guestCheckout.checkDiscountCode(sf.http, {
        code,
        ...items,
        ...(destination ? { destination } : {}),
        ...(option ? guestCheckout.shippingSelection(option) : {}),
        ...(this.values.payment_method ? { payment_method: this.values.payment_method } : {}),
      });
      if (result && result.is_eligible === true) {
        const amount = parseMoney(result.discount_code_discount);
        this.discountStatus = 'accepted';
        this.discountMessage = amount
          ? this.t('checkout.discountAcceptedAmount', { code, amount: this.money(amount) })
          : this.t('checkout.discountAccepted', { code });
        this.setValues({ discount_code: code });
      } else {
        this.discountStatus = 'rejected';
        this.discountMessage = this.t('checkout.discountRejected', { code });
        this.setValues({ discount_code: '' });
      }
    } catch (error) {
      this.discountStatus = 'error';
      this.discountMessage = this.describeError(error);
      this.reportError(error, 'checkout.discount');
    }
  }

  private removeDiscount(): void {
    this.discountStatus = 'idle';
    this.discountMessage = '';
    this.setValues({ discount_code: '', discount_input: '' });
  }

  // ================================================================= values, persistence, capture

  private setValues(patch: Partial<CheckoutValues>, requote = true): void {
    this.values = { ...this.values, ...patch };
    const cleared = { ...this.errors };
    for (const key of Object.keys(patch)) delete cleared[key as FieldName];
    if ('location' in patch) delete cleared.location;
    this.errors = cleared;
    this.submitProblem = this.submitProblem?.uncertain ? this.submitProblem : null;
    this.scheduleSave();
    this.captureSnapshot();
    if (requote) this.scheduleQuotes();
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.flushSave(), 300);
  }

  private flushSave(): void {
    clearTimeout(this.saveTimer);
    if (!this.storage || this.phase === 'placed' || this.placedOrder) return;
    this.storage.set(`${FORM_KEY}:${this.source}`, JSON.stringify(this.values));
  }

  private captureSnapshot(): void {
    if (!this.capture?.enabled) return;
    const v = this.values;
    const location = this.customer ? null : v.location;
    this.capture.update({
      fields: {
        customer_name: v.customer_name,
        customer_email: v.customer_email,
        customer_phone: normalizePhone(v.customer_phone) ?? v.customer_phone,
        shipping_address: v.shipping_address,
        shipping_province: location?.province_name ?? null,
        shipping_city: location?.city_name ?? null,
        shipping_subdistrict: location?.subdistrict_name ?? null,
        shipping_postal_code: v.postal_code,
        shipping_location_id: location?.id ?? null,
        payment_method: v.payment_method,
        notes: v.notes,
        discount_code_code: v.discount_code,
      },
      items: this.lines().map((l) => l.item),
      cartId: this.directLines ? null : (this.cart?.snapshot.id ?? null),
    });
  }

  private readPlaced(): PlacedRecord | null {
    const raw = this.storage?.get(`${PLACED_KEY}:${this.source}`);
    if (!raw) return null;
    try {
      const record = JSON.parse(raw) as PlacedRecord;
      if (typeof record?.slug === 'string' && record.slug && Date.now() - record.at < PLACED_TTL_MS) return record;
    } catch {
      // fall through
    }
    this.storage?.remove(`${PLACED_KEY}:${this.source}`);
    return null;
  }

  /** Leaves the placed order and starts a fresh checkout. */
  private startOver(): void {
    this.storage?.remove(`${PLACED_KEY}:${this.source}`);
    this.placedOrder = null;
    this.placedSlug = '';
    this.placedMessage = '';
    this.values = { ...EMPTY_VALUES };
    this.restored = false;
    this.init();
  }

  private trackInitiate(sf: Storefront): void {
    if (this.initiatedTracked) return;
    this.initiatedTracked = true;
    const items = this.conversionItems();
    const value = this.lines().every((l) => l.lineTotal !== null) ? this.lines().reduce((s, l) => s + (l.lineTotal ?? 0), 0) : null;
    void import('../../state/conversions.js').then((c) => c.trackInitiateCheckout(sf, items, value)).catch(() => undefined);
  }

  private conversionItems(): ConversionItem[] {
    return this.lines().map((l) => ({
      ...(l.item.type === 'variant' ? { variantId: l.item.variant_id } : { bundlePriceOptionId: l.item.bundle_price_option_id }),
      uniqueId: l.uniqueId,
      name: l.name,
      price: l.unitPrice,
      quantity: l.quantity,
    }));
  }

  // ================================================================= validation and steps

  private steps(): Step[] {
    const steps: Step[] = [];
    if (!this.customer) steps.push('contact');
    if (this.requiresShipping) steps.push('delivery');
    steps.push('payment', 'review');
    return steps;
  }

  private validateStep(step: Step): Partial<Record<FieldName, string>> {
    const v = this.values;
    const e: Partial<Record<FieldName, string>> = {};
    const required = this.t('checkout.required');
    if (step === 'contact' && !this.customer) {
      if (!v.customer_name.trim()) e.customer_name = required;
      else if (v.customer_name.trim().length > 200) e.customer_name = this.t('checkout.tooLong', { max: 200 });
      if (!v.customer_email.trim()) e.customer_email = required;
      else if (!EMAIL.test(v.customer_email.trim()) || v.customer_email.trim().length > 254) e.customer_email = this.t('checkout.invalidEmail');
      if (!v.customer_phone.trim()) {
        if (this.requiresShipping) e.customer_phone = required;
      } else if (!isValidPhone(v.customer_phone)) e.customer_phone = this.t('checkout.invalidPhone');
    }
    if (step === 'delivery' && this.requiresShipping) {
      if (this.customer && !this.addingAddress) {
        if (!this.chosenAddress()) e.address_id = this.t('checkout.chooseAddress');
      } else if (this.customer) {
        e.address_id = this.t('checkout.chooseAddress');
      } else {
        if (!v.shipping_address.trim()) e.shipping_address = required;
        else if (v.shipping_address.trim().length < 5) e.shipping_address = this.t('checkout.addressShort');
        if (!v.location) e.location = this.t('location.required');
        else if (!/^\d{5}$/.test(v.postal_code)) e.postal_code = this.t('location.postalRequired');
      }
      if (!e.address_id && !e.location && !e.postal_code && !this.chosenOption()) e.courier = this.t('checkout.chooseShipping');
    }
    if (step === 'payment' && !v.payment_method) e.payment_method = this.t('checkout.choosePayment');
    return e;
  }

  /** Validates the given steps, shows the errors, focuses the first one; returns the first invalid step. */
  private check(steps: Step[]): Step | null {
    let first: Step | null = null;
    const errors: Partial<Record<FieldName, string>> = {};
    for (const step of steps) {
      const stepErrors = this.validateStep(step);
      if (Object.keys(stepErrors).length && !first) first = step;
      Object.assign(errors, stepErrors);
    }
    this.errors = { ...this.errors, ...errors };
    if (first) {
      if (!this.wide) this.stepIndex = Math.max(0, this.steps().indexOf(first));
      void this.updateComplete.then(() => this.focusFirstError());
    }
    return first;
  }

  private focusFirstError(): void {
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
    const field = order.find((name) => this.errors[name]);
    if (!field) return;
    const root = this.renderRoot;
    if (field === 'location' || field === 'postal_code') {
      const picker = root.querySelector('scalev-location-picker') as (HTMLElement & { validate?: () => boolean }) | null;
      picker?.validate?.();
      picker?.focus();
      return;
    }
    const target = root.querySelector<HTMLElement>(`[data-focus="${field}"], [name="${field}"]`);
    target?.focus();
  }

  private next(): void {
    const steps = this.steps();
    const step = steps[this.stepIndex];
    if (!step || this.check([step])) return;
    this.goToStep(Math.min(steps.length - 1, this.stepIndex + 1));
  }

  private back(): void {
    this.goToStep(Math.max(0, this.stepIndex - 1));
  }

  private goToStep(index: number): void {
    this.stepIndex = index;
    const steps = this.steps();
    this.announcement = this.t('checkout.step', { current: index + 1, total: steps.length, name: this.stepName(steps[index]!) });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-step-heading]')?.focus());
  }

  private stepName(step: Step): string {
    return this.t(`checkout.${step}`);
  }

  // ================================================================= placing the order

  private buildOrder(): { body: Record<string, unknown>; customer: boolean; directNoCart: boolean } {
    const v = this.values;
    const option = this.requiresShipping ? this.chosenOption() : null;
    const courier = option ? guestCheckout.shippingSelection(option) : {};
    const common = {
      payment_method: v.payment_method,
      ...courier,
      ...(v.discount_code ? { discount_code_code: v.discount_code } : {}),
      ...(v.notes.trim() && !this.hideNotes ? { notes: v.notes.trim() } : {}),
    };
    if (this.customer) {
      const destination = this.destination();
      const address = this.chosenAddress();
      return {
        customer: true,
        directNoCart: false,
        body: {
          ...this.itemSource(),
          ...(this.requiresShipping && address ? { address_id: address.id, ...(destination ?? {}) } : {}),
          ...common,
        },
      };
    }
    const location = v.location;
    const phone = normalizePhone(v.customer_phone);
    return {
      customer: false,
      directNoCart: Boolean(this.directLines),
      body: {
        ...this.guestItemSource(),
        customer_name: v.customer_name.trim(),
        customer_email: v.customer_email.trim(),
        ...(phone ? { customer_phone: phone } : {}),
        ...(this.requiresShipping && location
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
  async placeOrder(): Promise<void> {
    const sf = this.storefront;
    if (!sf || this.placing || this.placedOrder || this.phase !== 'ready') return;
    if (this.check(this.steps().filter((s) => s !== 'review'))) {
      this.submitProblem = { message: this.t('checkout.fixErrors'), uncertain: false, retry: false };
      return;
    }
    const { body, customer, directNoCart } = this.buildOrder();
    if (!this.emit('scalev-before-checkout', { request: { ...body }, customer }, { cancelable: true })) {
      this.submitProblem = { message: this.t('checkout.canceled'), uncertain: false, retry: false };
      return;
    }
    this.placing = true;
    this.submitProblem = null;
    this.otherErrors = [];
    this.flushSave();
    try {
      const token = await this.capture?.flush().catch(() => null);
      if (token) body['checkout_intent_token'] = token;
      // Written before sending: a tab closed mid-request still warns on the next visit.
      this.storage?.set(`${UNCERTAIN_KEY}:${this.source}`, String(Date.now()));
      const order = customer
        ? await customerCheckout.createOrder(sf.http, body as unknown as Parameters<typeof customerCheckout.createOrder>[1])
        : directNoCart
          ? await guestCheckout.createOrderFromItems(sf.http, body as unknown as Parameters<typeof guestCheckout.createOrderFromItems>[1])
          : await guestCheckout.createOrder(sf.http, body as unknown as Parameters<typeof guestCheckout.createOrder>[1]);
      this.onPlaced(sf, order);
    } catch (error) {
      this.onPlaceFailed(error);
    } finally {
      this.placing = false;
    }
  }

  private onPlaced(sf: Storefront, answer: StorefrontPublicOrder): void {
    // Whatever the reply looks like, a 2xx is a placed order: never submit again.
    const order = (answer && typeof answer === 'object' ? answer : {}) as StorefrontPublicOrder;
    const slug = typeof order.secret_slug === 'string' ? order.secret_slug : '';
    this.placedOrder = order;
    this.placedSlug = slug;
    this.placedMessage = this.t('checkout.orderPlaced', { number: order.order_id ?? '' });
    this.phase = 'placed';
    this.uncertainBefore = false;
    clearTimeout(this.saveTimer);
    if (this.storage) {
      this.storage.remove(`${FORM_KEY}:${this.source}`);
      this.storage.remove(`${UNCERTAIN_KEY}:${this.source}`);
      if (slug) this.storage.set(`${PLACED_KEY}:${this.source}`, JSON.stringify({ slug, at: Date.now() } satisfies PlacedRecord));
    }
    if (!this.directLines) this.cart?.clearAfterOrder();
    this.capture?.completed();
    const items = this.conversionItems();
    const v = this.values;
    this.emit('scalev-order-created', { order });
    void import('../../state/conversions.js')
      .then((c) =>
        c.trackPurchase(sf, order, items, {
          name: this.customer ? null : v.customer_name,
          email: this.customer ? null : v.customer_email,
          phone: this.customer ? null : normalizePhone(v.customer_phone),
          city: v.location?.city_name ?? null,
          province: v.location?.province_name ?? null,
          locationId: this.destination()?.location_id ?? null,
        }),
      )
      .catch(() => undefined);
    this.values = { ...EMPTY_VALUES };

    const redirect = typeof order.redirect_url === 'string' && safeHttpUrl(order.redirect_url) ? order.redirect_url : null;
    if (redirect && (order.payment_method === 'payment_link' || this.afterOrder === 'redirect')) {
      this.announcement = this.t('checkout.redirecting');
      this.navigate(redirect);
      return;
    }
    const orderUrl = slug ? sf.url('order', { secret_slug: slug }) : null;
    if (orderUrl) {
      this.navigate(orderUrl);
      return;
    }
    this.announcement = this.placedMessage;
    void import('../order-status/define.js');
  }

  private onPlaceFailed(error: unknown): void {
    const api = isScalevApiError(error) ? error : null;
    this.reportError(error, 'checkout.submit');
    // No answer, or an unreadable 2xx, or a gateway timeout: the order may exist.
    const uncertain = !api || api.kind === 'timeout' || api.kind === 'network' || api.kind === 'parse' || api.status === 502 || api.status === 504;
    if (!uncertain) this.storage?.remove(`${UNCERTAIN_KEY}:${this.source}`);
    if (uncertain) {
      this.submitProblem = { message: this.t('checkout.uncertain'), uncertain: true, retry: true };
      return;
    }
    if (api && api.hasFieldErrors && api.status >= 400 && api.status < 500) {
      const { fields, other } = mapFieldErrors(api.fieldErrors);
      if ((fields.location || fields.postal_code || fields.shipping_address) && !this.requiresShipping) {
        // The probe read the order as digital-only, but the API wants a destination.
        this.requiresShipping = true;
      }
      this.errors = { ...this.errors, ...fields };
      this.otherErrors = other;
      this.submitProblem = { message: this.t('checkout.fixErrors'), uncertain: false, retry: false };
      if (!this.wide) {
        const step = this.stepOfError();
        if (step) this.stepIndex = Math.max(0, this.steps().indexOf(step));
      }
      void this.updateComplete.then(() => this.focusFirstError());
      return;
    }
    this.submitProblem = {
      message: this.t('checkout.failed', { reason: this.describeError(error) }),
      uncertain: false,
      retry: Boolean(api?.isTransient || (api && api.status >= 500)),
    };
  }

  private stepOfError(): Step | null {
    const e = this.errors;
    if (e.customer_name || e.customer_email || e.customer_phone) return 'contact';
    if (e.address_id || e.shipping_address || e.location || e.postal_code || e.courier) return 'delivery';
    if (e.payment_method || e.discount_code || e.notes) return 'payment';
    return null;
  }

  // ================================================================= customer addresses

  private async saveNewAddress(): Promise<void> {
    const sf = this.storefront;
    if (!sf || this.addressBusy) return;
    const v = this.values;
    const errors: Partial<Record<FieldName, string>> = {};
    if (!v.customer_name.trim()) errors.customer_name = this.t('checkout.required');
    if (!isValidPhone(v.customer_phone)) errors.customer_phone = v.customer_phone.trim() ? this.t('checkout.invalidPhone') : this.t('checkout.required');
    if (v.shipping_address.trim().length < 5) errors.shipping_address = v.shipping_address.trim() ? this.t('checkout.addressShort') : this.t('checkout.required');
    if (!v.location) errors.location = this.t('location.required');
    else if (!/^\d{5}$/.test(v.postal_code)) errors.postal_code = this.t('location.postalRequired');
    if (Object.keys(errors).length) {
      this.errors = { ...this.errors, ...errors };
      void this.updateComplete.then(() => this.focusFirstError());
      return;
    }
    this.addressBusy = true;
    try {
      const { createAddress } = await import('../../api/account.js');
      const saved = await createAddress(sf.http, {
        name: v.customer_name.trim(),
        phone: normalizePhone(v.customer_phone)!,
        location_id: v.location!.id,
        address: v.shipping_address.trim(),
        postal_code: v.postal_code,
      });
      const list = await customerCheckout.listAddresses(sf.http).catch(() => [...this.savedAddresses, saved]);
      this.savedAddresses = list.filter((a) => a && a.id !== undefined && a.id !== null);
      const id = saved?.id !== undefined && saved?.id !== null ? String(saved.id) : String(this.savedAddresses.at(-1)?.id ?? '');
      this.addingAddress = false;
      this.announcement = this.t('checkout.addressSaved');
      this.setValues({ address_id: id, courier: '' });
    } catch (error) {
      if (isScalevApiError(error) && error.hasFieldErrors) {
        this.errors = { ...this.errors, ...mapFieldErrors(error.fieldErrors).fields };
      } else {
        this.submitProblem = { message: this.describeError(error), uncertain: false, retry: false };
      }
      this.reportError(error, 'checkout.address');
    } finally {
      this.addressBusy = false;
    }
  }

  // ================================================================= rendering

  protected override render(): TemplateResult {
    const problem = this.problem;
    if (problem) return this.renderProblem(problem);
    const live = html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
    switch (this.phase) {
      case 'loading':
        return html`<p class="muted" role="status" aria-busy="true">${this.t('checkout.loadingForm')}</p>${live}`;
      case 'invalid':
        return html`<p class="muted" part="empty" role="alert">${this.t('checkout.itemsInvalid')}</p>`;
      case 'empty':
        return html`<div part="empty" class="empty"><slot name="empty"><p>${this.t('checkout.empty')}</p></slot></div>${live}`;
      case 'error':
        return html`${renderError({ message: this.loadError, retryLabel: this.t('common.retry'), onRetry: () => void this.init() })}${live}`;
      case 'placed':
        return html`${this.renderPlaced()}${live}`;
      default:
        return html`${this.renderForm()}${live}`;
    }
  }

  private renderPlaced(): TemplateResult {
    const order = this.placedOrder;
    const slug = this.placedSlug;
    return html`<div class="placed" part="placed">
      ${this.placedMessage ? html`<p class="notice notice--success" part="notice" role="status">${this.placedMessage}</p>` : nothing}
      ${slug
        ? html`<scalev-order-status .order=${order && order.secret_slug === slug ? order : null} secret-slug=${slug} locale=${this.locale} theme=${this.theme}></scalev-order-status>`
        : order && safeHttpUrl(order.public_order_url)
          ? html`<a class="link" href=${safeHttpUrl(order.public_order_url)!}>${this.t('checkout.viewOrder')}</a>`
          : nothing}
      <button type="button" class="button button--secondary" @click=${this.startOver}>${this.t('checkout.newOrder')}</button>
    </div>`;
  }

  private renderForm(): TemplateResult {
    const steps = this.steps();
    const current = steps[Math.min(this.stepIndex, steps.length - 1)]!;
    const visible = (step: Step) => this.wide || step === current;
    return html`<form class="checkout ${this.wide ? 'checkout--wide' : ''}" part="form" novalidate @submit=${(e: Event) => e.preventDefault()}>
      ${this.renderNotices()}
      ${this.wide ? nothing : this.renderStepper(steps, current)}
      <div class="main">
        ${!this.customer && visible('contact') ? this.renderContact(current === 'contact' && !this.wide) : nothing}
        ${this.requiresShipping && visible('delivery') ? this.renderDelivery(current === 'delivery' && !this.wide) : nothing}
        ${!this.requiresShipping && (this.wide || current === 'payment')
          ? html`<p class="muted digital" part="notice">${this.t('checkout.digitalOnly')}</p>`
          : nothing}
        ${visible('payment') ? this.renderPayment(current === 'payment' && !this.wide) : nothing}
        ${!this.wide && current !== 'review' ? this.renderStepNav(steps) : nothing}
      </div>
      ${this.wide || current === 'review' ? this.renderSummary(current === 'review' && !this.wide) : this.renderMiniTotal()}
    </form>`;
  }

  private renderNotices(): TemplateResult | typeof nothing {
    const uncertain = this.submitProblem?.uncertain || (this.uncertainBefore && !this.submitProblem);
    return html`${this.sessionNotice ? html`<p class="notice notice--warning" part="notice" role="alert">${this.sessionNotice}</p>` : nothing}${this.restored && !uncertain
      ? html`<p class="notice" part="notice">${this.t('checkout.restored')}</p>`
      : nothing}${uncertain && !this.submitProblem
      ? html`<div class="notice notice--warning" part="notice" role="alert">${this.t('checkout.uncertain')}</div>`
      : nothing}${this.unavailable.length
      ? html`<p class="notice notice--warning" part="notice">${this.t('checkout.unavailable', { names: this.unavailable.join(', ') })}</p>`
      : nothing}`;
  }

  private renderStepper(steps: Step[], current: Step): TemplateResult {
    return html`<nav class="stepper" part="steps" aria-label=${this.t('checkout.steps')}>
      <ol>
        ${steps.map(
          (step, i) => html`<li class=${step === current ? 'is-current' : i < this.stepIndex ? 'is-done' : ''} aria-current=${step === current ? 'step' : nothing}>
            <span class="stepper__num">${i + 1}</span><span class="stepper__name">${this.stepName(step)}</span>
          </li>`,
        )}
      </ol>
    </nav>`;
  }

  private renderStepNav(steps: Step[]): TemplateResult {
    return html`<div class="step-nav">
      ${this.stepIndex > 0 ? html`<button type="button" class="button button--secondary" part="back-button" @click=${this.back}>${this.t('checkout.back')}</button>` : nothing}
      ${this.stepIndex < steps.length - 1
        ? html`<button type="button" class="button" part="next-button" @click=${this.next}>${this.t('checkout.next')}</button>`
        : nothing}
    </div>`;
  }

  private sectionHeading(id: string, text: string, stepHeading: boolean): TemplateResult {
    return html`<h2 id=${id} class="section__title" tabindex=${stepHeading ? '-1' : nothing} ?data-step-heading=${stepHeading}>${text}</h2>`;
  }

  private field(
    name: 'customer_name' | 'customer_email' | 'customer_phone' | 'shipping_address' | 'notes',
    options: Partial<Parameters<typeof renderField>[0]> = {},
  ): TemplateResult {
    return renderField({
      id: `f-${name}`,
      name,
      label: '',
      value: this.values[name],
      error: this.errors[name] ?? null,
      onInput: (value) => this.setValues({ [name]: value } as Partial<CheckoutValues>, false),
      ...options,
    });
  }

  private renderContact(stepHeading: boolean): TemplateResult {
    return html`<section class="section" part="section" aria-labelledby="h-contact">
      ${this.sectionHeading('h-contact', this.t('checkout.contact'), stepHeading)}
      ${this.field('customer_name', { label: this.t('checkout.name'), autocomplete: 'name', required: true, maxlength: 200 })}
      ${this.field('customer_email', {
        label: this.t('checkout.email'),
        type: 'email',
        autocomplete: 'email',
        inputmode: 'email',
        required: true,
        maxlength: 254,
        hint: this.t('checkout.emailHint'),
      })}
      ${this.field('customer_phone', {
        label: this.t('checkout.phone'),
        type: 'tel',
        autocomplete: 'tel',
        inputmode: 'tel',
        required: this.requiresShipping,
        maxlength: 20,
        hint: this.t('checkout.phoneHint'),
        ...(this.requiresShipping ? {} : { optionalLabel: this.t('checkout.optional') }),
        onBlur: () => {
          const normal = normalizePhone(this.values.customer_phone);
          if (this.values.customer_phone.trim() && !normal) this.errors = { ...this.errors, customer_phone: this.t('checkout.invalidPhone') };
        },
      })}
    </section>`;
  }

  private renderLocationFields(customer: boolean): TemplateResult {
    // Properties set before the picker's code arrives are kept by Lit when the element upgrades.
    if (!customElements.get('scalev-location-picker')) void loadPicker();
    return html`${this.field('shipping_address', {
        label: this.t('checkout.address'),
        autocomplete: 'street-address',
        multiline: true,
        required: true,
        maxlength: 2000,
        hint: this.t('checkout.addressHint'),
        ...(customer ? { name: 'address' } : {}),
      })}
      <scalev-location-picker
        required
        locale=${this.locale}
        theme=${this.theme}
        location-name=${customer ? 'location_id' : 'shipping_location_id'}
        postal-name=${customer ? 'postal_code' : 'shipping_postal_code'}
        .value=${this.values.location}
        postal-code=${this.values.postal_code}
        .errors=${{ location: this.errors.location ?? null, postalCode: this.errors.postal_code ?? null }}
        @scalev-location-change=${(e: CustomEvent<LocationChangeDetail>) =>
          this.setValues({ location: e.detail.location, postal_code: e.detail.postalCode ?? '', courier: '' })}
      ></scalev-location-picker>`;
  }

  private renderDelivery(stepHeading: boolean): TemplateResult {
    return html`<section class="section" part="section" aria-labelledby="h-delivery">
      ${this.sectionHeading('h-delivery', this.t('checkout.delivery'), stepHeading)}
      ${this.customer ? this.renderSavedAddresses() : this.renderLocationFields(false)}
      ${this.renderShippingOptions()}
    </section>`;
  }

  private renderSavedAddresses(): TemplateResult {
    const error = this.errors.address_id;
    return html`<p class="muted">${this.t('checkout.signedIn')}</p>
      ${this.savedAddresses.length
        ? html`<fieldset class="choices" aria-describedby=${error ? 'e-address' : nothing}>
            <legend>${this.t('checkout.savedAddresses')}</legend>
            ${this.savedAddresses.map((address, i) => {
              const id = String(address.id);
              const loc = address.location;
              return html`<label class="choice" part="address-option">
                <input
                  type="radio"
                  name="address_id"
                  value=${id}
                  data-focus=${i === 0 ? 'address_id' : nothing}
                  .checked=${!this.addingAddress && this.values.address_id === id}
                  @change=${() => {
                    this.addingAddress = false;
                    this.setValues({ address_id: id, courier: '' });
                  }}
                />
                <span class="choice__body">
                  <strong>${address.name ?? ''}</strong>${address.phone ? html` · ${address.phone}` : nothing}
                  <span class="muted">${[address.address, loc?.subdistrict_name, loc?.city_name, loc?.province_name, address.postal_code].filter(Boolean).join(', ')}</span>
                </span>
              </label>`;
            })}
          </fieldset>`
        : nothing}
      ${error ? html`<p class="field__error" id="e-address">${error}</p>` : nothing}
      ${this.addingAddress
        ? html`<div class="new-address">
            ${this.field('customer_name', { label: this.t('checkout.name'), autocomplete: 'name', required: true, name: 'name' })}
            ${this.field('customer_phone', { label: this.t('checkout.phone'), type: 'tel', autocomplete: 'tel', inputmode: 'tel', required: true, name: 'phone' })}
            ${this.renderLocationFields(true)}
            <div class="row">
              <button type="button" class="button" ?disabled=${this.addressBusy} @click=${this.saveNewAddress}>${this.t('checkout.saveAddress')}</button>
              ${this.savedAddresses.length
                ? html`<button type="button" class="button button--secondary" @click=${() => (this.addingAddress = false)}>${this.t('checkout.cancelAddress')}</button>`
                : nothing}
            </div>
          </div>`
        : html`<button type="button" class="link" @click=${() => (this.addingAddress = true)}>${this.t('checkout.newAddress')}</button>`}`;
  }

  private renderShippingOptions(): TemplateResult {
    const error = this.errors.courier;
    const destination = this.destination();
    let body: TemplateResult | typeof nothing;
    if (!destination) body = html`<p class="muted">${this.t('checkout.chooseLocationFirst')}</p>`;
    else if (this.shippingStatus === 'loading') body = html`<p class="muted" role="status">${this.t('checkout.loadingShipping')}</p>`;
    else if (this.shippingStatus === 'error')
      body = renderError({
        message: this.shippingError,
        retryLabel: this.t('common.retry'),
        onRetry: () => {
          this.shippingKey = '';
          this.scheduleQuotes(0);
        },
      });
    else if (!this.shippingOptions.length) body = html`<p class="muted" role="status">${this.t('checkout.noShipping')}</p>`;
    else
      body = html`${this.shippingOptions.map((option, i) => {
        const key = optionKey(option);
        const logo = safeHttpUrl(option.logo_url);
        const etd = option.etd?.trim();
        return html`<label class="choice choice--shipping" part="shipping-option">
          <input
            type="radio"
            name="courier_service_id"
            value=${String(option.courier_service_id)}
            data-focus=${i === 0 ? 'courier' : nothing}
            .checked=${this.values.courier === key}
            @change=${() => this.setValues({ courier: key })}
          />
          ${logo ? html`<img class="choice__logo" src=${logo} alt="" width="40" height="24" loading="lazy" />` : nothing}
          <span class="choice__body">
            <strong>${option.courier_code?.toUpperCase()} ${option.name}</strong>
            <span class="muted">${option.service_code}${etd ? html` · ${/^\d+(\s*-\s*\d+)?$/.test(etd) ? this.t('checkout.etdDays', { etd }) : this.t('checkout.etd', { etd })}` : nothing}${option.is_cod
                ? html` · <span class="badge">${this.t('checkout.cod')}</span>`
                : nothing}</span>
          </span>
          <span class="choice__price">${this.money(parseMoney(option.cost))}</span>
        </label>`;
      })}`;
    return html`<fieldset class="choices" aria-describedby=${error ? 'e-courier' : nothing} aria-busy=${this.shippingStatus === 'loading' ? 'true' : 'false'}>
      <legend>${this.t('checkout.shipping')}</legend>
      ${body}
      ${error ? html`<p class="field__error" id="e-courier">${error}</p>` : nothing}
    </fieldset>`;
  }

  private renderPayment(stepHeading: boolean): TemplateResult {
    const error = this.errors.payment_method;
    return html`<section class="section" part="section" aria-labelledby="h-payment">
      ${this.sectionHeading('h-payment', this.t('checkout.payment'), stepHeading)}
      <fieldset class="choices" aria-describedby=${error ? 'e-payment' : nothing}>
        <legend>${this.t('checkout.paymentMethod')}</legend>
        ${this.paymentChoices.length
          ? this.paymentChoices.map(
              (choice, i) => html`<label class="choice" part="payment-option">
                <input
                  type="radio"
                  name="payment_method"
                  value=${choice.code}
                  data-focus=${i === 0 ? 'payment_method' : nothing}
                  .checked=${this.values.payment_method === choice.code}
                  @change=${() => this.setValues({ payment_method: choice.code })}
                />
                <span class="choice__body"
                  ><strong>${choice.label}</strong>${choice.description ? html`<span class="muted">${choice.description}</span>` : nothing}</span
                >
              </label>`,
            )
          : html`<p class="muted">${this.t('checkout.noPaymentMethods')}</p>`}
        ${error ? html`<p class="field__error" id="e-payment">${error}</p>` : nothing}
      </fieldset>
      ${this.hideDiscount ? nothing : this.renderDiscount()}
      ${this.hideNotes
        ? nothing
        : this.field('notes', { label: this.t('checkout.notes'), multiline: true, maxlength: 2000, optionalLabel: this.t('checkout.optional') })}
    </section>`;
  }

  private renderDiscount(): TemplateResult {
    const accepted = this.discountStatus === 'accepted' && this.values.discount_code;
    const message = this.errors.discount_code || this.discountMessage;
    const bad = this.discountStatus === 'rejected' || this.discountStatus === 'error' || Boolean(this.errors.discount_code);
    return html`<div class="field discount" part="field">
      <label class="field__label" part="label" for="f-discount">${this.t('checkout.discount')} <span class="field__optional">${this.t('checkout.optional')}</span></label>
      <div class="row">
        <input
          id="f-discount"
          class="field__control"
          part="input"
          name="discount_code_code"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          maxlength="100"
          .value=${this.values.discount_input}
          ?readonly=${Boolean(accepted)}
          aria-invalid=${bad ? 'true' : 'false'}
          aria-describedby=${message ? 'f-discount-msg' : nothing}
          @input=${(e: Event) => {
            this.discountStatus = 'idle';
            this.discountMessage = '';
            this.setValues({ discount_input: (e.target as HTMLInputElement).value }, false);
          }}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void this.applyDiscount();
            }
          }}
        />
        ${accepted
          ? html`<button type="button" class="button button--secondary" @click=${this.removeDiscount}>${this.t('checkout.removeDiscount')}</button>`
          : html`<button
              type="button"
              class="button button--secondary"
              ?disabled=${!this.values.discount_input.trim() || this.discountStatus === 'checking'}
              @click=${this.applyDiscount}
            >
              ${this.t('checkout.applyDiscount')}
            </button>`}
      </div>
      ${message
        ? html`<p id="f-discount-msg" class=${bad ? 'field__error' : 'field__ok'} role=${bad ? 'alert' : 'status'}>${message}</p>`
        : nothing}
    </div>`;
  }

  private summaryRows(): Array<[string, number, boolean?]> {
    const s = this.summary;
    if (!s) return [];
    const product = parseMoney(s.product_price) ?? 0;
    const shipping = parseMoney(s.shipping_cost) ?? 0;
    const other = parseMoney(s.other_income) ?? 0;
    const fee = parseMoney(s.service_fee) ?? 0;
    const total = parseMoney(s.gross_revenue);
    // The summary has no discount field: its total is after discounts, so the difference is the discount.
    const discount = total === null ? 0 : Math.max(0, Math.round(product + shipping + other + fee - total));
    const rows: Array<[string, number, boolean?]> = [[this.t('checkout.subtotal'), product]];
    if (discount > 0) rows.push([this.values.discount_code ? `${this.t('checkout.discountRow')} (${this.values.discount_code})` : this.t('checkout.discountRow'), discount, true]);
    if (this.requiresShipping) rows.push([this.t('checkout.shippingRow'), shipping]);
    if (other) rows.push([s.other_income_name || this.t('checkout.otherIncome'), other]);
    if (fee) rows.push([this.t('checkout.serviceFee'), fee]);
    return rows;
  }

  private renderMiniTotal(): TemplateResult {
    const total = parseMoney(this.summary?.gross_revenue);
    return html`<p class="mini-total" part="totals">
      <span>${this.t('checkout.total')}</span> <strong>${total === null ? '—' : this.money(total)}</strong>
    </p>`;
  }

  private renderSummary(stepHeading: boolean): TemplateResult {
    const lines = this.lines();
    const total = parseMoney(this.summary?.gross_revenue);
    const problem = this.submitProblem;
    return html`<aside class="summary" part="summary" aria-labelledby="h-review">
      ${this.sectionHeading('h-review', this.t('checkout.items'), stepHeading)}
      <ul class="lines" role="list">
        ${lines.map(
          (line) => html`<li class="line" part="line">
            ${line.image ? html`<img class="line__image" src=${line.image} alt="" width="48" height="48" loading="lazy" />` : html`<span class="line__image"></span>`}
            <span class="line__body">
              <span class="line__name">${line.name}</span>
              ${line.options.length ? html`<span class="muted">${line.options.join(' · ')}</span>` : nothing}
              <span class="muted">${this.t('checkout.quantity', { count: line.quantity })}</span>
            </span>
            <span class="line__total">${line.lineTotal === null ? '' : this.money(line.lineTotal)}</span>
          </li>`,
        )}
      </ul>
      <dl class="totals" part="totals" aria-busy=${this.summaryStatus === 'loading' ? 'true' : 'false'}>
        ${this.summaryRows().map(
          ([label, amount, negative]) => html`<div class="totals__row"><dt>${label}</dt><dd>${negative ? '−' : ''}${this.money(amount)}</dd></div>`,
        )}
        <div class="totals__row totals__row--total" part="total">
          <dt>${this.t('checkout.total')}</dt>
          <dd>${total === null ? '—' : this.money(total)}</dd>
        </div>
      </dl>
      ${this.summaryStatus === 'loading' && !this.summary ? html`<p class="muted" role="status">${this.t('checkout.summaryLoading')}</p>` : nothing}
      ${this.summaryStatus === 'error'
        ? renderError({
            message: `${this.t('checkout.summaryError')} ${this.summaryError}`,
            retryLabel: this.t('common.retry'),
            onRetry: () => {
              this.summaryKey = '';
              this.scheduleQuotes(0);
            },
          })
        : nothing}
      ${problem
        ? renderError({
            message: problem.message,
            ...(problem.retry ? { retryLabel: problem.uncertain ? this.t('checkout.uncertainRetry') : this.t('common.retry'), onRetry: () => void this.placeOrder() } : {}),
          })
        : nothing}
      ${this.otherErrors.length ? html`<ul class="other-errors" role="list">${this.otherErrors.map((m) => html`<li>${m}</li>`)}</ul>` : nothing}
      <div class="step-nav">
        ${!this.wide && this.stepIndex > 0
          ? html`<button type="button" class="button button--secondary" part="back-button" @click=${this.back}>${this.t('checkout.back')}</button>`
          : nothing}
        <button
          type="button"
          class="button button--primary place"
          part="place-order"
          aria-disabled=${this.placing ? 'true' : 'false'}
          ?disabled=${this.placing}
          @click=${() => void this.placeOrder()}
        >
          ${this.placing ? this.t('checkout.placing') : this.t('checkout.placeOrder')}
        </button>
      </div>
    </aside>`;
  }
}

/** `sessionStorage` where the page may use it (private modes and sandboxed frames may refuse). */
function safeSessionStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}
