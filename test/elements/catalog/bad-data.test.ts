import { expect, html } from '@open-wc/testing';
import '../../../src/elements/catalog/define.js';
import type { ScalevCatalog } from '../../../src/elements/catalog/catalog.js';
import { formatMoney } from '../../../src/i18n/localize.js';
import { shadow, until } from '../../helpers/fixture.js';
import { XSS_NAME, XSS_RICH, calls, deepElements, mount, pause, xssFlag } from './helpers.js';

const realCards = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('.card:not(.card--skeleton)')];

async function ready(el: ScalevCatalog): Promise<void> {
  await until(() => realCards(el).length > 0, 'cards');
  await el.updateComplete;
}

function card(id: number, extra: Record<string, unknown>): Record<string, unknown> {
  return {
    id,
    slug: `item-${id}`,
    name: `Item ${id}`,
    entity_type: 'product',
    item_type: 'physical',
    in_stock: true,
    price_range: { min: 1000, max: 1000 },
    images: [],
    ...extra,
  };
}

describe('<scalev-catalog> bad data', () => {
  it('renders XSS payloads in names and descriptions as inert text', async () => {
    const { el } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="100"></scalev-catalog>`, {
      setup: (m) => {
        m.db.addProduct({ name: XSS_NAME, slug: 'xss-satu', description: XSS_RICH, rich_description: XSS_RICH });
        m.db.addProduct({ name: '"><svg onload="window.__xss=9">', slug: 'xss-dua' });
      },
    });
    await ready(el);
    await pause(300);
    expect(xssFlag()).to.equal(undefined);
    const shown = realCards(el).map((c) => c.querySelector('.card__open')!.textContent!.trim());
    expect(shown).to.include(XSS_NAME);
    expect(shown).to.include('"><svg onload="window.__xss=9">');
    const all = deepElements(shadow(el));
    expect(all.filter((e) => ['script', 'svg', 'iframe'].includes(e.localName))).to.have.length(0);
    expect(all.filter((e) => [...e.attributes].some((a) => a.name.startsWith('on')))).to.have.length(0);
    // Search reads the description as text: the payload is only searchable words.
    const input = shadow(el).querySelector<HTMLInputElement>('[part=search]')!;
    input.value = 'window';
    input.dispatchEvent(new Event('input'));
    await pause(200);
    expect(xssFlag()).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('renders string and number prices, null ranges, a lone range end, missing images and 100-character names', async () => {
    const longName = 'Batik Tulis Lasem Motif Latohan Warna Merah Getih Pitik Dengan Isen-isen Halus Karya Pembatik Sepuh'.padEnd(100, '.');
    const items = [
      card(1, { name: 'Harga Teks', price_range: { min: '15000.00', max: '25000' } }),
      card(2, { name: 'Harga Angka', price_range: { min: 15000, max: 15000 } }),
      card(3, { name: 'Tanpa Harga', price_range: null }),
      card(4, { name: 'Ujung Saja', price_range: { max: '30000' } }),
      card(5, { name: 'Harga Rusak', price_range: { min: 'Rp 5.000', max: null } }),
      card(6, { name: longName, images: null, meta_thumbnail: 'javascript:alert(1)' }),
      card(7, { name: 'Gambar Cadangan', images: [], meta_thumbnail: 'https://cdn.example.com/t.jpg' }),
      null,
      'bukan objek',
      card(8, { name: 'Tanpa Jenis', entity_type: undefined, in_stock: undefined }),
    ];
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog></scalev-catalog>`, {
      setup: (m) => m.faults.add({ path: '/public/items', status: 200, body: { data: items, is_paginated: true, has_next: false } }),
    });
    await ready(el);
    const byName = (name: string) => realCards(el).find((c) => c.querySelector('.card__open')!.textContent!.trim() === name)!;
    const price = (name: string) => byName(name).querySelector('[part=card-price]')!.textContent!.trim();
    expect(realCards(el)).to.have.length(8);
    expect(price('Harga Teks')).to.equal(`${formatMoney(15000, 'id')} – ${formatMoney(25000, 'id')}`);
    expect(price('Harga Angka')).to.equal(formatMoney(15000, 'id'));
    expect(price('Tanpa Harga')).to.equal('Harga belum tersedia');
    expect(price('Ujung Saja')).to.equal(formatMoney(30000, 'id'));
    expect(price('Harga Rusak')).to.equal('Harga belum tersedia');
    const long = byName(longName);
    expect(long.querySelector('img')).to.equal(null);
    expect(long.querySelector('.card__placeholder')).to.not.equal(null);
    expect(long.getBoundingClientRect().width).to.be.at.most(el.getBoundingClientRect().width);
    const clamp = long.querySelector<HTMLElement>('.card__open')!;
    expect(clamp.scrollHeight).to.be.greaterThan(clamp.clientHeight - 1);
    expect(byName('Gambar Cadangan').querySelector('img')!.getAttribute('src')).to.equal('https://cdn.example.com/t.jpg');
    expect(byName('Tanpa Jenis').querySelector('[part~=card-add-button]')).to.not.equal(null);
    expect(calls(mock, '/public/items')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('ends paging when the API repeats a cursor or claims more without one', async () => {
    const page = (ids: number[], next: string | null, hasNext: boolean) => ({
      data: ids.map((id) => card(id, {})),
      is_paginated: true,
      has_next: hasNext,
      next_cursor: next,
    });
    const { el, mock } = await mount<ScalevCatalog>(html`<scalev-catalog page-size="2"></scalev-catalog>`, {
      setup: (m) => {
        m.faults.add({ path: '/public/items', status: 200, body: page([1, 2], 'c1', true) });
        m.faults.add({ path: '/public/items', status: 200, body: page([2, 3], 'c1', true) });
      },
    });
    await ready(el);
    shadow(el).querySelector<HTMLButtonElement>('[part=load-more]')!.click();
    await until(() => realCards(el).length === 3, 'second page without the repeated item');
    expect(shadow(el).querySelector('[part=load-more]')).to.equal(null);
    expect(calls(mock, '/public/items')).to.have.length(2);

    const other = await mount<ScalevCatalog>(html`<scalev-catalog page-size="2"></scalev-catalog>`, {
      setup: (m) => m.faults.add({ path: '/public/items', status: 200, body: page([1, 2], null, true) }),
    });
    await ready(other.el);
    expect(shadow(other.el).querySelector('[part=load-more]')).to.equal(null);
  });

  it('shows the empty state for a list without a data array', async () => {
    const { el } = await mount<ScalevCatalog>(html`<scalev-catalog></scalev-catalog>`, {
      setup: (m) => m.faults.add({ path: '/public/items', status: 200, body: { data: null, is_paginated: true } }),
    });
    await until(() => !shadow(el).querySelector<HTMLElement>('[part=empty]')!.hidden, 'empty');
  });
});
