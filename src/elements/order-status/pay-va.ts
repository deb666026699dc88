/** Virtual accounts (`va_*`) and retail outlets (Alfamart, Indomaret): a number to pay to, with copy. */
import { html, nothing, type TemplateResult } from 'lit';
import { hasGatewayData, readGateway } from './gateway.js';
import { amountAndDeadline, waitingOrMissing } from './gateway-kit.js';
import { copyRow } from './instructions-kit.js';
import type { AnyOrder, PaymentInstructionsContext } from './order-facts.js';
import { RETAIL, VA_BANKS, paymentKind } from './payment-names.js';
import { registerMessages } from '../../i18n/localize.js';

// The words of these instructions (English with the others in `instructions-strings.en.ts`).
registerMessages(
  {
    id: {
      'order-status.vaTitle': 'Bayar ke Virtual Account {bank}',
      'order-status.vaNumber': 'Nomor Virtual Account',
      'order-status.vaHelp': 'Bayar lewat ATM, m-banking, atau internet banking {bank}. Nomor ini hanya untuk pesanan ini.',
      'order-status.retailTitle': 'Bayar di gerai {name}',
      'order-status.retailNumber': 'No Pembayaran',
      'order-status.retailHelp': 'Tunjukkan nomor pembayaran ini ke kasir.',
    },
  },
  { en: () => import('./instructions-strings.en.js') },
);

export function render(order: AnyOrder, ctx: PaymentInstructionsContext): TemplateResult {
  const retail = paymentKind(order.payment_method) === 'retail';
  const g = readGateway(order);
  const code = (order.payment_method ?? '').toLowerCase();
  const bank = retail ? RETAIL[code] ?? code : VA_BANKS[code.slice(3)] ?? g.bankCode ?? code.slice(3).toUpperCase();
  const numberLabel = retail ? ctx.t('order-status.retailNumber') : ctx.t('order-status.vaNumber');
  return html`<section class="pay pay--va" part="payment-instructions">
    <h4 class="pay__title">${retail ? ctx.t('order-status.retailTitle', { name: bank }) : ctx.t('order-status.vaTitle', { bank })}</h4>
    ${amountAndDeadline(order, ctx)}
    ${g.vaNumber
      ? html`${copyRow(ctx, numberLabel, g.vaNumber, 'pay-row--number')}
          ${g.vaHolder ? html`<p class="account__holder">${ctx.t('order-status.accountHolder')}: ${g.vaHolder}</p>` : nothing}
          <p class="pay-note">${retail ? ctx.t('order-status.retailHelp') : ctx.t('order-status.vaHelp', { bank })}</p>`
      : waitingOrMissing(ctx)}
  </section>`;
}

export const ready = hasGatewayData;

/** The "check status" button and the styles these instructions need (shared by every method). */
export { renderCheckButton as check } from './instructions-kit.js';
export { gatewayKitStyles as styles } from './gateway-kit.js';
