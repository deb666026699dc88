import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/catalog/define.js';
import type { ScalevCatalog } from '../../../src/elements/catalog/catalog.js';
import { formatMoney } from '../../../src/i18n/localize.js';
import { parseMoney } from '../../../src/api/money.js';
import type { MockScalev } from '../../../src/mock/index.js';
import { shadow, until } from '../../helpers/fixture.js';
import { calls, emptyCatalog, mount, pause } from './helpers.js';

const realCards = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('.card:not(.card--skeleton)')];
const names = (el: Element) => realCards(el).map((card) => card.querySelector('.card__open')!.textContent!.trim());
const summary = (el: Element) => shadow(el).querySelector('.summary')!.textContent!.trim();
const listed = (mock: MockScalev) => mock.db.catalog.filter((entry) => entry.record.listed);
const nf = (n: number) => new Intl.NumberFormat('id-ID').format(n);

function hasState(el: Element, name: string): boolean {
  try {
    return el.matches(`:state(${name})`);
  } catch {
    return el.matches(`:--${name}`);
  }
}

async function ready(el: ScalevCatalog): Promise<void> {
  await until(() => realCards(el).length > 0 || shadow(el).querySelector('[role=alert]') || hasState(el, 'empty'), 'catalog settled');
  await el.updateComplete;
}

describe('<scalev-catalog> loading and states', () => {
  it('shows skeletons, the loading state and a busy list while the first page loads', async () => {
    const { el } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="8"></scalev-catalog>`, {
      mockOptions: { latencyMs: 100000 },
    });
    const skeletons = shadow(el).querySelectorAll('.card--skeleton');
    expect(skeletons.length).to.equal(8);
    expect(shadow(el).querySelector('.grid')!.getAttribute('aria-busy')).to.equal('true');
    expect(hasState(el, 'loading')).to.equal(true);
    expect(summary(el)).to.equal('Memuat produk…');
    await expect(el).to.be.accessible();
  });

  it('renders the first page with exactly one request, then no count or categories until the buyer acts', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog></scalev-catalog>`);
    await ready(el);
    await pause(100);
    expect(realCards(el).length).to.equal(Math.min(24, listed(mock).length));
    expect(mock.requests.map((r) => r.path.replace(/^\/v3\/stores\/[^/]+/, ''))).to.deep.equal(['/public/items']);
    expect(hasState(el, 'loading')).to.equal(false);
    expect(summary(el)).to.equal(`${nf(24)} produk dimuat`);
    await expect(el).to.be.accessible();
  });

  it('asks for the total once the buyer interacts, and shows "N dari M produk"', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog></scalev-catalog>`);
    await ready(el);
    el.dispatchEvent(new Event('pointerover'));
    el.dispatchEvent(new Event('focusin'));
    await until(() => summary(el).includes('dari'), 'count shown');
    expect(calls(mock, '/public/items/count').length).to.equal(1);
    expect(summary(el)).to.equal(`${nf(24)} dari ${nf(listed(mock).length)} produk`);
  });

  it('knows the total without asking when the first page is the last', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="100"></scalev-catalog>`);
    await ready(el);
    el.dispatchEvent(new Event('pointerover'));
    await pause(50);
    const total = listed(mock).length;
    expect(total).to.be.below(100);
    expect(realCards(el).length).to.equal(total);
    expect(summary(el)).to.equal(`${nf(total)} dari ${nf(total)} produk`);
    expect(calls(mock, '/public/items/count')).to.have.length(0);
    expect(shadow(el).querySelector('[part=load-more]')).to.equal(null);
  });

  it('shows the empty state (slot default) and the empty custom state for a store without items', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog></scalev-catalog>`, { setup: emptyCatalog });
    await until(() => hasState(el, 'empty'), 'empty state');
    const empty = shadow(el).querySelector<HTMLElement>('[part=empty]')!;
    expect(empty.hidden).to.equal(false);
    expect(empty.textContent).to.contain('Belum ada produk di toko ini.');
    expect(realCards(el)).to.have.length(0);
    expect(shadow(el).querySelector('[part=load-more]')).to.equal(null);
    expect(summary(el)).to.equal('');
    expect(calls(mock, '/public/items')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('lets the merchant replace the empty message through the empty slot', async () => {
    const { el } = await mount<ScalevCatalog>(
      html`<scalev-catalog><p slot="empty">Segera hadir</p></scalev-catalog>`,
      { setup: emptyCatalog },
    );
    await until(() => hasState(el, 'empty'), 'empty state');
    const slot = shadow(el).querySelector<HTMLSlotElement>('slot[name=empty]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Segera hadir');
  });
});

describe('<scalev-catalog> failures', () => {
  it('shows a server error with a retry that really asks again', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog></scalev-catalog>`, {
      setup: (m) => m.faults.add({ path: '/public/items', status: 500, body: { message: 'boom' } }),
    });
    await until(() => hasState(el, 'error'), 'error state');
    const alert = shadow(el).querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('Toko sedang mengalami gangguan');
    expect(realCards(el)).to.have.length(0);
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('[part=retry-button]')!.click();
    await until(() => realCards(el).length > 0, 'cards after retry');
    expect(calls(mock, '/public/items')).to.have.length(2);
    expect(hasState(el, 'error')).to.equal(false);
  });

  it('reports the failure as scalev-error with the operation', async () => {
    const errors: string[] = [];
    const listener = (event: Event) => errors.push((event as CustomEvent).detail.operation);
    document.addEventListener('scalev-error', listener);
    try {
      const { el } = await mount<ScalevCatalog>(html`<scalev-catalog></scalev-catalog>`, {
        setup: (m) => m.faults.add({ path: '/public/items', status: 500 }),
      });
      await until(() => hasState(el, 'error'), 'error state');
      expect(errors).to.include('catalog.load');
    } finally {
      document.removeEventListener('scalev-error', listener);
    }
  });

  it('explains a plain-text 429 with the seconds to wait', async () => {
    const { el } = await mount<ScalevCatalog>(html`<scalev-catalog></scalev-catalog>`, {
      setup: (m) =>
        m.faults.add({
          path: '/public/items',
          status: 429,
          body: 'Too many requests',
          contentType: 'text/plain',
          headers: { 'X-Ratelimit-Reset': String(Math.floor(Date.now() / 1000) + 30) },
        }),
    });
    await until(() => hasState(el, 'error'), 'error state');
    expect(shadow(el).querySelector('[role=alert]')!.textContent).to.match(/Coba lagi dalam (29|30|31) detik/);
  });

  it('says the store did not answer in time on a timeout', async () => {
    const { el } = await mount<ScalevCatalog>(html`<scalev-catalog></scalev-catalog>`, {
      timeout: 300,
      setup: (m) => m.faults.add({ path: '/public/items', kind: 'timeout' }),
    });
    await until(() => hasState(el, 'error'), 'error state');
    expect(shadow(el).querySelector('[role=alert]')!.textContent).to.contain('tidak menjawab tepat waktu');
  });

  it('says the buyer is offline when the request cannot leave', async () => {
    const { el } = await mount<ScalevCatalog>(html`<scalev-catalog></scalev-catalog>`, {
      setup: (m) => m.faults.add({ path: '/public/items', kind: 'offline' }),
    });
    await until(() => hasState(el, 'error'), 'error state');
    expect(shadow(el).querySelector('[role=alert]')!.textContent).to.contain('Periksa koneksi internet');
  });

  it('says the answer could not be read on malformed JSON', async () => {
    const { el } = await mount<ScalevCatalog>(html`<scalev-catalog></scalev-catalog>`, {
      setup: (m) => m.faults.add({ path: '/public/items', kind: 'malformed' }),
    });
    await until(() => hasState(el, 'error'), 'error state');
    expect(shadow(el).querySelector('[role=alert]')!.textContent).to.contain('tidak dapat dibaca');
  });

  it('shows the setup message when the store is not found', async () => {
    const { el } = await mount<ScalevCatalog>(html`<scalev-catalog></scalev-catalog>`, {
      setup: (m) => m.faults.add({ path: '/public/items', status: 404, body: { message: 'Store not found' } }),
    });
    await until(() => shadow(el).querySelector('[part=problem]'), 'problem shown');
    expect(shadow(el).querySelector('[part=problem]')!.textContent).to.contain('allowed origin');
  });
});

describe('<scalev-catalog> paging', () => {
  it('loads further pages with the cursor until the end, without duplicates', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="10"></scalev-catalog>`);
    await ready(el);
    const total = listed(mock).length;
    expect(realCards(el)).to.have.length(10);
    let pages = 1;
    while (shadow(el).querySelector('[part=load-more]')) {
      const before = realCards(el).length;
      shadow(el).querySelector<HTMLButtonElement>('[part=load-more]')!.click();
      await until(() => realCards(el).length > before, `page ${pages + 1}`);
      await el.updateComplete;
      pages++;
      expect(pages).to.be.below(20);
    }
    expect(realCards(el)).to.have.length(total);
    expect(new Set(names(el)).size).to.equal(total);
    const itemCalls = calls(mock, '/public/items');
    expect(itemCalls).to.have.length(Math.ceil(total / 10));
    const cursors = itemCalls.slice(1).map((r) => new URL(r.url).searchParams.get('next_cursor'));
    expect(cursors.every(Boolean)).to.equal(true);
    expect(new Set(cursors).size).to.equal(cursors.length);
    for (const request of itemCalls) expect(new URL(request.url).searchParams.get('page_size')).to.equal('10');
    // Everything loaded: the total is known without the count route.
    expect(summary(el)).to.equal(`${nf(total)} dari ${nf(total)} produk`);
    await expect(el).to.be.accessible();
  });

  it('a retry pressed from the keyboard leaves the focus on the first card, not on the page', async () => {
    const { el } = await mount<ScalevCatalog>(html`<scalev-catalog></scalev-catalog>`, {
      setup: (m) => m.faults.add({ path: '/public/items', status: 500, body: { message: 'boom' } }),
    });
    await until(() => hasState(el, 'error'), 'error state');
    shadow(el).querySelector<HTMLButtonElement>('[part=retry-button]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => realCards(el).length > 0, 'cards after retry');
    await until(() => shadow(el).activeElement === shadow(el).querySelector('.card__open'), 'focus on the first card');
  });

  it('"load more" fetching the last page moves focus to the first new card instead of dropping it with the button', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="20"></scalev-catalog>`);
    await ready(el);
    const total = listed(mock).length;
    expect(total, 'one more page in the demo catalogue').to.be.within(21, 40);
    shadow(el).querySelector<HTMLButtonElement>('[part=load-more]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => realCards(el).length === total, 'last page loaded');
    expect(shadow(el).querySelector('[part=load-more]'), 'no more pages: the button is gone').to.equal(null);
    await until(() => shadow(el).activeElement === realCards(el)[20]!.querySelector('.card__open'), 'focus on the first new card');
    // Focusing scrolled the page: let its scroll event pass here, not in a later test's catalogue.
    window.scrollTo(0, 0);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });

  it('keeps the loaded cards and offers a retry when a later page fails', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="5"></scalev-catalog>`);
    await ready(el);
    mock.faults.add({ path: '/public/items', status: 503 });
    shadow(el).querySelector<HTMLButtonElement>('[part=load-more]')!.click();
    await until(() => shadow(el).querySelector('[part=footer] [role=alert]'), 'load-more error');
    expect(realCards(el)).to.have.length(5);
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('[part=footer] [part=retry-button]')!.click();
    await until(() => realCards(el).length === 10, 'second page after retry');
    expect(shadow(el).querySelector('[part=footer] [role=alert]')).to.equal(null);
  });

  it('pages through a 10 000-item store 50 at a time, never rendering it all', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="50"></scalev-catalog>`, {
      mockOptions: { itemCount: 10000 },
    });
    await ready(el);
    expect(realCards(el)).to.have.length(50);
    el.dispatchEvent(new Event('pointerover'));
    await until(() => summary(el).includes('dari'), 'count shown');
    expect(summary(el)).to.equal(`50 dari ${nf(listed(mock).length)} produk`);
    expect(listed(mock).length).to.be.at.least(10000);
    shadow(el).querySelector<HTMLButtonElement>('[part=load-more]')!.click();
    await until(() => realCards(el).length === 100, 'second page');
    expect(calls(mock, '/public/items')).to.have.length(2);
  });

  it('clamps page-size to 1–100 and reloads when it changes', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="500"></scalev-catalog>`, {
      mockOptions: { itemCount: 300 },
    });
    await ready(el);
    expect(new URL(calls(mock, '/public/items')[0]!.url).searchParams.get('page_size')).to.equal('100');
    expect(realCards(el)).to.have.length(100);
    el.pageSize = 7;
    await until(() => realCards(el).length === 7, 'reloaded with 7');
    expect(new URL(calls(mock, '/public/items')[1]!.url).searchParams.get('page_size')).to.equal('7');
  });

  it('loads the next page by itself with infinite-scroll once the buyer scrolls to the end', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="4" infinite-scroll></scalev-catalog>`);
    await ready(el);
    // Reaching the end without scrolling is not intent: nothing more is fetched.
    await pause(200);
    expect(calls(mock, '/public/items')).to.have.length(1);
    // The load-more button stays as the fallback (for keyboards, and when scrolling cannot be seen).
    expect(shadow(el).querySelector('[part=load-more]')).to.not.equal(null);
    shadow(el).querySelector('[part=footer]')!.scrollIntoView();
    window.dispatchEvent(new Event('scroll'));
    await until(() => realCards(el).length >= 8, 'next page from scrolling');
    expect(calls(mock, '/public/items').length).to.be.at.least(2);
  });
});

describe('<scalev-catalog> cards', () => {
  it('formats prices and ranges in rupiah for the locale', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog></scalev-catalog>`);
    await ready(el);
    const gayo = mock.db.productsBySlug.get('kopi-arabika-gayo')!;
    const prices = (gayo.detail.variants ?? []).map((v) => parseMoney(v.price)!);
    const card = realCards(el).find((c) => c.textContent!.includes('Kopi Arabika Gayo'))!;
    expect(card.querySelector('[part=card-price]')!.textContent!.trim()).to.equal(
      `${formatMoney(Math.min(...prices), 'id')} – ${formatMoney(Math.max(...prices), 'id')}`,
    );
    const toraja = realCards(el).find((c) => c.textContent!.includes('Kopi Toraja'))!;
    const torajaPrice = parseMoney(mock.db.productsBySlug.get('kopi-toraja-sapan')!.detail.variants![0]!.price)!;
    expect(toraja.querySelector('[part=card-price]')!.textContent!.trim()).to.equal(formatMoney(torajaPrice, 'id'));
  });

  it('uses English strings and formats with locale="en"', async () => {
    const { el } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="5"></scalev-catalog>`, { locale: 'en' });
    await ready(el);
    expect(shadow(el).querySelector('[part=load-more]')!.textContent!.trim()).to.equal('Load more');
    expect(summary(el)).to.equal('5 products loaded');
    expect(shadow(el).querySelector('[part=search]')!.getAttribute('placeholder')).to.equal('Search products…');
    expect(realCards(el)[0]!.querySelector('[part=card-price]')!.textContent).to.match(/IDR|Rp/);
  });

  it('lazy-loads every card image with its size set, and draws a placeholder without one', async () => {
    const { el } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="100"></scalev-catalog>`, {
      setup: (m) => m.db.addProduct({ name: 'Tanpa Gambar', slug: 'tanpa-gambar', images: [], meta_thumbnail: null }),
    });
    await ready(el);
    const images = [...shadow(el).querySelectorAll('img')];
    expect(images.length).to.be.greaterThan(10);
    for (const img of images) {
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
      expect(Number(img.getAttribute('width'))).to.be.greaterThan(0);
      expect(Number(img.getAttribute('height'))).to.be.greaterThan(0);
    }
    const bare = realCards(el).find((c) => c.textContent!.includes('Tanpa Gambar'))!;
    expect(bare.querySelector('img')).to.equal(null);
    expect(bare.querySelector('.card__placeholder')).to.not.equal(null);
  });

  it('marks out-of-stock items and disables their button with a clear label', async () => {
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="100"></scalev-catalog>`, {
      setup: (m) => m.db.addProduct({ name: 'Habis Terjual', slug: 'habis-terjual', variants: [{ price: 1000, available_qty: 0 }] }),
    });
    await ready(el);
    expect(mock.db.productsBySlug.get('habis-terjual')).to.not.equal(undefined);
    const card = realCards(el).find((c) => c.textContent!.includes('Habis Terjual'))!;
    expect(card.classList.contains('card--sold-out')).to.equal(true);
    expect(card.querySelector('.badge--sold-out')!.textContent).to.equal('Stok habis');
    const button = card.querySelector<HTMLButtonElement>('[part~=card-button]')!;
    expect(button.disabled).to.equal(true);
    expect(button.textContent!.trim()).to.equal('Stok habis');
    await expect(el).to.be.accessible();
  });

  it('marks bundles and offers options only for products that need a choice', async () => {
    const { el } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="100"></scalev-catalog>`);
    await ready(el);
    const bundle = realCards(el).find((c) => c.querySelector('.badge--bundle'))!;
    expect(bundle.querySelector('.badge--bundle')!.textContent).to.equal('Paket');
    expect(bundle.querySelector('[part~=card-add-button]')).to.not.equal(null);
    const gayo = realCards(el).find((c) => c.textContent!.includes('Kopi Arabika Gayo'))!;
    expect(gayo.querySelector('[part~=card-choose-button]')!.textContent!.trim()).to.equal('Pilih varian');
    const toraja = realCards(el).find((c) => c.textContent!.includes('Kopi Toraja'))!;
    expect(toraja.querySelector('[part~=card-add-button]')!.getAttribute('aria-label')).to.equal(
      'Tambah Kopi Toraja Sapan 250 g ke keranjang',
    );
  });

  it('reflects columns and hides toolbar parts on request', async () => {
    const { el } = await mount<ScalevCatalog>(
      html`<scalev-catalog columns="3" hide-search hide-sort hide-filters></scalev-catalog>`,
    );
    await ready(el);
    expect(el.getAttribute('columns')).to.equal('3');
    expect(getComputedStyle(el).getPropertyValue('--_scalev-catalog-columns').trim()).to.equal('3');
    expect(shadow(el).querySelector('[part=toolbar]')).to.equal(null);
    expect(shadow(el).querySelector('[part=search]')).to.equal(null);
    expect(shadow(el).querySelector('[part=sort]')).to.equal(null);
    expect(shadow(el).querySelector('[part=filter-toggle]')).to.equal(null);
  });

  it('links cards to the merchant product page when product-url is set, with no dialog', async () => {
    const { el } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="100"></scalev-catalog>`, {
      productUrl: '/produk/{slug}?jenis={type}',
    });
    await ready(el);
    const link = realCards(el)[0]!.querySelector<HTMLAnchorElement>('a.card__open')!;
    expect(link.getAttribute('href')).to.match(/^\/produk\/[a-z0-9-]+\?jenis=product$/);
    const bundleLink = realCards(el)
      .find((c) => c.querySelector('.badge--bundle'))!
      .querySelector<HTMLAnchorElement>('a.card__open')!;
    expect(bundleLink.getAttribute('href')).to.match(/\?jenis=bundle$/);
    realCards(el)[0]!.querySelector<HTMLAnchorElement>('a.card__open')!.addEventListener('click', (e) => e.preventDefault());
    realCards(el)[0]!.querySelector<HTMLAnchorElement>('a.card__open')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('scalev-product')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<scalev-catalog> defined after it is in the page', () => {
  it('uses properties set before the upgrade for its first request', async () => {
    const { el, mock } = await mount<HTMLElement>(html`<div><late-scalev-catalog></late-scalev-catalog></div>`);
    const late = el.querySelector('late-scalev-catalog') as HTMLElement & { pageSize?: number };
    late.pageSize = 6;
    customElements.define('late-scalev-catalog', class extends (customElements.get('scalev-catalog') as typeof ScalevCatalog) {});
    await until(() => realCards(late).length > 0, 'cards after a late upgrade');
    const items = calls(mock, '/public/items');
    expect(items).to.have.length(1);
    expect(new URL(items[0]!.url).searchParams.get('page_size')).to.equal('6');
    expect(realCards(late)).to.have.length(6);
  });
});

describe('<scalev-catalog> dark theme', () => {
  it('stays accessible in the dark theme, sold-out and bundle badges included', async () => {
    const { el } = await mount<ScalevCatalog>(html`<scalev-catalog theme="dark" page-size="100"></scalev-catalog>`, {
      setup: (m) => m.db.addProduct({ name: 'Habis', slug: 'habis-gelap', variants: [{ price: 1000, available_qty: 0 }] }),
    });
    await until(() => realCards(el).length > 0, 'cards');
    document.body.style.background = '#111827';
    try {
      await expect(el).to.be.accessible();
    } finally {
      document.body.style.background = '';
    }
  });
});
