import { expect, fixture, html } from '@open-wc/testing';
import { ScalevStore } from '../../../src/elements/store/scalev-store.js';
import '../../../src/elements/cart/define.js';
import '../../../src/elements/product/define.js';
import '../../../src/elements/checkout/define.js';
import '../../../src/elements/catalog/define.js';
import { until } from '../../helpers/fixture.js';

ScalevStore.define();

/**
 * `:state(problem)` and `:state(loading)` exclude each other: an element showing the setup message
 * loads nothing, and a page dimming `:state(loading)` (as docs/theming.md does) must not dim the
 * message that tells the merchant what to fix.
 */
describe('configuration problem and custom states', () => {
  for (const [label, attributes] of [
    ['storefront-key missing', { 'store-id': 'store_demo_nusantara' }],
    ['a business key', { 'store-id': 'store_demo_nusantara', 'storefront-key': 'sk_live_123' }],
  ] as const) {
    it(`${label}: every widget is in :state(problem), none in :state(loading)`, async () => {
      const root = await fixture<HTMLElement>(html`<div>
        <scalev-store store-id=${attributes['store-id']} storefront-key=${'storefront-key' in attributes ? attributes['storefront-key'] : ''}>
          <scalev-cart></scalev-cart>
          <scalev-product slug="kopi-arabika-gayo"></scalev-product>
          <scalev-checkout></scalev-checkout>
          <scalev-catalog></scalev-catalog>
        </scalev-store>
      </div>`);
      const widgets = [...root.querySelectorAll('scalev-cart, scalev-product, scalev-checkout, scalev-catalog')];
      await until(() => widgets.every((w) => w.shadowRoot?.querySelector('[part~="problem"]')), 'every widget shows the setup message');
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (const widget of widgets) {
        expect(widget.matches(':state(problem)'), `${widget.localName} :state(problem)`).to.equal(true);
        expect(widget.matches(':state(loading)'), `${widget.localName} :state(loading)`).to.equal(false);
      }
    });
  }
});
