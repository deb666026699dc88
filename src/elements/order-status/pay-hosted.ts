/** Card, invoice, Payment Link, cash on delivery and any other method: a note and the provider's page. */
import { html, nothing, type TemplateResult } from 'lit';
import { parseMoney } from '../../api/money.js';
import { hasGatewayData, providerPayUrl } from './gateway.js';
import { amountAndDeadline, payButton, waitingOrMissing } from './gateway-kit.js';
import { amountRow } from './instructions-kit.js';
import type { AnyOrder, PaymentInstructionsContext } from './order-facts.js';
import { paymentKind, paymentMethodName, safeHttpUrl } from './payment-names.js';
import { registerMessages } from '../../i18n/localize.js';

// The words of these instructions (English with the others in `instructions-strings.en.ts`).
registerMessages(
  {
    id: {
      'order-status.payNow': 'Lanjutkan pembayaran',
      'order-status.cardHelp': 'Pembayaran kartu diselesaikan di halaman penyedia pembayaran.',
      'order-status.codTitle': 'Bayar di tempat (COD)',
      'order-status.codHelp': 'Siapkan uang tunai {amount} dan bayar kepada kurir saat pesanan tiba.',
      'order-status.payLinkHelp': 'Pilih metode pembayaran di halaman pembayaran.',
      'order-status.otherMethod': 'Metode pembayaran: {name}',
    },
  },
  { en: () => import('./instructions-strings.en.js') },
);

export function render(order: AnyOrder, ctx: PaymentInstructionsContext): TemplateResult {
  const kind = paymentKind(order.payment_method);
  if (kind === 'cod') {
    return html`<section class="pay pay--cod" part="payment-instructions">
      <h4 class="pay__title">${ctx.t('order-status.codTitle')}</h4>
      <p class="pay-note">${ctx.t('order-status.codHelp', { amount: ctx.money(parseMoney(order.gross_revenue)) })}</p>
    </section>`;
  }
  if (kind === 'payment_link') {
    const url = safeHttpUrl((order as { redirect_url?: unknown }).redirect_url) ?? safeHttpUrl(order.public_order_url);
    return html`<section class="pay pay--paylink" part="payment-instructions">
      ${amountRow(order, ctx)}
      <p class="pay-note">${ctx.t('order-status.payLinkHelp')}</p>
      ${url ? payButton(url, ctx.t('order-status.payNow')) : nothing}
    </section>`;
  }
  const note =
    kind === 'card' || kind === 'invoice'
      ? ctx.t('order-status.cardHelp')
      : ctx.t('order-status.otherMethod', { name: paymentMethodName(order.payment_method) });
  const url = providerPayUrl(order, ctx.mobile);
  return html`<section class="pay pay--hosted" part="payment-instructions">
    ${amountAndDeadline(order, ctx)}
    ${url ? html`<p class="pay-note">${note}</p>${payButton(url, ctx.t('order-status.payNow'))}` : waitingOrMissing(ctx)}
  </section>`;
}

export const ready = hasGatewayData;

/** The "check status" button and the styles these instructions need (shared by every method). */
export { renderCheckButton as check } from './instructions-kit.js';
export { gatewayKitStyles as styles } from './gateway-kit.js';
