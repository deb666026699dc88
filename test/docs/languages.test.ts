import { expect } from '@open-wc/testing';
import '../../src/elements/storefront/define.js';
import '../../src/elements/catalog/define.js';
import '../../src/elements/product/define.js';
import '../../src/elements/cart/define.js';
import '../../src/elements/checkout/define.js';
import '../../src/elements/order-status/define.js';
import '../../src/elements/login/define.js';
import '../../src/elements/account/define.js';
import '../../src/elements/cart/panel-strings.js';
import '../../src/elements/account/views/profile.strings.js';
import '../../src/elements/account/views/profile-form.strings.js';
import '../../src/elements/account/views/password.strings.js';
import '../../src/elements/account/views/addresses.strings.js';
import '../../src/elements/account/views/orders.strings.js';
import '../../src/elements/account/views/subscriptions.strings.js';
import '../../src/elements/account/views/courses.strings.js';
// Strings that load with on-demand parts.
import '../../src/elements/checkout/parts.strings.js';
import '../../src/elements/checkout/submit.js';
import '../../src/elements/checkout/customer.js';
import '../../src/elements/checkout/discount.js';
import '../../src/elements/order-status/instructions-strings.js';
import '../../src/elements/order-status/pay-va.js';
import '../../src/elements/order-status/pay-qris.js';
import '../../src/elements/order-status/pay-wallet.js';
import '../../src/elements/order-status/pay-hosted.js';
import '../../src/elements/order-status/payment-strings.js';
import '../../src/elements/order-status/proof-strings.js';
import '../../src/elements/login/otp.strings.js';
import '../../src/elements/login/password.strings.js';
import '../../src/elements/login/recovery.strings.js';
import '../../src/i18n/config.strings.js';
import { ensureLocale } from '../../src/i18n/localize.js';
import { type HookContext, warmUp, closeSnippets, expectGuideEmbeds, fetchText, openSnippet, shadowText, until } from './support/harness.js';

type Registry = Record<'id' | 'en', Record<string, unknown>>;
const registry = (globalThis as unknown as Record<symbol, Registry>)[Symbol.for('scalev-elements/messages')]!;

describe('docs/languages.md', () => {
  before(async function () {
    (this as HookContext).timeout(60000);
    await warmUp();
  });
  // English tables load on demand; the checks below need every one of them.
  before(async () => {
    await ensureLocale('en');
  });
  afterEach(() => closeSnippets());

  it('embeds its snippet exactly', async () => {
    await expectGuideEmbeds('languages.md', 'languages.html');
  });

  it('every key the guide names exists in Indonesian and English, with the texts it shows', async () => {
    const guide = await fetchText('/docs/languages.md');
    const keys = [...guide.matchAll(/`([a-z-]+\.[a-zA-Z.-]+)`/g)].map((m) => m[1]!).filter((key) => !/\.(md|js|ts|html)$/.test(key) && !key.endsWith('.'));
    expect(keys.length).to.be.greaterThan(5);
    for (const key of keys) {
      expect(registry.id[key], `id: ${key}`).to.not.equal(undefined);
      expect(registry.en[key], `en: ${key}`).to.not.equal(undefined);
    }
    for (const [, key, id, en] of guide.matchAll(/\| `([\w.-]+)` \| ([^|]+) \| ([^|]+) \|/g)) {
      if (typeof registry.id[key!] === 'string') expect(registry.id[key!], key).to.equal(id!.trim());
      if (typeof registry.en[key!] === 'string') expect(registry.en[key!], key).to.equal(en!.trim());
    }
  });

  it('Indonesian and English are complete for every string (as the guide says)', () => {
    const onlyId = Object.keys(registry.id).filter((key) => !(key in registry.en));
    const onlyEn = Object.keys(registry.en).filter((key) => !(key in registry.id));
    expect(onlyId, 'keys without English').to.deep.equal([]);
    expect(onlyEn, 'keys without Indonesian').to.deep.equal([]);
  });

  it('the page: lang="en" decides, an element locale wins, page and store overrides show', async () => {
    const { doc } = await openSnippet('languages.html');
    const cart = doc.querySelector('scalev-cart')!;
    const product = doc.querySelector('scalev-product')!;
    await until(() => shadowText(cart).includes('Nothing here yet. Start with our coffee!'), 'the page override, in English');
    await until(() => shadowText(product).includes('Masukkan ke keranjang'), 'the store override, in the product\'s Indonesian');
    expect(shadowText(product)).to.contain('Stok');
  });
});
