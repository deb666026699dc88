import { aTimeout, expect, html } from '@open-wc/testing';
import type { ScalevLogin } from '../../../src/elements/login/login.js';
import { DEMO_CUSTOMER, createMockScalev } from '../../../src/mock/index.js';
import { requestsTo, shadow, until } from '../../helpers/fixture.js';
import {
  click,
  control,
  disposeSessions,
  mountAccount,
  recordAuthEvents,
  restoreUrl,
  routeParam,
  submit,
  typeInto,
  urlWith,
  viewTitle,
  waitForText,
  waitForTitle,
} from './helpers.js';

/** At least one refresh, and every refresh sent a different refresh token (a reuse revokes the family). */
function expectNoRefreshTokenReuse(refreshes: Array<{ body: unknown }>): void {
  expect(refreshes.length).to.be.greaterThan(0);
  const tokens = refreshes.map((r) => (r.body as { refresh: string }).refresh);
  expect(new Set(tokens).size).to.equal(tokens.length);
}

describe('<scalev-account>', () => {
  afterEach(() => {
    restoreUrl();
    disposeSessions();
  });

  describe('signed out', () => {
    it('shows <scalev-login>, and the account once signed in through it', async () => {
      const { el, storefront } = await mountAccount({ signIn: false });
      const login = shadow(el).querySelector<ScalevLogin>('scalev-login');
      expect(login, 'the login element is inside').to.exist;
      expect(shadow(el).querySelector('nav')).to.equal(null);
      await until(() => login!.shadowRoot?.querySelector('input[name="email"]'), 'login form');
      await expect(el).to.be.accessible();
      typeInto(login!.shadowRoot!, 'input[name="email"]', DEMO_CUSTOMER.email);
      typeInto(login!.shadowRoot!, 'input[name="password"]', DEMO_CUSTOMER.password);
      await submit(login!.shadowRoot!);
      await waitForTitle(el, 'Profil');
      expect(storefront.customer.status).to.equal('signed-in');
      expect(el.matches(':state(signed-in)')).to.equal(true);
      await waitForText(el, `Halo, ${DEMO_CUSTOMER.name}`);
      await expect(el).to.be.accessible();
    });

    it('puts focus on the first view heading after signing in through its form (the form is gone)', async () => {
      const { el } = await mountAccount({ signIn: false });
      const login = shadow(el).querySelector<ScalevLogin>('scalev-login')!;
      await until(() => login.shadowRoot?.querySelector('input[name="email"]'), 'login form');
      typeInto(login.shadowRoot!, 'input[name="email"]', DEMO_CUSTOMER.email);
      typeInto(login.shadowRoot!, 'input[name="password"]', DEMO_CUSTOMER.password);
      login.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.focus();
      await submit(login.shadowRoot!);
      await waitForTitle(el, 'Profil');
      await until(
        () => shadow(el).activeElement?.hasAttribute('data-view-heading') === true,
        `heading focused (now ${shadow(el).activeElement?.tagName ?? document.activeElement?.tagName})`,
      );
    });

    it('opens the sub-view of the URL after signing in (a link followed while signed out)', async () => {
      const { el } = await mountAccount({ url: urlWith('account=orders'), signIn: false });
      expect(shadow(el).querySelector('scalev-login')).to.exist;
      const { storefront } = { storefront: (el as unknown as { storefront: { customer: { login(e: string, p: string): Promise<unknown> } } }).storefront };
      await storefront.customer.login(DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
      await waitForTitle(el, 'Pesanan saya');
    });
  });

  describe('routing (query, the default)', () => {
    it('keeps the sub-view in one query parameter, leaves the rest of the URL alone, and works with back and forward', async () => {
      const { el } = await mountAccount({ url: urlWith('utm=iklan', '#bagian-atas') });
      await waitForTitle(el, 'Profil');
      const ordersLink = control<HTMLAnchorElement>(el, 'Pesanan', 'nav a');
      expect(ordersLink.getAttribute('href')).to.include('account=orders');
      expect(ordersLink.getAttribute('href')).to.include('utm=iklan');
      expect(ordersLink.getAttribute('href')).to.match(/#bagian-atas$/);
      const event = click(ordersLink);
      expect(event.defaultPrevented, 'a plain click stays in the page').to.equal(true);
      await waitForTitle(el, 'Pesanan saya');
      expect(routeParam()).to.equal('orders');
      expect(location.search).to.include('utm=iklan');
      expect(location.search).to.include('wtr-session-id');
      expect(location.hash).to.equal('#bagian-atas');
      expect(ordersLink.getAttribute('aria-current')).to.equal('page');
      // Focus follows the navigation to the new view's heading.
      await until(() => shadow(el).activeElement?.hasAttribute('data-view-heading'), 'heading focused');

      history.back();
      await waitForTitle(el, 'Profil');
      expect(routeParam()).to.equal(null);
      history.forward();
      await waitForTitle(el, 'Pesanan saya');
    });

    it('survives a reload: a fresh element opens the sub-view of the URL, ids included', async () => {
      const { el, mock } = await mountAccount({ url: urlWith('account=orders') });
      await waitForText(el, 'Pesanan ');
      await until(() => shadow(el).querySelector('.card a'), 'an order link');
      const first = shadow(el).querySelector<HTMLAnchorElement>('.card a')!;
      click(first);
      await until(() => routeParam()?.startsWith('orders/'), 'detail route');
      const detailUrl = location.pathname + location.search;
      el.remove();

      const again = await mountAccount({ url: detailUrl, mock, keepStorage: true, signIn: false });
      await until(() => /^Pesanan (?!saya)/.test(viewTitle(again.el)), 'detail after reload');
      expect(shadow(again.el).textContent).to.include('Rincian biaya');
    });

    it('leaves middle clicks, modified clicks and new-tab links to the browser', async () => {
      const { el } = await mountAccount();
      await waitForTitle(el, 'Profil');
      const link = control<HTMLAnchorElement>(el, 'Alamat', 'nav a');
      // Keep the browser from actually navigating in the test.
      const stop = (event: Event) => event.preventDefault();
      shadow(el).addEventListener('click', stop, { capture: false });
      document.addEventListener('click', stop);
      const before = location.href;
      for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }]) {
        click(link, init);
        await aTimeout(0);
        expect(location.href, JSON.stringify(init)).to.equal(before);
      }
      document.removeEventListener('click', stop);
      expect(viewTitle(el)).to.equal('Profil');
    });

    it('shows a "not found" view with a way back for an unknown sub-route', async () => {
      const { el } = await mountAccount({ url: urlWith('account=tidak-ada') });
      await waitForTitle(el, 'Halaman akun ini tidak ada.');
      await expect(el).to.be.accessible();
      click(control(el, 'Ke halaman akun'));
      await waitForTitle(el, 'Profil');
    });

    it('offers only the sections it is told to', async () => {
      const { el } = await mountAccount({
        url: urlWith('account=subscriptions'),
        template: html`<scalev-account sections="profile,orders"></scalev-account>`,
      });
      await waitForTitle(el, 'Halaman akun ini tidak ada.');
      const links = [...shadow(el).querySelectorAll('nav a')].map((a) => a.textContent!.trim());
      expect(links).to.deep.equal(['Profil', 'Pesanan']);
    });

    it('uses another parameter name when told to', async () => {
      const { el } = await mountAccount({
        url: urlWith('akun=addresses'),
        template: html`<scalev-account route-key="akun"></scalev-account>`,
      });
      await waitForTitle(el, 'Alamat tersimpan');
      click(control(el, 'Pesanan', 'nav a'));
      await until(() => routeParam('akun') === 'orders', 'akun=orders');
      expect(routeParam('account')).to.equal(null);
    });

    it('does not let a @lit-labs/router of the host page adopt its routes', async () => {
      const seen: Event[] = [];
      const listener = (event: Event) => seen.push(event);
      document.addEventListener('lit-routes-connected', listener);
      const { el } = await mountAccount();
      await waitForTitle(el, 'Profil');
      document.removeEventListener('lit-routes-connected', listener);
      expect(seen).to.have.length(0);
    });
  });

  describe('routing (hash and path)', () => {
    it('hash routing uses #/account/…, and ignores the host page’s own anchors', async () => {
      const { el } = await mountAccount({
        url: urlWith('x=1', '#/account/addresses'),
        template: html`<scalev-account routing="hash"></scalev-account>`,
      });
      await waitForTitle(el, 'Alamat tersimpan');
      click(control(el, 'Pesanan', 'nav a'));
      await waitForTitle(el, 'Pesanan saya');
      expect(location.hash).to.equal('#/account/orders');
      expect(location.search).to.include('x=1');
      // The host page's anchor: not ours, the view stays.
      location.hash = '#faq';
      await aTimeout(50);
      expect(viewTitle(el)).to.equal('Pesanan saya');
      history.back();
      await until(() => location.hash === '#/account/orders', 'back to the account hash');
      expect(viewTitle(el)).to.equal('Pesanan saya');
      history.back();
      await waitForTitle(el, 'Alamat tersimpan');
    });

    it('path routing lives below base', async () => {
      const { el } = await mountAccount({
        url: '/akun/subscriptions',
        template: html`<scalev-account routing="path" base="/akun"></scalev-account>`,
      });
      await waitForTitle(el, 'Langganan saya');
      expect(control<HTMLAnchorElement>(el, 'Profil', 'nav a').getAttribute('href')).to.equal('/akun/profile');
      click(control(el, 'Kelas', 'nav a'));
      await waitForTitle(el, 'Kelas saya');
      expect(location.pathname).to.equal('/akun/courses');
    });
  });

  describe('session behaviour', () => {
    let auth: ReturnType<typeof recordAuthEvents>;
    beforeEach(() => {
      auth = recordAuthEvents();
    });
    afterEach(() => auth.stop());

    it('refreshes an expired access token silently while in use', async () => {
      const { el, mock, storefront } = await mountAccount({ mockOptions: { accessTtlSeconds: 1 } });
      await waitForTitle(el, 'Profil');
      const before = storefront.customer.tokens!;
      await aTimeout(1200);
      click(control(el, 'Pesanan', 'nav a'));
      await waitForTitle(el, 'Pesanan saya');
      await until(() => shadow(el).querySelector('.card'), 'orders shown');
      expectNoRefreshTokenReuse(requestsTo(mock, '/public/auth/jwt/refresh'));
      expect(storefront.customer.status).to.equal('signed-in');
      expect(storefront.customer.tokens!.refresh).not.to.equal(before.refresh);
      expect(auth.events.filter((e) => e.type === 'scalev-logout'), JSON.stringify(auth.events)).to.have.length(0);
    });

    it('two tabs refreshing at once use one refresh: no revocation', async () => {
      const mock = createMockScalev({ accessTtlSeconds: 1 });
      const tabA = await mountAccount({ mock });
      await waitForTitle(tabA.el, 'Profil');
      const tabB = await mountAccount({
        mock: { ...mock, fetch: (input: RequestInfo | URL, init?: RequestInit) => mock.fetch(input, init) },
        keepStorage: true,
        signIn: false,
      });
      await waitForTitle(tabB.el, 'Profil');
      expect(tabB.storefront.customer).not.to.equal(tabA.storefront.customer);
      await aTimeout(1200);
      // Both tabs open their orders at the same moment with an expired access token.
      click(control(tabA.el, 'Pesanan', 'nav a'));
      click(control(tabB.el, 'Langganan', 'nav a'));
      await until(() => shadow(tabA.el).querySelector('.card'), 'tab A orders');
      await until(() => shadow(tabB.el).querySelector('.card'), 'tab B subscriptions');
      // Both tabs needed a new token at the same moment: one refresh served both (another one can
      // only follow once that token expired too, on a slow machine), and no refresh token was sent twice.
      const refreshes = requestsTo(mock, '/public/auth/jwt/refresh');
      expectNoRefreshTokenReuse(refreshes);
      expect(refreshes.length).to.be.lessThan(3);
      expect(mock.db.revokedFamilies.size).to.equal(0);
      expect(tabA.storefront.customer.status).to.equal('signed-in');
      expect(tabB.storefront.customer.status).to.equal('signed-in');
    });

    it('returns to sign-in with a message when the session is revoked, keeping the cart token', async () => {
      const { el, mock, storefront } = await mountAccount();
      await waitForTitle(el, 'Profil');
      storefront.guest.set('7e7f8c12-2e1d-4b31-97ad-5ca4f8d1c2d0');
      for (const record of mock.db.tokens.values()) {
        mock.db.revokedFamilies.add(record.family);
        record.revoked = true;
      }
      click(control(el, 'Pesanan', 'nav a'));
      await until(() => shadow(el).querySelector('scalev-login'), 'back to sign-in');
      const login = shadow(el).querySelector('scalev-login')!;
      await until(() => login.shadowRoot?.textContent?.includes('Sesi Anda berakhir'), 'session-ended message');
      expect(auth.events.at(-1)).to.deep.equal({ type: 'scalev-logout', detail: { reason: 'revoked' } });
      expect(storefront.guest.get()).to.equal('7e7f8c12-2e1d-4b31-97ad-5ca4f8d1c2d0');
      // Nothing of the previous customer stays on screen.
      expect(shadow(el).querySelector('nav')).to.equal(null);
      await expect(el).to.be.accessible();
      // Signing in again returns to where the customer was.
      await storefront.customer.login(DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
      await waitForTitle(el, 'Pesanan saya');
    });

    it('follows a sign-out in another tab', async () => {
      const mock = createMockScalev();
      const tabA = await mountAccount({ mock });
      await waitForTitle(tabA.el, 'Profil');
      const tabB = await mountAccount({
        mock: { ...mock, fetch: (input: RequestInfo | URL, init?: RequestInit) => mock.fetch(input, init) },
        keepStorage: true,
        signIn: false,
      });
      await waitForTitle(tabB.el, 'Profil');
      click(control(tabB.el, 'Keluar', 'button'));
      await until(() => shadow(tabA.el).querySelector('scalev-login'), 'tab A shows sign-in');
      expect(auth.events.map((e) => e.detail)).to.deep.include({ reason: 'other-tab' });
      expect(auth.events.map((e) => e.detail)).to.deep.include({ reason: 'logout' });
    });

    it('signs out from the account header, blacklisting both tokens', async () => {
      const { el, mock, storefront } = await mountAccount();
      await waitForTitle(el, 'Profil');
      const tokens = storefront.customer.tokens!;
      click(control(el, 'Keluar', 'button'));
      await until(() => shadow(el).querySelector('scalev-login'), 'signed out');
      await until(() => requestsTo(mock, '/public/auth/jwt/blacklist').length === 1, 'blacklist');
      expect(requestsTo(mock, '/public/auth/jwt/blacklist')[0]!.body).to.deep.equal({ tokens: [tokens.access, tokens.refresh] });
      expect(auth.events.at(-1)).to.deep.equal({ type: 'scalev-logout', detail: { reason: 'logout' } });
    });

    it('confirms a sign-out from the header and puts focus on the sign-in form that replaces it', async () => {
      const { el, mock } = await mountAccount();
      await waitForTitle(el, 'Profil');
      const signOut = control(el, 'Keluar', 'button');
      signOut.focus();
      click(signOut);
      click(signOut);
      await until(() => shadow(el).querySelector('scalev-login')?.shadowRoot?.querySelector('input[name="email"]'), 'sign-in form');
      const login = shadow(el).querySelector('scalev-login')!;
      await until(() => login.shadowRoot!.textContent!.includes('Anda telah keluar.'), 'signed-out confirmation');
      await until(
        () => login.shadowRoot!.activeElement === login.shadowRoot!.querySelector('input[name="email"]'),
        `focus on the email (now ${document.activeElement?.tagName})`,
      );
      expect(requestsTo(mock, '/public/auth/jwt/blacklist')).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });
});
