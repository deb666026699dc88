import { expect } from '@open-wc/testing';
import { catalogCache } from '../../src/state/catalog-cache.js';
import { catalogFacts } from '../../src/state/catalog-facts.js';
import { clearCartStorage, count, newMock, openTab, uniqueStoreId } from '../elements/cart/helpers.js';

const GAYO = 494535;
const GAYO_500 = 494536;

describe('catalog cache', () => {
  afterEach(() => clearCartStorage());

  it('keeps what a buy box asked before the catalogue cache existed: one request per fact', async () => {
    const storeId = uniqueStoreId();
    const tab = openTab(newMock(storeId), storeId);
    const facts = catalogFacts(tab.sf);
    const product = await facts.product('kopi-arabika-gayo');
    await facts.pricingMany([GAYO]);
    const cache = catalogCache(tab.sf);
    expect(await cache.product('kopi-arabika-gayo')).to.equal(product);
    await cache.pricingMany([GAYO]);
    expect(count(tab, 'GET /public/products/kopi-arabika-gayo')).to.equal(1);
    expect(count(tab, 'GET /public/variants/pricing')).to.equal(1);
    // Once the catalogue cache exists, a buy box asks it.
    expect(catalogFacts(tab.sf)).to.equal(cache);
  });

  it('batches prices asked through both in the same tick into one call', async () => {
    const storeId = uniqueStoreId();
    const tab = openTab(newMock(storeId), storeId);
    const facts = catalogFacts(tab.sf);
    const cache = catalogCache(tab.sf);
    const [a, b] = await Promise.all([facts.pricingMany([GAYO]), cache.pricingMany([GAYO_500])]);
    expect(a.has(GAYO) && b.has(GAYO_500)).to.equal(true);
    expect(count(tab, 'GET /public/variants/pricing')).to.equal(1);
  });
});
