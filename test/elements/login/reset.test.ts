import { expect, html } from '@open-wc/testing';
import '../../../src/elements/login/define.js';
import type { ScalevLogin } from '../../../src/elements/login/login.js';
import { DEMO_CUSTOMER } from '../../../src/mock/index.js';
import { requestsTo, shadow, until } from '../../helpers/fixture.js';
import { disposeSessions, mount, signInThroughForm, submit, textOf, typeInto, waitForRequest } from './helpers.js';

const FORGET = '/public/auth/forget-password';
const SAVE = '/public/auth/save-password';

/** The recovery steps load on demand: wait for their form. */
function recoveryShown(el: Element, selector: string): Promise<void> {
  return until(() => shadow(el).querySelector(selector), `recovery form (${selector})`);
}

function clickButton(el: Element, words: string): void {
  const button = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.includes(words));
  if (!button) throw new Error(`no button "${words}"`);
  button.click();
}

describe('<scalev-login> forgot and reset password', () => {
  const original = location.pathname + location.search + location.hash;
  afterEach(() => {
    history.replaceState(null, '', original);
    disposeSessions();
  });

  describe('forgot password', () => {
    it('sends the reset email and says so neutrally, carrying the typed email over', async () => {
      const { el, mock } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`);
      typeInto(shadow(el), 'input[name="email"]', DEMO_CUSTOMER.email);
      clickButton(el, 'Lupa kata sandi');
      await recoveryShown(el, 'form input[name="email"][autocomplete="email"]');
      expect(shadow(el).querySelector<HTMLInputElement>('input[name="email"]')!.value).to.equal(DEMO_CUSTOMER.email);
      // Never a manual token field.
      expect(shadow(el).querySelector('input[name="token"]')).to.equal(null);
      await expect(el).to.be.accessible();
      await submit(shadow(el));
      await until(() => textOf(el).includes('tautan untuk mengatur ulang kata sandi sudah dikirim'), 'neutral sent message');
      expect(requestsTo(mock, FORGET)[0]!.body).to.deep.equal({ email: DEMO_CUSTOMER.email });
      expect(mock.db.lastPasswordResetToken(DEMO_CUSTOMER.email)).to.be.a('string');
      await expect(el).to.be.accessible();
    });

    it('moves focus into each step the customer opens, never leaving it on the page', async () => {
      const { el } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`);
      const root = shadow(el);
      const focused = () => root.activeElement;
      const pressed = (words: string) => {
        const button = [...root.querySelectorAll('button')].find((b) => b.textContent!.includes(words))!;
        button.focus();
        button.click();
      };
      pressed('Lupa kata sandi');
      await until(() => focused() === root.querySelector('form input[name="email"][autocomplete="email"]'), 'focus on the forgot form email');

      typeInto(root, 'input[name="email"]', DEMO_CUSTOMER.email);
      root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.focus();
      await submit(root);
      await until(() => textOf(el).includes('sudah dikirim'), 'sent');
      await until(() => focused() === root.querySelector('.heading'), `focus on the sent step heading (now ${focused()?.tagName})`);

      pressed('Kembali ke halaman masuk');
      await until(() => focused() === root.querySelector('input[name="email"][autocomplete="username"]'), 'focus on the sign-in email');
    });

    it('moves focus to the heading of an invalid link, and to the email when a new link is asked for', async () => {
      history.replaceState(null, '', `/reset-password?token=sudah-kedaluwarsa`);
      const { el } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`);
      const root = shadow(el);
      await recoveryShown(el, 'input[name="confirmation"]');
      typeInto(root, 'input[name="password"]', 'rahasia-baru-1');
      typeInto(root, 'input[name="confirmation"]', 'rahasia-baru-1');
      root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.focus();
      await submit(root);
      await until(() => textOf(el).includes('Tautan ini tidak valid'), 'invalid link');
      await until(() => root.activeElement === root.querySelector('.heading'), `focus on the heading (now ${root.activeElement?.tagName})`);
      const again = [...root.querySelectorAll('button')].find((b) => b.textContent!.includes('Minta tautan baru'))!;
      again.focus();
      again.click();
      await until(() => root.activeElement === root.querySelector('input[name="email"]'), 'focus on the email of the new request');
    });

    it('gives an unknown email exactly the same words', async () => {
      const known = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`);
      clickButton(known.el, 'Lupa kata sandi');
      await recoveryShown(known.el, 'input[autocomplete="email"]');
      typeInto(shadow(known.el), 'input[name="email"]', 'a@example.com');
      await submit(shadow(known.el));
      await until(() => textOf(known.el).includes('sudah dikirim'), 'sent');
      const knownWords = textOf(known.el).replace('a@example.com', 'X');

      const unknown = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`);
      clickButton(unknown.el, 'Lupa kata sandi');
      await recoveryShown(unknown.el, 'input[autocomplete="email"]');
      typeInto(shadow(unknown.el), 'input[name="email"]', 'b@example.com');
      // Even a store that answers 404 or 400 for an unknown email shows the same words.
      unknown.mock.faults.add({ path: FORGET, status: 404, body: { message: 'Customer not found' } });
      await submit(shadow(unknown.el));
      await until(() => textOf(unknown.el).includes('sudah dikirim'), 'sent for unknown');
      expect(textOf(unknown.el).replace('b@example.com', 'X')).to.equal(knownWords);
      expect(textOf(unknown.el)).not.to.include('Customer not found');
    });

    for (const [name, fault, words] of [
      ['429 with a plain-text body', { status: 429, body: 'Too many requests', contentType: 'text/plain' }, 'Terlalu banyak permintaan'],
      ['no network', { kind: 'offline' as const }, 'Tidak dapat terhubung'],
      ['a 503', { status: 503, body: { message: 'down' } }, 'Toko sedang mengalami gangguan'],
    ] as const) {
      it(`ends ${name} in clear words, not in "sent"`, async () => {
        const { el, mock } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`);
        clickButton(el, 'Lupa kata sandi');
        await recoveryShown(el, 'input[autocomplete="email"]');
        typeInto(shadow(el), 'input[name="email"]', DEMO_CUSTOMER.email);
        mock.faults.add({ path: FORGET, ...fault });
        await submit(shadow(el));
        await until(() => textOf(el).includes(words), words);
        expect(textOf(el)).not.to.include('sudah dikirim');
        await expect(el).to.be.accessible();
      });
    }

    it('checks the email first', async () => {
      const { el, mock } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`);
      clickButton(el, 'Lupa kata sandi');
      await recoveryShown(el, 'form input[name="email"][autocomplete="email"]');
      typeInto(shadow(el), 'input[name="email"]', 'budi');
      await submit(shadow(el));
      await el.updateComplete;
      expect(textOf(el)).to.include('Masukkan alamat email yang valid');
      expect(requestsTo(mock, FORGET)).to.have.length(0);
    });
  });

  describe('reset link', () => {
    async function resetToken(): Promise<{ token: string; mock: Awaited<ReturnType<typeof mount>>['mock'] }> {
      const { el, mock } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`);
      clickButton(el, 'Lupa kata sandi');
      await recoveryShown(el, 'form input[name="email"][autocomplete="email"]');
      typeInto(shadow(el), 'input[name="email"]', DEMO_CUSTOMER.email);
      await submit(shadow(el));
      await waitForRequest(mock, FORGET);
      await until(() => mock.db.lastPasswordResetToken(DEMO_CUSTOMER.email), 'reset token issued');
      el.remove();
      return { token: mock.db.lastPasswordResetToken(DEMO_CUSTOMER.email)!, mock };
    }

    it('reads the token from the URL, saves the new password, removes only the token, and the new password works', async () => {
      const { token, mock } = await resetToken();
      history.replaceState(null, '', `/reset-password?utm_source=email&token=${encodeURIComponent(token)}&ref=a%20b#bantuan`);
      const { el, storefront } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`, { mock, keepStorage: true });
      await recoveryShown(el, 'input[name="confirmation"]');
      const root = shadow(el);
      expect(root.querySelector('input[name="password"]')!.getAttribute('autocomplete')).to.equal('new-password');
      expect(root.querySelector('input[name="confirmation"]')).to.exist;
      expect(root.querySelector('input[name="token"]')).to.equal(null);
      expect(el.matches(':state(reset)')).to.equal(true);
      await expect(el).to.be.accessible();

      typeInto(root, 'input[name="password"]', 'pendek');
      typeInto(root, 'input[name="confirmation"]', 'pendek');
      await submit(root);
      await el.updateComplete;
      expect(textOf(el)).to.include('Kata sandi minimal 8 karakter');
      typeInto(root, 'input[name="password"]', 'rahasia-baru-1');
      typeInto(root, 'input[name="confirmation"]', 'rahasia-baru-2');
      await submit(root);
      await el.updateComplete;
      expect(textOf(el)).to.include('Kedua kata sandi tidak sama');
      expect(root.querySelector('input[name="confirmation"]')!.getAttribute('aria-invalid')).to.equal('true');
      expect(requestsTo(mock, SAVE)).to.have.length(0);
      await expect(el).to.be.accessible();

      typeInto(root, 'input[name="confirmation"]', 'rahasia-baru-1');
      await submit(root);
      await until(() => textOf(el).includes('Kata sandi baru tersimpan'), 'saved notice');
      expect(requestsTo(mock, SAVE)[0]!.body).to.deep.equal({ token, password: 'rahasia-baru-1' });
      expect(location.pathname).to.equal('/reset-password');
      expect(location.search).to.equal('?utm_source=email&ref=a+b');
      expect(location.hash).to.equal('#bantuan');

      await signInThroughForm(el, DEMO_CUSTOMER.email, 'rahasia-baru-1');
      await until(() => storefront.customer.status === 'signed-in', 'signed in with the new password');
    });

    it('says an expired or used link is invalid, offers a new email, and drops the token from the URL', async () => {
      history.replaceState(null, '', `/reset-password?token=sudah-kedaluwarsa`);
      const { el, mock } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`);
      await recoveryShown(el, 'input[name="confirmation"]');
      typeInto(shadow(el), 'input[name="password"]', 'rahasia-baru-1');
      typeInto(shadow(el), 'input[name="confirmation"]', 'rahasia-baru-1');
      await submit(shadow(el));
      await until(() => textOf(el).includes('Tautan ini tidak valid atau sudah kedaluwarsa'), 'invalid link message');
      expect(requestsTo(mock, SAVE)).to.have.length(1);
      expect(location.search).to.equal('');
      await expect(el).to.be.accessible();
      clickButton(el, 'Minta tautan baru');
      await recoveryShown(el, 'input[name="email"]');
      expect(shadow(el).querySelector('input[name="email"]')).to.exist;
      expect(textOf(el)).to.include('Atur ulang kata sandi');
    });

    it('puts a password the store rejects on the field and keeps the token', async () => {
      history.replaceState(null, '', `/?token=abc`);
      const { el, mock } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`);
      await recoveryShown(el, 'input[name="confirmation"]');
      mock.faults.add({ path: SAVE, status: 400, body: { message: 'Invalid', errors: { password: ['is too common'] } } });
      typeInto(shadow(el), 'input[name="password"]', 'password123');
      typeInto(shadow(el), 'input[name="confirmation"]', 'password123');
      await submit(shadow(el));
      await until(() => textOf(el).includes('is too common'), 'field error');
      expect(shadow(el).querySelector('input[name="password"]')!.getAttribute('aria-invalid')).to.equal('true');
      expect(location.search).to.equal('?token=abc');
    });

    it('keeps the token and says so in clear words on 429 and network failures', async () => {
      history.replaceState(null, '', `/reset-password?token=abc`);
      const { el, mock } = await mount<ScalevLogin>(html`<scalev-login></scalev-login>`);
      await recoveryShown(el, 'input[name="confirmation"]');
      mock.faults.add({ path: SAVE, status: 429, body: 'Too many requests', contentType: 'text/plain' });
      typeInto(shadow(el), 'input[name="password"]', 'rahasia-baru-1');
      typeInto(shadow(el), 'input[name="confirmation"]', 'rahasia-baru-1');
      await submit(shadow(el));
      await until(() => textOf(el).includes('Terlalu banyak permintaan'), '429 words');
      mock.faults.add({ path: SAVE, kind: 'offline' });
      await submit(shadow(el));
      await until(() => textOf(el).includes('Tidak dapat terhubung'), 'offline words');
      expect(location.search).to.equal('?token=abc');
    });

    it('reads the token under another parameter name when told to', async () => {
      history.replaceState(null, '', `/akun?reset=xyz&token=lain`);
      const { el, mock } = await mount<ScalevLogin>(html`<scalev-login reset-param="reset"></scalev-login>`);
      await recoveryShown(el, 'input[name="confirmation"]');
      typeInto(shadow(el), 'input[name="password"]', 'rahasia-baru-1');
      typeInto(shadow(el), 'input[name="confirmation"]', 'rahasia-baru-1');
      await submit(shadow(el));
      await waitForRequest(mock, SAVE);
      expect((requestsTo(mock, SAVE)[0]!.body as { token: string }).token).to.equal('xyz');
      await until(() => location.search === '?token=lain', 'only the reset parameter removed');
    });
  });
});
