import { expect, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/catalog/define.js';
import '../../../src/elements/product/define.js';
import type { ScalevCatalog } from '../../../src/elements/catalog/catalog.js';
import type { ScalevProduct } from '../../../src/elements/product/product.js';
import { normalizeText } from '../../../src/elements/catalog/catalog-model.js';
import { cartStore } from '../../../src/state/cart.js';
import type { MockScalev } from '../../../src/mock/index.js';
import { shadow, until } from '../../helpers/fixture.js';
import { calls, mount, pause } from './helpers.js';

const realCards = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('.card:not(.card--skeleton)')];
const names = (el: Element) => realCards(el).map((card) => card.querySelector('.card__open')!.textContent!.trim());
const summary = (el: Element) => shadow(el).querySelector('.summary')!.textContent!.trim();
const cardNamed = (el: Element, name: string) => realCards(el).find((card) => card.textContent!.includes(name))!;

function listedNames(mock: MockScalev): string[] {
  return mock.db.catalog.filter((entry) => entry.record.listed).map((entry) => entry.record.detail.name);
}

async function ready(el: ScalevCatalog): Promise<void> {
  await until(() => realCards(el).length > 0, 'cards');
  await el.updateComplete;
}

async function search(el: ScalevCatalog, text: string): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>('[part=search]')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await pause(200);
  await el.updateComplete;
}

describe('<scalev-catalog> search, sort and category', () => {
  it('searches the loaded items by name, ignoring case and accents, without requests', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="100"></scalev-catalog>`);
    await ready(el);
    const before = mock.requests.length;
    await search(el, 'KOPÍ');
    // Search reads the name, the category and the plain description.
    const expected = mock.db.catalog
      .filter((e) => e.record.listed)
      .filter((e) => {
        const d = e.record.detail;
        return normalizeText(`${d.name} ${d.taxonomy?.full_path ?? ''} ${d.description ?? ''}`).includes('kopi');
      })
      .map((e) => e.record.detail.name);
    expect(expected.length).to.be.greaterThan(1);
    expect(expected.length).to.be.below(listedNames(mock).length);
    expect(names(el)).to.have.members(expected);
    expect(summary(el)).to.equal(`${names(el).length} produk cocok`);
    expect(mock.requests.length).to.equal(before);
  });

  it('shows a no-results state whose button clears search and filter', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="100"></scalev-catalog>`);
    await ready(el);
    await search(el, 'zzz tidak ada');
    const noResults = shadow(el).querySelector('[part=no-results]')!;
    expect(noResults.textContent).to.contain('Tidak ada produk yang cocok dengan “zzz tidak ada”');
    expect(realCards(el)).to.have.length(0);
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('[part=clear-filters]')!.click();
    await el.updateComplete;
    expect(realCards(el)).to.have.length(listedNames(mock).length);
    expect(shadow(el).querySelector<HTMLInputElement>('[part=search]')!.value).to.equal('');
  });

  it('tells that search covers only what is loaded while more pages exist', async () => {
    const { el } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="5"></scalev-catalog>`);
    await ready(el);
    await search(el, 'kopi');
    expect(shadow(el).querySelector('[part=footer] .note')!.textContent).to.contain('sudah dimuat');
  });

  it('sorts by price, name and date, unknown prices last', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="100"></scalev-catalog>`, {
      setup: (m) => m.db.addProduct({ name: 'Aaa Tanpa Harga', slug: 'tanpa-harga', price_range: null, variants: [{ price: 5000 }] }),
    });
    await ready(el);
    const select = shadow(el).querySelector<HTMLSelectElement>('[part=sort] select')!;
    // The first amount shown on a card is its lowest price.
    const lowest = (card: HTMLElement) => {
      const first = card.querySelector('[part=card-price]')!.textContent!.split('–')[0]!.replace(/\D/g, '');
      return first ? Number(first) : Infinity;
    };
    select.value = 'price-asc';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const ascending = names(el);
    expect(ascending.at(-1)).to.equal('Aaa Tanpa Harga');
    const mins = realCards(el).map(lowest);
    expect(mins.at(-1)).to.equal(Infinity);
    expect(mins).to.deep.equal([...mins].sort((a, b) => a - b));

    select.value = 'price-desc';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el).at(-1)).to.equal('Aaa Tanpa Harga');

    select.value = 'name';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const sorted = [...names(el)].sort((a, b) => a.localeCompare(b, 'id', { sensitivity: 'base', numeric: true }));
    expect(names(el)).to.deep.equal(sorted);
    expect(names(el)[0]).to.equal('Aaa Tanpa Harga');

    select.value = 'featured';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(listedNames(mock));
  });

  it('starts with the sort attribute', async () => {
    const { el } = await mount<ScalevCatalog>(html`<scalev-catalog sort="name" page-size="100"></scalev-catalog>`);
    await ready(el);
    expect(shadow(el).querySelector<HTMLSelectElement>('[part=sort] select')!.value).to.equal('name');
    const shown = names(el);
    expect(shown).to.deep.equal([...shown].sort((a, b) => a.localeCompare(b, 'id', { sensitivity: 'base', numeric: true })));
  });

  it('loads categories only when the filter is opened, then filters by the chosen one', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="100"></scalev-catalog>`);
    await ready(el);
    expect(calls(mock, '/public/categories')).to.have.length(0);
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[part=filter-toggle]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await until(() => shadow(el).querySelectorAll('[part=filters] input[type=radio]').length > 1, 'category chips');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(calls(mock, '/public/categories')).to.have.length(1);
    await expect(el).to.be.accessible();
    const batik = [...shadow(el).querySelectorAll<HTMLInputElement>('[part=filters] input')].find(
      (input) => input.parentElement!.textContent!.trim() === 'Batik',
    )!;
    batik.click();
    await el.updateComplete;
    const expected = mock.db.catalog
      .filter((e) => e.record.listed && e.record.detail.taxonomy?.full_path === 'Fashion > Batik')
      .map((e) => e.record.detail.name);
    expect(expected.length).to.be.greaterThan(0);
    expect(names(el)).to.have.members(expected);
    expect(toggle.textContent).to.contain('Batik');
    // Closing and reopening does not ask again.
    toggle.click();
    toggle.click();
    await el.updateComplete;
    expect(calls(mock, '/public/categories')).to.have.length(1);
  });

  it('offers a retry when categories fail to load', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog></scalev-catalog>`);
    await ready(el);
    mock.faults.add({ path: '/public/categories', status: 500 });
    shadow(el).querySelector<HTMLButtonElement>('[part=filter-toggle]')!.click();
    await until(() => shadow(el).querySelector('[part=filters] [role=alert]'), 'categories error');
    shadow(el).querySelector<HTMLButtonElement>('[part=filters] [part=retry-button]')!.click();
    await until(() => shadow(el).querySelectorAll('[part=filters] input').length > 1, 'categories after retry');
  });

  it('pins a category by id or full path, hides the filter, and fills the view from later pages', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog category="Langganan" page-size="5"></scalev-catalog>`);
    const expected = mock.db.catalog
      .filter((e) => e.record.listed && e.record.detail.taxonomy?.id === 501)
      .map((e) => e.record.detail.name);
    expect(expected.length).to.be.greaterThan(0);
    await until(() => realCards(el).length === expected.length, 'pinned category filled');
    expect(names(el)).to.have.members(expected);
    expect(shadow(el).querySelector('[part=filter-toggle]')).to.equal(null);
    // Filling is bounded: never more than the first page plus five.
    expect(calls(mock, '/public/items').length).to.be.at.most(6);

    const byId = await mount<ScalevCatalog>(html`<scalev-catalog category="201" page-size="100"></scalev-catalog>`);
    await ready(byId.el);
    const batik = byId.mock.db.catalog.filter((e) => e.record.listed && e.record.detail.taxonomy?.id === 201);
    expect(realCards(byId.el)).to.have.length(batik.length);

    const parent = await mount<ScalevCatalog>(html`<scalev-catalog category="fashion" page-size="100"></scalev-catalog>`);
    await ready(parent.el);
    const fashion = parent.mock.db.catalog.filter((e) => e.record.listed && e.record.detail.taxonomy?.full_path?.startsWith('Fashion >'));
    expect(realCards(parent.el)).to.have.length(fashion.length);
  });

  it('stops filling after five extra pages and lets the buyer load on', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog category="Langganan" page-size="2"></scalev-catalog>`);
    await until(() => calls(mock, '/public/items').length === 6 && shadow(el).querySelector('[part=load-more]'), 'bounded fill');
    await pause(300);
    expect(calls(mock, '/public/items')).to.have.length(6);
    expect(realCards(el)).to.have.length(0);
    // Each press loads a page and may fill five more; the two matches sit at items 26 and 27.
    for (let press = 0; press < 3 && realCards(el).length === 0; press++) {
      const before = calls(mock, '/public/items').length;
      shadow(el).querySelector<HTMLButtonElement>('[part=load-more]')!.click();
      await until(() => calls(mock, '/public/items').length > before && !el.shadowRoot!.querySelector('[part=load-more][aria-disabled=true]'), 'page loaded');
      await pause(300);
    }
    expect(realCards(el).length).to.be.greaterThan(0);
    expect(names(el).every((name) => mock.db.catalog.some((e) => e.record.detail.name === name && e.record.detail.taxonomy?.id === 501))).to.equal(true);
  });

  it('shows the empty-category message when nothing is in the pinned category', async () => {
    const { el } = await mount<ScalevCatalog>(html`<scalev-catalog category="99999" page-size="100"></scalev-catalog>`);
    await until(() => !shadow(el).querySelector<HTMLElement>('[part=empty]')!.hidden, 'empty');
    expect(shadow(el).querySelector('[part=empty]')!.textContent).to.contain('Belum ada produk di kategori ini.');
  });
});

/** The open detail: `<scalev-product modal>` in the catalogue and the dialog in its shadow root. */
async function openedDetail(el: ScalevCatalog): Promise<{ product: ScalevProduct; dialog: HTMLDialogElement }> {
  await until(() => shadow(el).querySelector('scalev-product')?.shadowRoot?.querySelector('dialog[open]'), 'dialog open');
  const product = shadow(el).querySelector<ScalevProduct>('scalev-product')!;
  return { product, dialog: shadow(product).querySelector('dialog')! };
}

describe('<scalev-catalog> detail dialog', () => {
  it('opens the product in a modal dialog, closes on Escape and returns focus to the card', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="100"></scalev-catalog>`);
    await ready(el);
    expect(shadow(el).querySelector('scalev-product')).to.equal(null);
    const opener = cardNamed(el, 'Kopi Arabika Gayo').querySelector<HTMLButtonElement>('.card__open')!;
    opener.focus();
    opener.click();
    const { product, dialog } = await openedDetail(el);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(product.slug).to.equal('kopi-arabika-gayo');
    expect(product.source).to.equal('catalog');
    await until(() => shadow(product).querySelector('[part~=add-button]'), 'detail rendered');
    expect(dialog.getAttribute('aria-label')).to.equal('Kopi Arabika Gayo');
    expect(calls(mock, '/public/products/kopi-arabika-gayo')).to.have.length(1);
    await expect(el).to.be.accessible();
    // Escape on a modal dialog: the browser fires cancel, then closes it.
    dialog.requestClose();
    await until(() => !dialog.open, 'dialog closed');
    // Comparing nodes directly would make chai print whole DOM trees on failure.
    await until(() => shadow(el).activeElement === opener, 'focus back on the card');
    await until(() => shadow(el).querySelector('scalev-product') === null, 'detail removed');
  });

  it('closes with its close button and on a backdrop click', async () => {
    const { el } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="100"></scalev-catalog>`);
    await ready(el);
    cardNamed(el, 'Kopi Arabika Gayo').querySelector<HTMLButtonElement>('[part~=card-choose-button]')!.click();
    let { product, dialog } = await openedDetail(el);
    shadow(product).querySelector<HTMLButtonElement>('[part=dialog-close]')!.click();
    await until(() => !dialog.open, 'closed by the button');
    await until(() => shadow(el).querySelector('scalev-product') === null, 'detail removed');
    cardNamed(el, 'Kopi Toraja').querySelector<HTMLButtonElement>('.card__open')!.click();
    ({ product, dialog } = await openedDetail(el));
    dialog.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await until(() => !dialog.open, 'closed by the backdrop');
  });

  it('shows a bundle detail for a bundle card', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="100"></scalev-catalog>`);
    await ready(el);
    const card = realCards(el).find((c) => c.querySelector('.badge--bundle'))!;
    card.querySelector<HTMLButtonElement>('.card__open')!.click();
    const { product } = await openedDetail(el);
    await until(() => shadow(product).querySelector('[part=bundle-lines]'), 'bundle lines');
    expect(calls(mock, /^\/public\/bundle-price-options\//)).to.have.length(1);
    expect(calls(mock, /^\/public\/products\//)).to.have.length(0);
  });

  it('adds from the dialog with source "catalog"', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="100"></scalev-catalog>`);
    await ready(el);
    cardNamed(el, 'Kopi Arabika Gayo').querySelector<HTMLButtonElement>('.card__open')!.click();
    const { product } = await openedDetail(el);
    await until(() => calls(mock, /\/availability$/).length > 0, 'stock known');
    const added = oneEvent(el, 'scalev-add-to-cart');
    await until(() => !(shadow(product).querySelector('[part~=add-button]') as HTMLButtonElement).disabled, 'buyable');
    shadow(product).querySelector<HTMLButtonElement>('[part~=add-button]')!.click();
    const event = await added;
    expect(event.detail.source).to.equal('catalog');
    expect(event.detail.item.name).to.equal('Kopi Arabika Gayo');
  });
});

describe('<scalev-catalog> add to cart from cards', () => {
  it('adds a single-variant product: before event, optimistic cart, add event, cart change, live region', async () => {
    const { el, mock, storefront } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="100"></scalev-catalog>`);
    await ready(el);
    const order: string[] = [];
    const before = (e: Event) => order.push(`before:${(e as CustomEvent).detail.item.variantId}`);
    const after = (e: Event) => order.push(`add:${(e as CustomEvent).detail.cart.itemCount}`);
    const change = () => order.push('change');
    el.addEventListener('scalev-before-add-to-cart', before);
    el.addEventListener('scalev-add-to-cart', after);
    document.addEventListener('scalev-cart-change', change);
    try {
      const variantId = mock.db.productsBySlug.get('kopi-toraja-sapan')!.detail.variants![0]!.id!;
      const added = oneEvent(el, 'scalev-add-to-cart');
      cardNamed(el, 'Kopi Toraja').querySelector<HTMLButtonElement>('[part~=card-add-button]')!.click();
      const event = await added;
      expect(event.detail.source).to.equal('catalog');
      expect(event.detail.item).to.include({ type: 'variant', variantId, quantity: 1, name: 'Kopi Toraja Sapan 250 g' });
      expect(order[0]).to.equal(`before:${variantId}`);
      expect(order).to.include('change');
      expect(order.indexOf('change')).to.be.below(order.indexOf('add:1'));
      const posts = calls(mock, '/public/cart/items', 'POST');
      expect(posts).to.have.length(1);
      expect(posts[0]!.body).to.deep.include({ type: 'variant', variant_id: variantId, quantity: 1 });
      const line = cartStore(storefront).snapshot.lines[0]!;
      expect(line.name).to.equal('Kopi Toraja Sapan 250 g');
      expect(line.image).to.be.a('string');
      await until(() => shadow(el).querySelector('[role=status][aria-live]')!.textContent!.includes('Ditambahkan ke keranjang'), 'announced');
      expect(shadow(el).querySelector('[role=status][aria-live]')!.textContent).to.contain('Kopi Toraja Sapan 250 g');
      const button = cardNamed(el, 'Kopi Toraja').querySelector('[part~=card-add-button]')!;
      await until(() => button.getAttribute('aria-disabled') === 'false', 'button ready again');
      await expect(el).to.be.accessible();
    } finally {
      document.removeEventListener('scalev-cart-change', change);
    }
  });

  it('adds a bundle straight from its card with type bundle_price_option', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="100"></scalev-catalog>`);
    await ready(el);
    const card = realCards(el).find((c) => c.querySelector('.badge--bundle'))!;
    const added = oneEvent(el, 'scalev-add-to-cart');
    card.querySelector<HTMLButtonElement>('[part~=card-add-button]')!.click();
    const event = await added;
    expect(event.detail.item.type).to.equal('bundle_price_option');
    const post = calls(mock, '/public/cart/items', 'POST')[0]!;
    expect((post.body as Record<string, unknown>)['type']).to.equal('bundle_price_option');
    expect(mock.db.bundles.has((post.body as { bundle_price_option_id: number }).bundle_price_option_id)).to.equal(true);
    expect(calls(mock, /^\/public\/(products|bundle-price-options)\//)).to.have.length(0);
  });

  it('does nothing when a page listener cancels the add', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="100"></scalev-catalog>`);
    await ready(el);
    el.addEventListener('scalev-before-add-to-cart', (event) => event.preventDefault());
    let added = false;
    el.addEventListener('scalev-add-to-cart', () => (added = true));
    cardNamed(el, 'Kopi Toraja').querySelector<HTMLButtonElement>('[part~=card-add-button]')!.click();
    await pause(300);
    expect(calls(mock, '/public/cart/items', 'POST')).to.have.length(0);
    expect(added).to.equal(false);
  });

  it('rolls back and explains under the card when the cart refuses', async () => {
    const { el, mock, storefront } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="100"></scalev-catalog>`);
    await ready(el);
    mock.faults.add({ method: 'POST', path: '/public/cart/items', status: 500 });
    const card = cardNamed(el, 'Kopi Toraja');
    card.querySelector<HTMLButtonElement>('[part~=card-add-button]')!.click();
    await until(() => card.querySelector('[part=card-error]'), 'card error');
    expect(card.querySelector('[part=card-error]')!.textContent).to.contain('Gagal menambahkan Kopi Toraja Sapan 250 g');
    expect(cartStore(storefront).snapshot.itemCount).to.equal(0);
    await until(() => card.querySelector('[part~=card-add-button]')!.getAttribute('aria-disabled') === 'false', 'button back');
    await expect(el).to.be.accessible();
  });

  it('opens the detail instead when a card without options turns out to have several variants', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="100"></scalev-catalog>`, {
      setup: (m) =>
        m.db.addProduct({
          name: 'Diam-diam Bervarian',
          slug: 'diam-diam',
          is_multiple: false,
          option1_name: null,
          variants: [{ name: 'A', price: 1000 }, { name: 'B', price: 2000 }],
        }),
    });
    await ready(el);
    cardNamed(el, 'Diam-diam Bervarian').querySelector<HTMLButtonElement>('[part~=card-add-button]')!.click();
    await openedDetail(el);
    expect(calls(mock, '/public/cart/items', 'POST')).to.have.length(0);
  });

  it('blocks a double click while the add is pending', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="100"></scalev-catalog>`);
    await ready(el);
    mock.options.latencyMs = 300;
    const button = cardNamed(el, 'Kopi Toraja').querySelector<HTMLButtonElement>('[part~=card-add-button]')!;
    button.click();
    await el.updateComplete;
    button.click();
    button.click();
    await until(() => calls(mock, '/public/cart/items', 'POST').length === 1, 'one POST');
    await pause(700);
    expect(calls(mock, '/public/cart/items', 'POST')).to.have.length(1);
  });
});

describe('<scalev-catalog> shared page', () => {
  it('two catalogues and a buy box on one page share requests', async () => {
    const { el, mock } = await mount<HTMLElement>(html`<div>
      <scalev-catalog page-size="24"></scalev-catalog>
      <scalev-catalog page-size="24" hide-search></scalev-catalog>
      <scalev-product slug="kopi-arabika-gayo"></scalev-product>
      <scalev-product slug="kopi-arabika-gayo" hide-description></scalev-product>
    </div>`);
    const [first, second] = [...el.querySelectorAll<ScalevCatalog>('scalev-catalog')];
    const products = [...el.querySelectorAll<ScalevProduct>('scalev-product')];
    await until(() => realCards(first!).length > 0 && realCards(second!).length > 0, 'both catalogues');
    await until(() => products.every((p) => shadow(p).querySelector('[part~=add-button]')), 'both buy boxes');
    await pause(200);
    expect(calls(mock, '/public/items')).to.have.length(1);
    expect(calls(mock, '/public/products/kopi-arabika-gayo')).to.have.length(1);
    expect(calls(mock, '/public/variants/pricing')).to.have.length(1);
    expect(calls(mock, /\/availability$/)).to.have.length(1);
  });
});
