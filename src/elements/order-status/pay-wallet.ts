/** E-wallets: a button to the provider (and a QR to scan on a computer); OVO: finish in the app. */
import { html, nothing, type TemplateResult } from 'lit';
import { hasGatewayData, providerPayUrl, readGateway } from './gateway.js';
import { amountAndDeadline, payButton, waitingOrMissing } from './gateway-kit.js';
import type { AnyOrder, PaymentInstructionsContext } from './order-facts.js';
import { EWALLETS, paymentKind, paymentMethodName } from './payment-names.js';
import { registerMessages } from '../../i18n/localize.js';

// The words of these instructions (English with the others in `instructions-strings.en.ts`).
registerMessages(
  {
    id: {
      'order-status.payWith': 'Bayar dengan {name}',
      'order-status.ewalletHelp': 'Anda akan diarahkan ke {name} untuk menyelesaikan pembayaran.',
      'order-status.ewalletScan': 'Atau scan kode ini dengan ponsel Anda',
      'order-status.ovoHelp': 'Buka aplikasi OVO yang terhubung dengan nomor telepon Anda dan selesaikan pembayaran di sana.',
    },
  },
  { en: () => import('./instructions-strings.en.js') },
);

export function render(order: AnyOrder, ctx: PaymentInstructionsContext): TemplateResult {
  if (paymentKind(order.payment_method) === 'ovo') {
    return html`<section class="pay pay--ovo" part="payment-instructions">
      ${amountAndDeadline(order, ctx)}
      <p class="pay-note">${ctx.t('order-status.ovoHelp')}</p>
    </section>`;
  }
  const code = (order.payment_method ?? '').toLowerCase();
  const name = EWALLETS[code] ?? paymentMethodName(code);
  const url = providerPayUrl(order, ctx.mobile);
  const qrUrl = !ctx.mobile ? readGateway(order).actions.find((a) => a.type === 'WEB' || a.type === 'MOBILE')?.url ?? null : null;
  const drawn = qrUrl && ctx.qr ? ctx.qr(qrUrl, ctx.t('order-status.ewalletScan')) : null;
  return html`<section class="pay pay--ewallet" part="payment-instructions">
    ${amountAndDeadline(order, ctx)}
    ${url
      ? html`<p class="pay-note">${ctx.t('order-status.ewalletHelp', { name })}</p>
          ${payButton(url, ctx.t('order-status.payWith', { name }))}
          ${drawn ? html`<p class="pay-note">${ctx.t('order-status.ewalletScan')}</p><div class="qr-box">${drawn}</div>` : nothing}`
      : waitingOrMissing(ctx)}
  </section>`;
}

export const ready = hasGatewayData;

export const wantsQr = (order: AnyOrder): boolean => paymentKind(order.payment_method) === 'ewallet' && readGateway(order).actions.length > 0;

/** The "check status" button and the styles these instructions need (shared by every method). */
export { renderCheckButton as check } from './instructions-kit.js';
export { gatewayKitStyles as styles } from './gateway-kit.js';
