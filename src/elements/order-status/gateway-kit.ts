/**
 * Pieces only the gateway methods' instructions use (VA, QRIS, e-wallets, hosted pages): the
 * amount with the deadline, the note while the gateway data is on its way, the pay button. A bank
 * transfer never loads them.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { registerMessages } from '../../i18n/localize.js';
import { renderError } from '../../ui/status-message.js';
import { amountRow, deadline, instructionsKitStyles } from './instructions-kit.js';
import type { AnyOrder, PaymentInstructionsContext } from './order-facts.js';

registerMessages(
  {
    id: {
      'order-status.waiting': 'Menyiapkan instruksi pembayaran…',
      'order-status.notReady': 'Instruksi pembayaran belum tersedia.',
      'order-status.retryPayment': 'Muat instruksi pembayaran',
    },
  },
  { en: () => import('./instructions-strings.en.js') },
);

/**
 * Gateway data not there: why asking for it failed (with a retry), "preparing…" while the host
 * polls, else a way to ask again.
 */
export function waitingOrMissing(ctx: PaymentInstructionsContext): TemplateResult {
  if (ctx.paymentError) {
    return html`${renderError({ message: ctx.paymentError, retryLabel: ctx.t('common.retry'), onRetry: ctx.onRetryPayment })}`;
  }
  if (ctx.waiting) return html`<p class="pay-note" role="status">${ctx.t('order-status.waiting')}</p>`;
  return html`<p class="pay-note">${ctx.t('order-status.notReady')}</p>
    ${ctx.onRetryPayment
      ? html`<button type="button" class="button button--secondary" part="retry-payment" @click=${ctx.onRetryPayment}>
          ${ctx.t('order-status.retryPayment')}
        </button>`
      : nothing}`;
}

/** A link to the payment provider, in a new tab. */
export function payButton(url: string, label: string): TemplateResult {
  return html`<a class="button" part="pay-button" href=${url} target="_blank" rel="noopener noreferrer">${label}</a>`;
}

/** The amount and the deadline, as most instructions start. */
export function amountAndDeadline(order: AnyOrder, ctx: PaymentInstructionsContext): TemplateResult {
  return html`${amountRow(order, ctx)} ${deadline(order, ctx)}`;
}

/** The kit's styles with the QR code's and the raw payment code's, for the gateway methods. */
export const gatewayKitStyles = css`
  ${instructionsKitStyles}
  .pay-row--raw .mono {
    font-size: var(--_scalev-font-size-small);
    font-weight: normal;
  }
  .qr-box {
    display: flex;
    justify-content: center;
  }
  .qr {
    width: min(15rem, 100%);
    height: auto;
    aspect-ratio: 1;
    background: #fff;
  }
`;
