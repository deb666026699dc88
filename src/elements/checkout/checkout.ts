import { adoptStyles, html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ScalevElement } from '../base/scalev-element.js';
import { ensureLocale } from '../../i18n/localize.js';
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
import { renderError, retryKeepingFocus } from '../../ui/status-message.js';
import { statusMessageStyles } from '../../ui/status-message.styles.js';
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
  type ViewLine,
} from './checkout-host.js';
import { EMPTY_VALUES, hasAnyValue, readValues, type CheckoutValues, type FieldName } from './form-state.js';
import './strings.js';

export type { CheckoutDirectItem };

interface PlacedRecord {
  slug: string;
  at: number;
}

/** A placed order is shown instead of the form after a reload for this long. */
const PLACED_TTL_MS = 24 * 3_600_000;
/*
 * Loaded only when needed, so a page pays for them only then: the location picker when an address
 * must be typed (its search behaviour and Floating UI when its field is first used), abandoned-checkout capture when the merchant opted in or a
 * recovery link is open, the cart store when the checkout orders the cart.
 */
const loadIntents = () => import('../../state/checkout-intent.js');
const loadCart = () => import('../../state/cart.js');
const RECOVERY_IN_URL = /[?&](?:checkout_intent_prefill_token|cip)=cip_/;

/**
 * The parts of the checkout: the form with its sections and requests (one module, loaded while the
 * checkout prepares), placing the order (loaded when the buyer first touches or focuses the form,
 * or a placed order shows), and the signed-in customer's saved addresses.
 */
const PARTS = {
  parts: () => import('./parts.js'),
  submit: () => import('./submit.js'),
  customer: () => import('./customer.js'),
};
type PartName = keyof typeof PARTS;
type Part<N extends PartName> = Awaited<ReturnType<(typeof PARTS)[N]>>;

/** Width from which the whole form shows on one page (otherwise: steps). */
const WIDE_PX = 720;

function signature(value: unknown): string {
  return JSON.stringify(value);
}

function shortHash(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(31, h) + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

/**
 * @summary Checkout for guests and signed-in customers: contact, Indonesian delivery address, courier, payment method, discount code, notes, live totals and a place-order button that cannot order twice. One page on wide screens, steps on a phone.
 *
 * @slot empty - Shown instead of the form when there is nothing to order.
 *
 * @csspart form - The checkout form.
 * @csspart steps - The step indicator (phone layout).
 * @csspart section - Each section (contact, delivery, payment).
 * @csspart sign-in - The guest's offer to sign in, shown when the store has a `login-url`.
 * @csspart sign-in-link - Its link to the `login-url` page.
 * @csspart field - A labelled field.
 * @csspart label - A field label.
 * @csspart input - Text inputs, selects and text areas (the delivery-location search and selects too).
 * @csspart textarea - Text areas (the notes field); they are `input` too.
 * @csspart field-error - The message under a field.
 * @csspart address-option - One saved address to deliver to (signed-in customers).
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
 * @csspart empty - The message shown instead of the form when there is nothing to order (or the `items` are invalid).
 * @csspart placed - The confirmation shown in place of the form once the order is placed.
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
  static override styles = [...ScalevElement.styles, statusMessageStyles, checkoutStyles];

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
  private probedItems = '';
  private probeSeq = 0;
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
  @state() protected sessionNotice = '';
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
  protected initiatedTracked = false;
  private resizeObserver: ResizeObserver | null = null;
  private prefillDone = false;
  private recoveryToken: string | null | undefined;
  private itemsSignature = '';
  private watchedCart: CartStore | null = null;
  /** What capture keeps of the form; its code comes with the capture's. */
  private snapshot: ((host: CheckoutHost) => void) | null = null;
  private readonly parts = new Map<PartName, unknown>();
  private readonly partLoads = new Map<PartName, Promise<unknown>>();
  private readonly lateStyles = new Set<CSSResult>();
  private readonly onCartChange = () => this.requestUpdate();
  /** The buyer is about to fill in the form: placing the order loads now, so it is in when needed. */
  private readonly onIntent = () => {
    if (this.phase === 'ready') this.loadPart('submit').catch(() => undefined);
  };
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
    this.addEventListener('focusin', this.onIntent);
    this.addEventListener('pointerdown', this.onIntent);
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
    this.removeEventListener('focusin', this.onIntent);
    this.removeEventListener('pointerdown', this.onIntent);
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
    if (!this.hasUpdated) this.wide = this.measureWide();
    if (changed.has('items') && this.storefront && signature(this.items) !== this.itemsSignature) void this.init();
    if (this.phase === 'ready' || this.phase === 'empty') this.watchLines();
  }

  private measureWide(): boolean {
    return this.getBoundingClientRect().width >= WIDE_PX;
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
    let loading = this.partLoads.get(name);
    if (!loading) {
      loading = (PARTS[name]() as Promise<unknown>).then(
        async (part) => {
          // Its strings in this element's language are in before anything of it runs.
          await ensureLocale(this.resolvedLocale);
          const styles = [(part as { styles?: CSSResult | CSSResult[] }).styles ?? []].flat().filter((sheet) => !this.lateStyles.has(sheet));
          if (styles.length && this.renderRoot instanceof ShadowRoot) {
            styles.forEach((sheet) => this.lateStyles.add(sheet));
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
    return loading as Promise<Part<N>>;
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
    // Direct items: the `items` attribute, else the items a recovery link restored.
    const list = this.hasItemsAttribute ? this.items : this.recoveredItems;
    const directItems = list ? await import('./direct-items.js').catch(() => null) : null;
    if (seq !== this.initSeq) return;
    const direct = directItems?.parseDirectItems(list) ?? null;
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
      const [intents, snapshot] = await Promise.all([loadIntents(), import('./capture.js')]).catch(() => [null, null]);
      if (seq !== this.initSeq) return;
      this.snapshot = snapshot?.captureSnapshot ?? null;
      this.capture = intents
        ? new intents.CheckoutIntentCapture(sf, {
            source: this.source,
            prefillToken: token,
            ...(this.getRecaptchaToken ? { getRecaptchaToken: this.getRecaptchaToken } : {}),
          })
        : null;
    }

    // The form's parts load alongside the requests that prepare the checkout.
    let parts: Part<'parts'>;
    try {
      [parts] = await Promise.all([
        this.loadPart('parts'),
        // Whether the order ships is asked as soon as the lines are known.
        this.loadLines(sf, direct && directItems ? directItems.toViewLines(this.shared, direct) : null).then(async () => {
          // Woken by an add still on its way (its line is only optimistic): the probe must see the
          // cart that holds it. Asked before, it sees no cart (no guest token yet) or the old lines,
          // and a digital-only order would be asked for an address it cannot ship to.
          if (this.cart?.hasUnsavedChanges) await this.cart.flush();
          if (seq !== this.initSeq || !this.lines().length) return;
          const r = await this.loadPart('parts');
          if (seq === this.initSeq) await this.probe(sf, r);
        }),
        this.loadPart('parts').then((r) => r.loadPaymentMethods(this.shared, sf)),
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
    this.phase = 'ready';
    this.linesKey = this.currentLinesKey();
    parts.trackInitiate(this.shared, sf);
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

  private followCart(cart: CartStore | null): void {
    if (cart === this.watchedCart) return;
    this.watchedCart?.removeEventListener('change', this.onCartChange);
    this.watchedCart = cart;
    if (this.isConnected) cart?.addEventListener('change', this.onCartChange);
  }

  private async loadLines(sf: Storefront, direct: ViewLine[] | null): Promise<void> {
    if (direct) {
      this.cart = null;
      this.followCart(null);
      this.directLines = direct;
      // Prices not given are looked up (one batched call); the summary stays the truth.
      if (direct.some((l) => l.unitPrice === null && l.item.type === 'variant')) {
        void import('./direct-items.js').then((m) => m.lookUpPrices(this.shared, sf), () => undefined);
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
        const item: StorefrontCheckoutItem =
          l.type === 'bundle_price_option'
            ? { type: 'bundle_price_option', bundle_price_option_id: l.bundlePriceOptionId!, quantity: l.quantity }
            : { type: 'variant', variant_id: l.variantId!, quantity: l.quantity };
        return {
          key: l.key,
          name: l.name || this.t('checkout.itemFallback', { id: l.variantId ?? l.bundlePriceOptionId }),
          options: l.options ?? [],
          image: l.image ?? null,
          quantity: l.quantity,
          unitPrice: l.unitPrice ?? null,
          lineTotal: l.lineTotal,
          item,
          uniqueId: l.uniqueId ?? null,
        };
      });
  }

  /** What the quotes depend on of the lines: the cart, and each line's key and quantity. */
  protected currentLinesKey(): string {
    return signature([this.cart?.snapshot.id ?? null, this.lines().map((l) => [l.key, l.quantity])]);
  }

  /** The items (not their quantities) whether the order ships was last asked for. */
  private itemsKey(): string {
    return signature(this.lines().map((l) => l.key).sort());
  }

  /** Asks whether the order ships; an answer overtaken by a newer question is dropped (false). */
  private async probe(sf: Storefront, parts: Part<'parts'>): Promise<boolean> {
    const seq = ++this.probeSeq;
    this.probedItems = this.itemsKey();
    const ships = await parts.probeShipping(this.shared, sf);
    if (seq !== this.probeSeq) return false;
    this.requiresShipping = ships;
    return true;
  }

  /**
   * Items came or went (the coffee removed, an e-book left alone; a coffee added to an e-book):
   * whether the order ships is asked again once the cart holds them, then the quotes follow.
   */
  private watchItemKinds(): void {
    const sf = this.storefront;
    if (!sf || !this.cart || this.phase !== 'ready' || this.placing || this.cart.hasUnsavedChanges) return;
    if (!this.lines().length || this.itemsKey() === this.probedItems) return;
    this.probedItems = this.itemsKey();
    void this.loadPart('parts')
      .then((r) => this.probe(sf, r))
      .then((current) => current && this.scheduleQuotes(0), () => undefined);
  }

  /** Cart changes (another tab, the cart drawer) re-quote shipping and totals. */
  private watchLines(): void {
    if (!this.cart) return;
    this.watchItemKinds();
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
    this.quotesTimer = setTimeout(() => void this.loadPart('parts').then((r) => r.refreshQuotes(this.shared), () => undefined), delay);
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
    // An applied code may be limited to a payment method (or its amount depend on the courier):
    // checked again, so "applied: you save …" never stands beside a total without it.
    if (this.discountStatus === 'accepted' && this.values.discount_code && ('payment_method' in patch || 'courier' in patch)) {
      void import('./discount.js').then((m) => m.applyDiscount(this.shared), () => undefined);
    }
  }

  protected flushSave(): void {
    clearTimeout(this.saveTimer);
    if (!this.storage || this.phase === 'placed' || this.placedOrder) return;
    this.storage.set(`${FORM_KEY}:${this.source}`, JSON.stringify(this.values));
  }

  private captureSnapshot(): void {
    if (this.capture?.enabled) this.snapshot?.(this.shared);
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
    // "Shop again" leaves with the placed view: its focus goes to what comes next (the empty cart, the form).
    void retryKeepingFocus(this, () => this.init(), this.focusAfterInit);
  }

  // ================================================================= validation and steps

  protected steps(): Step[] {
    const steps: Step[] = [];
    if (!this.customer) steps.push('contact');
    if (this.requiresShipping) steps.push('delivery');
    steps.push('payment', 'review');
    return steps;
  }

  protected next(): void {
    const steps = this.steps();
    const step = steps[this.stepIndex];
    this.withSubmit((submit) => {
      if (step && !submit.check(this.shared, [step])) this.goToStep(Math.min(steps.length - 1, this.stepIndex + 1));
    });
  }

  /** Runs with the submit part: at once when loaded (it loads when the buyer first touches the form). */
  private withSubmit(run: (submit: Part<'submit'>) => void): void {
    const submit = this.parts.get('submit') as Part<'submit'> | undefined;
    if (submit) run(submit);
    else this.loadPart('submit').then(run, (error: unknown) => (this.partError = this.describeError(error)));
  }

  protected back(): void {
    this.goToStep(Math.max(0, this.stepIndex - 1));
  }

  private goToStep(index: number): void {
    this.stepIndex = index;
    const steps = this.steps();
    const step = steps[index]!;
    this.announcement = this.t('checkout.step', { current: index + 1, total: steps.length, name: this.stepName(step) });
    // The heading is focused once the step's part is in (it is, unless its download failed).
    void this.loadPart('parts')
      .catch(() => undefined)
      .then(() => this.updateComplete)
      .then(() => this.renderRoot.querySelector<HTMLElement>('[data-step-heading]')?.focus());
  }

  protected stepName(step: Step): string {
    return this.t(`checkout.${step}`);
  }

  // ================================================================= placing the order

  /** Places the order: validated, announced (cancelable), sent once; never retried on its own. */
  async placeOrder(): Promise<void> {
    if (!this.storefront || this.placing || this.placedOrder || this.phase !== 'ready') return;
    // At once when the submit part is in (it loads when the buyer first touches the form); nothing is sent without it.
    const submit =
      (this.parts.get('submit') as Part<'submit'> | undefined) ??
      (await this.loadPart('submit').catch((error: unknown) => {
        this.submitProblem = { message: this.t('checkout.failed', { reason: this.describeError(error) }), uncertain: false, retry: true };
        return null;
      }));
    await submit?.placeOrder(this.shared);
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
        return html`<p class="muted" part="empty" role="alert" tabindex="-1">${this.t('checkout.itemsInvalid')}</p>`;
      case 'empty':
        return html`<div part="empty" class="empty" tabindex="-1"><slot name="empty"><p>${this.t('checkout.empty')}</p></slot></div>${live}`;
      case 'error':
        return html`${renderError({ message: this.loadError, retryLabel: this.t('common.retry'), onRetry: this.retryInit })}${live}`;
      case 'placed':
        return html`${this.loaded('submit')?.renderPlaced(this.shared) ?? this.placeholder()}${live}`;
      default:
        return html`${this.loaded('parts')?.renderForm(this.shared) ?? this.placeholder()}${live}`;
    }
  }

  /**
   * The retry of a failed preparation. Focus on its button goes to the form (the phone step's
   * heading, else the first field) or to the next error's retry, instead of being lost to the page.
   */
  private retryInit = (): void => {
    void retryKeepingFocus(this, () => this.init(), this.focusAfterInit);
  };

  /** Where focus goes once the checkout is prepared again: the phone step's heading, an error's retry, the empty message, else the first field. */
  private focusAfterInit = (): HTMLElement | null => {
    const root = this.renderRoot;
    return root.querySelector<HTMLElement>('[data-step-heading], [part~="retry-button"], [part~="empty"]') ?? root.querySelector<HTMLElement>('form [name]');
  };

  /** One section of the form (the summary column for `review`): the part's when loaded, else a placeholder. */
  protected renderSection(step: Step, stepHeading: boolean): TemplateResult {
    const parts = this.loaded('parts');
    if (!parts) return this.placeholder();
    if (step === 'delivery') {
      const saved = this.customer ? this.loaded('customer')?.renderSavedAddresses(this.shared, parts.renderLocationFields) ?? this.placeholder() : null;
      return parts.renderDelivery(this.shared, stepHeading, saved);
    }
    return step === 'contact'
      ? parts.renderContact(this.shared, stepHeading)
      : step === 'payment'
        ? parts.renderPayment(this.shared, stepHeading)
        : parts.renderSummary(this.shared, stepHeading);
  }

  protected sectionHeading(id: string, text: string, stepHeading: boolean): TemplateResult {
    return html`<h2 id=${id} class="section__title" tabindex=${stepHeading ? '-1' : nothing} ?data-step-heading=${stepHeading}>${text}</h2>`;
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
