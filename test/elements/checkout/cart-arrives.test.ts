import { expect, html } from '@open-wc/testing';
import { cartStore } from '../../../src/state/cart.js';
import { until as waitFor, shadow, requestsTo } from '../../helpers/fixture.js';
import '../../../src/elements/checkout/define.js';
import type { ScalevCheckout } from '../../../src/elements/checkout/checkout.js';
import { DIGITAL_VARIANT, PHYSICAL_VARIANT, addToCart, mountIsolated, ready, text } from './helpers.js';

const until = (predicate: () => unknown, message: string) => waitFor(predicate, message, 8000);

/** A checkout already on the page with an empty cart, as on a one-page shop, before the first add. */
async function emptyCheckout() {
  sessionStorage.clear();
  const mounted = await mountIsolated<ScalevCheckout>(html`<scalev-checkout></scalev-checkout>`);
  await until(() => text(mounted.el).includes('empty'), 'empty checkout');
  return mounted;
}

describe('scalev-checkout: the first item arrives while the checkout is on the page', function () {
  this.timeout(30_000);

  it('a digital first item needs no address: shipping is asked of the cart that holds it', async () => {
    const { el, storefront, mock } = await emptyCheckout();
    await addToCart(storefront, DIGITAL_VARIANT, 1, 'E-book', mock);
    await ready(el);
    await until(() => text(el).includes('Digital products'), 'digital-only notice');
    expect(shadow(el).querySelector('[name="shipping_address"]')).to.equal(null);
    for (const probe of requestsTo(mock, '/public/checkout/shipping-options', 'POST')) {
      expect(probe.headers['x-scalev-guest-token'], 'probe sent with the new cart token').to.be.a('string');
    }
  });

  it('a physical first item still asks for the address', async () => {
    const { el, storefront, mock } = await emptyCheckout();
    await addToCart(storefront, PHYSICAL_VARIANT, 1, 'Kopi', mock);
    await ready(el);
    await until(() => shadow(el).querySelector('[name="shipping_address"]'), 'address asked');
    expect(text(el)).to.not.contain('Digital products');
  });

  it('asks again whether the order ships when the kind of items changes: the e-book left alone needs no address, a coffee added to it does', async () => {
    const { el, storefront, mock } = await emptyCheckout();
    await addToCart(storefront, PHYSICAL_VARIANT, 1, 'Kopi', mock);
    await addToCart(storefront, DIGITAL_VARIANT, 1, 'E-book', mock);
    await ready(el);
    await until(() => shadow(el).querySelector('[name="shipping_address"]'), 'address asked for the coffee');

    const cart = cartStore(storefront);
    const coffee = cart.snapshot.lines.find((l) => l.variantId === PHYSICAL_VARIANT)!;
    await cart.remove(coffee.id!);
    await until(() => text(el).includes('Digital products'), 'digital-only once the coffee is gone');
    expect(shadow(el).querySelector('[name="shipping_address"]')).to.equal(null);

    await addToCart(storefront, PHYSICAL_VARIANT, 1, 'Kopi', mock);
    await until(() => shadow(el).querySelector('[name="shipping_address"]'), 'address asked again for the coffee');
    expect(text(el)).to.not.contain('Digital products');
  });
});
