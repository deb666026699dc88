/** Bank transfer: the amount (exact, with the unique code), deadline, destination accounts, the host's proof upload. */
import { html, nothing, type TemplateResult } from 'lit';
import { parseMoney } from '../../api/money.js';
import { amountRow, copyRow, deadline } from './instructions-kit.js';
import type { AnyOrder, PaymentInstructionsContext } from './order-facts.js';
import { text } from './payment-names.js';

type Rec = Record<string, unknown>;
const obj = (value: unknown): Rec | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Rec) : null);

export function render(order: AnyOrder, ctx: PaymentInstructionsContext): TemplateResult {
  const orderNumber = text(order.payment_account_number);
  const accounts: Array<{ bank: string | null; number: string; holder: string | null }> = [];
  if (orderNumber) {
    accounts.push({ bank: null, number: orderNumber, holder: text(order.payment_account_holder) });
  } else {
    for (const raw of order.store?.payment_accounts ?? []) {
      const account = obj(raw);
      const number = text(account?.['account_number']);
      const method = text(account?.['method']);
      if (!number || (method && method !== 'bank_transfer')) continue;
      const entity = obj(account?.['financial_entity']);
      accounts.push({ bank: text(entity?.['name']) ?? text(entity?.['code']), number, holder: text(account?.['account_holder']) });
    }
  }
  const uniqueCode = parseMoney((order as { unique_code_discount?: unknown }).unique_code_discount);
  return html`<section class="pay pay--bank" part="payment-instructions">
    ${amountRow(order, ctx)}
    ${uniqueCode ? html`<p class="pay-note">${ctx.t('order-status.exactAmount')}</p>` : nothing}
    ${deadline(order, ctx)}
    <h4 class="pay__title">${ctx.t('order-status.bankTitle')}</h4>
    ${accounts.length
      ? html`<ul class="accounts" role="list">
          ${accounts.map(
            (a) => html`<li class="account" part="bank-account">
              ${a.bank ? html`<p class="account__bank">${a.bank}</p>` : nothing}
              ${copyRow(ctx, ctx.t('order-status.accountNumber'), a.number, '', a.bank ? `${ctx.t('order-status.accountNumber')} ${a.bank}` : undefined)}
              ${a.holder ? html`<p class="account__holder">${ctx.t('order-status.accountHolder')}: ${a.holder}</p>` : nothing}
            </li>`,
          )}
        </ul>`
      : html`<p class="pay-note">${ctx.t('order-status.noAccounts')}</p>`}
    ${ctx.proof ?? nothing}
  </section>`;
}

/** A transfer needs no gateway data. */
export const ready = (): boolean => true;

/** The "check status" button and the styles these instructions need (shared by every method). */
export { renderCheckButton as check, instructionsKitStyles as styles } from './instructions-kit.js';
