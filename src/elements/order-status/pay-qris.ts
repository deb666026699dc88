/** QRIS: the QR drawn in the browser from `qr_string` (or the gateway's image), with help for phones. */
import { html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { hasGatewayData, readGateway } from './gateway.js';
import { amountAndDeadline, waitingOrMissing } from './gateway-kit.js';
import { copyRow } from './instructions-kit.js';
import type { AnyOrder, PaymentInstructionsContext } from './order-facts.js';
import { registerMessages } from '../../i18n/localize.js';

// The words of these instructions (English with the others in `instructions-strings.en.ts`).
registerMessages(
  {
    id: {
      'order-status.qrisTitle': 'Scan QRIS untuk membayar',
      'order-status.qrisHelp': 'Buka aplikasi bank atau e-wallet yang mendukung QRIS, lalu scan kode ini.',
      'order-status.qrisMobileHelp': 'Simpan atau screenshot kode QR ini dulu, lalu buka dari aplikasi pembayaran Anda.',
      'order-status.qrisCode': 'Kode QRIS',
      'order-status.qrisDownload': 'Unduh gambar QR',
      'order-status.qrisImage': 'Kode QR QRIS untuk pembayaran',
    },
  },
  { en: () => import('./instructions-strings.en.js') },
);

export function render(order: AnyOrder, ctx: PaymentInstructionsContext): TemplateResult {
  const g = readGateway(order);
  const label = ctx.t('order-status.qrisImage');
  const drawn = g.qrString && ctx.qr ? ctx.qr(g.qrString, label) : null;
  let image: TemplateResult | SVGTemplateResult | typeof nothing = nothing;
  if (drawn) image = drawn;
  else if (g.qrImageUrl) image = html`<img class="qr" part="qr" src=${g.qrImageUrl} alt=${label} width="240" height="240" />`;
  return html`<section class="pay pay--qris" part="payment-instructions">
    <h4 class="pay__title">${ctx.t('order-status.qrisTitle')}</h4>
    ${amountAndDeadline(order, ctx)}
    ${g.qrString || g.qrImageUrl
      ? html`<div class="qr-box">${image}</div>
          <p class="pay-note">${ctx.mobile ? ctx.t('order-status.qrisMobileHelp') : ctx.t('order-status.qrisHelp')}</p>
          ${g.qrImageUrl
            ? html`<a class="button button--secondary" part="qr-download" href=${g.qrImageUrl} download="qris.png" target="_blank" rel="noopener noreferrer"
                >${ctx.t('order-status.qrisDownload')}</a
              >`
            : nothing}
          ${!drawn && !g.qrImageUrl && g.qrString ? copyRow(ctx, ctx.t('order-status.qrisCode'), g.qrString, 'pay-row--raw') : nothing}`
      : waitingOrMissing(ctx)}
  </section>`;
}

export const ready = hasGatewayData;

export const wantsQr = (order: AnyOrder): boolean => Boolean(readGateway(order).qrString);

/** The "check status" button and the styles these instructions need (shared by every method). */
export { renderCheckButton as check } from './instructions-kit.js';
export { gatewayKitStyles as styles } from './gateway-kit.js';
