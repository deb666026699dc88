/** The signed-in customer's saved addresses: choose one, or add one (saved to the account) and use it. */
import { html, nothing, type TemplateResult } from 'lit';
import * as customerCheckout from '../../api/customer-checkout.js';
import { isScalevApiError } from '../../api/errors.js';
import type { Storefront } from '../../context/storefront.js';
import type { CheckoutHost, FieldErrors } from './checkout-host.js';
// From the form's module (loaded first anyway), so its helpers are not split into a chunk of their own.
import { field, isValidPhone, normalizePhone } from './parts.js';
import { mapFieldErrors } from './field-errors.js';
import { focusFirstError } from './submit.js';
import { registerMessages } from '../../i18n/localize.js';

// The words of the saved addresses (English with the form's, in `parts.strings.en.ts`).
registerMessages(
  {
    id: {
      'checkout.signedIn': 'Anda berbelanja dengan akun Anda.',
      'checkout.savedAddresses': 'Alamat tersimpan',
      'checkout.newAddress': 'Tambah alamat baru',
      'checkout.saveAddress': 'Simpan alamat',
      'checkout.cancelAddress': 'Batal',
      'checkout.addressSaved': 'Alamat disimpan.',
    },
  },
  { en: () => import('./parts.strings.en.js') },
);

/** The customer checkout routes, for the requests of the form (`requests.ts`). */
export { customerCheckout };

export async function loadAddresses(host: CheckoutHost, sf: Storefront): Promise<void> {
  const list = await customerCheckout.listAddresses(sf.http);
  host.savedAddresses = list.filter((a) => a && a.id !== undefined && a.id !== null);
  const chosen = host.values.address_id;
  if (!chosen || !host.savedAddresses.some((a) => String(a.id) === chosen)) {
    const first = host.savedAddresses[0];
    host.values = { ...host.values, address_id: first ? String(first.id) : '' };
  }
  host.addingAddress = host.savedAddresses.length === 0;
}

async function saveNewAddress(host: CheckoutHost): Promise<void> {
  const sf = host.storefront;
  if (!sf || host.addressBusy) return;
  const v = host.values;
  const errors: FieldErrors = {};
  if (!v.customer_name.trim()) errors.customer_name = host.t('checkout.required');
  if (!isValidPhone(v.customer_phone)) errors.customer_phone = v.customer_phone.trim() ? host.t('checkout.invalidPhone') : host.t('checkout.required');
  if (v.shipping_address.trim().length < 5) errors.shipping_address = v.shipping_address.trim() ? host.t('checkout.addressShort') : host.t('checkout.required');
  if (!v.location) errors.location = host.t('location.required');
  else if (!/^\d{5}$/.test(v.postal_code)) errors.postal_code = host.t('location.postalRequired');
  if (Object.keys(errors).length) {
    host.errors = { ...host.errors, ...errors };
    void host.updateComplete.then(() => focusFirstError(host));
    return;
  }
  host.addressBusy = true;
  try {
    const { createAddress } = await import('../../api/account.js');
    const saved = await createAddress(sf.http, {
      name: v.customer_name.trim(),
      phone: normalizePhone(v.customer_phone)!,
      location_id: v.location!.id,
      address: v.shipping_address.trim(),
      postal_code: v.postal_code,
    });
    const list = await customerCheckout.listAddresses(sf.http).catch(() => [...host.savedAddresses, saved]);
    host.savedAddresses = list.filter((a) => a && a.id !== undefined && a.id !== null);
    const id = saved?.id !== undefined && saved?.id !== null ? String(saved.id) : String(host.savedAddresses.at(-1)?.id ?? '');
    host.addingAddress = false;
    host.announcement = host.t('checkout.addressSaved');
    host.setValues({ address_id: id, courier: '' });
  } catch (error) {
    if (isScalevApiError(error) && error.hasFieldErrors) {
      host.errors = { ...host.errors, ...mapFieldErrors(error.fieldErrors, (key, params) => host.t(key, params)).fields };
    } else {
      host.submitProblem = { message: host.describeError(error), uncertain: false, retry: false };
    }
    host.reportError(error, 'checkout.address');
  } finally {
    host.addressBusy = false;
  }
}

export function renderSavedAddresses(host: CheckoutHost, locationFields: (host: CheckoutHost, customer: boolean) => TemplateResult): TemplateResult {
  const error = host.errors.address_id;
  return html`<p class="muted">${host.t('checkout.signedIn')}</p>
    ${host.savedAddresses.length
      ? html`<fieldset class="choices" aria-describedby=${error ? 'e-address' : nothing}>
          <legend>${host.t('checkout.savedAddresses')}</legend>
          ${host.savedAddresses.map((address, i) => {
            const id = String(address.id);
            const loc = address.location;
            return html`<label class="choice" part="address-option">
              <input
                type="radio"
                name="address_id"
                value=${id}
                data-focus=${i === 0 ? 'address_id' : nothing}
                .checked=${!host.addingAddress && host.values.address_id === id}
                @change=${() => {
                  host.addingAddress = false;
                  host.setValues({ address_id: id, courier: '' });
                }}
              />
              <span class="choice__body">
                <strong>${address.name ?? ''}</strong>${address.phone ? html` · ${address.phone}` : nothing}
                <span class="muted">${[address.address, loc?.subdistrict_name, loc?.city_name, loc?.province_name, address.postal_code].filter(Boolean).join(', ')}</span>
              </span>
            </label>`;
          })}
        </fieldset>`
      : nothing}
    ${error ? html`<p class="field__error" id="e-address">${error}</p>` : nothing}
    ${host.addingAddress
      ? html`<div class="new-address">
          ${field(host, 'customer_name', { label: host.t('checkout.name'), autocomplete: 'name', required: true, name: 'name' })}
          ${field(host, 'customer_phone', { label: host.t('checkout.phone'), type: 'tel', autocomplete: 'tel', inputmode: 'tel', required: true, name: 'phone' })}
          ${locationFields(host, true)}
          <div class="row">
            <button type="button" class="button" ?disabled=${host.addressBusy} @click=${() => void saveNewAddress(host)}>${host.t('checkout.saveAddress')}</button>
            ${host.savedAddresses.length
              ? html`<button type="button" class="button button--secondary" @click=${() => (host.addingAddress = false)}>${host.t('checkout.cancelAddress')}</button>`
              : nothing}
          </div>
        </div>`
      : html`<button type="button" class="link" @click=${() => (host.addingAddress = true)}>${host.t('checkout.newAddress')}</button>`}`;
}
