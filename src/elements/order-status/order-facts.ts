/**
 * What an order says about itself, for an order of either shape (`StorefrontPublicOrder` from
 * checkout and `/public/orders`, `StorefrontCustomerFacingOrder` from `/customers/me/orders`):
 * payment state, polling rules, statuses in words, the amounts list and the notes shown instead
 * of instructions once an order is settled. Everything here renders without the per-method
 * instruction modules.
 */
import { css, html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { parseMoney } from '../../api/money.js';
import { buttonStyles } from '../../styles/button.js';
import type { StorefrontCustomerFacingOrder, StorefrontPublicOrder } from '../../api/types.js';
import { paymentKind, text } from './payment-names.js';
import './payment-strings.js';

export type AnyOrder = StorefrontPublicOrder | StorefrontCustomerFacingOrder;

/** Where the buyer stands with paying: `confirmed` is a workflow state, never a payment signal. */
export type PaymentState = 'paid' | 'unpaid' | 'conflict' | 'expired' | 'canceled';

/** What the templates need from their host element. */
export interface PaymentInstructionsContext {
  t(key: string, params?: Record<string, unknown>): string;
  money(amount: number | null | undefined): string;
  date(value: string | number | Date | null | undefined, style?: 'date' | 'datetime'): string;
  /** The current time, for countdowns (the host re-renders every second while one shows). */
  now?: number;
  /** Phone-sized layout: e-wallets open as buttons, not QR codes. */
  mobile?: boolean;
  /** Says something to screen readers (a copy button announces "… copied", or that it could not copy). */
  announce?(message: string): void;
  /** A QR code for text, when the QR module has loaded; null until then. */
  qr?(text: string, label: string): SVGTemplateResult | null;
  /** The transfer-proof section (bank transfer), rendered under the accounts. */
  proof?: TemplateResult | typeof nothing;
  /** Gateway data still on its way (the host is polling). */
  waiting?: boolean;
  /** Why asking for the payment instructions failed; shown in an alert with `onRetryPayment`. */
  paymentError?: string;
  /** Asks for payment instructions again (`POST …/payment`); offered when they are missing. */
  onRetryPayment?(): void;
  /** Re-reads the order now; offered for methods with a check button. */
  onCheckStatus?(): void;
  /** A check is running: the button says so. */
  checking?: boolean;
  /** What the last check found while still unpaid ("not received yet"), shown under the button. */
  checkNote?: string;
  /** Why the last check failed, shown in an alert whose retry checks again. */
  checkError?: string;
}

/** GUIDES §5 table: which methods wait for gateway data, refresh every 5 s, and offer a check button. */
export function pollingRules(method: string | null | undefined): { wait: boolean; refresh: boolean; check: boolean } {
  const kind = paymentKind(method);
  return {
    wait: ['va', 'qris', 'ewallet', 'ovo', 'card', 'invoice', 'retail', 'other'].includes(kind),
    refresh: ['bank_transfer', 'qris', 'ewallet', 'card', 'invoice', 'retail'].includes(kind),
    check: ['bank_transfer', 'va', 'qris', 'retail'].includes(kind),
  };
}

/** The payment deadline in ms, or null when there is none (or it cannot be read). */
export function expiresAt(order: AnyOrder): number | null {
  // Cash on delivery is paid to the courier: no deadline and no countdown (GUIDES §5).
  if (paymentKind(order.payment_method) === 'cod') return null;
  const raw = (order as { payment_expiration_at?: string | null }).payment_expiration_at;
  if (!raw) return null;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? null : at;
}

export function paymentState(order: AnyOrder, now = Date.now()): PaymentState {
  const pay = (order.payment_status ?? '').toLowerCase();
  if (pay === 'paid' || pay === 'settled') return 'paid';
  if (pay === 'conflict') return 'conflict';
  if (['canceled', 'closed', 'rts'].includes((order.status ?? '').toLowerCase())) return 'canceled';
  const deadline = expiresAt(order);
  if (deadline !== null && deadline <= now) return 'expired';
  return 'unpaid';
}

/** Order status in words (`in_process` → "Sedang diproses"); unknown statuses are shown readable. */
export function orderStatusWords(order: AnyOrder, t: PaymentInstructionsContext['t']): string {
  const status = (order.status ?? '').toLowerCase();
  // A new COD order is not waiting for a payment but for the seller: "Menunggu diproses".
  if (status === 'pending' && paymentKind(order.payment_method) === 'cod') return t('order-status.status.pendingCod');
  const key = `order-status.status.${status}`;
  const words = t(key);
  return words === key ? status.replace(/_/g, ' ') : words;
}

/** Payment status in words; an unpaid COD order is paid to the courier on arrival, not "Belum dibayar". */
export function paymentStatusWords(order: AnyOrder, t: PaymentInstructionsContext['t'], now = Date.now()): string {
  const state = paymentState(order, now);
  if (state === 'unpaid' && paymentKind(order.payment_method) === 'cod') return t('order-status.pay.cod');
  return t(`order-status.pay.${state}`);
}

/** What shows instead of instructions once the order is paid, has a payment problem, or is closed; null while it is to be paid. */
export function renderSettledNote(order: AnyOrder, ctx: PaymentInstructionsContext): TemplateResult | null {
  const state = paymentState(order, ctx.now);
  if (state === 'paid') return html`<p class="pay-state pay-state--paid" part="paid-note">${ctx.t('order-status.paidNote')}</p>`;
  if (state === 'conflict') {
    return html`<p class="pay-state pay-state--conflict" part="conflict-note" role="alert">${ctx.t('order-status.pay.conflictHelp')}</p>`;
  }
  if (state === 'canceled' || state === 'expired') {
    return html`<p class="pay-state pay-state--closed" part="closed-note">${ctx.t(`order-status.pay.${state}`)}</p>`;
  }
  return null;
}

function moneyRow(ctx: PaymentInstructionsContext, label: string, amount: number | null, negative = false): TemplateResult | typeof nothing {
  if (!amount) return nothing;
  return html`<div class="amounts__row">
    <dt>${label}</dt>
    <dd>${negative ? '−' : ''}${ctx.money(Math.abs(amount))}</dd>
  </div>`;
}

/**
 * The order's own figures (they may differ from the last checkout summary, GUIDES §3): products,
 * discounts, shipping, Other Charges under their name, service fee and PayLink charge as separate
 * rows only when non-zero, and `gross_revenue` as the total.
 */
export function renderOrderAmounts(order: AnyOrder, ctx: PaymentInstructionsContext): TemplateResult {
  const o = order as unknown as Record<string, unknown>;
  const m = (key: string) => parseMoney(o[key]);
  const code = text(o['discount_code_code']);
  return html`<dl class="amounts" part="amounts">
    ${moneyRow(ctx, ctx.t('order-status.productPrice'), m('product_price'))}
    ${moneyRow(ctx, ctx.t('order-status.productDiscount'), m('product_discount'), true)}
    ${moneyRow(ctx, code ? ctx.t('order-status.discountCode', { code }) : ctx.t('order-status.discount'), m('discount_code_discount'), true)}
    ${moneyRow(ctx, ctx.t('order-status.shipping'), m('shipping_cost'))}
    ${moneyRow(ctx, ctx.t('order-status.shippingDiscount'), m('shipping_discount'), true)}
    ${moneyRow(ctx, text(o['other_income_name']) ?? ctx.t('order-status.otherIncome'), m('other_income'))}
    ${moneyRow(ctx, ctx.t('order-status.serviceFee'), m('service_fee'))}
    ${moneyRow(ctx, ctx.t('order-status.paymentLinkIncome'), m('payment_link_income'))}
    ${moneyRow(ctx, ctx.t('order-status.uniqueCode'), m('unique_code_discount'), true)}
    <div class="amounts__row amounts__row--total" part="total">
      <dt>${ctx.t('order-status.total')}</dt>
      <dd>${ctx.money(m('gross_revenue'))}</dd>
    </div>
  </dl>`;
}

/** Amounts, settled notes and buttons. */
export const orderFactsStyles = css`
  ${buttonStyles}
  .pay-state {
    margin: 0;
    padding: var(--_scalev-space-s) var(--_scalev-space-m);
    border-radius: var(--_scalev-radius-small);
    background: var(--_scalev-color-surface-alt);
  }
  .pay-state--paid {
    color: var(--_scalev-color-success);
  }
  .pay-state--conflict {
    color: var(--_scalev-color-danger);
  }
  .button {
    justify-self: start;
  }
  .button--secondary {
    background: var(--_scalev-color-surface);
    color: var(--_scalev-color-primary);
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: default;
  }
  .amounts {
    display: grid;
    gap: var(--_scalev-space-xs);
    margin: 0;
  }
  .amounts__row {
    display: flex;
    justify-content: space-between;
    gap: var(--_scalev-space-m);
  }
  .amounts__row dt,
  .amounts__row dd {
    margin: 0;
  }
  .amounts__row--total {
    padding-top: var(--_scalev-space-s);
    border-top: 1px solid var(--_scalev-color-border);
    font-weight: var(--_scalev-font-weight-bold);
  }
`;
