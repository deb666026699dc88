import { expect } from '@open-wc/testing';
import type { ScalevEventMap } from '../../src/events.js';
import { type HookContext, warmUp, closeSnippets, expectGuideEmbeds, fetchText, openSnippet, requestsTo, until } from './support/harness.js';

/** Every event of the map; TypeScript fails here when the map gains or loses one. */
const EVENTS: Record<keyof ScalevEventMap, { cancelable: boolean }> = {
  'scalev-before-add-to-cart': { cancelable: true },
  'scalev-add-to-cart': { cancelable: false },
  'scalev-cart-change': { cancelable: false },
  'scalev-before-checkout': { cancelable: true },
  'scalev-order-created': { cancelable: false },
  'scalev-login': { cancelable: false },
  'scalev-logout': { cancelable: false },
  'scalev-error': { cancelable: false },
};

async function addButton(product: Element): Promise<HTMLButtonElement> {
  await until(() => {
    const button = product.shadowRoot?.querySelector<HTMLButtonElement>('[part~="add-button"]');
    return button && !button.disabled && button.getAttribute('aria-disabled') !== 'true';
  }, 'the buy box can add');
  return product.shadowRoot!.querySelector<HTMLButtonElement>('[part~="add-button"]')!;
}

describe('docs/events.md', () => {
  before(async function () {
    (this as HookContext).timeout(60000);
    await warmUp();
  });
  afterEach(() => closeSnippets());

  it('embeds its snippet exactly', async () => {
    await expectGuideEmbeds('events.md', 'events.html');
  });

  it('documents every event, and says which can be cancelled', async () => {
    const guide = await fetchText('/docs/events.md');
    for (const [name, { cancelable }] of Object.entries(EVENTS)) {
      const row = guide.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      expect(row, `a row for ${name}`).to.not.equal(undefined);
      expect(row!.trim().endsWith('| no |'), `${name} cancelable: ${cancelable}`).to.equal(!cancelable);
    }
  });

  it('the page: add-to-cart reaches dataLayer, cart-change the title, the veto stops a big add, errors are logged', async () => {
    const { doc, win, mock } = await openSnippet('events.html');
    const product = doc.querySelector('scalev-product')!;
    (await addButton(product)).click();
    await until(() => (win.dataLayer ?? []).length === 1, 'dataLayer got the add');
    expect(win.dataLayer![0]).to.deep.include({ event: 'add_to_cart', item: 'Kopi Arabika Gayo', quantity: 1, items_in_cart: 1 });
    await until(() => doc.title === '(1) Toko Kopi Saya', 'the title counts the cart');

    const posts = requestsTo(mock, '/public/cart/items', 'POST').length;
    // The quantity control loads on demand (when the buyer reaches for the buy box).
    const quantityInput = () => product.shadowRoot!.querySelector<HTMLInputElement>('[part~="quantity-input"]');
    await until(() => quantityInput(), 'the quantity control');
    const quantity = quantityInput()!;
    quantity.value = '6';
    quantity.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    quantity.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await (product as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    (await addButton(product)).click();
    await until(() => doc.getElementById('limit-note')!.textContent!.includes('Maksimal 5'), 'the veto note');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requestsTo(mock, '/public/cart/items', 'POST').length, 'nothing sent after the veto').to.equal(posts);
    expect(win.dataLayer).to.have.length(1);

    const warned: unknown[][] = [];
    win.console.warn = (...args: unknown[]) => void warned.push(args);
    mock.faults.add({ path: '/public/cart/items*', status: 500, times: 3 });
    quantity.value = '1';
    quantity.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    quantity.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await (product as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    (await addButton(product)).click();
    await until(() => warned.some((args) => args[0] === 'Scalev'), 'the error was logged');
  });
});
