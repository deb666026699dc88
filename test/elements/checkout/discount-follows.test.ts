import { expect, html } from '@open-wc/testing';
import { until as waitFor, shadow, requestsTo } from '../../helpers/fixture.js';
import '../../../src/elements/checkout/define.js';
import type { ScalevCheckout } from '../../../src/elements/checkout/checkout.js';
import { PHYSICAL_VARIANT, addToCart, choose, fill, mountIsolated, q, ready, text } from './helpers.js';

const until = (predicate: () => unknown, message: string) => waitFor(predicate, message, 8000);

describe('scalev-checkout: an applied discount code follows the payment method', function () {
  this.timeout(30_000);

  it('a QRIS-only code applied with QRIS is checked again when the buyer switches to bank transfer', async () => {
    sessionStorage.clear();
    const mounted = await mountIsolated<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    await addToCart(mounted.storefront, PHYSICAL_VARIANT, 1, 'Kopi', mounted.mock);
    const el = document.createElement('scalev-checkout') as ScalevCheckout;
    mounted.el.append(el);
    await ready(el);

    await choose(el, 'payment_method', 'qris');
    await fill(el, 'discount_code_code', 'QRISHEMAT');
    q<HTMLButtonElement>(el, '.discount button').click();
    await until(() => text(el).includes('Code QRISHEMAT applied'), 'accepted with QRIS');
    await until(() => text(el).includes('Discount (QRISHEMAT)'), 'discount row');

    await choose(el, 'payment_method', 'bank_transfer');
    await until(() => text(el).includes('Code QRISHEMAT does not apply'), 'rejected for bank transfer');
    expect(text(el)).to.not.contain('Code QRISHEMAT applied');
    expect(q(el, '[name="discount_code_code"]').getAttribute('aria-invalid')).to.equal('true');
    const checks = requestsTo(mounted.mock, '/public/discount-codes/check', 'POST');
    expect((checks.at(-1)!.body as { payment_method?: string }).payment_method).to.equal('bank_transfer');
    // The order no longer carries a code its summary does not apply.
    await until(() => {
      const last = requestsTo(mounted.mock, '/summary').at(-1)?.body as { payment_method?: string; discount_code_code?: string } | undefined;
      return last?.payment_method === 'bank_transfer' && last.discount_code_code === undefined;
    }, 'summary without the code');
    expect(shadow(el).querySelector('[part="total"]')).to.not.equal(null);
  });
});
