import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/product/define.js';
import type { ScalevProduct } from '../../../src/elements/product/product.js';
import { formatMoney } from '../../../src/i18n/localize.js';
import { parseMoney } from '../../../src/api/money.js';
import { cartStore } from '../../../src/state/cart.js';
import type { MockScalev } from '../../../src/mock/index.js';
import { shadow, until } from '../../helpers/fixture.js';
import { XSS_NAME, XSS_RICH, calls, deepElements, mount, pause, xssFlag } from '../catalog/helpers.js';

function hasState(el: Element, name: string): boolean {
  try {
    return el.matches(`:state(${name})`);
  } catch {
    return el.matches(`:--${name}`);
  }
}

const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~=${name}]`);
const groups = (el: Element) => [...shadow(el).querySelectorAll<HTMLFieldSetElement>('[part=option-group]')];
const radios = (group: Element) => [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')];
const radio = (el: Element, groupIndex: number, value: string) => radios(groups(el)[groupIndex]!).find((r) => r.value === value)!;

async function ready(el: ScalevProduct): Promise<void> {
  await until(() => part(el, 'add-button') || part(el, 'not-found') || shadow(el).querySelector('[role=alert]'), 'product settled');
  await el.updateComplete;
}

/**
 * The buyer reaching for the buy box (a pointer moving over it): the quantity control loads then,
 * not before. Resolves once it is there.
 */
async function reach(el: ScalevProduct): Promise<void> {
  part(el, 'add-button')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
  await until(() => part(el, 'quantity-input'), 'quantity control after the pointer came');
  await el.updateComplete;
}

/** Waits for prices and the chosen variant's availability to arrive. */
async function stockKnown(el: ScalevProduct, mock: MockScalev): Promise<void> {
  await ready(el);
  await until(() => calls(mock, /\/availability$/).length > 0 && part(el, 'stock')!.textContent!.trim() !== '', 'stock shown');
  await pause(50);
  await el.updateComplete;
}

// The test server compiles the modules a buy box loads on demand the first time they are asked
// for; do it once here, so the first test's time is spent on what it tests.
before(async function () {
  this.timeout(30000);
  await Promise.all([
    import('../../../src/elements/product/features.js'),
    import('../../../src/elements/product/bundle.js'),
    import('../../../src/elements/product/dialog.js'),
    import('../../../src/elements/product/buy.js'),
    import('../../../src/elements/product/not-found.js'),
    import('../../../src/elements/product/rich-description.js'),
    import('../../../src/ui/quantity-stepper.js'),
    import('../../../src/state/conversions.js'),
  ]);
});

describe('<scalev-product> a product with options', () => {
  it('builds one labelled radio group per option, starting on something buyable', async () => {
    const { el, mock } = await mount<ScalevProduct>(html`<scalev-product slug="kaos-katun-nusantara"></scalev-product>`);
    await stockKnown(el, mock);
    const legends = groups(el).map((g) => g.querySelector('legend')!.textContent!.split(':')[0]!.trim());
    expect(legends).to.deep.equal(['Ukuran', 'Warna', 'Lengan']);
    expect(radios(groups(el)[0]!).map((r) => r.value)).to.deep.equal(['S', 'M', 'L', 'XL']);
    for (const group of groups(el)) expect(radios(group).filter((r) => r.checked)).to.have.length(1);
    // S / Putih / Pendek is sold out and S / Hijau Army is not made: the first buyable is S / Hitam / Pendek.
    expect(radio(el, 0, 'S').checked).to.equal(true);
    expect(radio(el, 1, 'Hitam').checked).to.equal(true);
    expect(part(el, 'add-button')!.hasAttribute('disabled')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('disables, never hides, values that cannot be bought with the earlier choices', async () => {
    const { el, mock } = await mount<ScalevProduct>(html`<scalev-product slug="kaos-katun-nusantara"></scalev-product>`);
    await stockKnown(el, mock);
    // Hijau Army is not produced in S.
    const army = radio(el, 1, 'Hijau Army');
    expect(army).to.not.equal(undefined);
    expect(army.disabled).to.equal(true);
    expect(army.closest('label')!.textContent).to.contain('tidak tersedia');
    // XL / Hijau Army / Panjang is sold out.
    radio(el, 0, 'XL').click();
    await el.updateComplete;
    radio(el, 1, 'Hijau Army').click();
    await el.updateComplete;
    expect(radio(el, 2, 'Panjang').disabled).to.equal(true);
    expect(radio(el, 2, 'Pendek').checked).to.equal(true);
    expect(radio(el, 2, 'Pendek').disabled).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('moves later choices to a buyable value instead of trapping the buyer', async () => {
    const { el, mock } = await mount<ScalevProduct>(html`<scalev-product slug="kaos-katun-nusantara"></scalev-product>`);
    await stockKnown(el, mock);
    radio(el, 0, 'M').click();
    await el.updateComplete;
    radio(el, 1, 'Hijau Army').click();
    await el.updateComplete;
    // Back to S: Hijau Army does not exist there, so the colour moves to the first buyable one.
    radio(el, 0, 'S').click();
    await el.updateComplete;
    expect(radio(el, 0, 'S').checked).to.equal(true);
    expect(radio(el, 1, 'Hijau Army').checked).to.equal(false);
    expect(radios(groups(el)[1]!).some((r) => r.checked && !r.disabled)).to.equal(true);
  });

  it('shows the live price and stock of the chosen variant, from one pricing batch and its availability', async () => {
    const { el, mock } = await mount<ScalevProduct>(html`<scalev-product slug="kopi-arabika-gayo"></scalev-product>`);
    await stockKnown(el, mock);
    const variants = mock.db.productsBySlug.get('kopi-arabika-gayo')!.detail.variants!;
    const pricing = calls(mock, '/public/variants/pricing');
    expect(pricing).to.have.length(1);
    const ids = new URL(pricing[0]!.url).searchParams.get('ids')!.split(',').map(Number);
    expect(ids).to.have.members(variants.map((v) => v.id!));
    const chosen = variants[0]!;
    expect(calls(mock, `/public/variants/${chosen.id}/availability`)).to.have.length(1);
    expect(part(el, 'price')!.textContent!.trim()).to.equal(formatMoney(parseMoney(chosen.price), 'id'));
    // 500 g costs more: choosing it updates the price and asks for its availability.
    radio(el, 1, '500 g').click();
    const bigger = variants.find((v) => v.option1_value === 'Biji Utuh' && v.option2_value === '500 g')!;
    await until(() => calls(mock, `/public/variants/${bigger.id}/availability`).length === 1, 'availability of the new choice');
    await el.updateComplete;
    expect(part(el, 'price')!.textContent!.trim()).to.equal(formatMoney(parseMoney(bigger.price), 'id'));
    expect(calls(mock, '/public/variants/pricing')).to.have.length(1);
  });

  it('bounds the quantity by the stock and says how many are left', async () => {
    const { el, mock } = await mount<ScalevProduct>(html`<scalev-product slug="kopi-toraja-sapan"></scalev-product>`, {
      setup: (m) => m.db.setStock(m.db.productsBySlug.get('kopi-toraja-sapan')!.detail.variants![0]!.id!, 3),
    });
    await stockKnown(el, mock);
    expect(part(el, 'stock')!.textContent!.trim()).to.equal('Sisa 3');
    await reach(el);
    const input = shadow(el).querySelector<HTMLInputElement>('[part~=quantity-input]')!;
    const plus = shadow(el).querySelector<HTMLButtonElement>('[part~=quantity-increase]')!;
    expect(input.max).to.equal('3');
    plus.click();
    await el.updateComplete;
    plus.click();
    await el.updateComplete;
    plus.click();
    await el.updateComplete;
    expect(input.value).to.equal('3');
    expect(plus.getAttribute('aria-disabled')).to.equal('true');
    input.value = '50';
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(input.value).to.equal('3');
    await expect(el).to.be.accessible();
  });

  it('caps unlimited stock at 99', async () => {
    const { el, mock } = await mount<ScalevProduct>(html`<scalev-product slug="teh-hijau-tambi"></scalev-product>`);
    await stockKnown(el, mock);
    await reach(el);
    const input = shadow(el).querySelector<HTMLInputElement>('[part~=quantity-input]')!;
    expect(input.max).to.equal('99');
  });
});

describe('<scalev-product> availability and states', () => {
  it('disables add to cart with a clear label when everything is sold out', async () => {
    const { el, mock } = await mount<ScalevProduct>(html`<scalev-product slug="madu-hutan-sumbawa"></scalev-product>`);
    await stockKnown(el, mock);
    const button = part(el, 'add-button') as HTMLButtonElement;
    expect(button.disabled).to.equal(true);
    expect(button.textContent!.trim()).to.equal('Stok habis');
    expect(part(el, 'stock')!.textContent!.trim()).to.equal('Stok habis');
    expect(hasState(el, 'sold-out')).to.equal(true);
    // Sold-out values stay visible and choosable to read about.
    expect(radios(groups(el)[0]!).length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('shows a loading state with the card data it already has', async () => {
    const { el } = await mount<ScalevProduct>(html`<scalev-product slug="kopi-arabika-gayo" .preview=${{
      id: 1, slug: 'kopi-arabika-gayo', name: 'Kopi dari kartu', entity_type: 'product', item_type: 'physical',
      in_stock: true, price_range: { min: '89000', max: 165000 }, images: [],
    }}></scalev-product>`, { mockOptions: { latencyMs: 100000 } });
    expect(hasState(el, 'loading')).to.equal(true);
    expect(part(el, 'name')!.textContent).to.equal('Kopi dari kartu');
    expect(part(el, 'price')!.textContent!.trim()).to.equal(`${formatMoney(89000, 'id')} – ${formatMoney(165000, 'id')}`);
    expect(shadow(el).querySelector('[role=status]')!.textContent).to.equal('Memuat produk…');
    await expect(el).to.be.accessible();
  });

  it('says clearly when no product has the slug, after trying it as a bundle', async () => {
    const { el, mock } = await mount<ScalevProduct>(html`<scalev-product slug="tidak-ada-ini"></scalev-product>`);
    await until(() => part(el, 'not-found'), 'not found');
    expect(part(el, 'not-found')!.textContent).to.contain('Produk tidak ditemukan.');
    expect(hasState(el, 'not-found')).to.equal(true);
    expect(calls(mock, '/public/products/tidak-ada-ini')).to.have.length(1);
    expect(calls(mock, '/public/bundle-price-options/tidak-ada-ini')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('says it in English on an English page (the message loads only when it is needed)', async () => {
    const { el } = await mount<ScalevProduct>(html`<scalev-product slug="tidak-ada-ini"></scalev-product>`, { locale: 'en' });
    await until(() => part(el, 'not-found'), 'not found');
    expect(part(el, 'not-found')!.textContent).to.contain('Product not found.');
    expect(getComputedStyle(part(el, 'not-found')!).borderStyle).to.equal('dashed');
  });

  it('does not try bundles when type="product"', async () => {
    const { el, mock } = await mount<ScalevProduct>(html`<scalev-product slug="tidak-ada-ini" type="product"></scalev-product>`);
    await until(() => part(el, 'not-found'), 'not found');
    expect(calls(mock, /^\/public\/bundle-price-options\//)).to.have.length(0);
  });

  it('treats an empty slug as not found without a request', async () => {
    const { el, mock } = await mount<ScalevProduct>(html`<scalev-product></scalev-product>`);
    await until(() => part(el, 'not-found'), 'not found');
    expect(mock.requests).to.have.length(0);
  });

  it('loads again when the slug changes', async () => {
    const { el, mock } = await mount<ScalevProduct>(html`<scalev-product slug="kopi-toraja-sapan"></scalev-product>`);
    await ready(el);
    el.slug = 'gula-aren-cair';
    await until(() => part(el, 'name')?.textContent === mock.db.productsBySlug.get('gula-aren-cair')!.detail.name, 'new product');
  });

  for (const [label, fault, words] of [
    ['a server error', { status: 502 }, 'Toko sedang mengalami gangguan'],
    ['a plain-text 429', { status: 429, body: 'Too many requests', contentType: 'text/plain', headers: { 'X-Ratelimit-Reset': String(Math.floor(Date.now() / 1000) + 60) } }, 'Terlalu banyak permintaan'],
    ['offline', { kind: 'offline' }, 'Periksa koneksi internet'],
    ['malformed JSON', { kind: 'malformed' }, 'tidak dapat dibaca'],
    ['a timeout', { kind: 'timeout' }, 'tidak menjawab tepat waktu'],
  ] as const) {
    it(`shows ${label} with a retry that works`, async () => {
      const { el, mock } = await mount<ScalevProduct>(html`<scalev-product slug="kopi-toraja-sapan"></scalev-product>`, {
        timeout: 300,
        setup: (m) => m.faults.add({ path: '/public/products/kopi-toraja-sapan', ...fault }),
      });
      await until(() => hasState(el, 'error'), 'error state');
      expect(shadow(el).querySelector('[role=alert]')!.textContent).to.contain(words);
      await expect(el).to.be.accessible();
      shadow(el).querySelector<HTMLButtonElement>('[part=retry-button]')!.click();
      await until(() => part(el, 'add-button'), 'loaded after retry');
      expect(calls(mock, '/public/products/kopi-toraja-sapan')).to.have.length(2);
    });
  }

  it('a retry pressed from the keyboard leaves the focus on the product name, not on the page', async () => {
    const { el } = await mount<ScalevProduct>(html`<scalev-product slug="kopi-toraja-sapan"></scalev-product>`, {
      timeout: 300,
      setup: (m) => m.faults.add({ path: '/public/products/kopi-toraja-sapan', status: 502 }),
    });
    await until(() => hasState(el, 'error'), 'error state');
    shadow(el).querySelector<HTMLElement>('[part=retry-button]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => part(el, 'add-button'), 'loaded after retry');
    await until(() => shadow(el).activeElement === part(el, 'name'), 'focus on the product name');
  });

  it('still sells with the detail prices when variant pricing fails', async () => {
    const { el, mock } = await mount<ScalevProduct>(html`<scalev-product slug="kopi-toraja-sapan"></scalev-product>`, {
      setup: (m) => m.faults.add({ path: '/public/variants/pricing', status: 500, times: Infinity }),
    });
    await ready(el);
    await until(() => calls(mock, '/public/variants/pricing').length > 0, 'pricing asked');
    await pause(100);
    const variant = mock.db.productsBySlug.get('kopi-toraja-sapan')!.detail.variants![0]!;
    expect(part(el, 'price')!.textContent!.trim()).to.equal(formatMoney(parseMoney(variant.price), 'id'));
    expect((part(el, 'add-button') as HTMLButtonElement).disabled).to.equal(false);
  });
});

describe('<scalev-product> bundles', () => {
  it('shows a bundle with its price and contents, and adds it as bundle_price_option', async () => {
    const { el, mock, storefront } = await mount<ScalevProduct>(
      html`<scalev-product slug="paket-ngopi-nusantara" type="bundle"></scalev-product>`,
    );
    await ready(el);
    const bundle = mock.db.bundlesBySlug.get('paket-ngopi-nusantara')!.detail;
    expect(calls(mock, /^\/public\/products\//)).to.have.length(0);
    expect(part(el, 'name')!.textContent).to.equal(bundle.name);
    expect(part(el, 'price')!.textContent!.trim()).to.equal(formatMoney(parseMoney(bundle.price), 'id'));
    const lines = [...shadow(el).querySelectorAll('[part=bundle-lines] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(lines).to.have.length(bundle.bundlelines!.length);
    const first = bundle.bundlelines![0]!;
    expect(lines[0]).to.contain(`${first.quantity} ×`);
    expect(lines[0]).to.contain(first.product_name!);
    await expect(el).to.be.accessible();

    const added = oneEvent(el, 'scalev-add-to-cart');
    part(el, 'add-button')!.click();
    const event = await added;
    expect(event.detail.item).to.include({ type: 'bundle_price_option', bundlePriceOptionId: bundle.bundle_price_option_id, quantity: 1 });
    const post = calls(mock, '/public/cart/items', 'POST')[0]!;
    expect(post.body).to.deep.include({ type: 'bundle_price_option', bundle_price_option_id: bundle.bundle_price_option_id });
    expect(cartStore(storefront).snapshot.lines[0]!.name).to.equal(bundle.name);
  });

  it('finds a bundle by slug with the default type', async () => {
    const { el, mock } = await mount<ScalevProduct>(html`<scalev-product slug="paket-oleh-oleh-khas"></scalev-product>`);
    await until(() => part(el, 'bundle-lines'), 'bundle shown');
    expect(calls(mock, '/public/products/paket-oleh-oleh-khas')).to.have.length(1);
    expect(calls(mock, '/public/bundle-price-options/paket-oleh-oleh-khas')).to.have.length(1);
  });
});

describe('<scalev-product> add to cart', () => {
  it('adds the chosen variant and quantity, remembers what the cart line shows, and announces it', async () => {
    const { el, mock, storefront } = await mount<ScalevProduct>(html`<scalev-product slug="kopi-arabika-gayo"></scalev-product>`);
    await stockKnown(el, mock);
    radio(el, 0, 'Bubuk Halus').click();
    await el.updateComplete;
    await reach(el);
    shadow(el).querySelector<HTMLButtonElement>('[part~=quantity-increase]')!.click();
    await el.updateComplete;
    const variant = mock.db.productsBySlug
      .get('kopi-arabika-gayo')!
      .detail.variants!.find((v) => v.option1_value === 'Bubuk Halus' && v.option2_value === '250 g')!;
    const before = oneEvent(el, 'scalev-before-add-to-cart');
    const added = oneEvent(el, 'scalev-add-to-cart');
    part(el, 'add-button')!.click();
    const beforeEvent = await before;
    expect(beforeEvent.cancelable).to.equal(true);
    expect(beforeEvent.detail.source).to.equal('product');
    const event = await added;
    expect(event.detail.item).to.deep.include({ type: 'variant', variantId: variant.id, quantity: 2, options: ['Bubuk Halus', '250 g'] });
    expect(event.detail.cart.itemCount).to.equal(2);
    expect(calls(mock, '/public/cart/items', 'POST')[0]!.body).to.deep.include({ type: 'variant', variant_id: variant.id, quantity: 2 });
    const line = cartStore(storefront).snapshot.lines[0]!;
    expect(line.name).to.equal('Kopi Arabika Gayo');
    expect(line.options).to.deep.equal(['Bubuk Halus', '250 g']);
    expect(line.unitPrice).to.equal(parseMoney(variant.price));
    expect(line.image).to.be.a('string');
    await until(() => part(el, 'added'), 'confirmation');
    await until(() => shadow(el).querySelector('[aria-live]')!.textContent!.includes('Ditambahkan ke keranjang: Kopi Arabika Gayo'), 'announced');
    await expect(el).to.be.accessible();
  });

  it('rolls back and shows the reason when the cart refuses, and the button works again', async () => {
    const { el, mock, storefront } = await mount<ScalevProduct>(html`<scalev-product slug="kopi-toraja-sapan"></scalev-product>`);
    await stockKnown(el, mock);
    mock.faults.add({ method: 'POST', path: '/public/cart/items', status: 400, body: { message: 'Stok tidak mencukupi' } });
    part(el, 'add-button')!.click();
    await until(() => shadow(el).querySelector('[part=error]'), 'error');
    expect(shadow(el).querySelector('[part=error]')!.textContent).to.contain('Stok tidak mencukupi');
    expect(cartStore(storefront).snapshot.itemCount).to.equal(0);
    await until(() => part(el, 'add-button')!.getAttribute('aria-disabled') === 'false', 'button back');
    await expect(el).to.be.accessible();
    part(el, 'add-button')!.click();
    await until(() => part(el, 'added'), 'second try added');
    expect(cartStore(storefront).snapshot.itemCount).to.equal(1);
    expect(shadow(el).querySelector('[part=error]')).to.equal(null);
  });

  it('puts the line in a cart already open on the page in the click\'s own task, before the API answers', async () => {
    const { el, mock, storefront } = await mount<ScalevProduct>(html`<scalev-product slug="kopi-toraja-sapan"></scalev-product>`);
    await stockKnown(el, mock);
    // A cart widget (a badge) opened the cart; the buyer clicks without hovering first.
    const cart = cartStore(storefront);
    part(el, 'add-button')!.click();
    expect(cart.snapshot.itemCount).to.equal(1);
    expect(calls(mock, '/public/cart/items', 'POST').length).to.be.at.most(1);
    await until(() => part(el, 'added'), 'added');
    expect(cart.snapshot.itemCount).to.equal(1);
  });

  it('sends nothing when a listener cancels scalev-before-add-to-cart', async () => {
    const { el, mock } = await mount<ScalevProduct>(html`<scalev-product slug="kopi-toraja-sapan"></scalev-product>`);
    await stockKnown(el, mock);
    document.addEventListener('scalev-before-add-to-cart', (event) => event.preventDefault(), { once: true });
    part(el, 'add-button')!.click();
    await pause(300);
    expect(calls(mock, '/public/cart/items', 'POST')).to.have.length(0);
    expect(part(el, 'added')).to.equal(null);
  });

  it('shows no spinner for a quick add, and one (busy, not pressable) for a slow one', async () => {
    const { el, mock } = await mount<ScalevProduct>(html`<scalev-product slug="kopi-toraja-sapan"></scalev-product>`);
    await stockKnown(el, mock);
    mock.options.latencyMs = 600;
    const button = part(el, 'add-button')!;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.querySelector('.spinner')).to.equal(null);
    await until(() => button.querySelector('.spinner'), 'spinner after the delay');
    expect(button.textContent).to.contain('Menambahkan…');
    button.click();
    await until(() => part(el, 'added'), 'added');
    expect(calls(mock, '/public/cart/items', 'POST')).to.have.length(1);
  });
});

describe('<scalev-product> bad data', () => {
  it('renders names and descriptions with XSS payloads inert', async () => {
    const { el } = await mount<ScalevProduct>(html`<scalev-product slug="xss-produk"></scalev-product>`, {
      setup: (m) =>
        m.db.addProduct({
          name: XSS_NAME,
          slug: 'xss-produk',
          rich_description: XSS_RICH,
          option1_name: '<img src=x onerror="window.__xss=7">Warna',
          variants: [
            { option1_value: '<script>window.__xss=8</script>Merah', price: '10000' },
            { option1_value: 'Biru', price: 12000 },
          ],
        }),
    });
    await ready(el);
    // First the plain-text preview: the markup is only text, nothing of it became an element.
    const description = part(el, 'description')!;
    expect(description.textContent).to.contain('Aman');
    expect(description.querySelectorAll('img, script, iframe, a')).to.have.length(0);
    await pause(300);
    expect(xssFlag()).to.equal(undefined);
    // Then the full description, sanitised.
    const toggle = description.querySelector<HTMLButtonElement>('button')!;
    toggle.click();
    await until(() => description.querySelector('.description__body'), 'sanitised description');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await pause(300);
    expect(xssFlag()).to.equal(undefined);
    expect(part(el, 'name')!.textContent).to.equal(XSS_NAME);
    expect(description.textContent).to.contain('Aman');
    const all = deepElements(shadow(el));
    expect(all.filter((e) => e.localName === 'script' || e.localName === 'iframe')).to.have.length(0);
    expect(all.filter((e) => [...e.attributes].some((a) => a.name.startsWith('on')))).to.have.length(0);
    expect(all.filter((e) => (e.getAttribute('href') ?? '').toLowerCase().startsWith('javascript:'))).to.have.length(0);
    expect(groups(el)[0]!.querySelector('legend')!.textContent).to.contain('<img src=x');
    await expect(el).to.be.accessible();
  });

  it('copes with prices as strings or numbers, a null range, no images and a 100-character name', async () => {
    const longName = 'Kain Tenun Ikat Sumba Timur Motif Kuda dan Burung Kakatua Warna Alam Tenunan Tangan Asli Edisi'.padEnd(100, 'X');
    const { el } = await mount<ScalevProduct>(html`<scalev-product slug="aneh"></scalev-product>`, {
      setup: (m) =>
        m.db.addProduct({
          name: longName,
          slug: 'aneh',
          price_range: null,
          images: [],
          meta_thumbnail: null,
          option1_name: 'Ukuran',
          variants: [
            { option1_value: 'Kecil', price: '125000.50', images: [] },
            { option1_value: 'Besar', price: 250000 },
          ],
        }),
    });
    await ready(el);
    expect(longName.length).to.equal(100);
    expect(part(el, 'name')!.textContent).to.equal(longName);
    expect(part(el, 'price')!.textContent!.trim()).to.equal(formatMoney(125000.5, 'id'));
    expect(shadow(el).querySelector('[part=gallery] .placeholder')).to.not.equal(null);
    expect(shadow(el).querySelector('[part=gallery] img')).to.equal(null);
    radio(el, 0, 'Besar').click();
    await el.updateComplete;
    expect(part(el, 'price')!.textContent!.trim()).to.equal(formatMoney(250000, 'id'));
    const box = part(el, 'name')!.getBoundingClientRect();
    expect(box.width).to.be.at.most(el.getBoundingClientRect().width + 1);
  });

  it('shows a product without any variant as not yet buyable', async () => {
    const { el } = await mount<ScalevProduct>(html`<scalev-product slug="kosong"></scalev-product>`, {
      setup: (m) => m.db.addProduct({ name: 'Tanpa Varian', slug: 'kosong', variants: [] }),
    });
    await ready(el);
    const button = part(el, 'add-button') as HTMLButtonElement;
    expect(button.disabled).to.equal(true);
    expect(button.textContent!.trim()).to.equal('Belum dapat dibeli');
  });
});

describe('<scalev-product> gallery and attributes', () => {
  it('switches images from labelled thumbnails and hides parts on request', async () => {
    const { el, mock } = await mount<ScalevProduct>(html`<scalev-product slug="kopi-arabika-gayo"></scalev-product>`);
    await ready(el);
    const thumbs = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part=thumbnail]')];
    const images = mock.db.productsBySlug.get('kopi-arabika-gayo')!.detail.images;
    expect(thumbs).to.have.length(images.length);
    expect(thumbs[1]!.getAttribute('aria-label')).to.equal(`Tampilkan gambar 2 dari ${images.length}`);
    thumbs[1]!.click();
    await el.updateComplete;
    expect(thumbs[1]!.getAttribute('aria-pressed')).to.equal('true');
    expect(part(el, 'image')!.getAttribute('src')).to.equal(images[1]);
    const main = part(el, 'image')!;
    expect(main.getAttribute('loading')).to.equal('lazy');
    expect(main.getAttribute('width')).to.equal('600');
    expect(main.getAttribute('alt')).to.equal('Kopi Arabika Gayo');

    await reach(el);
    expect(part(el, 'quantity')).to.not.equal(null);
    el.hideGallery = true;
    el.hideDescription = true;
    el.hideQuantity = true;
    el.headingLevel = 3;
    await el.updateComplete;
    expect(part(el, 'gallery')).to.equal(null);
    expect(part(el, 'description')).to.equal(null);
    expect(part(el, 'quantity')).to.equal(null);
    expect(part(el, 'name')!.getAttribute('aria-level')).to.equal('3');
  });

  it('speaks English with locale="en"', async () => {
    const { el, mock } = await mount<ScalevProduct>(html`<scalev-product slug="madu-hutan-sumbawa"></scalev-product>`, { locale: 'en' });
    await stockKnown(el, mock);
    expect(part(el, 'add-button')!.textContent!.trim()).to.equal('Out of stock');
    await reach(el);
    expect(shadow(el).querySelector('.quantity__label')!.textContent).to.equal('Quantity');
  });
});

describe('<scalev-product> description', () => {
  it('previews the rich description as plain text and shows it sanitised when opened', async () => {
    const { el } = await mount<ScalevProduct>(html`<scalev-product slug="kopi-arabika-gayo"></scalev-product>`);
    await ready(el);
    const description = part(el, 'description')!;
    const preview = description.querySelector('.description__text')!;
    expect(preview.textContent!.split('\n')).to.deep.equal([
      'Dipetik merah dari kebun rakyat di Takengon, Aceh Tengah pada ketinggian 1.400 mdpl, lalu diproses semi-washed.',
      '• Catatan rasa: cokelat, rempah, gula aren',
      '• Sangrai: medium',
      '• Cocok untuk V60, tubruk dan espresso',
    ]);
    expect(preview.children).to.have.length(0);
    const toggle = description.querySelector<HTMLButtonElement>('button')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(preview.id);
    expect(toggle.textContent!.trim()).to.equal('Lihat deskripsi lengkap');
    await expect(el).to.be.accessible();

    toggle.click();
    await until(() => description.querySelector('.description__body'), 'the full description');
    const body = description.querySelector('.description__body')!;
    expect(body.id).to.equal(toggle.getAttribute('aria-controls'));
    expect(body.querySelector('strong')!.textContent).to.equal('Takengon, Aceh Tengah');
    expect(body.querySelectorAll('li')).to.have.length(3);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('Ringkas deskripsi');
    await expect(el).to.be.accessible();

    toggle.click();
    await el.updateComplete;
    expect(description.querySelector('.description__body')).to.equal(null);
    expect(description.querySelector('.description__text')).to.not.equal(null);
  });

  it('shows a plain description as it is, without a toggle', async () => {
    const { el, mock } = await mount<ScalevProduct>(html`<scalev-product slug="madu-hutan-sumbawa"></scalev-product>`);
    await ready(el);
    const description = part(el, 'description')!;
    expect(description.textContent!.trim()).to.equal(mock.db.productsBySlug.get('madu-hutan-sumbawa')!.detail.description);
    expect(description.querySelector('button')).to.equal(null);
  });

  it('speaks English in the toggle', async () => {
    const { el } = await mount<ScalevProduct>(html`<scalev-product slug="kopi-arabika-gayo"></scalev-product>`, { locale: 'en' });
    await ready(el);
    const toggle = part(el, 'description')!.querySelector<HTMLButtonElement>('button')!;
    expect(toggle.textContent!.trim()).to.equal('Show the full description');
    toggle.click();
    await el.updateComplete;
    expect(toggle.textContent!.trim()).to.equal('Show less');
  });
});

describe('<scalev-product> conversion events', () => {
  // The tests below scroll the page to bring boxes on screen.
  afterEach(() => window.scrollTo(0, 0));

  const metaEvents = (mock: MockScalev) =>
    calls(mock, '/public/analytics/meta/events', 'POST').flatMap(
      (request) => (request.body as { events: Array<{ event_name: string; parameters: Record<string, unknown> }> }).events,
    );

  it('sends ViewContent once per rendered detail and AddToCart after a successful add', async () => {
    const { el, mock } = await mount<ScalevProduct>(html`<scalev-product slug="kopi-toraja-sapan"></scalev-product>`);
    await stockKnown(el, mock);
    await until(() => metaEvents(mock).some((e) => e.event_name === 'ViewContent'), 'ViewContent sent');
    await pause(100);
    expect(metaEvents(mock).filter((e) => e.event_name === 'ViewContent')).to.have.length(1);
    expect(metaEvents(mock).some((e) => e.event_name === 'AddToCart')).to.equal(false);
    part(el, 'add-button')!.click();
    await until(() => metaEvents(mock).some((e) => e.event_name === 'AddToCart'), 'AddToCart sent');
    const variant = mock.db.productsBySlug.get('kopi-toraja-sapan')!.detail.variants![0]!;
    const addToCart = metaEvents(mock).find((e) => e.event_name === 'AddToCart')!;
    expect(addToCart.parameters['value']).to.equal(parseMoney(variant.price));
  });

  it('sends ViewContent once per product per page view, however many buy boxes show it', async () => {
    const boxes = Array.from({ length: 20 }, () => html`<scalev-product slug="kopi-toraja-sapan" hide-gallery hide-description></scalev-product>`);
    const { el, mock } = await mount<HTMLElement>(html`<div>
      ${boxes}
      <scalev-product slug="gula-aren-cair" hide-gallery hide-description></scalev-product>
    </div>`);
    const products = [...el.querySelectorAll<ScalevProduct>('scalev-product')];
    await until(() => products.every((p) => part(p, 'add-button')), 'every buy box');
    // Bring each box on screen in turn, so every one of them has been seen.
    for (const product of products) {
      product.scrollIntoView({ block: 'center' });
      await pause(30);
    }
    await until(() => metaEvents(mock).filter((e) => e.event_name === 'ViewContent').length === 2, 'ViewContent of both products');
    await pause(300);
    const views = metaEvents(mock).filter((e) => e.event_name === 'ViewContent');
    expect(views).to.have.length(2);
    const toraja = mock.db.productsBySlug.get('kopi-toraja-sapan')!.detail;
    const aren = mock.db.productsBySlug.get('gula-aren-cair')!.detail;
    expect(views.map((e) => e.parameters['content_name'])).to.have.members([toraja.name, aren.name]);
    const tiktok = calls(mock, '/public/analytics/tiktok/events', 'POST');
    expect(tiktok).to.have.length(2);
  });

  it('sends ViewContent when the buy box comes on screen, not before', async () => {
    const { el, mock } = await mount<HTMLElement>(html`<div>
      <div style="height: 300vh"></div>
      <scalev-product slug="kopi-toraja-sapan"></scalev-product>
    </div>`);
    const product = el.querySelector<ScalevProduct>('scalev-product')!;
    await stockKnown(product, mock);
    await pause(300);
    expect(metaEvents(mock).some((e) => e.event_name === 'ViewContent')).to.equal(false);
    product.scrollIntoView();
    await until(() => metaEvents(mock).some((e) => e.event_name === 'ViewContent'), 'ViewContent once on screen');
  });

  it('sends no AddToCart when the cart refused the item', async () => {
    const { el, mock } = await mount<ScalevProduct>(html`<scalev-product slug="kopi-toraja-sapan"></scalev-product>`);
    await stockKnown(el, mock);
    mock.faults.add({ method: 'POST', path: '/public/cart/items', status: 500 });
    part(el, 'add-button')!.click();
    await until(() => shadow(el).querySelector('[part=error]'), 'error');
    await pause(200);
    expect(metaEvents(mock).some((e) => e.event_name === 'AddToCart')).to.equal(false);
  });
});

describe('<scalev-product> defined after it is in the page', () => {
  it('loads the slug set as a property before the upgrade', async () => {
    const { el, mock } = await mount<HTMLElement>(html`<div><late-scalev-product></late-scalev-product></div>`);
    const late = el.querySelector('late-scalev-product') as HTMLElement & { slug?: string };
    late.slug = 'kopi-toraja-sapan';
    customElements.define('late-scalev-product', class extends (customElements.get('scalev-product') as typeof ScalevProduct) {});
    await until(() => late.shadowRoot?.querySelector('[part~=add-button]'), 'buy box after a late upgrade');
    expect(calls(mock, '/public/products/kopi-toraja-sapan')).to.have.length(1);
    expect(late.shadowRoot!.querySelector('[part=not-found]')).to.equal(null);
  });
});

describe('<scalev-product> dark theme', () => {
  it('stays accessible in the dark theme', async () => {
    const { el, mock } = await mount<ScalevProduct>(html`<scalev-product theme="dark" slug="kaos-katun-nusantara"></scalev-product>`);
    await stockKnown(el, mock);
    document.body.style.background = '#111827';
    try {
      await expect(el).to.be.accessible();
    } finally {
      document.body.style.background = '';
    }
  });
});
