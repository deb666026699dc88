/**
 * Payment instructions, order amounts and status words for an order of either shape
 * (`StorefrontPublicOrder` from checkout and `/public/orders`, `StorefrontCustomerFacingOrder` from
 * `/customers/me/orders`), per method (CONTRACT §6 "Rendering payment instructions", GUIDES §3, §5, §7).
 * Plain functions returning Lit templates, so `<scalev-order-status>` and the account's order detail
 * render the same instructions:
 *
 * ```ts
 * import { renderPaymentInstructions, renderOrderAmounts, paymentInstructionsStyles, orderStatusWords }
 *   from '../order-status/payment-instructions.js';
 * static styles = [...ScalevElement.styles, paymentInstructionsStyles];
 * render() {
 *   const ctx = { t: (k, p) => this.t(k, p), money: (n) => this.money(n), date: (v, s) => this.date(v, s),
 *                 now: Date.now(), copy: (text) => navigator.clipboard.writeText(text) };
 *   return html`${renderOrderAmounts(order, ctx)} ${renderPaymentInstructions(order, ctx)}`;
 * }
 * ```
 * The host element owns timers (countdown: re-render every second while `ctx.now` matters),
 * polling and the transfer-proof upload (pass it as `ctx.proof`). Strings are registered under
 * `order-status.`.
 *
 * This module holds every method's instructions at once. `<scalev-order-status>` loads only the
 * method its order needs instead (`loadMethodInstructions` from `method-loader.ts`).
 */
import { css, html, type TemplateResult } from 'lit';
import { gatewayKitStyles } from './gateway-kit.js';
import { renderCheckButton } from './instructions-kit.js';
import type { MethodInstructions } from './method-loader.js';
import { orderFactsStyles, renderSettledNote, type AnyOrder, type PaymentInstructionsContext } from './order-facts.js';
import { paymentKind, type PaymentKind } from './payment-names.js';
import * as bank from './pay-bank.js';
import * as hosted from './pay-hosted.js';
import * as qris from './pay-qris.js';
import * as va from './pay-va.js';
import * as wallet from './pay-wallet.js';

export { paymentKind, paymentMethodName, safeHttpUrl, type PaymentKind } from './payment-names.js';
export {
  expiresAt,
  orderStatusWords,
  paymentState,
  paymentStatusWords,
  pollingRules,
  renderOrderAmounts,
  type AnyOrder,
  type PaymentInstructionsContext,
  type PaymentState,
} from './order-facts.js';
export { hasGatewayData, providerPayUrl, readGateway, type GatewayDetails } from './gateway.js';
export { loadMethodInstructions, type MethodInstructions } from './method-loader.js';

const METHODS: Record<PaymentKind, MethodInstructions> = {
  bank_transfer: bank,
  va,
  retail: va,
  qris,
  ewallet: wallet,
  ovo: wallet,
  card: hosted,
  invoice: hosted,
  payment_link: hosted,
  cod: hosted,
  other: hosted,
};

/**
 * The instructions for paying this order, per method; a short note once it is paid, and the
 * conflict help when the payment has a problem.
 */
export function renderPaymentInstructions(order: AnyOrder, ctx: PaymentInstructionsContext): TemplateResult {
  return (
    renderSettledNote(order, ctx) ??
    html`${METHODS[paymentKind(order.payment_method)].render(order, ctx)} ${renderCheckButton(order, ctx)}`
  );
}

/** Styles of amounts, notes, buttons and every method's instructions. */
export const paymentInstructionsStyles = css`
  ${orderFactsStyles}
  ${gatewayKitStyles}
`;
