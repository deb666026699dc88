import { adoptStyles, html, nothing, type CSSResult, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ScalevElement } from '../base/scalev-element.js';
import { isScalevApiError } from '../../api/errors.js';
import { createPayment, getOrder } from '../../api/order-reads.js';
import { parseMoney } from '../../api/money.js';
import type { StorefrontPublicOrder } from '../../api/types.js';
import type { Storefront } from '../../context/storefront.js';
import { renderError, retryKeepingFocus } from '../../ui/status-message.js';
import { statusMessageStyles } from '../../ui/status-message.styles.js';
import { loadMethodInstructions, type MethodInstructions } from './method-loader.js';
import {
  expiresAt,
  orderStatusWords,
  paymentState,
  paymentStatusWords,
  pollingRules,
  renderOrderAmounts,
  renderSettledNote,
  type PaymentInstructionsContext,
  type PaymentState,
} from './order-facts.js';
import { paymentKind, paymentMethodName, safeHttpUrl } from './payment-names.js';
import type { ProofHost, TransferProof } from './transfer-proof.js';
import { orderStatusStyles } from './order-status.styles.js';
import './strings.js';

/**
 * Polling rhythm (GUIDES §5): gateway data is re-read up to 15 times 1.5 s apart while missing;
 * unpaid orders of refreshing methods are re-read every 5 s while the tab is visible, for at most an
 * hour (the check button remains). Tests and stories may shorten these.
 */
export const orderStatusTiming = { gatewayMs: 1_500, gatewayTimes: 15, refreshMs: 5_000, refreshForMs: 60 * 60_000 };

type LoadStatus = 'idle' | 'loading' | 'ready' | 'error' | 'not-found';
/** How a read of the order went; null when it was overtaken by another or not made. */
type ReadResult = { ok: true } | { ok: false; error: unknown } | null;

function whatsappUrl(phone: string, message: string | null): string | null {
  let digits = phone.replace(/\D/g, '');
  if (digits.startsWith('0')) digits = `62${digits.slice(1)}`;
  if (digits.length < 8) return null;
  return `https://wa.me/${digits}${message ? `?text=${encodeURIComponent(message)}` : ''}`;
}

/**
 * @summary An order's status and how to pay it: order number, status and payment status in words, lines and amounts, per-method payment instructions with copy buttons, transfer-proof upload, polling until paid.
 *
 * @csspart order - The whole order view.
 * @csspart loading - The message shown while the order loads.
 * @csspart empty - The message shown when there is no order to show (no slug, or not found).
 * @csspart header - Order number and statuses.
 * @csspart badge - The payment status badge.
 * @csspart lines - The ordered items.
 * @csspart amounts - Totals (products, discounts, shipping, other charges, service fee, total).
 * @csspart total - The total row.
 * @csspart payment-instructions - The per-method instructions.
 * @csspart instructions-loading - The placeholder while a payment method's instructions load.
 * @csspart amount - The amount to pay with its copy button.
 * @csspart copy-row - A labelled number (account, virtual account, payment code) with its copy button.
 * @csspart copy-value - The number of a copy row.
 * @csspart copy-button - Every copy button.
 * @csspart deadline - The payment deadline and the time left.
 * @csspart bank-account - One destination bank account.
 * @csspart qr - The QRIS code.
 * @csspart qr-download - The link downloading the QRIS image.
 * @csspart pay-button - The button to the payment provider.
 * @csspart retry-payment - The button asking the provider again while payment details are not ready.
 * @csspart check-status - The "check payment status" button.
 * @csspart check-note - The note under it when a check finds the payment not received yet.
 * @csspart paid-note - The note that the order is paid.
 * @csspart conflict-note - The note about a payment problem (payment status `conflict`).
 * @csspart closed-note - The note that the payment was cancelled or expired.
 * @csspart continue - The link to the merchant's next page, once paid.
 * @csspart proof - The transfer-proof section.
 * @csspart proof-submit - The button sending the transfer proof.
 * @csspart whatsapp - The link to the seller's WhatsApp.
 * @csspart error - Error messages.
 * @csspart retry-button - Retry buttons.
 *
 * @cssprop --scalev-order-status-badge-radius - Radius of the status badge.
 *
 * @cssstate loading - The order is loading.
 * @cssstate error - The order could not be loaded.
 * @cssstate empty - No order to show (no slug, or not found).
 * @cssstate paid - The order is paid.
 *
 * @fires scalev-error - A request failed (loading, payment instructions, transfer proof).
 */
export class ScalevOrderStatus extends ScalevElement {
  static override styles = [...ScalevElement.styles, statusMessageStyles, ...orderStatusStyles];

  /** The order's `secret_slug`; default: the `order` parameter of the page URL. */
  @property({ attribute: 'secret-slug' }) secretSlug = '';

  /** The order, when the page already has it (after checkout); it is shown without a request. */
  @property({ attribute: false }) order: StorefrontPublicOrder | null = null;

  @state() private status: LoadStatus = 'idle';
  @state() private errorText = '';
  @state() private waiting = false;
  @state() private checking = false;
  /** What the last "check payment status" found: still unpaid (a note) or a failure (an alert with retry). */
  @state() private checkNote = '';
  @state() private checkError = '';
  @state() private now = Date.now();
  @state() private announcement = '';
  @state() private qr: ((text: string, label: string) => SVGTemplateResult) | null = null;
  /** The instructions of the order's payment method, once loaded. */
  @state() private method: MethodInstructions | null = null;
  @state() private methodFailed = false;
  /** Why the last `POST …/payment` failed, until it is asked again or the data arrives. */
  @state() private paymentError = '';

  private loadedSlug = '';
  private seq = 0;
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private gatewayReads = 0;
  private paymentRequested = false;
  private refreshSince = 0;
  private lastState: PaymentState | null = null;
  private controller: AbortController | null = null;
  private methodKind = '';
  private methodLoading = false;
  private proof: TransferProof | null = null;
  private readonly lateStyles = new Set<CSSResult>();

  private readonly onVisibility = () => {
    if (document.hidden) {
      clearTimeout(this.pollTimer);
      this.stopTicker();
    } else if (this.order) {
      void this.refresh();
      this.syncTicker();
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
    if (this.storefront && this.status === 'idle') this.load();
    // Moved in the page: the countdown and polling stopped when it left resume.
    else if (this.order && this.status === 'ready') this.afterOrder();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearTimeout(this.pollTimer);
    this.stopTicker();
    this.controller?.abort();
  }

  protected override storefrontChanged(_sf: Storefront): void {
    this.loadedSlug = '';
    this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('secretSlug') || changed.has('order')) && this.storefront && this.slug() !== this.loadedSlug) this.load();
  }

  /** The slug to show: the attribute, the given order's, or the URL's `?order=`. */
  private slug(): string {
    if (this.secretSlug) return this.secretSlug;
    if (this.order?.secret_slug) return this.order.secret_slug;
    try {
      return new URL(location.href).searchParams.get('order') ?? '';
    } catch {
      return '';
    }
  }

  private load(): void {
    const sf = this.storefront;
    if (!sf || sf.problem) return;
    const slug = this.slug();
    this.loadedSlug = slug;
    clearTimeout(this.pollTimer);
    this.gatewayReads = 0;
    this.paymentRequested = false;
    this.paymentError = '';
    this.refreshSince = Date.now();
    if (!slug) {
      this.status = 'not-found';
      this.errorText = this.t('order-status.noSlug');
      this.updateStates();
      return;
    }
    if (this.order && this.order.secret_slug === slug) {
      this.status = 'ready';
      this.afterOrder();
      return;
    }
    void this.fetchOrder(true);
  }

  private async fetchOrder(initial: boolean): Promise<ReadResult> {
    const sf = this.storefront;
    const slug = this.loadedSlug;
    if (!sf || !slug) return null;
    const seq = ++this.seq;
    if (initial) {
      this.status = 'loading';
      this.updateStates();
    }
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    try {
      const order = await getOrder(sf.http, slug, controller.signal);
      if (seq !== this.seq) return null;
      this.acceptOrder(order);
      return { ok: true };
    } catch (error) {
      if (seq !== this.seq || (isScalevApiError(error) && error.kind === 'aborted')) return null;
      if (initial || !this.order) {
        this.status = isScalevApiError(error) && error.status === 404 && !/store not found/i.test(error.message) ? 'not-found' : 'error';
        this.errorText = this.status === 'not-found' ? this.t('order-status.notFound') : this.describeError(error);
        this.reportError(error, 'order-status.load');
        this.updateStates();
      } else {
        // A failed background refresh keeps what is shown and tries again later.
        this.schedulePoll();
      }
      return { ok: false, error };
    }
  }

  private acceptOrder(order: StorefrontPublicOrder): void {
    if (!order || typeof order !== 'object') return;
    this.order = order;
    this.status = 'ready';
    this.afterOrder();
  }

  /** Decides what to ask next: payment instructions, gateway polling, 5 s refresh, or nothing. */
  private afterOrder(): void {
    const order = this.order;
    if (!order) return;
    const state = paymentState(order);
    if (this.lastState && this.lastState !== 'paid' && state === 'paid') this.announcement = this.t('order-status.nowPaid');
    this.lastState = state;
    this.updateStates();
    this.syncTicker();
    if (state !== 'unpaid') {
      this.schedulePoll();
      return;
    }
    // What to ask next depends on the method's instructions: decided once they are in.
    const method = this.loadMethod(order);
    if (!method) return;
    if (!this.qr && method.wantsQr?.(order)) {
      void import('./qr.js').then(
        (m) => (this.qr = m.qrSvg),
        () => undefined,
      );
    }
    if (method.ready(order)) this.paymentError = '';
    else if (pollingRules(order.payment_method).wait && !this.paymentRequested) {
      this.paymentRequested = true;
      void this.requestPayment();
      return;
    }
    this.schedulePoll();
  }

  private schedulePoll(): void {
    clearTimeout(this.pollTimer);
    const order = this.order;
    if (!order || !this.isConnected || document.hidden) return;
    if (paymentState(order) !== 'unpaid') {
      this.waiting = false;
      return;
    }
    const rules = pollingRules(order.payment_method);
    const method = this.method;
    if (!method) return;
    if (rules.wait && !method.ready(order)) {
      // After a failed `POST …/payment` the alert's retry asks again; re-reads would only wait.
      if (this.gatewayReads < orderStatusTiming.gatewayTimes && !this.paymentError) {
        this.waiting = true;
        this.pollTimer = setTimeout(() => {
          this.gatewayReads++;
          void this.fetchOrder(false);
        }, orderStatusTiming.gatewayMs);
        return;
      }
      this.waiting = false;
      return;
    }
    this.waiting = false;
    if (rules.refresh && Date.now() - this.refreshSince < orderStatusTiming.refreshForMs) {
      this.pollTimer = setTimeout(() => void this.fetchOrder(false), orderStatusTiming.refreshMs);
    }
  }

  /** `POST …/payment`: idempotent; creates the instructions when missing and returns the order. */
  private async requestPayment(): Promise<void> {
    const sf = this.storefront;
    const slug = this.loadedSlug;
    if (!sf || !slug) return;
    // A re-read due now would overtake this answer: the answer re-schedules it.
    clearTimeout(this.pollTimer);
    this.waiting = true;
    this.paymentError = '';
    const seq = ++this.seq;
    try {
      const order = await createPayment(sf.http, slug);
      if (seq !== this.seq) return;
      this.acceptOrder(order);
    } catch (error) {
      if (seq !== this.seq) return;
      this.paymentError = this.describeError(error) || this.t('error.generic');
      this.reportError(error, 'order-status.payment');
      this.schedulePoll();
    }
  }

  /** The retry of a failed load; focus on its button goes to the order's title (or the next error's retry). */
  private retryOrder = (): void => {
    void retryKeepingFocus(
      this,
      () => this.fetchOrder(true),
      () => this.renderRoot.querySelector<HTMLElement>('#order-title, [part~="retry-button"]'),
    );
  };

  private retryPayment = (): void => {
    this.gatewayReads = 0;
    void this.requestPayment();
  };

  private refresh(): Promise<ReadResult> {
    clearTimeout(this.pollTimer);
    return this.fetchOrder(false);
  }

  /**
   * "Check payment status": the button says it is checking meanwhile; then the buyer sees the
   * answer: the paid state, a note that the payment has not arrived yet (also announced), or why
   * the check failed with a retry.
   */
  private checkStatus = async (): Promise<void> => {
    if (this.checking) return;
    this.checking = true;
    this.checkNote = '';
    this.checkError = '';
    // Emptied first, so the same note is announced again on another press.
    this.announcement = '';
    this.refreshSince = Date.now();
    try {
      const result = await this.refresh();
      if (!result) return;
      if (!result.ok) {
        this.checkError = this.describeError(result.error) || this.t('error.generic');
        this.reportError(result.error, 'order-status.check');
      } else if (this.order && paymentState(this.order) === 'unpaid') {
        // "We'll keep checking" only where the page does (GUIDES §5 5 s refresh); else "check again".
        this.checkNote = this.t(pollingRules(this.order.payment_method).refresh ? 'order-status.stillUnpaid' : 'order-status.stillUnpaidCheckAgain');
        this.announcement = this.checkNote;
      }
    } finally {
      this.checking = false;
    }
  };

  private syncTicker(): void {
    const at = this.order ? expiresAt(this.order) : null;
    // Never for a removed element: its interval would keep it (and tick) forever.
    const needed = this.isConnected && at !== null && at > Date.now() && this.order && paymentState(this.order) === 'unpaid' && !document.hidden;
    if (needed && !this.ticker) {
      this.ticker = setInterval(() => {
        this.now = Date.now();
        if (this.order && at !== null && this.now >= at) {
          this.stopTicker();
          this.afterOrder();
        }
      }, 1000);
    } else if (!needed) this.stopTicker();
  }

  private stopTicker(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  /**
   * The instructions of the order's method: returned when loaded; otherwise loaded (with their
   * styles) and the order looked at again, so a page downloads only the method it shows.
   */
  private loadMethod(order: StorefrontPublicOrder): MethodInstructions | null {
    const kind = paymentKind(order.payment_method);
    if (kind !== this.methodKind) {
      this.methodKind = kind;
      this.method = null;
      this.methodFailed = false;
      this.methodLoading = false;
    }
    if (this.method || this.methodLoading || this.methodFailed) return this.method;
    this.methodLoading = true;
    Promise.all([loadMethodInstructions(order.payment_method), kind === 'bank_transfer' ? import('./transfer-proof.js') : null]).then(
      ([loaded, proof]) => {
        if (kind !== this.methodKind) return;
        this.methodLoading = false;
        this.adoptLate(loaded.styles);
        if (proof) {
          this.adoptLate(proof.transferProofStyles);
          // The element offers the section what `ProofHost` names (its own protected helpers included).
          this.proof ??= new proof.TransferProof(this as unknown as ProofHost);
        }
        this.method = loaded;
        // Removed meanwhile: nothing to schedule; reconnecting looks at the order again.
        if (this.order && this.isConnected) this.afterOrder();
      },
      (error: unknown) => {
        if (kind !== this.methodKind) return;
        this.methodLoading = false;
        this.methodFailed = true;
        this.reportError(error, 'order-status.instructions');
      },
    );
    return null;
  }

  private retryMethod = (): void => {
    this.methodFailed = false;
    this.afterOrder();
  };

  private adoptLate(styles: CSSResult): void {
    if (this.lateStyles.has(styles) || !(this.renderRoot instanceof ShadowRoot)) return;
    this.lateStyles.add(styles);
    adoptStyles(this.renderRoot, [...(this.constructor as typeof ScalevOrderStatus).elementStyles, ...this.lateStyles]);
  }

  private updateStates(): void {
    this.setCustomState('loading', this.status === 'loading');
    this.setCustomState('error', this.status === 'error');
    this.setCustomState('empty', this.status === 'not-found');
    this.setCustomState('paid', Boolean(this.order) && paymentState(this.order!) === 'paid');
  }

  private announce = (message: string): void => {
    this.announcement = message;
  };

  // ---------------------------------------------------------------- transfer proof (ProofHost)

  protected proofTarget(): { http: Storefront['http']; slug: string } | null {
    return this.storefront && this.loadedSlug ? { http: this.storefront.http, slug: this.loadedSlug } : null;
  }

  protected proofSent(order: StorefrontPublicOrder | null, message: string): void {
    this.announcement = message;
    if (order) this.acceptOrder(order);
    else void this.refresh();
  }

  // ---------------------------------------------------------------- render

  protected override render(): TemplateResult {
    const problem = this.problem;
    if (problem) return this.renderProblem(problem);
    const live = html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
    if (this.status === 'loading' || (this.status === 'idle' && !this.order)) {
      return html`<div class="loading" part="loading" role="status" aria-busy="true">${this.t('common.loading')}</div>${live}`;
    }
    if (this.status === 'not-found') return html`<p class="empty" part="empty">${this.errorText}</p>${live}`;
    if (this.status === 'error' || !this.order) {
      return html`${renderError({ message: this.errorText, retryLabel: this.t('common.retry'), onRetry: this.retryOrder })}${live}`;
    }
    return html`${this.renderOrder(this.order)}${live}`;
  }

  /** The settled note, or the method's instructions (a short placeholder while they load). */
  private renderInstructions(order: StorefrontPublicOrder, ctx: PaymentInstructionsContext): TemplateResult {
    const settled = renderSettledNote(order, ctx);
    if (settled) return settled;
    const method = this.method;
    if (method) return html`${method.render(order, ctx)} ${method.check(order, ctx)}`;
    if (this.methodFailed) {
      return html`${renderError({ message: this.t('error.generic'), retryLabel: this.t('common.retry'), onRetry: this.retryMethod })}`;
    }
    return html`<p class="hint" part="instructions-loading" role="status" aria-busy="true">${this.t('common.loading')}</p>`;
  }

  private renderOrder(order: StorefrontPublicOrder): TemplateResult {
    const state = paymentState(order, this.now);
    const ctx: PaymentInstructionsContext = {
      t: (key, params) => this.t(key, params),
      money: (amount) => this.money(amount),
      date: (value, style) => this.date(value, style),
      now: this.now,
      mobile: typeof matchMedia === 'function' && matchMedia('(max-width: 40rem)').matches,
      announce: this.announce,
      qr: this.qr ?? undefined,
      waiting: this.waiting,
      paymentError: this.paymentError,
      onRetryPayment: this.retryPayment,
      onCheckStatus: this.checkStatus,
      checking: this.checking,
      checkNote: this.checkNote,
      checkError: this.checkError,
      proof: paymentKind(order.payment_method) === 'bank_transfer' && state === 'unpaid' && this.proof ? this.proof.render(order) : nothing,
    };
    const destination = order.destination_address;
    const courier = [order.courier_service?.courier?.name, order.courier_service?.name].filter(Boolean).join(' ');
    const phone = typeof order.handler_phone === 'string' ? order.handler_phone : '';
    const chat = phone && order.store?.is_show_whatsapp !== false ? whatsappUrl(phone, order.chat_message ?? null) : null;
    const after = state === 'paid' ? safeHttpUrl(order.post_payment_redirect_url) : null;
    const publicUrl = safeHttpUrl(order.public_order_url);
    return html`<article class="order" part="order" aria-labelledby="order-title">
      <header class="order__header" part="header">
        <h2 id="order-title" class="order__title" tabindex="-1">${this.t('order-status.title', { number: order.order_id || '' })}</h2>
        <dl class="facts">
          <div><dt>${this.t('order-status.orderStatus')}</dt><dd>${orderStatusWords(order, ctx.t)}</dd></div>
          <div>
            <dt>${this.t('order-status.paymentStatus')}</dt>
            <dd><span class="badge badge--${state}" part="badge">${paymentStatusWords(order, ctx.t, this.now)}</span></dd>
          </div>
          <div><dt>${this.t('order-status.paymentMethod')}</dt><dd>${paymentMethodName(order.payment_method, this.resolvedLocale)}</dd></div>
        </dl>
      </header>

      <section class="section" aria-labelledby="pay-title">
        <h3 id="pay-title" class="section-title">${this.t('order-status.payment')}</h3>
        ${this.renderInstructions(order, ctx)}
        ${after ? html`<a class="button" part="continue" href=${after}>${this.t('order-status.continue')}</a>` : nothing}
      </section>

      <section class="section" aria-labelledby="items-title">
        <h3 id="items-title" class="section-title">${this.t('order-status.items')}</h3>
        <ul class="lines" part="lines" role="list">
          ${(Array.isArray(order.orderlines) ? order.orderlines : []).map((line) => {
            const options = [line.variant_option1_value, line.variant_option2_value, line.variant_option3_value].filter(Boolean).join(' · ');
            const price = parseMoney(line.variant_price);
            return html`<li class="line">
              <span class="line__name">${line.product_name ?? ''}${options ? html`<span class="line__options">${options}</span>` : nothing}</span>
              <span class="line__qty">${this.t('order-status.quantity', { count: line.quantity ?? 1 })} ${this.money(price)}</span>
            </li>`;
          })}
        </ul>
        ${renderOrderAmounts(order, ctx)}
      </section>

      ${destination && (destination.address || destination.city)
        ? html`<section class="section" aria-labelledby="delivery-title">
            <h3 id="delivery-title" class="section-title">${this.t('order-status.delivery')}</h3>
            <p class="address">
              ${destination.name ? html`<strong>${destination.name}</strong><br />` : nothing}
              ${[destination.address, destination.subdistrict, destination.city, destination.province].filter(Boolean).join(', ')}
            </p>
            ${courier ? html`<p class="hint">${courier}</p>` : nothing}
            ${order.shipment_receipt ? html`<p class="hint">${this.t('order-status.receipt', { receipt: order.shipment_receipt })}</p>` : nothing}
          </section>`
        : nothing}

      <footer class="order__footer">
        ${chat ? html`<a class="button button--secondary" part="whatsapp" href=${chat} target="_blank" rel="noopener noreferrer">${this.t('order-status.chat')}</a>` : nothing}
        ${publicUrl ? html`<a class="link" href=${publicUrl} target="_blank" rel="noopener noreferrer">${this.t('order-status.viewOrderPage')}</a>` : nothing}
      </footer>
    </article>`;
  }
}
