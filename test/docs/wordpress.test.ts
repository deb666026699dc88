import { expect } from '@open-wc/testing';
import { DEMO_ORDER_SLUGS } from '../../src/mock/index.js';
import { type HookContext, warmUp, closeSnippets, expectGuideEmbeds, fetchText, openSnippet, requestsTo, shadowText, until } from './support/harness.js';

const SNIPPETS = [
  'wordpress-custom-html.html',
  'wordpress-header.html',
  'wordpress-functions.php',
  'wordpress-checkout-page.html',
  'wordpress-order-page.html',
  'wordpress-account-page.html',
  'wordpress-reset-password.html',
];

/** A WordPress page: the header template part, then the page's Custom HTML block. */
async function pageWith(...files: string[]): Promise<string> {
  return (await Promise.all(files.map((file) => fetchText(`/test/docs/pages/${file}`)))).join('\n');
}

describe('docs/wordpress.md', () => {
  before(async function () {
    (this as HookContext).timeout(60000);
    await warmUp();
  });
  afterEach(() => closeSnippets());

  it('embeds its snippets exactly', async () => {
    for (const file of SNIPPETS) await expectGuideEmbeds('wordpress.md', file);
  });

  it('the functions.php hook prints exactly the header block', async () => {
    const php = await fetchText('/test/docs/pages/wordpress-functions.php');
    const printed = /\?>\n([\s\S]*?)\n\t<\?php/.exec(php)?.[1];
    expect(printed).to.equal((await fetchText('/test/docs/pages/wordpress-header.html')).replace(/\n$/, ''));
    expect(php).to.contain("add_action( 'wp_body_open'");
  });

  it('a Custom HTML block on its own: the catalogue loads, products open in place', async () => {
    const { doc, mock } = await openSnippet('wordpress-custom-html.html');
    const catalog = doc.querySelector('scalev-catalog')!;
    await until(() => shadowText(catalog).includes('Kopi Arabika Gayo'), 'the catalogue');
    expect(catalog.shadowRoot!.querySelector('a.card__open'), 'no product page: products open in a dialog').to.equal(null);
    expect(requestsTo(mock, '/public/items', 'GET').length).to.be.greaterThan(0);
  });

  it('the header cart shares the cart with a catalogue block and sends checkout to the /checkout/ page', async () => {
    const { doc } = await openSnippet('', { html: await pageWith('wordpress-header.html', 'wordpress-custom-html.html') });
    const catalog = doc.querySelector('scalev-catalog')!;
    const cart = doc.querySelector<HTMLElement & { open: boolean }>('scalev-cart')!;
    await until(() => catalog.shadowRoot!.querySelector('[part~="card-add-button"]'), 'a product that adds from its card');
    catalog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="card-add-button"]')!.click();
    await until(() => cart.shadowRoot!.querySelector('[part="badge"]')?.textContent?.trim() === '1', 'the header cart counts it');
    cart.open = true;
    await until(() => cart.shadowRoot!.querySelector('a[part~="checkout-button"]'), 'the checkout link');
    expect(cart.shadowRoot!.querySelector('a[part~="checkout-button"]')!.getAttribute('href')).to.equal('/checkout/');
  });

  it('the order page shows the order named in ?order=', async () => {
    const { doc } = await openSnippet('', {
      html: await pageWith('wordpress-header.html', 'wordpress-order-page.html'),
      query: `?order=${DEMO_ORDER_SLUGS.bankTransferPending}`,
    });
    const status = doc.querySelector('scalev-order-status')!;
    await until(() => status.shadowRoot?.querySelector('[part="payment-instructions"]'), 'the payment instructions');
  });

  it('the checkout and account pages mount', async () => {
    const { doc } = await openSnippet('', { html: await pageWith('wordpress-header.html', 'wordpress-checkout-page.html', 'wordpress-account-page.html') });
    await until(() => doc.querySelector('scalev-checkout')?.shadowRoot?.childElementCount, 'the checkout renders');
    const account = doc.querySelector('scalev-account')!;
    await until(() => account.shadowRoot?.querySelector('scalev-login'), 'the account asks to sign in');
  });

  it('the /reset-password page shows the new-password form from the emailed link, and an expired token is said so', async () => {
    const { doc, win } = await openSnippet('wordpress-reset-password.html', { query: '?token=token-from-the-email' });
    const login = doc.querySelector('scalev-login')!;
    await until(() => login.matches(':state(reset)'), 'the reset form');
    await until(() => login.shadowRoot!.querySelectorAll('input[autocomplete="new-password"]').length === 2, 'the password and its confirmation');
    const inputs = [...login.shadowRoot!.querySelectorAll<HTMLInputElement>('input[autocomplete="new-password"]')];
    expect(login.shadowRoot!.querySelector('input[name="token"]'), 'never a token field').to.equal(null);
    for (const input of inputs) {
      input.value = 'kopi-baru-123';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    login.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await until(() => login.shadowRoot!.querySelector('[part~="error"], [part~="field-error"]'), 'the unknown token is refused in words');
    expect(win.location.pathname).to.equal('/test/docs/support/blank.html');
  });
});
