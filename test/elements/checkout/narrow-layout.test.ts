import { expect, html } from '@open-wc/testing';
import '../../../src/elements/checkout/define.js';
import type { ScalevCheckout } from '../../../src/elements/checkout/checkout.js';
import { PHYSICAL_VARIANT, addToCart, mountIsolated, ready } from './helpers.js';

describe('scalev-checkout: narrow layout', function () {
  this.timeout(30_000);

  it('keeps the phone layout inside a 350 px column when the step names are long (Indonesian)', async () => {
    sessionStorage.clear();
    const mounted = await mountIsolated<HTMLDivElement>(html`<div style="width: 350px"></div>`, { locale: 'id' });
    await addToCart(mounted.storefront, PHYSICAL_VARIANT, 1, 'Kopi', mounted.mock);
    const el = document.createElement('scalev-checkout') as ScalevCheckout;
    mounted.el.append(el);
    await ready(el);
    const form = el.shadowRoot!.querySelector<HTMLElement>('[part="form"]')!;
    expect(el.shadowRoot!.querySelector('[part="steps"]'), 'phone steps shown').to.not.equal(null);
    // The step names wrap; the form (its fields, the total, the next button) stays in the column.
    expect(form.getBoundingClientRect().width).to.be.at.most(350);
    const steps = el.shadowRoot!.querySelector<HTMLElement>('[part="steps"] ol')!;
    expect(steps.scrollWidth, 'the step list does not scroll sideways').to.be.at.most(steps.clientWidth);
    expect(el.scrollWidth).to.be.at.most(350);
    const name = el.shadowRoot!.querySelector<HTMLElement>('[name="customer_name"]')!;
    expect(name.getBoundingClientRect().right).to.be.at.most(mounted.el.getBoundingClientRect().right + 0.5);
    await expect(el).to.be.accessible();
  });
});
