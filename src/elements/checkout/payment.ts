/** The payment step: the store's payment methods, the discount code (checked at once), the notes. */
import { html, nothing, type TemplateResult } from 'lit';
import { field } from './fields.js';
import type { CheckoutHost } from './checkout-host.js';
import './parts.strings.js';

export function renderPayment(host: CheckoutHost, stepHeading: boolean): TemplateResult {
  const error = host.errors.payment_method;
  return html`<section class="section" part="section" aria-labelledby="h-payment">
    ${host.sectionHeading('h-payment', host.t('checkout.payment'), stepHeading)}
    <fieldset class="choices" aria-describedby=${error ? 'e-payment' : nothing}>
      <legend>${host.t('checkout.paymentMethod')}</legend>
      ${host.paymentChoices.length
        ? host.paymentChoices.map(
            (choice, i) => html`<label class="choice" part="payment-option">
              <input
                type="radio"
                name="payment_method"
                value=${choice.code}
                data-focus=${i === 0 ? 'payment_method' : nothing}
                .checked=${host.values.payment_method === choice.code}
                @change=${() => host.setValues({ payment_method: choice.code })}
              />
              <span class="choice__body"
                ><strong>${choice.label}</strong>${choice.description ? html`<span class="muted">${choice.description}</span>` : nothing}</span
              >
            </label>`,
          )
        : html`<p class="muted">${host.t('checkout.noPaymentMethods')}</p>`}
      ${error ? html`<p class="field__error" id="e-payment">${error}</p>` : nothing}
    </fieldset>
    ${host.hideDiscount ? nothing : renderDiscount(host)}
    ${host.hideNotes
      ? nothing
      : field(host, 'notes', { label: host.t('checkout.notes'), multiline: true, maxlength: 2000, optionalLabel: host.t('checkout.optional') })}
  </section>`;
}

/** The check loads with the first code applied (most orders have none); a failed download shows as its error. */
function applyDiscount(host: CheckoutHost): void {
  import('./discount.js').then(
    (m) => m.applyDiscount(host),
    (error: unknown) => {
      host.discountStatus = 'error';
      host.discountMessage = host.describeError(error);
    },
  );
}

function renderDiscount(host: CheckoutHost): TemplateResult {
  const accepted = host.discountStatus === 'accepted' && host.values.discount_code;
  const message = host.errors.discount_code || host.discountMessage;
  const bad = host.discountStatus === 'rejected' || host.discountStatus === 'error' || Boolean(host.errors.discount_code);
  return html`<div class="field discount" part="field">
    <label class="field__label" part="label" for="f-discount">${host.t('checkout.discount')} <span class="field__optional">${host.t('checkout.optional')}</span></label>
    <div class="row">
      <input
        id="f-discount"
        class="field__control"
        part="input"
        name="discount_code_code"
        autocomplete="off"
        autocapitalize="characters"
        spellcheck="false"
        maxlength="100"
        .value=${host.values.discount_input}
        ?readonly=${Boolean(accepted)}
        aria-invalid=${bad ? 'true' : 'false'}
        aria-describedby=${message ? 'f-discount-msg' : nothing}
        @input=${(e: Event) => {
          host.discountStatus = 'idle';
          host.discountMessage = '';
          host.setValues({ discount_input: (e.target as HTMLInputElement).value }, false);
        }}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            applyDiscount(host);
          }
        }}
      />
      ${accepted
        ? html`<button
            type="button"
            class="button button--secondary"
            @click=${() => {
              host.discountStatus = 'idle';
              host.discountMessage = '';
              host.setValues({ discount_code: '', discount_input: '' });
            }}
          >
            ${host.t('checkout.removeDiscount')}
          </button>`
        : html`<button
            type="button"
            class="button button--secondary"
            ?disabled=${!host.values.discount_input.trim() || host.discountStatus === 'checking'}
            @click=${() => applyDiscount(host)}
          >
            ${host.t('checkout.applyDiscount')}
          </button>`}
    </div>
    ${message
      ? html`<p id="f-discount-msg" class=${bad ? 'field__error' : 'field__ok'} role=${bad ? 'alert' : 'status'}>${message}</p>`
      : nothing}
  </div>`;
}
