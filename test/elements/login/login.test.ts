import { aTimeout, expect, html } from '@open-wc/testing';
import '../../../src/elements/login/define.js';
import type { ScalevLogin } from '../../../src/elements/login/login.js';
import { DEMO_CUSTOMER, createMockScalev } from '../../../src/mock/index.js';
import { requestsTo, shadow, until } from '../../helpers/fixture.js';
import {
  disposeSessions,
  expectFamiliesRespected,
  mount,
  recordAuthEvents,
  signInThroughForm,
  submit,
  textOf,
  typeInto,
  waitForRequest,
} from './helpers.js';

const LOGIN = '/public/auth/login';

/** The code step is shown and its button usable (the sign-in's busy state has ended). */
function codeStep(el: Element) {
  return until(
    () => shadow(el).querySelector('input[name="otp"]') && !shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled,
    'code step ready',
  );
}
const VERIFY = '/public/auth/otp/verify';

describe('<scalev-login>', () => {
  let auth: ReturnType<typeof recordAuthEvents>;
  beforeEach(() => {
    auth = recordAuthEvents();
  });
  afterEach(() => {
    auth.stop();
    disposeSessions();
  });

  describe('sign in without a one-time code', () => {
    it('signs in, shows the customer name, announces scalev-login once and passes axe', async () => {
      const { el, mock, storefront } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`);
      const root = shadow(el);
      expect(root.querySelector('input[name="email"]')!.getAttribute('autocomplete')).to.equal('username');
      expect(root.querySelector('input[name="password"]')!.getAttribute('type')).to.equal('password');
      await expect(el).to.be.accessible();

      await signInThroughForm(el, DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
      await until(() => textOf(el).includes(`Masuk sebagai ${DEMO_CUSTOMER.name}`), 'signed-in name');
      expect(storefront.customer.status).to.equal('signed-in');
      expect(requestsTo(mock, LOGIN)[0]!.body).to.deep.equal({ email: DEMO_CUSTOMER.email, password: DEMO_CUSTOMER.password });
      expect(requestsTo(mock, '/customers/me', 'GET')).to.have.length(1);
      expect(auth.events).to.deep.equal([{ type: 'scalev-login', detail: { email: DEMO_CUSTOMER.email } }]);
      expect(el.matches(':state(signed-in)')).to.equal(true);
      expectFamiliesRespected(mock);
      // The password is never kept anywhere the page could read it back.
      expect(JSON.stringify({ ...localStorage })).not.to.include(DEMO_CUSTOMER.password);
      await expect(el).to.be.accessible();
    });

    it('says the email or password is wrong on 401, keeps the form, and passes axe', async () => {
      const { el, storefront } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`);
      await signInThroughForm(el, DEMO_CUSTOMER.email, 'salah-sekali');
      await until(() => textOf(el).includes('Email atau kata sandi salah'), 'wrong-credentials message');
      expect(storefront.customer.status).to.equal('signed-out');
      expect(shadow(el).querySelector('[role="alert"]')).to.exist;
      expect(el.matches(':state(error)')).to.equal(true);
      expect(auth.events).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('gives an unknown email the same words as a wrong password', async () => {
      const { el } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`);
      await signInThroughForm(el, 'tidak.ada@example.com', 'rahasia123');
      await until(() => textOf(el).includes('Email atau kata sandi salah'), 'same message for unknown email');
    });

    it('checks the email and password before sending anything', async () => {
      const { el, mock } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`);
      await signInThroughForm(el, 'bukan-email', '');
      await el.updateComplete;
      const root = shadow(el);
      expect(root.querySelector('input[name="email"]')!.getAttribute('aria-invalid')).to.equal('true');
      expect(root.querySelector('input[name="password"]')!.getAttribute('aria-invalid')).to.equal('true');
      expect(textOf(el)).to.include('Masukkan alamat email yang valid');
      expect(requestsTo(mock, LOGIN)).to.have.length(0);
      expect(root.activeElement).to.equal(root.querySelector('input[name="email"]'));
      await expect(el).to.be.accessible();
    });

    const failures: Array<[string, Parameters<ReturnType<typeof createMockScalev>['faults']['add']>[0], string]> = [
      ['429 with a plain-text body', { path: LOGIN, status: 429, body: 'Too many requests', contentType: 'text/plain' }, 'Terlalu banyak permintaan'],
      ['a 500', { path: LOGIN, status: 500, body: { message: 'boom' } }, 'Toko sedang mengalami gangguan'],
      ['no network', { path: LOGIN, kind: 'offline' }, 'Tidak dapat terhubung ke toko'],
      ['malformed JSON', { path: LOGIN, kind: 'malformed' }, 'Jawaban toko tidak dapat dibaca'],
    ];
    for (const [name, fault, words] of failures) {
      it(`ends ${name} in clear words and lets the customer try again`, async () => {
        const { el, mock, storefront } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`);
        const errors: Event[] = [];
        el.addEventListener('scalev-error', (event) => errors.push(event));
        mock.faults.add(fault);
        await signInThroughForm(el, DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
        await until(() => textOf(el).includes(words), `message for ${name}`);
        expect(storefront.customer.status).to.equal('signed-out');
        expect(errors).to.have.length(1);
        await expect(el).to.be.accessible();
        // The fault is spent: the same form now works.
        await submit(shadow(el));
        await until(() => storefront.customer.status === 'signed-in', 'second attempt signs in');
      });
    }

    it('ends a timeout in clear words', async () => {
      const { el, mock, storefront } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`);
      (storefront.http as unknown as { timeoutMs: number }).timeoutMs = 300;
      mock.faults.add({ path: LOGIN, kind: 'timeout' });
      await signInThroughForm(el, DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
      await until(() => textOf(el).includes('Toko tidak menjawab tepat waktu'), 'timeout words');
      (storefront.http as unknown as { timeoutMs: number }).timeoutMs = 15000;
    });

    it('blocks a double submit while signing in', async () => {
      const { el, mock, storefront } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`, {
        mockOptions: { latencyMs: 200 },
      });
      typeInto(shadow(el), 'input[name="email"]', DEMO_CUSTOMER.email);
      typeInto(shadow(el), 'input[name="password"]', DEMO_CUSTOMER.password);
      const form = shadow(el).querySelector('form')!;
      // Three quick submits (a double click, then Enter) while the first is on its way.
      form.requestSubmit();
      form.requestSubmit();
      shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => storefront.customer.status === 'signed-in', 'signed in');
      expect(requestsTo(mock, LOGIN)).to.have.length(1);
    });
  });

  describe('one-time code', () => {
    it('asks for the code, accepts a pasted code with spaces, signs in and passes axe', async () => {
      const { el, mock, storefront } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`, {
        mockOptions: { otpRequired: true },
      });
      await signInThroughForm(el, DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
      await codeStep(el);
      const root = shadow(el);
      const code = root.querySelector<HTMLInputElement>('input[name="otp"]')!;
      expect(code.getAttribute('inputmode')).to.equal('numeric');
      expect(code.getAttribute('autocomplete')).to.equal('one-time-code');
      expect(code.hasAttribute('maxlength'), 'a maxlength would cut a pasted code with spaces').to.equal(false);
      expect(textOf(el)).to.include(DEMO_CUSTOMER.email);
      expect(textOf(el)).to.include('Kode berlaku beberapa menit');
      expect(root.activeElement).to.equal(code);
      expect(el.matches(':state(otp)')).to.equal(true);
      await expect(el).to.be.accessible();

      const data = new DataTransfer();
      data.setData('text', ' 123 456\n');
      code.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      expect(code.value).to.equal('123456');
      await submit(root);
      await until(() => storefront.customer.status === 'signed-in', 'signed in with the code');
      expect(requestsTo(mock, VERIFY)[0]!.body).to.deep.equal({ email: DEMO_CUSTOMER.email, otp: DEMO_CUSTOMER.otp });
      await until(() => textOf(el).includes(`Masuk sebagai ${DEMO_CUSTOMER.name}`), 'name after OTP');
      expect(auth.events).to.deep.equal([{ type: 'scalev-login', detail: { email: DEMO_CUSTOMER.email } }]);
    });

    it('keeps focus in the form when a pressed button fails or resends: password after a refused sign-in, code field after resend', async () => {
      const { el } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`, { mockOptions: { otpRequired: true } });
      const root = shadow(el);
      typeInto(root, 'input[name="email"]', DEMO_CUSTOMER.email);
      typeInto(root, 'input[name="password"]', 'salah-sekali');
      const signIn = root.querySelector<HTMLButtonElement>('form button[type="submit"]')!;
      signIn.focus();
      await submit(root);
      await until(() => textOf(el).includes('Email atau kata sandi salah'), 'wrong credentials');
      await until(() => root.activeElement === root.querySelector('input[name="password"]'), `focus on the password (now ${root.activeElement?.tagName})`);

      await signInThroughForm(el, DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
      await codeStep(el);
      const resend = [...root.querySelectorAll('button')].find((b) => b.textContent!.includes('Kirim ulang kode'))!;
      resend.focus();
      resend.click();
      await until(() => textOf(el).includes('Kode baru telah dikirim'), 'resent');
      await until(() => root.activeElement === root.querySelector('#field-otp'), `focus on the code (now ${root.activeElement?.tagName})`);
    });

    it('normalises typed codes with spaces or dashes', async () => {
      const { el, mock } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`, { mockOptions: { otpRequired: true } });
      await signInThroughForm(el, DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
      await codeStep(el);
      const input = typeInto(shadow(el), 'input[name="otp"]', '123-456');
      expect(input.value).to.equal('123456');
      await submit(shadow(el));
      await waitForRequest(mock, VERIFY);
      expect((requestsTo(mock, VERIFY)[0]!.body as { otp: string }).otp).to.equal('123456');
    });

    it('says a wrong code is wrong or expired, on the field, and stays on the code step', async () => {
      const { el, storefront } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`, { mockOptions: { otpRequired: true } });
      await signInThroughForm(el, DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
      await codeStep(el);
      typeInto(shadow(el), 'input[name="otp"]', '000000');
      await submit(shadow(el));
      await until(() => textOf(el).includes('Kode salah atau sudah kedaluwarsa'), 'wrong-code message');
      const code = shadow(el).querySelector('input[name="otp"]')!;
      expect(code.getAttribute('aria-invalid')).to.equal('true');
      expect(code.getAttribute('aria-describedby')).to.include('field-otp-error');
      expect(storefront.customer.status).to.equal('signed-out');
      await expect(el).to.be.accessible();
    });

    it('asks for an empty code without calling the API', async () => {
      const { el, mock } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`, { mockOptions: { otpRequired: true } });
      await signInThroughForm(el, DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
      await codeStep(el);
      await submit(shadow(el));
      await el.updateComplete;
      expect(textOf(el)).to.include('Masukkan kode dari email');
      expect(requestsTo(mock, VERIFY)).to.have.length(0);
    });

    it('sends a new code by signing in again with the remembered email and password', async () => {
      const { el, mock, storefront } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`, { mockOptions: { otpRequired: true } });
      await signInThroughForm(el, DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
      await codeStep(el);
      const resend = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Kirim ulang kode'))!;
      resend.click();
      await until(() => textOf(el).includes('Kode baru telah dikirim'), 'resent notice');
      const logins = requestsTo(mock, LOGIN);
      expect(logins).to.have.length(2);
      expect(logins[1]!.body).to.deep.equal(logins[0]!.body);
      // The latest code works.
      typeInto(shadow(el), 'input[name="otp"]', mock.db.lastOtp(DEMO_CUSTOMER.email)!);
      await submit(shadow(el));
      await until(() => storefront.customer.status === 'signed-in', 'signed in after resend');
    });

    it('reports a rate-limited resend in clear words', async () => {
      const { el, mock } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`, { mockOptions: { otpRequired: true } });
      await signInThroughForm(el, DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
      await codeStep(el);
      mock.faults.add({ path: LOGIN, status: 429, body: 'Too many requests', contentType: 'text/plain' });
      [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Kirim ulang kode'))!.click();
      await until(() => textOf(el).includes('Terlalu banyak permintaan'), '429 words on resend');
      expect(shadow(el).querySelector('input[name="otp"]')).to.exist;
    });

    it('goes back to the email step and forgets the password', async () => {
      const { el } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`, { mockOptions: { otpRequired: true } });
      await signInThroughForm(el, DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
      await codeStep(el);
      [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Gunakan email lain'))!.click();
      await el.updateComplete;
      expect(shadow(el).querySelector<HTMLInputElement>('input[name="email"]')!.value).to.equal(DEMO_CUSTOMER.email);
      expect(shadow(el).querySelector<HTMLInputElement>('input[name="password"]')!.value).to.equal('');
      // The code step, which alone held the password for "send a new code", is gone.
      expect((el as unknown as { otp: unknown }).otp).to.equal(null);
    });
  });

  it('speaks English through every step, with its strings loaded on demand', async () => {
    const { el, storefront } = await mount<ScalevLogin>(html`<scalev-login locale="en"></scalev-login>`, {
      mockOptions: { otpRequired: true },
    });
    await until(() => textOf(el).includes('Forgot password?'), 'English sign-in form');
    await signInThroughForm(el, DEMO_CUSTOMER.email, 'wrong-password');
    await until(() => textOf(el).includes('The email or password is wrong'), 'English error');
    await signInThroughForm(el, DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
    await codeStep(el);
    expect(textOf(el)).to.include('Enter the verification code');
    expect(textOf(el)).to.include('Codes expire after a few minutes; request a new one if needed.');
    expect(textOf(el)).not.to.match(/\blogin\.[a-zA-Z]+/);
    typeInto(shadow(el), 'input[name="otp"]', DEMO_CUSTOMER.otp);
    await submit(shadow(el));
    await until(() => storefront.customer.status === 'signed-in', 'signed in');
    await until(() => textOf(el).includes(`Signed in as ${DEMO_CUSTOMER.name}`), 'English signed-in state');
    await expect(el).to.be.accessible();
  });

  describe('signed in', () => {
    it('signs out, blacklisting both tokens, announcing scalev-logout once', async () => {
      const { el, mock, storefront } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`);
      await signInThroughForm(el, DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
      await until(() => textOf(el).includes('Keluar'), 'sign-out button');
      const tokens = storefront.customer.tokens!;
      [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Keluar'))!.click();
      await until(() => storefront.customer.status === 'signed-out', 'signed out');
      await waitForRequest(mock, '/public/auth/jwt/blacklist');
      expect(requestsTo(mock, '/public/auth/jwt/blacklist')[0]!.body).to.deep.equal({ tokens: [tokens.access, tokens.refresh] });
      await until(() => shadow(el).querySelector('input[name="email"]'), 'form back');
      expect(auth.events.map((e) => e.type)).to.deep.equal(['scalev-login', 'scalev-logout']);
      expect(auth.events[1]!.detail).to.deep.equal({ reason: 'logout' });
      await expect(el).to.be.accessible();
    });

    it('puts focus on the sign-in form after the customer signs out with the keyboard', async () => {
      const { el } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`);
      await signInThroughForm(el, DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
      await until(() => textOf(el).includes('Keluar'), 'sign-out button');
      const signOut = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Keluar'))!;
      signOut.focus();
      signOut.click();
      await until(() => textOf(el).includes('Anda telah keluar'), 'signed-out notice');
      await until(() => shadow(el).activeElement === shadow(el).querySelector('input[name="email"]'), 'focus on the email');
    });

    it('renders a hostile customer name as text', async () => {
      const { el, mock } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`);
      mock.db.customerByEmail(DEMO_CUSTOMER.email)!.name = '<img src=x onerror="window.__xss=1">';
      await signInThroughForm(el, DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
      await until(() => textOf(el).includes('<img src=x'), 'name shown as text');
      expect(shadow(el).querySelector('img')).to.equal(null);
      await aTimeout(20);
      expect((window as unknown as { __xss?: unknown }).__xss).to.equal(undefined);
    });

    it('still says "signed in" when the profile cannot be loaded', async () => {
      const { el, mock, storefront } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`);
      mock.faults.add({ path: '/customers/me', method: 'GET', status: 500 });
      await signInThroughForm(el, DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
      await until(() => textOf(el).includes('Anda sudah masuk'), 'generic signed-in words');
      expect(storefront.customer.status).to.equal('signed-in');
    });

    it('links to the account page when the store sets account-url', async () => {
      const { el } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`, { urls: { account: '/akun' } });
      await signInThroughForm(el, DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
      await until(() => shadow(el).querySelector('a[part="account-link"]'), 'account link');
      expect(shadow(el).querySelector('a[part="account-link"]')!.getAttribute('href')).to.equal('/akun');
    });
  });

  describe('several widgets and tabs', () => {
    it('announces one scalev-login and one scalev-logout however many widgets are on the page', async () => {
      const { el, store, storefront } = await mount<ScalevLogin>(
        html`<scalev-login></scalev-login><scalev-login></scalev-login>`,
      );
      const second = store.querySelectorAll('scalev-login')[1] as ScalevLogin;
      await signInThroughForm(el, DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
      await until(() => textOf(second).includes(DEMO_CUSTOMER.name), 'second widget follows');
      await storefront.customer.signOut();
      await until(() => shadow(second).querySelector('input[name="email"]'), 'second widget signed out');
      expect(auth.events.map((e) => e.type)).to.deep.equal(['scalev-login', 'scalev-logout']);
    });

    it('follows a sign-in and a sign-out made in another tab', async () => {
      const mock = createMockScalev();
      const { el } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`, { mock });
      // Another tab: its own client and session on the same store and the same browser storage.
      const otherTab = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`, {
        mock: { ...mock, fetch: (input: RequestInfo | URL, init?: RequestInit) => mock.fetch(input, init) },
        keepStorage: true,
      });
      expect(otherTab.storefront.customer).not.to.equal((el as unknown as { storefront: { customer: unknown } }).storefront.customer);
      await otherTab.storefront.customer.login(DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
      await until(() => textOf(el).includes(DEMO_CUSTOMER.name), 'this tab shows the other tab sign-in');
      await otherTab.storefront.customer.signOut();
      await until(() => shadow(el).querySelector('input[name="email"]'), 'this tab shows the other tab sign-out');
      const logouts = auth.events.filter((e) => e.type === 'scalev-logout').map((e) => e.detail);
      expect(logouts).to.deep.include({ reason: 'other-tab' });
    });

    it('shows "your session ended" after the session is revoked, and keeps the guest token', async () => {
      const { el, mock, storefront } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`);
      storefront.guest.set('7e7f8c12-2e1d-4b31-97ad-5ca4f8d1c2d0');
      await signInThroughForm(el, DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
      await until(() => textOf(el).includes(DEMO_CUSTOMER.name), 'signed in');
      for (const record of mock.db.tokens.values()) {
        mock.db.revokedFamilies.add(record.family);
        record.revoked = true;
      }
      await storefront.http.request({ family: 'customer', path: '/customers/me' }).catch(() => undefined);
      await until(() => textOf(el).includes('Sesi Anda berakhir'), 'revoked message');
      expect(auth.events.at(-1)).to.deep.equal({ type: 'scalev-logout', detail: { reason: 'revoked' } });
      expect(storefront.guest.get()).to.equal('7e7f8c12-2e1d-4b31-97ad-5ca4f8d1c2d0');
      await expect(el).to.be.accessible();
    });
  });
});
