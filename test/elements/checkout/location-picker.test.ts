import { expect, fixture, html, aTimeout, waitUntil } from '@open-wc/testing';
import { ScalevStore } from '../../../src/elements/store/scalev-store.js';
import '../../../src/ui/location-picker.js';
import type { ScalevLocationPicker, LocationChangeDetail } from '../../../src/ui/location-picker.js';

ScalevStore.define();
let stores = 0;

/*
 * The picker is tested against a small scripted location API (not the shared mock) so request
 * timing can be asserted exactly: how many searches a burst of typing sends, and that a slow,
 * stale answer never overwrites a newer one.
 */

interface Call {
  url: URL;
  signal: AbortSignal | null | undefined;
}

const LOCATIONS = [
  { id: 9089, subdistrict_name: 'Cempaka Putih', city_name: 'Kota Jakarta Pusat', province_name: 'DKI Jakarta', display: 'Cempaka Putih, Kota Jakarta Pusat, DKI Jakarta' },
  { id: 9090, subdistrict_name: 'Gambir', city_name: 'Kota Jakarta Pusat', province_name: 'DKI Jakarta', display: 'Gambir, Kota Jakarta Pusat, DKI Jakarta' },
  { id: 501, subdistrict_name: 'Coblong', city_name: 'Kota Bandung', province_name: 'Jawa Barat', display: 'Coblong, Kota Bandung, Jawa Barat' },
];

function fakeApi(options: { delays?: Record<string, number>; fail?: (url: URL) => Response | null } = {}) {
  const calls: Call[] = [];
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    calls.push({ url, signal: init?.signal });
    const search = url.searchParams.get('search') ?? '';
    const delay = options.delays?.[search] ?? 0;
    if (delay) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, delay);
        init?.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    }
    const failure = options.fail?.(url);
    if (failure) return failure;
    const p = url.pathname;
    if (p.endsWith('/public/locations')) {
      const term = search.toLowerCase();
      return json({ data: LOCATIONS.filter((l) => l.display.toLowerCase().includes(term)), is_paginated: true, has_next: false });
    }
    if (p.endsWith('/public/locations/provinces')) {
      return json({ data: [{ province_id: 31, province_name: 'DKI Jakarta' }, { province_id: 32, province_name: 'Jawa Barat' }], is_paginated: false });
    }
    if (p.endsWith('/public/locations/cities')) {
      const province = url.searchParams.get('province_id');
      return json({ data: province === '31' ? [{ city_id: 3171, city_name: 'Kota Jakarta Pusat' }] : [{ city_id: 3273, city_name: 'Kota Bandung' }], is_paginated: false });
    }
    if (p.endsWith('/public/locations/subdistricts')) {
      const city = url.searchParams.get('city_id');
      return json({ data: LOCATIONS.filter((l) => (city === '3171' ? l.city_name.includes('Jakarta') : l.city_name.includes('Bandung'))), is_paginated: false });
    }
    const postal = /\/public\/locations\/(\d+)\/postal-codes$/.exec(p);
    if (postal) {
      const id = Number(postal[1]);
      const codes = id === 9090 ? ['10110'] : id === 9089 ? ['10510', '10520'] : [];
      return json({ data: codes.map((postal_code) => ({ postal_code })), is_paginated: false });
    }
    return json({ message: 'Not found' }, 404);
  }) as typeof fetch;
  return { fetch: fetchImpl, calls };
}

async function mount(api: ReturnType<typeof fakeApi>, attrs = html``) {
  const store = await fixture<ScalevStore>(html`<scalev-store
    store-id=${`store_picker_${++stores}_${Date.now().toString(36)}`}
    storefront-key="sfpk_test"
    api-base="https://api.test"
    locale="en"
    .fetcher=${api.fetch}
    ><scalev-location-picker required>${attrs}</scalev-location-picker></scalev-store
  >`);
  const el = store.querySelector('scalev-location-picker') as ScalevLocationPicker;
  await el.updateComplete;
  await waitUntil(() => (el as unknown as { storefront?: unknown }).storefront, 'picker found its store');
  return el;
}

function root(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

function combo(el: ScalevLocationPicker): HTMLInputElement {
  return root(el).querySelector('input[role="combobox"]') as HTMLInputElement;
}

async function type(el: ScalevLocationPicker, text: string) {
  const input = combo(el);
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

function key(el: ScalevLocationPicker, name: string) {
  combo(el).dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
}

const searches = (api: ReturnType<typeof fakeApi>) => api.calls.filter((c) => c.url.pathname.endsWith('/public/locations'));

describe('scalev-location-picker', function () {
  // Multi-step journeys against the mock; the machine may be busy with other suites.
  this.timeout(30_000);
  it('sends one search per pause in typing and shows the results as an ARIA listbox', async () => {
    const api = fakeApi();
    const el = await mount(api);
    for (const text of ['g', 'ga', 'gam', 'gamb', 'gambi']) {
      await type(el, text);
      await aTimeout(60);
    }
    expect(searches(api)).to.have.length(0);
    await waitUntil(() => searches(api).length === 1, 'one search after the pause');
    expect(searches(api)[0]!.url.searchParams.get('search')).to.equal('gambi');
    await waitUntil(() => root(el).querySelectorAll('[role="option"]').length === 1, 'one option');
    const input = combo(el);
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    const list = root(el).getElementById(input.getAttribute('aria-controls')!);
    expect(list?.getAttribute('role')).to.equal('listbox');
    await aTimeout(400);
    expect(searches(api)).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('places the open list under the field (Floating UI, loaded when the field is first used)', async () => {
    const api = fakeApi();
    const el = await mount(api);
    await type(el, 'jakarta');
    await waitUntil(() => root(el).querySelectorAll('[role="option"]').length === 2, 'two options');
    const popup = root(el).querySelector('.popup') as HTMLElement;
    await waitUntil(() => popup.style.top !== '', 'list placed');
    const field = combo(el).getBoundingClientRect();
    const list = popup.getBoundingClientRect();
    expect(getComputedStyle(popup).visibility).to.equal('visible');
    expect(Math.abs(list.left - field.left)).to.be.lessThan(2);
    expect(list.top).to.be.greaterThan(field.bottom - 1);
    expect(Math.abs(list.width - field.width)).to.be.lessThan(2);
  });

  it('is usable by keyboard: arrows move, Enter chooses, the single postal code is picked', async () => {
    const api = fakeApi();
    const el = await mount(api);
    const changes: LocationChangeDetail[] = [];
    el.addEventListener('scalev-location-change', (e) => changes.push(e.detail));
    await type(el, 'jakarta');
    await waitUntil(() => root(el).querySelectorAll('[role="option"]').length === 2, 'two options');
    key(el, 'ArrowDown');
    await el.updateComplete;
    const input = combo(el);
    expect(input.getAttribute('aria-activedescendant')).to.match(/-opt-0$/);
    key(el, 'ArrowDown');
    await el.updateComplete;
    const activeId = input.getAttribute('aria-activedescendant')!;
    expect(root(el).getElementById(activeId)?.textContent).to.contain('Gambir');
    expect(root(el).getElementById(activeId)?.getAttribute('aria-selected')).to.equal('true');
    key(el, 'Enter');
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(el.value?.id).to.equal(9090);
    expect(input.value).to.equal('Gambir, Kota Jakarta Pusat, DKI Jakarta');
    await waitUntil(() => el.postalCode === '10110', 'single postal code picked automatically');
    expect(changes.at(-1)).to.deep.equal({ location: LOCATIONS[1], postalCode: '10110' });
    expect(el.validate()).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('Escape closes the list, a second Escape clears the field', async () => {
    const api = fakeApi();
    const el = await mount(api);
    await type(el, 'jakarta');
    await waitUntil(() => combo(el).getAttribute('aria-expanded') === 'true', 'list open');
    key(el, 'Escape');
    await el.updateComplete;
    expect(combo(el).getAttribute('aria-expanded')).to.equal('false');
    // Up on the closed list opens it on its last option, and wraps back to the first.
    key(el, 'ArrowUp');
    await el.updateComplete;
    expect(combo(el).getAttribute('aria-expanded')).to.equal('true');
    expect(combo(el).getAttribute('aria-activedescendant')).to.match(/-opt-1$/);
    key(el, 'ArrowDown');
    await el.updateComplete;
    expect(combo(el).getAttribute('aria-activedescendant')).to.match(/-opt-0$/);
    key(el, 'Escape');
    await el.updateComplete;
    expect(combo(el).getAttribute('aria-expanded')).to.equal('false');
    key(el, 'Escape');
    await el.updateComplete;
    expect(combo(el).value).to.equal('');
  });

  it('Home, End and the side arrows move the caret and take visual focus back to the field, the list stays open', async () => {
    const api = fakeApi();
    const el = await mount(api);
    await type(el, 'jakarta');
    await waitUntil(() => combo(el).getAttribute('aria-expanded') === 'true', 'list open');
    for (const name of ['Home', 'End', 'ArrowLeft', 'ArrowRight']) {
      key(el, 'ArrowDown');
      await el.updateComplete;
      expect(combo(el).getAttribute('aria-activedescendant'), `an option active before ${name}`).to.match(/-opt-\d$/);
      key(el, name);
      await el.updateComplete;
      expect(combo(el).getAttribute('aria-activedescendant') ?? '', `${name}: no option active`).to.equal('');
      expect(root(el).querySelector('[role="option"][aria-selected="true"]'), `${name}: no option selected`).to.equal(null);
      expect(combo(el).getAttribute('aria-expanded')).to.equal('true');
    }
  });

  it('ignores a slow stale answer that arrives after a newer one', async () => {
    const api = fakeApi({ delays: { jakarta: 700 } });
    const el = await mount(api);
    await type(el, 'jakarta');
    await waitUntil(() => searches(api).length === 1, 'first search sent');
    await type(el, 'bandung');
    await waitUntil(() => searches(api).length === 2, 'second search sent');
    expect(searches(api)[0]!.signal?.aborted, 'the stale request was aborted').to.equal(true);
    await waitUntil(() => root(el).querySelectorAll('[role="option"]').length === 1, 'bandung result');
    await aTimeout(800);
    const options = [...root(el).querySelectorAll('[role="option"]')].map((o) => o.textContent ?? '');
    expect(options).to.have.length(1);
    expect(options[0]).to.contain('Coblong');
  });

  it('offers several postal codes in a select and requires one', async () => {
    const api = fakeApi();
    const el = await mount(api);
    await type(el, 'cempaka');
    await waitUntil(() => root(el).querySelectorAll('[role="option"]').length === 1, 'option');
    (root(el).querySelector('[role="option"]') as HTMLElement).click();
    await waitUntil(() => root(el).querySelector('select[name="shipping_postal_code"]'), 'postal select');
    expect(el.postalCode).to.equal('');
    expect(el.validate()).to.equal(false);
    await el.updateComplete;
    expect(root(el).textContent).to.contain('Choose the postal code.');
    const select = root(el).querySelector('select[name="shipping_postal_code"]') as HTMLSelectElement;
    select.value = '10520';
    select.dispatchEvent(new Event('change'));
    expect(el.postalCode).to.equal('10520');
    expect(el.validate()).to.equal(true);
  });

  it('shows a search failure with a retry that works', async () => {
    let failing = true;
    const api = fakeApi({
      fail: (url) =>
        failing && url.pathname.endsWith('/public/locations')
          ? new Response('Too many requests', { status: 429, headers: { 'Content-Type': 'text/plain', 'X-Ratelimit-Reset': String(Math.floor(Date.now() / 1000) + 60) } })
          : null,
    });
    const el = await mount(api);
    await type(el, 'gambir');
    await waitUntil(() => root(el).querySelector('.popup__status--error'), 'error shown');
    expect(root(el).querySelector('.popup__status--error')?.textContent).to.match(/Too many requests/i);
    failing = false;
    (root(el).querySelector('.popup__status--error button') as HTMLButtonElement).click();
    await waitUntil(() => root(el).querySelectorAll('[role="option"]').length === 1, 'results after retry');
  });

  it('cascade: province → city → district → postal code', async () => {
    const api = fakeApi();
    const el = await mount(api);
    el.mode = 'cascade';
    await waitUntil(() => root(el).querySelectorAll('select[name="shipping_province"] option').length === 3, 'provinces');
    const pick = async (name: string, value: string) => {
      const select = root(el).querySelector(`select[name="${name}"]`) as HTMLSelectElement;
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    await pick('shipping_province', '31');
    await waitUntil(() => root(el).querySelectorAll('select[name="shipping_city"] option').length === 2, 'cities');
    await pick('shipping_city', '3171');
    await waitUntil(() => root(el).querySelectorAll('select[name="shipping_location_id"] option').length === 3, 'districts');
    await pick('shipping_location_id', '9090');
    expect(el.value?.display).to.equal('Gambir, Kota Jakarta Pusat, DKI Jakarta');
    await waitUntil(() => el.postalCode === '10110', 'postal code');
    await expect(el).to.be.accessible();
  });

  it('cascade opens on a chosen location, matched by its names', async () => {
    const api = fakeApi();
    const el = await mount(api);
    el.value = LOCATIONS[1]!;
    el.mode = 'cascade';
    const select = (name: string) => root(el).querySelector(`select[name="${name}"]`) as HTMLSelectElement | null;
    await waitUntil(() => select('shipping_location_id')?.value === '9090', 'restored down to the district');
    expect(select('shipping_province')!.value).to.equal('31');
    expect(select('shipping_city')!.value).to.equal('3171');
    expect(el.value?.id).to.equal(9090);
  });

  it('falls back to typing the postal code when the location has none', async () => {
    const api = fakeApi();
    const el = await mount(api);
    await type(el, 'coblong');
    await waitUntil(() => root(el).querySelectorAll('[role="option"]').length === 1, 'option');
    (root(el).querySelector('[role="option"]') as HTMLElement).click();
    await waitUntil(() => root(el).querySelector('input[name="shipping_postal_code"]:not([readonly])'), 'postal input');
    const input = root(el).querySelector('input[name="shipping_postal_code"]') as HTMLInputElement;
    input.value = '40132abc';
    input.dispatchEvent(new Event('input'));
    expect(el.postalCode).to.equal('40132');
    expect(el.validate()).to.equal(true);
  });
});
