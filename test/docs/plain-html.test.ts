import { expect } from '@open-wc/testing';
import { type HookContext, warmUp, closeSnippets, expectGuideEmbeds, openSnippet, requestsTo, shadowText, until } from './support/harness.js';

describe('docs/plain-html.md', () => {
  before(async function () {
    (this as HookContext).timeout(60000);
    await warmUp();
  });
  afterEach(() => closeSnippets());

  it('embeds its snippets exactly', async () => {
    await expectGuideEmbeds('plain-html.md', 'plain-html.html');
    await expectGuideEmbeds('plain-html.md', 'plain-html-storefront.html');
  });

  it('the page: catalogue and buy box load, and the header cart (outside the store) counts what the buy box adds', async () => {
    const { doc, mock } = await openSnippet('plain-html.html');
    const catalog = doc.querySelector('scalev-catalog')!;
    const product = doc.querySelector('scalev-product')!;
    const cart = doc.querySelector('scalev-cart')!;
    await until(() => shadowText(catalog).includes('Kopi Toraja Sapan'), 'the catalogue shows the products');
    await until(() => shadowText(product).includes('Kopi Arabika Gayo'), 'the buy box shows its product');
    expect(requestsTo(mock, '/v3/stores/store_XXXXXXXXXX/public/items', 'GET').length).to.be.greaterThan(0);
    expect(requestsTo(mock, '/public/items', 'GET').every((r) => r.headers['x-scalev-storefront-api-key'] === 'sfpk_XXXXXXXXXXXXXXXX')).to.equal(true);

    await until(() => {
      const button = product.shadowRoot!.querySelector<HTMLButtonElement>('[part~="add-button"]');
      return button && !button.disabled;
    }, 'the buy box can add');
    product.shadowRoot!.querySelector<HTMLButtonElement>('[part~="add-button"]')!.click();
    await until(() => cart.shadowRoot!.querySelector('[part="badge"]')?.textContent?.trim() === '1', 'the header cart counts the item');
  });

  it('the one-tag shop: its own store, its name in the header, a product page from a card', async () => {
    const { doc, win } = await openSnippet('plain-html-storefront.html');
    const storefront = doc.querySelector('scalev-storefront')!;
    await until(() => storefront.shadowRoot?.querySelector('scalev-catalog')?.shadowRoot?.querySelector('a.card__open'), 'the catalogue inside the shop');
    const name = storefront.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="name"]')!.assignedElements()[0]!;
    expect(name.textContent).to.equal('Toko Kopi Saya');
    const catalog = storefront.shadowRoot!.querySelector('scalev-catalog')!;
    catalog.shadowRoot!.querySelector<HTMLAnchorElement>('a.card__open[href="#/produk/kopi-arabika-gayo"]')!.click();
    await until(() => storefront.shadowRoot!.querySelector('scalev-product[slug="kopi-arabika-gayo"]'), 'the product page');
    expect(win.location.hash).to.equal('#/produk/kopi-arabika-gayo');
  });
});
