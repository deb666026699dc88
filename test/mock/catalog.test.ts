import { expect } from '@open-wc/testing';
import { createMockScalev, type MockScalev } from '../../src/mock/index.js';
import { call, expectOnlyKeys } from './helpers.js';

describe('mock catalog (CONTRACT §2)', () => {
  let mock: MockScalev;
  beforeEach(() => {
    mock = createMockScalev();
  });

  it('pages through every listed item with opaque cursors, forwards and back', async () => {
    const count = (await call(mock, 'GET', '/public/items/count')).data.total as number;
    expect(count).to.be.within(24, 40);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: any = (await call(mock, 'GET', `/public/items?page_size=10${cursor ? `&next_cursor=${encodeURIComponent(cursor)}` : ''}`)).data;
      expect(page.is_paginated).to.equal(true);
      expect(page.page_size).to.equal(10);
      expect(page.has_previous).to.equal(pages > 0);
      for (const item of page.data) seen.push(`${item.entity_type}:${item.id}`);
      cursor = page.next_cursor;
      expect(page.has_next).to.equal(cursor !== null);
      pages++;
    } while (cursor);
    expect(seen).to.have.length(count);
    expect(new Set(seen).size).to.equal(count);
    expect(pages).to.equal(Math.ceil(count / 10));

    const second = (await call(mock, 'GET', '/public/items?page_size=10')).data;
    const next = (await call(mock, 'GET', `/public/items?page_size=10&next_cursor=${second.next_cursor}`)).data;
    const back = (await call(mock, 'GET', `/public/items?page_size=10&previous_cursor=${next.previous_cursor}`)).data;
    expect(back.data.map((i: any) => i.id)).to.deep.equal(second.data.map((i: any) => i.id));
  });

  it('defaults to 24 per page, caps page_size at 100 and refuses forged cursors', async () => {
    expect((await call(mock, 'GET', '/public/items')).data.data).to.have.length(24);
    expect((await call(mock, 'GET', '/public/items?page_size=500')).data.page_size).to.equal(100);
    const forged = await call(mock, 'GET', '/public/items?next_cursor=not-a-cursor');
    expect(forged.status).to.equal(400);
    expect(forged.data.error_code).to.equal('invalid_cursor');
    const both = await call(mock, 'GET', '/public/items?next_cursor=a&previous_cursor=b');
    expect(both.status).to.equal(400);
  });

  it('mixes product and bundle cards, told apart by entity_type', async () => {
    const items = (await call(mock, 'GET', '/public/items?page_size=100')).data.data as any[];
    const product = items.find((i) => i.entity_type === 'product')!;
    const bundle = items.find((i) => i.entity_type === 'bundle_price_option')!;
    expect(product.item_type).to.be.a('string');
    expect(product).not.to.have.property('variants');
    expect(product).not.to.have.property('rich_description');
    expect(bundle).not.to.have.property('item_type');
    expect(bundle.bundle_price_option_id).to.equal(bundle.id);
    expect(bundle.bundle_id).to.be.a('number');
    for (const item of items) {
      expect(item.images, item.slug).to.be.an('array');
      expect(typeof item.in_stock).to.equal('boolean');
      expect(item).to.have.property('price_range');
    }
    // Prices arrive both as decimal strings and as numbers.
    const types = new Set(items.map((i) => typeof i.price_range?.min));
    expect(types).to.include('string');
    expect(types).to.include('number');
    expect(items.some((i) => i.images.length === 0), 'a product without images').to.equal(true);
  });

  it('hides unlisted products from the list but serves them by slug', async () => {
    const items = (await call(mock, 'GET', '/public/items?page_size=100')).data.data as any[];
    expect(items.some((i) => i.slug === 'sarung-tenun-samarinda')).to.equal(false);
    const hidden = await call(mock, 'GET', '/public/products/sarung-tenun-samarinda');
    expect(hidden.status).to.equal(200);
    expect(hidden.data.variants[0].id).to.equal(494593);
  });

  it('returns product detail with purchasable variants, option names and unique ids', async () => {
    const reply = await call(mock, 'GET', '/public/products/kaos-katun-nusantara');
    const product = reply.data;
    expect([product.option1_name, product.option2_name, product.option3_name]).to.deep.equal(['Ukuran', 'Warna', 'Lengan']);
    expect(product.variants).to.have.length(24);
    const inactive = product.variants.filter((v: any) => v.is_active === false);
    expect(inactive.map((v: any) => v.option2_value)).to.deep.equal(['Hijau Army', 'Hijau Army']);
    for (const v of product.variants) {
      expect(v.unique_id, 'analytics need unique ids').to.match(/^var_/);
      expect(v.option3_value).to.be.oneOf(['Pendek', 'Panjang']);
    }
    expect((await call(mock, 'GET', '/public/products/tidak-ada')).status).to.equal(404);
  });

  it('keeps the course variant uuid equal to the seeded course', async () => {
    const course = (await call(mock, 'GET', '/public/products/kelas-fotografi-produk-hp')).data;
    expect(course.item_type).to.equal('course');
    expect(mock.db.courses[0]!.variantUuid).to.equal(course.variants[0].uuid);
    const ebook = (await call(mock, 'GET', '/public/products/ebook-resep-warisan-nusantara')).data;
    expect(ebook.item_type).to.equal('digital');
    const subscription = (await call(mock, 'GET', '/public/products/kopi-club-langganan')).data;
    expect(subscription.variants.map((v: any) => [v.pricing_type, v.interval])).to.deep.equal([
      ['recurring', 'month'],
      ['recurring', 'month'],
      ['recurring', 'month'],
    ]);
  });

  it('reports a fully sold-out product as out of stock', async () => {
    const madu = (await call(mock, 'GET', '/public/products/madu-hutan-sumbawa')).data;
    expect(madu.in_stock).to.equal(false);
  });

  it('returns bundle detail with bundlelines that name existing variants', async () => {
    const bundle = (await call(mock, 'GET', '/public/bundle-price-options/paket-ngopi-nusantara')).data;
    expect(bundle.bundle_price_option_id).to.equal(31925);
    expect(bundle.bundlelines.map((l: any) => l.variant_id)).to.deep.equal([494535, 494541, 494545]);
    for (const line of bundle.bundlelines) {
      expectOnlyKeys(line, ['variant_id', 'quantity', 'variant_name', 'product_name'], 'bundle line');
      expect(mock.db.variants.has(line.variant_id)).to.equal(true);
    }
    expect((await call(mock, 'GET', '/public/bundle-price-options/none')).status).to.equal(404);
  });

  it('lists categories of visible products in a closed envelope', async () => {
    const reply = (await call(mock, 'GET', '/public/categories')).data;
    expectOnlyKeys(reply, ['data', 'is_paginated'], 'envelope');
    expect(reply.is_paginated).to.equal(false);
    expect(reply.data.length).to.be.within(4, 8);
    for (const c of reply.data) expectOnlyKeys(c, ['id', 'name', 'full_path'], 'category');
  });

  it('lists payment methods as closed objects with flat VA codes', async () => {
    const methods = (await call(mock, 'GET', '/public/payment-methods')).data.data as any[];
    const codes = methods.map((m) => m.code);
    expect(codes).to.include.members(['bank_transfer', 'va_bca', 'qris', 'gopay', 'cod', 'alfamart']);
    expect(codes).not.to.include('no_payment');
    for (const m of methods) expectOnlyKeys(m, ['code', 'label', 'description', 'enabled', 'requires_redirect', 'metadata'], m.code);
    expect(methods.find((m) => m.code === 'gopay')!.requires_redirect).to.equal(true);
    expect(methods.find((m) => m.code === 'bank_transfer')!.requires_redirect).to.equal(false);
  });

  it('prices a batch of variants, null availability for unlimited ones, unknown ids skipped', async () => {
    const reply = await call(mock, 'GET', '/public/variants/pricing?ids=494535,494602,494540,999999,abc');
    const data = reply.data.data as any[];
    expect(data.map((d) => d.variant_id)).to.deep.equal([494535, 494602, 494540]);
    expect(data[0]).to.deep.equal({ variant_id: 494535, price: '89000.00', currency: 'IDR', available: true, available_qty: 40 });
    expect(data[1].available_qty).to.equal(null);
    expect(data[2].available).to.equal(false);
  });

  it('reports availability with in/low/out of stock', async () => {
    const status = async (id: number) => (await call(mock, 'GET', `/public/variants/${id}/availability`)).data.stock_status;
    expect(await status(494535)).to.equal('in_stock');
    expect(await status(494539)).to.equal('low_stock');
    expect(await status(494540)).to.equal('out_of_stock');
    expect(await status(494554), 'inactive variant').to.equal('out_of_stock');
    expect((await call(mock, 'GET', '/public/variants/123/availability')).status).to.equal(404);
  });

  it('serves odd test data exactly as added', async () => {
    const longName = 'Produk dengan nama yang sangat panjang sekali untuk menguji pemotongan teks pada kartu katalog ok'.padEnd(100, '!');
    const added = mock.db.addProduct({
      slug: 'produk-aneh',
      name: longName,
      description: '<img src=x onerror="alert(1)"><b>tebal</b>',
      price_range: null,
      images: [],
      variants: [
        { price: '15000.00', available_qty: 2 },
        { price: 20000, name: '<script>alert(1)</script>' },
      ],
    });
    expect(added.name).to.have.length(100);
    const detail = (await call(mock, 'GET', '/public/products/produk-aneh')).data;
    expect(detail.price_range).to.equal(null);
    expect(detail.images).to.deep.equal([]);
    expect(detail.description).to.equal('<img src=x onerror="alert(1)"><b>tebal</b>');
    expect(detail.variants[0].price).to.equal('15000.00');
    expect(detail.variants[1].price).to.equal(20000);
    expect(detail.variants[1].name).to.equal('<script>alert(1)</script>');
    const availability = (await call(mock, 'GET', `/public/variants/${detail.variants[0].id}/availability`)).data;
    expect(availability.available_qty).to.equal(2);
    const count = (await call(mock, 'GET', '/public/items/count')).data.total;
    const ids = [];
    let cursor: string | null = null;
    do {
      const page: any = (await call(mock, 'GET', `/public/items?page_size=100${cursor ? `&next_cursor=${cursor}` : ''}`)).data;
      ids.push(...page.data.map((i: any) => i.slug));
      cursor = page.next_cursor;
    } while (cursor);
    expect(ids).to.include('produk-aneh');
    expect(ids).to.have.length(count);
  });

  it('pads the catalogue for scale tests', async () => {
    const big = createMockScalev({ itemCount: 10_000 });
    expect((await call(big, 'GET', '/public/items/count')).data.total).to.equal(10_000);
    const page = (await call(big, 'GET', '/public/items?page_size=100')).data;
    expect(page.data).to.have.length(100);
    expect(page.has_next).to.equal(true);
  });
});
