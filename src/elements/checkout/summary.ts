/** The summary column: ordered lines, totals from the summary route, errors of placing the order, the place-order button. */
import { html, nothing, type TemplateResult } from 'lit';
import { parseMoney } from '../../api/money.js';
import { renderError } from '../../ui/status-message.js';
import { safeHttpUrl } from '../order-status/payment-names.js';
import type { CheckoutHost } from './checkout-host.js';
import { renderBack } from './form.js';
import './parts.strings.js';

/** Rows of the totals: an amount (`negative` for discounts), or `null` for one not known yet. */
function summaryRows(host: CheckoutHost): Array<[string, number | null, boolean?]> {
  const s = host.summary;
  if (!s) return [];
  const product = parseMoney(s.product_price) ?? 0;
  const shipping = parseMoney(s.shipping_cost) ?? 0;
  const other = parseMoney(s.other_income) ?? 0;
  const fee = parseMoney(s.service_fee) ?? 0;
  const total = parseMoney(s.gross_revenue);
  // The summary has no discount field: its total is after discounts, so the difference is the discount.
  const discount = total === null ? 0 : Math.max(0, Math.round(product + shipping + other + fee - total));
  const rows: Array<[string, number | null, boolean?]> = [[host.t('checkout.subtotal'), product]];
  if (discount > 0) rows.push([host.values.discount_code ? `${host.t('checkout.discountRow')} (${host.values.discount_code})` : host.t('checkout.discountRow'), discount, true]);
  // Without a courier the summary's shipping is 0 (nothing selected to price), which reads as free
  // shipping: until one is chosen the row says when it will be known.
  if (host.requiresShipping) rows.push([host.t('checkout.shippingRow'), host.chosenOption() ? shipping : null]);
  if (other) rows.push([s.other_income_name || host.t('checkout.otherIncome'), other]);
  if (fee) rows.push([host.t('checkout.serviceFee'), fee]);
  return rows;
}

export function renderSummary(host: CheckoutHost, stepHeading: boolean): TemplateResult {
  const total = parseMoney(host.summary?.gross_revenue);
  const problem = host.submitProblem;
  return html`<aside class="summary" part="summary" aria-labelledby="h-review">
    ${host.sectionHeading('h-review', host.t('checkout.items'), stepHeading)}
    <ul class="lines" role="list">
      ${host.lines().map((line) => {
        const image = safeHttpUrl(line.image);
        return html`<li class="line" part="line">
          ${image ? html`<img class="line__image" src=${image} alt="" width="48" height="48" loading="lazy" />` : html`<span class="line__image"></span>`}
          <span class="line__body">
            <span class="line__name">${line.name}</span>
            ${line.options.length ? html`<span class="muted">${line.options.join(' · ')}</span>` : nothing}
            <span class="muted">${host.t('checkout.quantity', { count: line.quantity })}</span>
          </span>
          <span class="line__total">${line.lineTotal === null ? '' : host.money(line.lineTotal)}</span>
        </li>`;
      })}
    </ul>
    <dl class="totals" part="totals" aria-busy=${host.summaryStatus === 'loading' ? 'true' : 'false'}>
      ${summaryRows(host).map(
        ([label, amount, negative]) =>
          html`<div class="totals__row">
            <dt>${label}</dt>
            ${amount === null ? html`<dd class="muted">${host.t('checkout.shippingPending')}</dd>` : html`<dd>${negative ? '−' : ''}${host.money(amount)}</dd>`}
          </div>`,
      )}
      <div class="totals__row totals__row--total" part="total">
        <dt>${host.t('checkout.total')}</dt>
        <dd>${total === null ? '—' : host.money(total)}</dd>
      </div>
    </dl>
    ${host.summaryStatus === 'loading' && !host.summary ? html`<p class="muted" role="status">${host.t('checkout.summaryLoading')}</p>` : nothing}
    ${host.summaryStatus === 'error'
      ? renderError({
          message: `${host.t('checkout.summaryError')} ${host.summaryError}`,
          retryLabel: host.t('common.retry'),
          onRetry: () => {
            host.summaryKey = '';
            host.scheduleQuotes(0);
          },
        })
      : nothing}
    ${problem
      ? renderError({
          message: problem.message,
          ...(problem.retry ? { retryLabel: problem.uncertain ? host.t('checkout.uncertainRetry') : host.t('common.retry'), onRetry: () => void host.placeOrder() } : {}),
        })
      : nothing}
    ${host.otherErrors.length ? html`<ul class="other-errors" role="list">${host.otherErrors.map((m) => html`<li>${m}</li>`)}</ul>` : nothing}
    <div class="step-nav">
      ${host.wide ? nothing : renderBack(host)}
      <button
        type="button"
        class="button button--primary place"
        part="place-order"
        aria-disabled=${host.placing ? 'true' : 'false'}
        ?disabled=${host.placing}
        @click=${() => void host.placeOrder()}
      >
        ${host.placing ? host.t('checkout.placing') : host.t('checkout.placeOrder')}
      </button>
    </div>
  </aside>`;
}
