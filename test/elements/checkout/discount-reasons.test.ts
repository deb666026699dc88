import { expect, html } from '@open-wc/testing';
import { until as waitFor, shadow } from '../../helpers/fixture.js';
import '../../../src/elements/checkout/define.js';
import type { ScalevCheckout } from '../../../src/elements/checkout/checkout.js';
import type { MockScalev } from '../../../src/mock/index.js';
import { PHYSICAL_VARIANT, addToCart, choose, fill, mountIsolated, q, ready } from './helpers.js';

const until = (predicate: () => unknown, message: string) => waitFor(predicate, message, 8000);

async function mount(locale = 'id'): Promise<{ el: ScalevCheckout; mock: MockScalev }> {
  sessionStorage.clear();
  const mounted = await mountIsolated<HTMLDivElement>(html`<div style="width: 900px"></div>`, { locale });
  await addToCart(mounted.storefront, PHYSICAL_VARIANT, 1, 'Kopi', mounted.mock);
  const el = document.createElement('scalev-checkout') as ScalevCheckout;
  mounted.el.append(el);
  await ready(el);
  return { el, mock: mounted.mock };
}

const message = (el: ScalevCheckout) => (shadow(el).querySelector('#f-discount-msg')?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Applies a code and waits for the check's answer (the message after "checking"). */
async function apply(el: ScalevCheckout, code: string): Promise<string> {
  await fill(el, 'discount_code_code', code);
  q<HTMLButtonElement>(el, '.discount button').click();
  await until(() => message(el).includes(code) && !/Mengecek|Checking/.test(message(el)), `answer for ${code}`);
  return message(el);
}

describe('scalev-checkout: why a discount code is refused', function () {
  this.timeout(30_000);

  it('says the reason in Indonesian: unknown, expired, minimum purchase (with the amounts), payment method', async () => {
    const { el } = await mount();
    expect(await apply(el, 'TIDAKADA')).to.equal('Kode TIDAKADA tidak ditemukan. Periksa kembali penulisannya.');
    expect(await apply(el, 'KEDALUWARSA')).to.equal('Kode KEDALUWARSA sudah kedaluwarsa.');
    expect(await apply(el, 'MIN500RB')).to.match(/^Kode MIN500RB berlaku untuk belanja minimal Rp\s?500\.000\. Tambah belanja Rp\s?[1-9][\d.]* lagi untuk memakainya\.$/);
    expect(await apply(el, 'QRISHEMAT')).to.equal('Pilih metode pembayaran dulu: kode QRISHEMAT hanya berlaku untuk QRIS.');
    await choose(el, 'payment_method', 'bank_transfer');
    expect(await apply(el, 'QRISHEMAT')).to.equal('Kode QRISHEMAT hanya berlaku untuk pembayaran dengan QRIS.');
    expect(q(el, '[name="discount_code_code"]').getAttribute('aria-invalid')).to.equal('true');
  });

  it('in English too', async () => {
    const { el } = await mount('en');
    expect(await apply(el, 'NOPE')).to.equal('Code NOPE does not apply: there is no such code. Check the spelling.');
    expect(await apply(el, 'KEDALUWARSA')).to.equal('Code KEDALUWARSA has expired.');
    expect(await apply(el, 'MIN500RB')).to.match(/^Code MIN500RB applies to orders of at least (Rp|IDR)\s?500[.,]000\. Add (Rp|IDR)\s?[1-9][\d.,]* more to use it\.$/);
  });

  it('an unknown reason, or details of any other shape, keep the general words', async () => {
    const { el, mock } = await mount();
    const refusals: unknown[] = [{ reason: 'usage_limit_reached' }, {}, null, [], 'expired', { reason: 42 }, { reason: 'minimum_revenue_not_met' }, { reason: 'payment_method_not_eligible', payment_methods: 'qris' }];
    for (const [i, details] of refusals.entries()) {
      mock.faults.add({
        method: 'POST',
        path: '/public/discount-codes/check',
        status: 200,
        body: { is_eligible: false, discount_code: null, discount_code_discount: '0', eligibility_details: details },
      });
      expect(await apply(el, `KODE${i}`), JSON.stringify(details)).to.equal(`Kode KODE${i} tidak berlaku untuk pesanan ini.`);
    }
  });
});
