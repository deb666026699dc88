import { html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { getOrder, listOrders } from '../../../api/customer-orders.js';
import { isScalevApiError } from '../../../api/errors.js';
import { createPayment } from '../../../api/orders.js';
import { parseMoney } from '../../../api/money.js';
import type { StorefrontCustomerFacingOrder, StorefrontCustomerFacingOrderLine } from '../../../api/types.js';
import {
  orderStatusWords,
  paymentInstructionsStyles,
  paymentKind,
  paymentMethodName,
  paymentState,
  paymentStatusWords,
  hasGatewayData,
  readGateway,
  renderOrderAmounts,
  renderPaymentInstructions,
  safeHttpUrl,
  type PaymentInstructionsContext,
} from '../../order-status/payment-instructions.js';
import { adoptListStyles } from './list.styles.js';
import type { AccountHost, AccountView, RouteParams } from '../view-host.js';
import { PagedList, Remote, copyText, isHttpStatus } from './remote.js';
import { renderEmpty, renderFailure, page, renderHeading, renderPagedList, renderSkeleton, text } from './shared.js';
import './orders.strings.js';

type Order = StorefrontCustomerFacingOrder;

const BADGE_CLASS: Record<string, string> = {
  paid: 'badge--good',
  unpaid: 'badge--warn',
  conflict: 'badge--bad',
  expired: 'badge--bad',
  canceled: 'badge--bad',
};

function lineOptions(line: StorefrontCustomerFacingOrderLine): string[] {
  return [line.variant_option1_value, line.variant_option2_value, line.variant_option3_value]
    .map((value) => text(value))
    .filter((value): value is string => Boolean(value));
}

/** Orders: cursor-paginated list ("load more") and a detail with amounts, payment instructions and tracking. */
class OrdersView implements AccountView {
  private readonly list: PagedList<Order>;
  private readonly detail: Remote<Order>;
  private page = 'orders';
  private detailId = '';
  private checking = false;
  /** What the last press of "check payment status" found while still unpaid. */
  private checkNote = '';
  /** `POST …/payment` in flight, and why the last one failed (until it is asked again or the data arrives). */
  private paying: AbortController | null = null;
  private paymentError = '';
  private copyMessage = '';
  private qr: ((text: string, label: string) => SVGTemplateResult) | null = null;
  private qrLoading = false;

  constructor(private readonly host: AccountHost) {
    adoptListStyles(host);
    this.list = new PagedList(host, (cursor, signal) => listOrders(host.storefront.http, cursor ? { next_cursor: cursor } : {}, signal), 'account.orders');
    this.detail = new Remote(host);
    // The shared payment-instruction styles apply inside `.payment-scope` only, so they cannot restyle the account.
    host.adoptStyles('payment-instructions', paymentInstructionsStyles.cssText, '.payment-scope');
  }

  status(): 'loading' | 'empty' | 'error' | null {
    const remote = this.page === 'order' ? this.detail : this.list;
    if (remote.status === 'loading' && !remote.value) return 'loading';
    if (remote.status === 'error') return 'error';
    if (this.page === 'orders' && remote.status === 'ready' && !this.list.value?.items.length) return 'empty';
    return remote.status === 'idle' ? 'loading' : null;
  }

  dispose(): void {
    this.list.abort();
    this.detail.abort();
    this.stopPayment();
  }

  private stopPayment(): void {
    this.paying?.abort();
    this.paying = null;
    this.paymentError = '';
  }

  enter(params: RouteParams): void {
    this.page = params['page'] ?? 'orders';
    this.copyMessage = '';
    this.checkNote = '';
    if (this.page === 'orders') {
      if (this.list.status === 'idle' || this.list.status === 'error') void this.list.loadFirst();
      return;
    }
    const id = params['id'] ?? '';
    if (id !== this.detailId || this.detail.status === 'error') {
      if (id !== this.detailId) this.stopPayment();
      this.detailId = id;
      const known = this.list.value?.items.find((order) => String(order.id) === id || order.order_id === id);
      this.detail.abort();
      this.detail.value = known ?? null;
      this.detail.status = known ? 'ready' : 'idle';
      void this.loadDetail();
    }
  }

  private async loadDetail(): Promise<void> {
    const id = this.detailId;
    await this.detail.load((signal) => getOrder(this.host.storefront.http, id, signal), 'account.orders.get');
    const order = this.detail.value;
    if (order && hasGatewayData(order)) this.paymentError = '';
    this.loadQrIfNeeded();
  }

  /** The QR module (and its encoder) loads only for orders that show a QR code. */
  private loadQrIfNeeded(): void {
    const order = this.detail.value;
    if (!order || this.qr || this.qrLoading) return;
    const kind = paymentKind(order.payment_method);
    const gateway = readGateway(order);
    if (!((kind === 'qris' && gateway.qrString) || (kind === 'ewallet' && gateway.actions.length))) return;
    this.qrLoading = true;
    import('../../order-status/qr.js').then(
      (module) => {
        this.qr = module.qrSvg;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.qrLoading = false;
        this.host.reportError(error, 'account.orders.qr');
      },
    );
  }

  render(params: RouteParams): TemplateResult {
    return (params['page'] ?? this.page) === 'order' ? this.renderDetail() : this.renderList();
  }

  // ---- list ----

  private renderList(): TemplateResult {
    const { host } = this;
    const words = { title: host.t('account.orders.title'), empty: host.t('account.orders.empty'), more: host.t('account.orders.loadMore') };
    return renderPagedList(host, this.list, words, 3, (item) => this.renderCard(item));
  }

  private renderCard(order: Order): TemplateResult {
    const { host } = this;
    const number = text(order.order_id) ?? String(order.id ?? '');
    const lines = Array.isArray(order.orderlines) ? order.orderlines : [];
    const first = text(lines[0]?.product_name) ?? Object.keys(order.final_variants ?? {})[0] ?? '';
    const summary = lines.length > 1 ? host.t('account.orders.itemsMore', { first, count: lines.length - 1 }) : first;
    const id = String(order.id ?? '');
    return html`<li class="card" part="card">
      <div class="card__row">
        <p class="card__title">
          ${id
            ? html`<a href=${host.href(`orders/${id}`)} data-route aria-label=${host.t('account.orders.open', { number })}
                >${host.t('account.orders.orderNumber', { number })}</a
              >`
            : host.t('account.orders.orderNumber', { number })}
        </p>
        <strong>${host.money(parseMoney(order.gross_revenue))}</strong>
      </div>
      ${order.created_at ? html`<p class="muted">${host.t('account.orders.placedOn', { date: host.date(order.created_at) })}</p>` : nothing}
      ${summary ? html`<p>${summary}</p>` : nothing}
      <div class="actions">${this.renderBadges(order)}</div>
    </li>`;
  }

  private renderBadges(order: Order): TemplateResult {
    const { host } = this;
    const state = paymentState(order);
    return html`<span class="badge" part="status-badge">${orderStatusWords(order, host.t)}</span>
      <span class="badge ${BADGE_CLASS[state] ?? ''}" part="status-badge">${paymentStatusWords(order, host.t)}</span>`;
  }

  // ---- detail ----

  private renderDetail(): TemplateResult {
    const { host } = this;
    const order = this.detail.value;
    const number = order ? (text(order.order_id) ?? String(order.id ?? '')) : '';
    const heading = renderHeading(number ? host.t('account.orders.orderNumber', { number }) : host.t('account.orders.title'), {
      href: host.href('orders'),
      label: host.t('account.orders.back'),
    });
    if (this.detail.status === 'error' && (!order || isHttpStatus(this.detail.error, 404))) {
      if (isHttpStatus(this.detail.error, 404)) return page(heading, html`${renderEmpty(host.t('account.orders.notFound'))}`);
      return page(heading, html`${renderFailure(host, this.detail.error, () => void this.loadDetail())}`);
    }
    if (!order) return page(heading, html`${renderSkeleton(host, 4)}`);
    const orderPage = safeHttpUrl(order.public_order_url);
    return page(heading, html`
      ${this.detail.status === 'error' ? renderFailure(host, this.detail.error, () => void this.loadDetail()) : nothing}
      <div class="actions">${this.renderBadges(order)}</div>
      <dl class="details">
        ${order.created_at ? html`<dt>${host.t('account.orders.placed')}</dt><dd>${host.date(order.created_at, 'datetime')}</dd>` : nothing}
        <dt>${host.t('account.orders.method')}</dt>
        <dd>${paymentMethodName(order.payment_method, host.locale)}</dd>
      </dl>
      <section class="card" part="card" aria-labelledby="order-items">
        <h3 class="section-title" id="order-items">${host.t('account.orders.items')}</h3>
        <ul class="lines">
          ${(Array.isArray(order.orderlines) ? order.orderlines : []).map((line) => this.renderLine(line))}
        </ul>
      </section>
      <section class="card payment-scope" part="card" aria-labelledby="order-amounts">
        <h3 class="section-title" id="order-amounts">${host.t('account.orders.amounts')}</h3>
        ${renderOrderAmounts(order, this.paymentContext())}
      </section>
      ${this.renderShipping(order)}
      <section class="card payment-scope" part="card" aria-labelledby="order-pay">
        <h3 class="section-title" id="order-pay">${host.t('account.orders.payTitle')}</h3>
        ${renderPaymentInstructions(order, this.paymentContext())}
      </section>
      ${text(order.notes)
        ? html`<section class="card" part="card">
            <h3 class="section-title">${host.t('account.orders.notes')}</h3>
            <p>${order.notes}</p>
          </section>`
        : nothing}
      ${orderPage
        ? html`<div class="actions">
            <a class="button button--secondary" part="button-secondary" href=${orderPage} target="_blank" rel="noopener"
              >${host.t('account.orders.orderPage')}</a
            >
          </div>`
        : nothing}`);
  }

  private renderLine(line: StorefrontCustomerFacingOrderLine): TemplateResult {
    const { host } = this;
    const quantity = typeof line.quantity === 'number' && line.quantity > 0 ? line.quantity : 1;
    const unit = parseMoney(line.variant_price);
    const total = parseMoney(line.product_price) ?? (unit !== null ? unit * quantity : null);
    const options = lineOptions(line);
    return html`<li class="line">
      <span>
        <span>${text(line.product_name) ?? host.t('account.orders.untitled')}</span>
        ${options.length ? html`<span class="muted"> · ${options.join(' / ')}</span>` : nothing}
        <br /><span class="muted">${host.t('account.orders.quantity', { count: quantity })} ${unit !== null ? host.money(unit) : ''}</span>
        ${line.is_lms_enabled
          ? html`<br /><a href=${host.href('courses')} data-route>${host.t('account.orders.course')}</a>`
          : nothing}
      </span>
      <span>${total !== null ? host.money(total) : ''}</span>
    </li>`;
  }

  private renderShipping(order: Order): TemplateResult | typeof nothing {
    const { host } = this;
    const address = order.destination_address;
    const courier = order.courier_service;
    const receipt = text(order.shipment_receipt);
    const shipment = text(order.shipment_status) ?? text(order.awb_status);
    if (!address && !courier && !receipt) return nothing;
    const place = address
      ? [text(address.subdistrict), text(address.city), text(address.province), text(address.postal_code)].filter(Boolean).join(', ')
      : '';
    const courierName = courier ? [text(courier.courier?.name), text(courier.name)].filter(Boolean).join(' · ') : '';
    return html`<section class="card" part="card" aria-labelledby="order-shipping">
      <h3 class="section-title" id="order-shipping">${host.t('account.orders.shipping')}</h3>
      <dl class="details">
        ${address
          ? html`<dt>${host.t('account.orders.recipient')}</dt>
              <dd>
                ${[text(address.name), text(address.phone)].filter(Boolean).join(' · ')}
                ${text(address.address) ? html`<br />${address.address}` : nothing} ${place ? html`<br />${place}` : nothing}
              </dd>`
          : nothing}
        ${courierName ? html`<dt>${host.t('account.orders.courier')}</dt><dd>${courierName}</dd>` : nothing}
        ${shipment ? html`<dt>${host.t('account.orders.shipmentStatus')}</dt><dd>${shipment}</dd>` : nothing}
        ${receipt
          ? html`<dt>${host.t('account.orders.receipt')}</dt>
              <dd class="copy-row">
                <span class="code" part="tracking-number">${receipt}</span>
                <button
                  type="button"
                  class="button button--secondary button--small"
                  part="button-secondary"
                  aria-label=${host.t('account.orders.receiptCopy')}
                  @click=${() => void this.copy(receipt, host.t('account.orders.receiptCopied'))}
                >
                  ${host.t('account.orders.copy')}
                </button>
              </dd>`
          : nothing}
      </dl>
      ${this.copyMessage ? html`<p class="muted" role="status">${this.copyMessage}</p>` : nothing}
    </section>`;
  }

  private async copy(value: string, done: string): Promise<void> {
    const copied = await copyText(value);
    this.copyMessage = copied ? done : this.host.t('account.orders.copyFailed');
    this.host.announce(this.copyMessage);
    this.host.requestUpdate();
  }

  private paymentContext(): PaymentInstructionsContext {
    const { host } = this;
    const slug = text(this.detail.value?.secret_slug);
    return {
      t: host.t,
      money: host.money,
      date: host.date,
      now: Date.now(),
      mobile: typeof matchMedia === 'function' && matchMedia('(max-width: 40rem)').matches,
      announce: (message) => host.announce(message),
      qr: this.qr ?? undefined,
      checking: this.checking,
      checkNote: this.checkNote,
      onCheckStatus: () => void this.checkByButton(),
      waiting: Boolean(this.paying),
      paymentError: this.paymentError,
      onRetryPayment: slug ? () => void this.retryPayment(slug) : undefined,
    };
  }

  /**
   * `POST /public/orders/{secret_slug}/payment` is idempotent: it asks the gateway again, then the
   * order is re-read. A failure stays on screen with its retry; nothing re-reads behind it.
   */
  private async retryPayment(slug: string): Promise<void> {
    if (this.paying) return;
    const controller = new AbortController();
    this.paying = controller;
    this.paymentError = '';
    this.host.requestUpdate();
    try {
      await createPayment(this.host.storefront.http, slug, controller.signal);
    } catch (error) {
      if (controller.signal.aborted || (isScalevApiError(error) && error.kind === 'aborted')) return;
      this.paymentError = this.host.describeError(error) || this.host.t('error.generic');
      this.host.reportError(error, 'account.orders.payment');
      return;
    } finally {
      if (this.paying === controller) this.paying = null;
      this.host.requestUpdate();
    }
    await this.checkStatus();
  }

  /**
   * The button: re-reads the order, then says when the payment has not arrived yet (a failure shows
   * the detail's error with its retry; paid shows as paid). The account does not poll: "check again".
   */
  private async checkByButton(): Promise<void> {
    if (this.checking) return;
    this.checkNote = '';
    await this.checkStatus();
    const order = this.detail.value;
    if (this.detail.status === 'ready' && order && paymentState(order) === 'unpaid') {
      this.checkNote = this.host.t('order-status.stillUnpaidCheckAgain');
      this.host.announce(this.checkNote);
      this.host.requestUpdate();
    }
  }

  private async checkStatus(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    this.host.requestUpdate();
    try {
      await this.loadDetail();
    } finally {
      this.checking = false;
      this.host.requestUpdate();
    }
  }
}

export function createView(host: AccountHost): AccountView {
  return new OrdersView(host);
}
