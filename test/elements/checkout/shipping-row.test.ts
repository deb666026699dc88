import { expect, html } from '@open-wc/testing';
import { until as waitFor, shadow } from '../../helpers/fixture.js';
import '../../../src/elements/checkout/define.js';
import type { ScalevCheckout } from '../../../src/elements/checkout/checkout.js';
import { DIGITAL_VARIANT, PHYSICAL_VARIANT, addToCart, fillGuestDelivery, mountIsolated, text } from './helpers.js';

const until = (predicate: () => unknown, message: string) => waitFor(predicate, message, 8000);

async function mountWith(variant: number): Promise<ScalevCheckout> {
  sessionStorage.clear();
  const mounted = await mountIsolated<HTMLDivElement>(html`<div style="width: 900px"></div>`, { locale: 'id' });
  await addToCart(mounted.storefront, variant, 1, 'Produk', mounted.mock);
  const el = document.createElement('scalev-checkout') as ScalevCheckout;
  mounted.el.append(el);
  // The summary has answered once its total is a sum.
  await until(() => /\d/.test(shadow(el).querySelector('[part="total"] dd')?.textContent ?? ''), 'summary total');
  return el;
}

function totalsRow(el: ScalevCheckout, label: string): HTMLElement | null {
  const rows = [...shadow(el).querySelectorAll<HTMLElement>('[part="totals"] .totals__row')];
  return rows.find((row) => row.querySelector('dt')?.textContent?.trim() === label) ?? null;
}

describe('scalev-checkout: the shipping row before a courier is chosen', function () {
  this.timeout(30_000);

  it('a physical order shows shipping as not known yet (not Rp 0), then the courier’s cost once one is chosen', async () => {
    const el = await mountWith(PHYSICAL_VARIANT);
    const row = totalsRow(el, 'Ongkos kirim');
    expect(row, 'shipping row').to.not.equal(null);
    const value = row!.querySelector('dd')!.textContent!.trim();
    expect(value).to.equal('Dihitung setelah kurir dipilih');
    expect(value).to.not.match(/Rp/);

    await fillGuestDelivery(el);
    await until(() => /Rp\s?[1-9]/.test(totalsRow(el, 'Ongkos kirim')?.querySelector('dd')?.textContent ?? ''), 'shipping cost of the chosen courier');
    expect(text(el)).to.not.contain('Dihitung setelah kurir dipilih');
  });

  it('a digital-only order shows no shipping row', async () => {
    const el = await mountWith(DIGITAL_VARIANT);
    expect(totalsRow(el, 'Ongkos kirim')).to.equal(null);
    expect(text(el)).to.not.contain('Dihitung setelah kurir dipilih');
  });
});
