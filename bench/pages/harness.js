/**
 * In-page benchmark functions, called by `scripts/bench.mjs` through the browser driver:
 * the kit's `<scalev-catalog>` and `<scalev-cart>` against a plain hand-written DOM baseline fed the
 * same JSON from the same API in the same page, and mount/unmount cycles for the memory check.
 * Element code is loaded before any timing starts: these measure rendering, not downloading.
 */
const cfg = document.body.dataset;
const stage = document.getElementById('stage');
const money = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });
const headers = { 'X-Scalev-Storefront-Api-Key': cfg.key, Accept: 'application/json' };
const api = (path) => `${cfg.api}/v3/stores/${cfg.store}/public${path}`;

/** Resolves once the frame after the current work has been produced. */
const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Resolves when `check()` holds, re-checking on every DOM change under `root`. */
function whenTrue(root, check, timeoutMs = 20000) {
  return new Promise((resolve, reject) => {
    if (check()) return resolve();
    const observer = new MutationObserver(() => {
      if (check()) {
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      }
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('timed out waiting for the DOM'));
    }, timeoutMs);
  });
}

function newStore() {
  const store = document.createElement('scalev-store');
  store.setAttribute('store-id', cfg.store);
  store.setAttribute('storefront-key', cfg.key);
  store.setAttribute('api-base', cfg.api);
  return store;
}

function price(range) {
  const min = range?.min == null ? null : Number(range.min);
  const max = range?.max == null ? null : Number(range.max);
  if (min === null) return 'Harga belum tersedia';
  return max !== null && max !== min ? `${money.format(min)} – ${money.format(max)}` : money.format(min);
}

window.bench = {
  /** `<scalev-catalog>` from creation to `n` cards painted (loading further pages as a buyer would). */
  async kitCatalog(n) {
    await window.ScalevElements.load('scalev-catalog');
    stage.textContent = '';
    const started = performance.now();
    const store = newStore();
    const catalog = document.createElement('scalev-catalog');
    catalog.setAttribute('page-size', String(Math.min(n, 100)));
    store.append(catalog);
    stage.append(store);
    let clickedAt = -1;
    const cards = () => catalog.shadowRoot?.querySelectorAll('[part~="card"]:not([aria-hidden="true"])').length ?? 0;
    await whenTrue(catalog.shadowRoot ?? catalog, () => {
      const count = cards();
      if (count >= n) return true;
      const more = catalog.shadowRoot?.querySelector('[part~="load-more"]:not([disabled])');
      if (more && count > clickedAt) {
        clickedAt = count;
        more.click();
      }
      return false;
    });
    await nextPaint();
    const ms = performance.now() - started;
    const shown = cards();
    stage.textContent = '';
    return { ms, shown };
  },

  /** The hand-written baseline: fetch the same pages, build the same cards with createElement. */
  async baselineCatalog(n) {
    stage.textContent = '';
    const started = performance.now();
    const grid = document.createElement('ul');
    grid.className = 'plain-grid';
    stage.append(grid);
    let cursor = null;
    let shown = 0;
    while (shown < n) {
      const url = new URL(api('/items'));
      url.searchParams.set('page_size', String(Math.min(100, n)));
      if (cursor) url.searchParams.set('next_cursor', cursor);
      const response = await fetch(url, { headers, credentials: 'omit' });
      const page = await response.json();
      const fragment = document.createDocumentFragment();
      for (const item of page.data) {
        const li = document.createElement('li');
        li.className = 'plain-card';
        const img = document.createElement('img');
        img.src = item.images?.[0] ?? item.meta_thumbnail ?? '';
        img.alt = '';
        img.loading = 'lazy';
        img.width = 400;
        img.height = 400;
        const name = document.createElement('h3');
        name.textContent = item.name;
        const cost = document.createElement('p');
        cost.textContent = price(item.price_range);
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = item.is_multiple ? 'Pilih varian' : 'Tambah ke keranjang';
        li.append(img, name, cost, button);
        fragment.append(li);
      }
      grid.append(fragment);
      shown += page.data.length;
      cursor = page.next_cursor;
      if (!page.has_next || !cursor) break;
    }
    await nextPaint();
    const ms = performance.now() - started;
    stage.textContent = '';
    return { ms, shown };
  },

  /** Mounts an inline `<scalev-cart>` (the page's guest cart) and waits for its first line. */
  async kitCartReady() {
    await window.ScalevElements.load('scalev-cart');
    stage.textContent = '';
    const store = newStore();
    const cart = document.createElement('scalev-cart');
    cart.setAttribute('mode', 'inline');
    store.append(cart);
    stage.append(store);
    await whenTrue(cart.shadowRoot ?? cart, () => Boolean(cart.shadowRoot?.querySelector('[part~="line"] [part~="quantity-increase"]')));
    window.__kitCart = cart;
  },

  /** One quantity change in the kit's cart: click to the line total showing the new amount. */
  async kitCartStep(up) {
    const root = window.__kitCart.shadowRoot;
    const total = root.querySelector('[part~="line-total"]');
    const before = total.textContent;
    const button = root.querySelector(`[part~="line"] [part~="${up ? 'quantity-increase' : 'quantity-decrease'}"]`);
    const started = performance.now();
    const changed = whenTrue(root, () => root.querySelector('[part~="line-total"]')?.textContent !== before, 5000);
    button.click();
    await changed;
    return performance.now() - started;
  },

  /** The baseline cart: the same cart JSON rendered by hand, + / − update the DOM and send the same PATCH. */
  async baselineCartReady(token) {
    stage.textContent = '';
    const response = await fetch(api('/cart'), { headers: { ...headers, 'X-Scalev-Guest-Token': token }, credentials: 'omit' });
    const cart = await response.json();
    const item = cart.items[0];
    // Cart lines carry ids only: price them as the kit does, with the batched pricing route.
    const pricing = await (await fetch(api(`/variants/pricing?ids=${item.variant_id}`), { headers, credentials: 'omit' })).json();
    const priced = (pricing.data ?? pricing.variants ?? []).find?.((v) => Number(v.id ?? v.variant_id) === item.variant_id);
    const unit = Number(priced?.price ?? priced?.final_price ?? 0) || 10000;
    let quantity = item.quantity;
    const list = document.createElement('ul');
    list.className = 'plain-cart';
    const li = document.createElement('li');
    const qty = document.createElement('span');
    const total = document.createElement('strong');
    const minus = document.createElement('button');
    const plus = document.createElement('button');
    minus.textContent = '−';
    plus.textContent = '+';
    const render = () => {
      qty.textContent = String(quantity);
      total.textContent = money.format(unit * quantity);
    };
    const change = (delta) => {
      quantity = Math.max(1, quantity + delta);
      render();
      void fetch(api(`/cart/items/${item.id}`), {
        method: 'PATCH',
        headers: { ...headers, 'Content-Type': 'application/json', 'X-Scalev-Guest-Token': token },
        body: JSON.stringify({ quantity }),
        credentials: 'omit',
      });
    };
    minus.addEventListener('click', () => change(-1));
    plus.addEventListener('click', () => change(1));
    render();
    li.append(minus, qty, plus, total);
    list.append(li);
    stage.append(list);
    window.__plainCart = { list, plus, minus, total };
  },

  async baselineCartStep(up) {
    const { list, plus, minus, total } = window.__plainCart;
    const before = total.textContent;
    const started = performance.now();
    const changed = whenTrue(list, () => total.textContent !== before, 5000);
    (up ? plus : minus).click();
    await changed;
    return performance.now() - started;
  },

  /**
   * Clicks add-to-cart in a buy box and counts animation frames until the cart badge shows the
   * new count. Returns frames, milliseconds, and whether the add request was still in flight.
   */
  async badgeFrames() {
    const product = document.querySelector('scalev-product');
    const cart = document.querySelector('scalev-cart');
    const badge = () => cart.shadowRoot.querySelector('[part~="badge"]');
    const before = badge()?.hidden ? '0' : badge()?.textContent.trim();
    const button = product.shadowRoot.querySelector('[part~="add-button"]');
    let settled = false;
    const onAdded = () => (settled = true);
    document.addEventListener('scalev-add-to-cart', onAdded, { once: true });
    const started = performance.now();
    button.click();
    const text = () => {
      const now = badge();
      return now && !now.hidden ? now.textContent.trim() : '0';
    };
    // Where the update lands: in the click's own microtasks, in a following task, or in frame N.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    let stage = text() !== before ? 'microtask' : '';
    if (!stage) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (text() !== before) stage = 'task';
    }
    let frames = 0;
    return new Promise((resolve) => {
      const tick = () => {
        frames++;
        const after = text();
        if (after !== before || frames > 120) {
          resolve({ frames: stage ? 0 : frames, stage: stage || `frame ${frames}`, ms: performance.now() - started, inFlight: !settled, before, after });
          return;
        }
        requestAnimationFrame(tick);
      };
      if (stage) resolve({ frames: 0, stage, ms: performance.now() - started, inFlight: !settled, before, after: text() });
      else requestAnimationFrame(tick);
    });
  },

  /** Mounts `<tag>` with `attributes` inside one store `cycles` times, waiting for each to settle, then removes it. */
  async mountCycles(tag, attributes, cycles) {
    await window.ScalevElements.load(tag);
    if (!customElements.get(tag)) throw new Error(`<${tag}> is not defined`);
    let store = stage.querySelector('scalev-store');
    if (!store) {
      store = newStore();
      stage.append(store);
    }
    for (let i = 0; i < cycles; i++) {
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      store.append(element);
      await element.updateComplete;
      // Let its first load land (cached after the first cycle) before it goes.
      for (let frame = 0; frame < 4 && element.matches(':state(loading)'); frame++) await nextPaint();
      await element.updateComplete;
      element.remove();
    }
    await nextPaint();
    return stage.querySelectorAll('*').length;
  },
};
document.body.dataset.ready = 'true';
