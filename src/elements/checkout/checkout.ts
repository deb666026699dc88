import { adoptStyles, html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ScalevElement } from '../base/scalev-element.js';
import { parseMoney } from '../../api/money.js';
import type {
  CustomerAddress,
  StorefrontCheckoutItem,
  StorefrontCheckoutSummaryResponse,
  StorefrontPublicOrder,
  StorefrontShippingOption,
} from '../../api/types.js';
import type { Storefront } from '../../context/storefront.js';
import { SessionStorage } from '../../session/storage.js';
import type { CartStore } from '../../state/cart.js';
import type { CheckoutIntentCapture, RecaptchaTokenProvider } from '../../state/checkout-intent.js';
import type { ConversionItem } from '../../state/conversions.js';
import { renderField, type FieldOptions } from '../../ui/form-field.js';
import { formFieldStyles } from '../../ui/form-field.styles.js';
import { renderError } from '../../ui/status-message.js';
import { statusMessageStyles } from '../../ui/status-message.styles.js';
import { safeHttpUrl } from '../order-status/payment-names.js';
import { checkoutStyles } from './checkout.styles.js';
import {
  FORM_KEY,
  PLACED_KEY,
  UNCERTAIN_KEY,
  optionKey,
  positiveInt,
  type CheckoutDirectItem,
  type CheckoutHost,
  type Destination,
  type DiscountStatus,
  type FieldErrors,
  type PaymentChoice,
  type Phase,
  type Status,
  type Step,
  type SubmitProblem,
  type TextField,
  type ViewLine,
} from './checkout-host.js';
import { EMPTY_VALUES, hasAnyValue, readValues, type CheckoutValues, type FieldName } from './form-state.js';
import { isValidPhone, normalizePhone } from './phone.js';
import './strings.js';

export type { CheckoutDirectItem };

interface PlacedRecord {
  slug: string;
  at: number;
}

/** A placed order is shown instead of the form after a reload for this long. */
const PLACED_TTL_MS = 24 * 3_600_000;
/*
 * Loaded only when needed, so a page pays for them only then: the location picker (with Floating
 * UI) when an address must be typed, abandoned-checkout capture when the merchant opted in or a
 * recovery link is open, the cart store when the checkout orders the cart.
 */
const loadIntents = () => import('../../state/checkout-intent.js');
const loadCart = () => import('../../state/cart.js');
const RECOVERY_IN_URL = /[?&](?:checkout_intent_prefill_token|cip)=cip_/;

/**
 * The parts of the checkout, each loaded when it is about to show (or its requests are first
 * needed): the quotes and order requests, the delivery step (physical orders), the customer's
 * saved addresses (signed in), the payment step, the summary, and what follows placing the order.
 */
const PARTS = {
  requests: () => import('./requests.js'),
  delivery: () => import('./delivery.js'),
  customer: () => import('./customer.js'),
  payment: () => import('./payment.js'),
  summary: () => import('./summary.js'),
  outcome: () => import('./outcome.js'),
};
type PartName = keyof typeof PARTS;
type Part<N extends PartName> = Awaited<ReturnType<(typeof PARTS)[N]>>;
const STEP_PARTS: Record<Step, PartName | null> = { contact: null, delivery: 'delivery', payment: 'payment', review: 'summary' };

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
    const price = parseMoney(item['price']);
    out.push({
      type,
      ...(type === 'variant' ? { variant_id: id } : { bundle_price_option_id: id }),
      quantity,
      ...(typeof item['name'] === 'string' ? { name: item['name'].slice(0, 300) } : {}),
      ...(price !== null ? { price } : {}),
      ...(typeof item['image'] === 'string' ? { image: item['image'] } : {}),
      ...(typeof item['unique_id'] === 'string' ? { unique_id: item['unique_id'] } : {}),
    });
  }
  return out;
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
 * @csspart part-loading - Placeholder of a section whose code is still loading.
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

  // State shared with the parts (see `CheckoutHost`) is protected; the element's own is private.
  @state() protected phase: Phase = 'loading';
  @state() private mode: 'guest' | 'customer' = 'guest';
  @state() protected values: CheckoutValues = { ...EMPTY_VALUES };
  @state() protected errors: FieldErrors = {};
  @state() protected otherErrors: string[] = [];
  @state() private loadError = '';
  @state() protected paymentChoices: PaymentChoice[] = [];
  @state() protected savedAddresses: CustomerAddress[] = [];
  @state() protected addingAddress = false;
  @state() protected addressBusy = false;
  @state() protected requiresShipping = true;
  @state() protected shippingOptions: StorefrontShippingOption[] = [];
  @state() protected shippingStatus: Status = 'idle';
  @state() protected shippingError = '';
  @state() protected summary: StorefrontCheckoutSummaryResponse | null = null;
  @state() protected summaryStatus: Status = 'idle';
  @state() protected summaryError = '';
  @state() protected discountStatus: DiscountStatus = 'idle';
  @state() protected discountMessage = '';
  @state() protected placing = false;
  @state() protected submitProblem: SubmitProblem | null = null;
  @state() protected uncertainBefore = false;
  @state() protected restored = false;
  @state() protected placedOrder: StorefrontPublicOrder | null = null;
  @state() protected placedSlug = '';
  @state() protected placedMessage = '';
  @state() protected stepIndex = 0;
  @state() protected wide = false;
  @state() protected announcement = '';
  @state() protected directLines: ViewLine[] | null = null;
  @state() protected unavailable: string[] = [];
  @state() private sessionNotice = '';
  @state() private partError = '';

  protected cart: CartStore | null = null;
  protected storage: SessionStorage | null = null;
  protected source = 'cart';
  protected capture: CheckoutIntentCapture | null = null;
  protected saveTimer: ReturnType<typeof setTimeout> | undefined;
  protected shippingKey = '';
  protected summaryKey = '';
  protected shippingSeq = 0;
  protected summarySeq = 0;
  protected shippingController: AbortController | null = null;
  protected summaryController: AbortController | null = null;
  protected lastTotal: number | null = null;
  protected recoveredItems: CheckoutDirectItem[] | null = null;
  private quotesTimer: ReturnType<typeof setTimeout> | undefined;
  private linesKey = '';
  private initSeq = 0;
  private initiatedTracked = false;
  private resizeObserver: ResizeObserver | null = null;
  private prefillDone = false;
  private recoveryToken: string | null | undefined;
  private itemsSignature = '';
  private watchedCart: CartStore | null = null;
  private readonly parts = new Map<PartName, unknown>();
  private readonly partLoads = new Map<PartName, Promise<unknown>>();
  private readonly lateStyles = new Set<CSSResult>();
  private readonly onCartChange = () => this.requestUpdate();
  /** Signing in or out mid-checkout switches between guest and customer checkout. */
  private readonly onCustomerChange = (event: Event) => {
    const reason = (event as CustomEvent<{ reason?: string }>).detail?.reason;
    const wasCustomer = this.customer;
    void this.init().then(() => {
      if (wasCustomer && (reason === 'revoked' || reason === 'expired')) this.sessionNotice = this.t('error.unauthorized');
    });
  };

  /** The element as its parts see it. */
  private get shared(): CheckoutHost {
    return this as unknown as CheckoutHost;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.watchedCart?.addEventListener('change', this.onCartChange);
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
    this.watchedCart?.removeEventListener('change', this.onCartChange);
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

  // ================================================================= parts

  /** Loads a part once (its styles adopted); a failed load may be tried again. */
  private loadPart<N extends PartName>(name: N): Promise<Part<N>> {
    let loading = this.partLoads.get(name) as Promise<Part<N>> | undefined;
    if (!loading) {
      loading = (PARTS[name]() as Promise<Part<N>>).then(
        (part) => {
          const styles = (part as { styles?: CSSResult }).styles;
          if (styles && !this.lateStyles.has(styles) && this.renderRoot instanceof ShadowRoot) {
            this.lateStyles.add(styles);
            adoptStyles(this.renderRoot, [...(this.constructor as typeof ScalevCheckout).elementStyles, ...this.lateStyles]);
          }
          this.parts.set(name, part);
          this.requestUpdate();
          return part;
        },
        (error: unknown) => {
          this.partLoads.delete(name);
          throw error;
        },
      );
      this.partLoads.set(name, loading);
    }
    return loading;
  }

  /** The part when loaded; otherwise starts loading it (the caller shows a placeholder meanwhile). */
  private loaded<N extends PartName>(name: N): Part<N> | undefined {
    const part = this.parts.get(name) as Part<N> | undefined;
    if (!part) {
      this.loadPart(name).catch((error: unknown) => {
        this.partError = this.describeError(error);
      });
    }
    return part;
  }

  /** The parts the form shows first: every section on a wide screen, else the first step's. */
  private firstViewParts(): PartName[] {
    const first = this.steps()[0];
    if (this.wide) return this.requiresShipping ? ['delivery', 'payment', 'summary'] : ['payment', 'summary'];
    return first === 'delivery' ? ['delivery'] : first === 'payment' ? ['payment'] : [];
  }

  /** Loads, on idle, the parts this checkout will show, so no step waits when the buyer reaches it. */
  private prefetchParts(): void {
    const names: PartName[] = ['payment', 'summary'];
    if (this.requiresShipping) names.push('delivery');
    if (this.customer) names.push('customer');
    const prefetch = () => names.forEach((name) => this.loaded(name));
    const idle = (globalThis as { requestIdleCallback?: (cb: () => void, options: { timeout: number }) => void }).requestIdleCallback;
    if (idle) idle(prefetch, { timeout: 1500 });
    else setTimeout(prefetch, 200);
  }

  private placeholder(): TemplateResult {
    return this.partError
      ? html`${renderError({
          message: this.partError,
          retryLabel: this.t('common.retry'),
          onRetry: () => {
            this.partError = '';
          },
        })}`
      : html`<p class="muted part-loading" part="part-loading" role="status" aria-busy="true">${this.t('common.loading')}</p>`;
  }

  // ================================================================= preparing

  protected get customer(): boolean {
    return this.mode === 'customer';
  }

  protected get hasItemsAttribute(): boolean {
    return this.items !== null && this.items !== '' && !(Array.isArray(this.items) && this.items.length === 0);
  }

  /** Direct items: the `items` attribute, else the items a recovery link restored. */
  private get direct(): CheckoutDirectItem[] | null {
    if (this.hasItemsAttribute) return parseDirectItems(this.items);
    return this.recoveredItems ? parseDirectItems(this.recoveredItems) : null;
  }

  protected async init(): Promise<void> {
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
      await (await import('./prefill.js')).applyPrefill(this.shared, sf, token).catch(() => undefined);
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
    this.partError = '';

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

    // The parts of a wide first view load alongside the requests that prepare it (a part that
    // fails to load shows its own retry).
    if (this.wide) for (const name of ['payment', 'summary'] as const) this.loadPart(name).catch(() => undefined);
    let requests: Part<'requests'>;
    try {
      [requests] = await Promise.all([
        this.loadPart('requests'),
        this.loadLines(sf, direct),
        this.loadPart('requests').then((r) => r.loadPaymentMethods(this.shared, sf)),
        this.customer ? this.loadPart('customer').then((c) => c.loadAddresses(this.shared, sf)) : null,
      ]);
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
    await requests.probeShipping(this.shared, sf);
    if (seq !== this.initSeq) return;
    await Promise.all(this.firstViewParts().map((name) => this.loadPart(name).catch(() => undefined)));
    if (seq !== this.initSeq) return;
    this.phase = 'ready';
    this.linesKey = this.currentLinesKey();
    this.trackInitiate(sf);
    this.captureSnapshot();
    this.scheduleQuotes(0);
    this.prefetchParts();
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

  private followCart(cart: CartStore | null): void {
    if (cart === this.watchedCart) return;
    this.watchedCart?.removeEventListener('change', this.onCartChange);
    this.watchedCart = cart;
    if (this.isConnected) cart?.addEventListener('change', this.onCartChange);
  }

  private async loadLines(sf: Storefront, direct: CheckoutDirectItem[] | null): Promise<void> {
    if (direct) {
      this.cart = null;
      this.followCart(null);
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
      if (lines.some((l) => l.unitPrice === null && l.item.type === 'variant')) {
        void this.loadPart('requests').then((r) => r.lookUpPrices(this.shared, sf), () => undefined);
      }
      return;
    }
    this.directLines = null;
    this.cart = (await loadCart()).cartStore(sf);
    this.followCart(this.cart);
    this.requestUpdate();
    this.cart.wantLineDetails();
    await this.cart.load();
    if (this.cart.status === 'error' && this.cart.error) throw this.cart.error;
  }

  // ================================================================= lines and item source

  protected lines(): ViewLine[] {
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
  protected guestItemSource(): { items?: StorefrontCheckoutItem[] } {
    return this.directLines ? { items: this.directLines.map((l) => l.item) } : {};
  }

  /** Customer routes: direct items, else `cart_id` (or the lines when the cart id is unknown). */
  protected itemSource(): { items?: StorefrontCheckoutItem[]; cart_id?: number } {
    if (this.directLines) return { items: this.directLines.map((l) => l.item) };
    const id = this.cart?.snapshot.id;
    return typeof id === 'number' && id > 0 ? { cart_id: id } : { items: this.lines().map((l) => l.item) };
  }

  // ================================================================= destination, shipping, summary

  protected chosenAddress(): CustomerAddress | null {
    return this.savedAddresses.find((a) => String(a.id) === this.values.address_id) ?? null;
  }

  /** `{ location_id, postal_code }` when the destination is complete. */
  protected destination(): Destination | null {
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

  protected chosenOption(): StorefrontShippingOption | null {
    return this.shippingOptions.find((o) => optionKey(o) === this.values.courier) ?? null;
  }

  protected scheduleQuotes(delay = 250): void {
    clearTimeout(this.quotesTimer);
    this.quotesTimer = setTimeout(() => void this.loadPart('requests').then((r) => r.refreshQuotes(this.shared), () => undefined), delay);
  }

  // ================================================================= values, persistence, capture

  protected setValues(patch: Partial<CheckoutValues>, requote = true): void {
    this.values = { ...this.values, ...patch };
    const cleared = { ...this.errors };
    for (const key of Object.keys(patch)) delete cleared[key as FieldName];
    if ('location' in patch) delete cleared.location;
    this.errors = cleared;
    this.submitProblem = this.submitProblem?.uncertain ? this.submitProblem : null;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.flushSave(), 300);
    this.captureSnapshot();
    if (requote) this.scheduleQuotes();
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
  protected startOver(): void {
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

  protected conversionItems(): ConversionItem[] {
    return this.lines().map((l) => ({
      ...(l.item.type === 'variant' ? { variantId: l.item.variant_id } : { bundlePriceOptionId: l.item.bundle_price_option_id }),
      uniqueId: l.uniqueId,
      name: l.name,
      price: l.unitPrice,
      quantity: l.quantity,
    }));
  }

  // ================================================================= validation and steps

  protected steps(): Step[] {
    const steps: Step[] = [];
    if (!this.customer) steps.push('contact');
    if (this.requiresShipping) steps.push('delivery');
    steps.push('payment', 'review');
    return steps;
  }

  private validateStep(step: Step): FieldErrors {
    const v = this.values;
    const e: FieldErrors = {};
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
    const errors: FieldErrors = {};
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

  protected focusFirstError(): void {
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

  protected back(): void {
    this.goToStep(Math.max(0, this.stepIndex - 1));
  }

  private goToStep(index: number): void {
    this.stepIndex = index;
    const steps = this.steps();
    const step = steps[index]!;
    this.announcement = this.t('checkout.step', { current: index + 1, total: steps.length, name: this.stepName(step) });
    // The heading is focused once the step's part is in (it usually is: parts load on idle).
    const part = STEP_PARTS[step];
    void (part ? this.loadPart(part).catch(() => undefined) : Promise.resolve())
      .then(() => this.updateComplete)
      .then(() => this.renderRoot.querySelector<HTMLElement>('[data-step-heading]')?.focus());
  }

  private stepName(step: Step): string {
    return this.t(`checkout.${step}`);
  }

  // ================================================================= placing the order

  private buildOrder(): { body: Record<string, unknown>; customer: boolean; directNoCart: boolean } {
    const v = this.values;
    const option = this.requiresShipping ? this.chosenOption() : null;
    const common = {
      payment_method: v.payment_method,
      ...(option
        ? {
            courier_service_id: option.courier_service_id,
            warehouse_unique_id: option.warehouse_unique_id,
            courier_aggregator_code: option.courier_aggregator_code ?? null,
          }
        : {}),
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
      // Nothing is sent before the code that handles every outcome is in.
      const [requests, outcome] = await Promise.all([this.loadPart('requests'), this.loadPart('outcome')]).catch((error: unknown) => {
        this.submitProblem = { message: this.t('checkout.failed', { reason: this.describeError(error) }), uncertain: false, retry: true };
        return [];
      });
      if (!requests || !outcome) return;
      const token = await this.capture?.flush().catch(() => null);
      if (token) body['checkout_intent_token'] = token;
      // Written before sending: a tab closed mid-request still warns on the next visit.
      this.storage?.set(`${UNCERTAIN_KEY}:${this.source}`, String(Date.now()));
      let order: StorefrontPublicOrder;
      try {
        order = await requests.createOrder(sf, body, customer, directNoCart);
      } catch (error) {
        outcome.onPlaceFailed(this.shared, error);
        return;
      }
      outcome.onPlaced(this.shared, sf, order);
    } finally {
      this.placing = false;
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
        return html`${this.loaded('outcome')?.renderPlaced(this.shared) ?? this.placeholder()}${live}`;
      default:
        return html`${this.renderForm()}${live}`;
    }
  }

  private renderForm(): TemplateResult {
    const steps = this.steps();
    const current = steps[Math.min(this.stepIndex, steps.length - 1)]!;
    const visible = (step: Step) => this.wide || step === current;
    const heading = (step: Step) => current === step && !this.wide;
    return html`<form class="checkout ${this.wide ? 'checkout--wide' : ''}" part="form" novalidate @submit=${(e: Event) => e.preventDefault()}>
      ${this.renderNotices()}
      ${this.wide ? nothing : this.renderStepper(steps, current)}
      <div class="main">
        ${!this.customer && visible('contact') ? this.renderContact(heading('contact')) : nothing}
        ${this.requiresShipping && visible('delivery') ? this.renderDelivery(heading('delivery')) : nothing}
        ${!this.requiresShipping && (this.wide || current === 'payment')
          ? html`<p class="muted digital" part="notice">${this.t('checkout.digitalOnly')}</p>`
          : nothing}
        ${visible('payment') ? this.loaded('payment')?.renderPayment(this.shared, heading('payment')) ?? this.placeholder() : nothing}
        ${!this.wide && current !== 'review' ? this.renderStepNav(steps) : nothing}
      </div>
      ${this.wide || current === 'review'
        ? this.loaded('summary')?.renderSummary(this.shared, heading('review')) ?? this.placeholder()
        : this.renderMiniTotal()}
    </form>`;
  }

  private renderDelivery(stepHeading: boolean): TemplateResult {
    const delivery = this.loaded('delivery');
    if (!delivery) return this.placeholder();
    const saved = this.customer ? this.loaded('customer')?.renderSavedAddresses(this.shared, delivery.renderLocationFields) ?? this.placeholder() : null;
    return delivery.renderDelivery(this.shared, stepHeading, saved);
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

  private renderMiniTotal(): TemplateResult {
    const total = parseMoney(this.summary?.gross_revenue);
    return html`<p class="mini-total" part="totals">
      <span>${this.t('checkout.total')}</span> <strong>${total === null ? '—' : this.money(total)}</strong>
    </p>`;
  }

  protected sectionHeading(id: string, text: string, stepHeading: boolean): TemplateResult {
    return html`<h2 id=${id} class="section__title" tabindex=${stepHeading ? '-1' : nothing} ?data-step-heading=${stepHeading}>${text}</h2>`;
  }

  protected field(name: TextField, options: Partial<FieldOptions> = {}): TemplateResult {
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
}

/** `sessionStorage` where the page may use it (private modes and sandboxed frames may refuse). */
function safeSessionStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}
