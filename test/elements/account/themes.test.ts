import { expect, html } from '@open-wc/testing';
import { COURSE_VARIANT_ID, DEMO_ORDER_SLUGS, DEMO_SUBSCRIPTION_IDS } from '../../../src/mock/index.js';
import { stableUuid } from '../../../src/mock/core/ids.js';
import { shadow, until } from '../../helpers/fixture.js';
import { disposeSessions, mountAccount, restoreUrl, urlWith, viewTitle } from './helpers.js';

/** A string key shown instead of its words (`account.orders.title`) means a missing translation. */
const RAW_KEY = /\b(account|login|order-status|location|common|error)\.[a-zA-Z]+(\.[a-zA-Z_]+)*\b/;

describe('<scalev-account> in English and in the dark theme', () => {
  afterEach(() => {
    restoreUrl();
    disposeSessions();
  });

  it('every view speaks English with no missing string', async () => {
    const probe = await mountAccount({ signIn: false });
    const orderId = probe.mock.db.orders.get(DEMO_ORDER_SLUGS.shipped)!.id;
    probe.el.remove();
    disposeSessions();
    const routes = [
      'profile',
      'password',
      'addresses',
      'addresses/new',
      'addresses/801',
      'orders',
      `orders/${orderId}`,
      'subscriptions',
      `subscriptions/${DEMO_SUBSCRIPTION_IDS.active}`,
      'courses',
      `courses/${stableUuid(`variant:${COURSE_VARIANT_ID}`)}`,
      `courses/${stableUuid(`variant:${COURSE_VARIANT_ID}`)}/${stableUuid('course-content:foto-2-1')}`,
    ];
    for (const route of routes) {
      const { el } = await mountAccount({ url: urlWith(`account=${route}`), template: html`<scalev-account locale="en"></scalev-account>` });
      await until(() => viewTitle(el) && !shadow(el).querySelector('.skeleton'), `view ${route} loaded`);
      const text = (shadow(el).textContent ?? '').replace(/\s+/g, ' ');
      expect(text, route).not.to.match(RAW_KEY);
      // Indonesian interface words (product names from the store may be Indonesian, these may not).
      expect(text, route).not.to.match(/\b(Keluar|Pesanan saya|Alamat tersimpan|Langganan saya|Kelas saya|Muat|Coba lagi|Simpan|Ubah|Hapus)\b/);
      el.remove();
      disposeSessions();
    }
  });

  // The dark theme is for dark pages: the host is given the page's dark background here.
  it('passes axe in the dark theme (signed out, profile, orders, order detail, subscription)', async () => {
    const signedOut = await mountAccount({ signIn: false, template: html`<scalev-account theme="dark" style="background:#111827"></scalev-account>` });
    const login = shadow(signedOut.el).querySelector('scalev-login')!;
    await until(() => login.shadowRoot?.querySelector('form'), 'login form');
    await expect(signedOut.el).to.be.accessible();
    const orderId = signedOut.mock.db.orders.get(DEMO_ORDER_SLUGS.bankTransferPending)!.id;
    signedOut.el.remove();
    disposeSessions();
    for (const route of ['profile', 'orders', `orders/${orderId}`, `subscriptions/${DEMO_SUBSCRIPTION_IDS.active}`]) {
      const { el } = await mountAccount({ url: urlWith(`account=${route}`), template: html`<scalev-account theme="dark" style="background:#111827"></scalev-account>` });
      await until(() => viewTitle(el) && !shadow(el).querySelector('.skeleton'), `view ${route} loaded`);
      await expect(el, route).to.be.accessible();
      el.remove();
      disposeSessions();
    }
  });
});
