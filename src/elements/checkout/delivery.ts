/**
 * The delivery step (physical orders only): the address with the location picker for guests, the
 * saved addresses for customers (their own part), and the courier choices.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { parseMoney } from '../../api/money.js';
import type { LocationChangeDetail } from '../../ui/location-picker.js';
import { renderError } from '../../ui/status-message.js';
import { safeHttpUrl } from '../order-status/payment-names.js';
import { optionKey, type CheckoutHost } from './checkout-host.js';
import { field } from './fields.js';
import './parts.strings.js';

/** The address, and the location picker for its subdistrict and postal code. */
export function renderLocationFields(host: CheckoutHost, customer: boolean): TemplateResult {
  // Properties set before the picker's code arrives are kept by Lit when the element upgrades.
  if (!customElements.get('scalev-location-picker')) void import('../../ui/location-picker.js');
  return html`${field(host, 'shipping_address', {
      label: host.t('checkout.address'),
      autocomplete: 'street-address',
      multiline: true,
      required: true,
      maxlength: 2000,
      hint: host.t('checkout.addressHint'),
      ...(customer ? { name: 'address' } : {}),
    })}
    <scalev-location-picker
      exportparts="field, label, field-error, combobox: input, select: input, input"
      required
      locale=${host.locale}
      theme=${host.theme}
      location-name=${customer ? 'location_id' : 'shipping_location_id'}
      postal-name=${customer ? 'postal_code' : 'shipping_postal_code'}
      .value=${host.values.location}
      postal-code=${host.values.postal_code}
      .errors=${{ location: host.errors.location ?? null, postalCode: host.errors.postal_code ?? null }}
      @scalev-location-change=${(e: CustomEvent<LocationChangeDetail>) =>
        host.setValues({ location: e.detail.location, postal_code: e.detail.postalCode ?? '', courier: '' })}
    ></scalev-location-picker>`;
}

export function renderDelivery(host: CheckoutHost, stepHeading: boolean, savedAddresses: TemplateResult | null): TemplateResult {
  return html`<section class="section" part="section" aria-labelledby="h-delivery">
    ${host.sectionHeading('h-delivery', host.t('checkout.delivery'), stepHeading)}
    ${host.customer ? savedAddresses : renderLocationFields(host, false)}
    ${renderShippingOptions(host)}
  </section>`;
}

function renderShippingOptions(host: CheckoutHost): TemplateResult {
  const error = host.errors.courier;
  let body: TemplateResult | typeof nothing;
  if (!host.destination()) body = html`<p class="muted">${host.t('checkout.chooseLocationFirst')}</p>`;
  else if (host.shippingStatus === 'loading') body = html`<p class="muted" role="status">${host.t('checkout.loadingShipping')}</p>`;
  else if (host.shippingStatus === 'error')
    body = renderError({
      message: host.shippingError,
      retryLabel: host.t('common.retry'),
      onRetry: () => {
        host.shippingKey = '';
        host.scheduleQuotes(0);
      },
    });
  else if (!host.shippingOptions.length) body = html`<p class="muted" role="status">${host.t('checkout.noShipping')}</p>`;
  else
    body = html`${host.shippingOptions.map((option, i) => {
      const key = optionKey(option);
      const logo = safeHttpUrl(option.logo_url);
      const etd = option.etd?.trim();
      return html`<label class="choice choice--shipping" part="shipping-option">
        <input
          type="radio"
          name="courier_service_id"
          value=${String(option.courier_service_id)}
          data-focus=${i === 0 ? 'courier' : nothing}
          .checked=${host.values.courier === key}
          @change=${() => host.setValues({ courier: key })}
        />
        ${logo ? html`<img class="choice__logo" src=${logo} alt="" width="40" height="24" loading="lazy" />` : nothing}
        <span class="choice__body">
          <strong>${option.courier_code?.toUpperCase()} ${option.name}</strong>
          <span class="muted">${option.service_code}${etd ? html` · ${/^\d+(\s*-\s*\d+)?$/.test(etd) ? host.t('checkout.etdDays', { etd }) : host.t('checkout.etd', { etd })}` : nothing}${option.is_cod
              ? html` · <span class="badge">${host.t('checkout.cod')}</span>`
              : nothing}</span>
        </span>
        <span class="choice__price">${host.money(parseMoney(option.cost))}</span>
      </label>`;
    })}`;
  return html`<fieldset class="choices" aria-describedby=${error ? 'e-courier' : nothing} aria-busy=${host.shippingStatus === 'loading' ? 'true' : 'false'}>
    <legend>${host.t('checkout.shipping')}</legend>
    ${body}
    ${error ? html`<p class="field__error" id="e-courier">${error}</p>` : nothing}
  </fieldset>`;
}
