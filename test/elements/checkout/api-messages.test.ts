import { expect, html } from '@open-wc/testing';
import { until as waitFor, shadow } from '../../helpers/fixture.js';
import '../../../src/elements/checkout/define.js';
import type { ScalevCheckout } from '../../../src/elements/checkout/checkout.js';
import { mapFieldErrors } from '../../../src/elements/checkout/field-errors.js';
import { translate } from '../../../src/i18n/localize.js';
import { PHYSICAL_VARIANT, addToCart, choose, fillGuestContact, fillGuestDelivery, mountIsolated, placeButton, text } from './helpers.js';

const until = (predicate: () => unknown, message: string) => waitFor(predicate, message, 8000);

function fieldError(el: ScalevCheckout, name: string): string {
  return shadow(el).querySelector(`[data-field="${name}"] .field__error`)?.textContent?.trim() ?? '';
}

describe('scalev-checkout: API validation messages in the buyer’s language', function () {
  this.timeout(30_000);

  it('a 422 from placing the order shows its field errors in Indonesian, unknown phrasings as the API wrote them', async () => {
    sessionStorage.clear();
    const mounted = await mountIsolated<HTMLDivElement>(html`<div style="width: 900px"></div>`, { locale: 'id' });
    await addToCart(mounted.storefront, PHYSICAL_VARIANT, 1, 'Kaos Batik', mounted.mock);
    const el = document.createElement('scalev-checkout') as ScalevCheckout;
    mounted.el.append(el);
    await until(() => shadow(el).querySelector('[part="place-order"]'), 'checkout ready');
    await fillGuestContact(el);
    await fillGuestDelivery(el);
    await choose(el, 'payment_method', 'bank_transfer');
    mounted.mock.faults.add({
      method: 'POST',
      path: '/public/checkout',
      status: 422,
      body: {
        message: 'Validation failed',
        errors: {
          customer_phone: ['has invalid format'],
          customer_name: ["can't be blank"],
          notes: ['should be at most 10 character(s)'],
          shipping_address: ['is too far away'],
        },
      },
    });
    placeButton(el).click();
    await until(() => fieldError(el, 'customer_name'), 'field errors shown');
    expect(fieldError(el, 'customer_name')).to.equal('Wajib diisi.');
    expect(fieldError(el, 'customer_phone')).to.contain('Masukkan nomor HP Indonesia yang benar');
    expect(fieldError(el, 'notes')).to.equal('Terlalu panjang (maksimal 10 karakter).');
    expect(fieldError(el, 'shipping_address')).to.equal('is too far away');
    expect(text(el)).to.not.contain("can't be blank");
    expect(text(el)).to.not.contain('has invalid format');
  });

  it('maps every known phrasing in Indonesian and English, keeping unknown ones', () => {
    const errors = {
      customer_name: ["can't be blank"],
      customer_email: ['has invalid format'],
      customer_phone: ['should be at most 20 character(s)'],
      shipping_address: ['is invalid'],
      shipping_location_id: ['does not exist'],
      notes: ['should be at least 3 character(s)'],
      payment_method: ['is not offered here'],
      'items.0.quantity': ['must be greater than or equal to 1'],
    };
    const id = mapFieldErrors(errors, (key, params) => translate('id', key, params));
    expect(id.fields).to.deep.equal({
      customer_name: 'Wajib diisi.',
      customer_email: 'Masukkan alamat email yang benar, contoh nama@email.com.',
      customer_phone: 'Terlalu panjang (maksimal 20 karakter).',
      shipping_address: 'Isian ini tidak valid.',
      location: 'Tidak ditemukan. Periksa kembali isian ini.',
      notes: 'Terlalu pendek (minimal 3 karakter).',
      payment_method: 'is not offered here',
    });
    expect(id.other).to.deep.equal(['items 0 quantity: Minimal 1.']);
  });

  it('in English the form’s own words are used too', async () => {
    const { default: form } = await import('../../../src/elements/checkout/parts.strings.en.js');
    const { default: api } = await import('../../../src/i18n/api-messages.en.js');
    const en = { ...api, ...form };
    const t = (key: string, params: Record<string, unknown> = {}) =>
      String(en[key]).replace(/\{(\w+)\}/g, (_m, name: string) => String(params[name]));
    const mapped = mapFieldErrors({ customer_name: ["can't be blank"], customer_phone: ['has invalid format'], notes: ['must be greater than 0'] }, t);
    expect(mapped.fields).to.deep.equal({
      customer_name: 'Required.',
      customer_phone: 'Enter a valid Indonesian mobile number, for example 0812-3456-7890.',
      notes: 'Must be more than 0.',
    });
  });
});
