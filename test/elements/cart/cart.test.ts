import { aTimeout, expect, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/elements/cart/define.js';
import type { ScalevCart } from '../../../src/elements/cart/cart.js';
import { cartStore, type CartStore } from '../../../src/state/cart.js';
import { QUANTITY_CHANGE_EVENT } from '../../../src/ui/quantity-stepper.js';
import { clearCartStorage, count, mountCart, newMock, storageKey, uniqueStoreId, type MountedCart } from './helpers.js';
import { until } from '../../helpers/fixture.js';

const GAYO = 494535;
const TAMBI = 494543;
const LUWAK = 494542;
const gayo = {
  name: 'Kopi Arabika Gayo',
  options: ['Biji Utuh', '250 g'],
  unitPrice: 89000,
  productSlug: 'kopi-arabika-gayo',
  image: 'https://img.example/gayo.jpg',
  maxQuantity: 40,
};
const tambi = { name: 'Teh Hijau Tambi', options: ['Tubruk 100 g'], unitPrice: 32000, maxQuantity: null };

function root(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

function q<T extends Element = HTMLElement>(el: Element, selector: string): T | null {
  return root(el).querySelector<T>(selector);
}

function all<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...root(el).querySelectorAll<T>(selector)];
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function storeOf(el: ScalevCart): CartStore {
  return el.store!;
}

/** Waits for the store and, in inline mode, for the lazily loaded panel. */
async function ready(el: ScalevCart): Promise<void> {
  await until(() => el.store, 'cart store loaded');
  if (el.mode === 'inline') await until(() => q(el, '[part~="panel"]'), 'panel loaded');
  await el.updateComplete;
}

/** Opens the drawer or popover and waits for its panel. */
async function openCart(el: ScalevCart): Promise<void> {
  el.open = true;
  await until(() => q(el, '[part~="panel"]'), 'panel shown');
  await el.updateComplete;
}

async function settle(el: ScalevCart): Promise<void> {
  await storeOf(el).flush();
  await el.updateComplete;
}

/** The element focused inside the cart's shadow root, or null when focus is elsewhere. */
function focused(el: Element): Element | null {
  return root(el).activeElement;
}

function qa(el: Element, selector: string): Element[] {
  const found: Element[] = [];
  const walk = (root: ParentNode) => {
    root.querySelectorAll('*').forEach((node) => {
      if (node.matches(selector)) found.push(node);
      if (node.shadowRoot) walk(node.shadowRoot);
    });
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return found;
}

describe('<scalev-cart>', () => {
  afterEach(() => {
    clearCartStorage();
    document.body.style.minHeight = '';
  });

  describe('drawer (default)', () => {
    it('shows a count button and makes no cart request while the cart is empty', async () => {
      const { el, tab } = await mountCart<ScalevCart>(html`<scalev-cart></scalev-cart>`);
      await ready(el);
      await until(() => storeOf(el).status === 'ready', 'ready');
      await el.updateComplete;
      const trigger = q<HTMLButtonElement>(el, '[part~="trigger"]')!;
      expect(trigger.getAttribute('aria-label')).to.equal('Keranjang, 0 barang');
      expect(trigger.getAttribute('aria-expanded')).to.equal('false');
      expect(q(el, '[part~="badge"]')!.hidden).to.equal(true);
      expect(tab.sent.filter((line) => line.includes('/cart'))).to.deep.equal([]);
      expect(el.matches(':state(empty)')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('updates the badge within a frame of an add while the request is still in flight', async () => {
      const { el, mock } = await mountCart<ScalevCart>(html`<scalev-cart></scalev-cart>`);
      await ready(el);
      mock.options.latencyMs = 1000;
      const adding = storeOf(el).add({ type: 'variant', variantId: GAYO, quantity: 2, display: gayo });
      // Lit renders in a microtask: the badge is updated before the next frame can be painted.
      await el.updateComplete;
      expect(text(q(el, '[part~="badge"]'))).to.equal('2');
      expect(q(el, '[part~="trigger"]')!.getAttribute('aria-label')).to.equal('Keranjang, 2 barang');
      expect(mock.requests.filter((r) => r.path.endsWith('/public/cart/items')), 'answer not in yet').to.have.length(0);
      mock.options.latencyMs = 0;
      await adding;
    });

    it('opens with Enter, keeps Tab inside, closes with Escape and gives focus back to the button', async () => {
      const { el } = await mountCart<ScalevCart>(html`<scalev-cart></scalev-cart>`);
      await ready(el);
      await storeOf(el).add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      await el.updateComplete;
      const trigger = q<HTMLButtonElement>(el, '[part~="trigger"]')!;
      trigger.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => q<HTMLDialogElement>(el, 'dialog')?.open, 'drawer open');
      const dialog = q<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.matches(':modal')).to.equal(true);
      expect(el.open).to.equal(true);
      expect(el.matches(':state(open)')).to.equal(true);
      expect(trigger.getAttribute('aria-expanded')).to.equal('true');
      expect(dialog.contains(focused(el)), 'focus moved into the drawer').to.equal(true);
      expect(focused(el), 'the first control, not the last (checkout)').to.equal(q(el, '[part~="close-button"]'));

      const seen = new Set<Element>();
      for (let i = 0; i < 12; i++) {
        await sendKeys({ press: 'Tab' });
        const now = focused(el);
        expect(now && dialog.contains(now), `Tab #${i + 1} stays inside the drawer`).to.equal(true);
        seen.add(now!);
      }
      expect(seen.size, 'Tab walks through the drawer controls').to.be.greaterThan(3);
      // Shift+Tab from the first control wraps to the last one.
      q<HTMLButtonElement>(el, '[part~="close-button"]')!.focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focused(el)).to.equal(q(el, '[part~="checkout-button"]'));
      await sendKeys({ press: 'Tab' });
      expect(focused(el), 'and Tab from the last wraps to the first').to.equal(q(el, '[part~="close-button"]'));

      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(el.open).to.equal(false);
      expect(focused(el)).to.equal(trigger);
    });

    it('closes on a backdrop click and on the close button', async () => {
      const { el } = await mountCart<ScalevCart>(html`<scalev-cart></scalev-cart>`);
      await ready(el);
      q<HTMLButtonElement>(el, '[part~="trigger"]')!.click();
      await until(() => q<HTMLDialogElement>(el, 'dialog')?.open, 'drawer open');
      const dialog = q<HTMLDialogElement>(el, 'dialog')!;
      // The drawer sits at the inline end; the far left of the viewport is backdrop.
      await sendMouse({ type: 'click', position: [5, 200] });
      await el.updateComplete;
      expect(dialog.open).to.equal(false);

      el.open = true;
      await el.updateComplete;
      expect(dialog.open).to.equal(true);
      // A click inside the panel does not close it.
      q<HTMLElement>(el, '.heading')!.click();
      await el.updateComplete;
      expect(dialog.open).to.equal(true);
      q<HTMLButtonElement>(el, '[part~="close-button"]')!.click();
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
    });

    it('is accessible open, with lines', async () => {
      const { el } = await mountCart<ScalevCart>(html`<scalev-cart></scalev-cart>`);
      await ready(el);
      await storeOf(el).add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      await openCart(el);
      expect(q(el, 'dialog')!.getAttribute('aria-labelledby')).to.equal('heading');
      await expect(el).to.be.accessible();
    });
  });

  describe('lines', () => {
    async function inlineWithLines(): Promise<MountedCart<ScalevCart>> {
      const mounted = await mountCart<ScalevCart>(html`<scalev-cart mode="inline"></scalev-cart>`, {
        urls: { product: '/produk/{slug}' },
      });
      await ready(mounted.el);
      await storeOf(mounted.el).add({ type: 'variant', variantId: GAYO, quantity: 2, display: gayo });
      await storeOf(mounted.el).add({ type: 'variant', variantId: TAMBI, quantity: 1, display: tambi });
      await mounted.el.updateComplete;
      return mounted;
    }

    it('shows image, name, options, unit price, stepper, line total and remove, a subtotal and checkout', async () => {
      const { el } = await inlineWithLines();
      const lines = all(el, '[part~="line"]');
      expect(lines).to.have.length(2);
      const first = lines[0]!;
      expect(first.querySelector<HTMLImageElement>('[part~="line-image"]')!.getAttribute('src')).to.equal(gayo.image);
      const name = first.querySelector<HTMLAnchorElement>('[part~="line-name"]')!;
      expect(text(name)).to.equal('Kopi Arabika Gayo');
      expect(name.getAttribute('href')).to.equal('/produk/kopi-arabika-gayo');
      expect(text(first.querySelector('[part~="line-options"]'))).to.equal('Biji Utuh · 250 g');
      expect(text(first.querySelector('[part~="price"]'))).to.match(/Rp\s?89\.000 per barang/);
      expect(first.querySelector<HTMLInputElement>('input[type="number"]')!.value).to.equal('2');
      expect(text(first.querySelector('[part~="line-total"]'))).to.match(/Rp\s?178\.000/);
      expect(first.querySelector('[part~="remove-button"]')!.getAttribute('aria-label')).to.equal('Hapus Kopi Arabika Gayo dari keranjang');
      expect(text(lines[1]!.querySelector('[part~="line-image"]'))).to.equal('');
      expect(text(q(el, '[part~="subtotal"]'))).to.match(/Subtotal\s?Rp\s?210\.000/);
      expect(q(el, '[part~="checkout-button"]')).to.not.equal(null);
      expect(el.matches(':state(empty)')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('turns five quick + clicks into one PATCH with the last value, showing each at once', async () => {
      const { el, mock } = await inlineWithLines();
      const plus = () => q<HTMLButtonElement>(el, '[part~="line"] [part~="quantity-increase"]')!;
      for (let i = 0; i < 5; i++) {
        plus().click();
        await el.updateComplete;
      }
      expect(q<HTMLInputElement>(el, '[part~="line"] input')!.value).to.equal('7');
      expect(text(q(el, '[part~="subtotal"]'))).to.match(/Rp\s?655\.000/);
      await settle(el);
      const patches = mock.requests.filter((r) => r.method === 'PATCH');
      expect(patches).to.have.length(1);
      expect(patches[0]!.body).to.deep.equal({ quantity: 7 });
    });

    it('cannot go below 1 with the stepper; removing is its own button', async () => {
      const { el, mock } = await inlineWithLines();
      const line = () => all(el, '[part~="line"]')[1]!;
      const minus = line().querySelector<HTMLButtonElement>('[part~="quantity-decrease"]')!;
      expect(minus.getAttribute('aria-disabled')).to.equal('true');
      minus.click();
      await settle(el);
      expect(mock.requests.filter((r) => r.method === 'PATCH' || r.method === 'DELETE')).to.have.length(0);

      line().querySelector<HTMLButtonElement>('[part~="remove-button"]')!.click();
      await el.updateComplete;
      expect(all(el, '[part~="line"]'), 'gone at once').to.have.length(1);
      await settle(el);
      expect(mock.requests.filter((r) => r.method === 'DELETE')).to.have.length(1);
      expect(text(root(el).querySelector('[role="status"]'))).to.equal('Teh Hijau Tambi dihapus dari keranjang. 2 barang di keranjang');
      expect(focused(el), 'focus stays in the cart').to.equal(q(el, '.heading'));
    });

    it('stops the + button at availability', async () => {
      const { el } = await mountCart<ScalevCart>(html`<scalev-cart mode="inline"></scalev-cart>`);
      await ready(el);
      await storeOf(el).add({ type: 'variant', variantId: LUWAK, quantity: 3, display: { name: 'Kopi Luwak', unitPrice: 350000, maxQuantity: 3 } });
      await el.updateComplete;
      expect(q(el, '[part~="quantity-increase"]')!.getAttribute('aria-disabled')).to.equal('true');
      expect(text(q(el, '[part~="stock"]'))).to.equal('Stok tersisa 3');
    });

    it('puts a refused change back and says why, with a way to dismiss the message', async () => {
      const { el, mock } = await inlineWithLines();
      mock.faults.add({ method: 'PATCH', path: '/public/cart/items/*', status: 400, body: { error: 'Only 2 left in stock', error_code: 'insufficient_stock' } });
      q<HTMLButtonElement>(el, '[part~="quantity-increase"]')!.click();
      await el.updateComplete;
      expect(q<HTMLInputElement>(el, '[part~="line"] input')!.value).to.equal('3');
      const errors: Event[] = [];
      el.addEventListener('scalev-error', (e) => errors.push(e));
      await settle(el);
      await el.updateComplete;
      expect(q<HTMLInputElement>(el, '[part~="line"] input')!.value).to.equal('2');
      const alert = q(el, '[role="alert"]')!;
      expect(text(alert)).to.contain('Jumlah tidak dapat diubah.');
      expect(text(alert)).to.contain('Only 2 left in stock');
      expect(el.matches(':state(error)')).to.equal(true);
      expect(errors).to.have.length(1);
      await expect(el).to.be.accessible();
      q<HTMLButtonElement>(el, '[part~="dismiss-button"]')!.click();
      await el.updateComplete;
      expect(q(el, '[role="alert"]')).to.equal(null);
    });

    it('names a line the catalog never showed with a neutral placeholder, priced by the batch', async () => {
      const storeId = uniqueStoreId();
      const mock = newMock(storeId);
      // A cart filled elsewhere: this browser only has the token.
      const { addItem } = await import('../../../src/api/cart.js');
      const { openTab } = await import('./helpers.js');
      const other = openTab(mock, storeId);
      await addItem(other.sf.http, { type: 'variant', variant_id: GAYO, quantity: 1 });
      localStorage.removeItem(storageKey(storeId, 'cart'));
      const { el } = await mountCart<ScalevCart>(html`<scalev-cart mode="inline"></scalev-cart>`, { mock, storeId });
      await ready(el);
      await until(() => text(q(el, '[part~="line-total"]')).includes('89.000'), 'priced');
      expect(text(q(el, '[part~="line-name"]'))).to.equal(`Produk #${GAYO}`);
      expect(text(q(el, '[part~="subtotal"]'))).to.match(/Rp\s?89\.000/);
    });

    it('renders merchant and buyer text as text, never as HTML', async () => {
      const { el } = await mountCart<ScalevCart>(html`<scalev-cart mode="inline"></scalev-cart>`);
      await ready(el);
      const payload = '<img src=x onerror="window.__xss=1">';
      await storeOf(el).add({
        type: 'variant',
        variantId: GAYO,
        quantity: 1,
        display: { name: `${payload}${'Nama panjang sekali '.repeat(5)}`, options: [payload], unitPrice: 89000, image: 'javascript:window.__xss=2', maxQuantity: 40 },
      });
      await el.updateComplete;
      await aTimeout(50);
      expect((window as unknown as { __xss?: unknown }).__xss).to.equal(undefined);
      expect(root(el).querySelector('img[onerror]')).to.equal(null);
      expect(text(q(el, '[part~="line-name"]'))).to.contain(payload);
      expect(text(q(el, '[part~="line-options"]'))).to.equal(payload);
    });
  });

  describe('states', () => {
    it('shows a loading placeholder, then the cart', async () => {
      const storeId = uniqueStoreId();
      localStorage.setItem(storageKey(storeId, 'guest-token'), '00000000-0000-4000-8000-000000000000');
      const mock = newMock(storeId, { latencyMs: 100000 });
      const { el } = await mountCart<ScalevCart>(html`<scalev-cart mode="inline"></scalev-cart>`, { mock, storeId });
      await ready(el);
      expect(q(el, '[part~="skeleton"]')).to.not.equal(null);
      expect(el.matches(':state(loading)')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('shows the empty state with the merchant words from the empty slot', async () => {
      const { el } = await mountCart<ScalevCart>(
        html`<scalev-cart mode="inline"><p slot="empty">Belum ada belanjaan. Yuk mampir ke katalog!</p></scalev-cart>`,
      );
      await ready(el);
      await until(() => storeOf(el).status === 'ready', 'ready');
      await el.updateComplete;
      const slot = q<HTMLSlotElement>(el, 'slot[name="empty"]')!;
      expect(text(slot.assignedElements()[0])).to.equal('Belum ada belanjaan. Yuk mampir ke katalog!');
      expect(q(el, '[part~="checkout-button"]'), 'nothing to check out').to.equal(null);
      expect(el.matches(':state(empty)')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('shows a load failure with a retry that works', async () => {
      const storeId = uniqueStoreId();
      const mock = newMock(storeId);
      const { openTab } = await import('./helpers.js');
      await cartStore(openTab(mock, storeId).sf).add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      localStorage.removeItem(storageKey(storeId, 'cart'));
      mock.faults.add({ method: 'GET', path: '/public/cart', status: 503, body: 'Service Unavailable', contentType: 'text/plain' });
      const { el } = await mountCart<ScalevCart>(html`<scalev-cart mode="inline"></scalev-cart>`, { mock, storeId });
      await ready(el);
      await until(() => storeOf(el).status === 'error', 'error');
      await el.updateComplete;
      const alert = q(el, '[role="alert"]')!;
      expect(text(alert)).to.contain('Keranjang tidak dapat dimuat.');
      expect(el.matches(':state(error)')).to.equal(true);
      await expect(el).to.be.accessible();
      q<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
      await until(() => all(el, '[part~="line"]').length === 1, 'loaded after retry');
      expect(q(el, '[role="alert"]')).to.equal(null);
    });

    it('recovers from a stale token without an error page', async () => {
      const storeId = uniqueStoreId();
      localStorage.setItem(storageKey(storeId, 'guest-token'), '00000000-0000-4000-8000-000000000000');
      const mock = newMock(storeId);
      mock.faults.add({ method: 'GET', path: '/public/cart', status: 404, body: { message: 'Cart not found' } });
      const { el } = await mountCart<ScalevCart>(html`<scalev-cart mode="inline"></scalev-cart>`, { mock, storeId });
      await ready(el);
      await until(() => storeOf(el).status === 'ready', 'ready');
      await el.updateComplete;
      expect(q(el, '[role="alert"]')).to.equal(null);
      expect(q(el, '[part~="empty"]')).to.not.equal(null);
    });

    it('keeps the cart over a reload', async () => {
      const first = await mountCart<ScalevCart>(html`<scalev-cart mode="inline"></scalev-cart>`);
      await ready(first.el);
      await storeOf(first.el).add({ type: 'variant', variantId: GAYO, quantity: 2, display: gayo });
      first.store.remove();
      const again = await mountCart<ScalevCart>(html`<scalev-cart mode="inline"></scalev-cart>`, { mock: first.mock, storeId: first.storeId });
      await ready(again.el);
      await until(() => storeOf(again.el).status === 'ready', 'loaded');
      await again.el.updateComplete;
      expect(text(q(again.el, '[part~="line-name"]'))).to.equal('Kopi Arabika Gayo');
      expect(q<HTMLInputElement>(again.el, '[part~="line"] input')!.value).to.equal('2');
      expect(count(again.tab, 'GET /public/cart')).to.equal(1);
    });

    it('announces the count in a live region', async () => {
      const { el } = await mountCart<ScalevCart>(html`<scalev-cart></scalev-cart>`);
      await ready(el);
      await until(() => storeOf(el).status === 'ready', 'ready');
      await el.updateComplete;
      await storeOf(el).add({ type: 'variant', variantId: GAYO, quantity: 3, display: gayo });
      await el.updateComplete;
      expect(text(root(el).querySelector('[role="status"]'))).to.equal('3 barang di keranjang');
    });
  });

  describe('many widgets, many tabs', () => {
    it('keeps two carts on one page in sync at no extra request', async () => {
      const { store, el, tab } = await mountCart<ScalevCart>(html`<scalev-cart></scalev-cart><scalev-cart mode="inline"></scalev-cart>`);
      const inline = store.querySelector<ScalevCart>('scalev-cart[mode="inline"]')!;
      await ready(el);
      await ready(inline);
      expect(el.store).to.equal(inline.store);
      await storeOf(el).add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      await el.updateComplete;
      await inline.updateComplete;
      q<HTMLButtonElement>(inline, '[part~="quantity-increase"]')!.click();
      await inline.updateComplete;
      await el.updateComplete;
      expect(text(q(el, '[part~="badge"]')), 'the other widget shows the change at once').to.equal('2');
      await settle(inline);
      expect(count(tab, 'GET /public/cart'), 'no widget loads the cart again').to.equal(0);
      expect(count(tab, 'PATCH')).to.equal(1);
      // Only one widget speaks in the live region.
      const spoken = [el, inline].map((c) => text(root(c).querySelector('[role="status"]'))).filter(Boolean);
      expect(spoken).to.have.length(1);
    });

    it('shows a change made in another tab without asking the API', async () => {
      const first = await mountCart<ScalevCart>(html`<scalev-cart mode="inline"></scalev-cart>`);
      await ready(first.el);
      await storeOf(first.el).add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      // A second page of the same store: its own client and cart store, the same browser storage.
      const second = await mountCart<ScalevCart>(html`<scalev-cart mode="inline"></scalev-cart>`, {
        mock: first.mock,
        storeId: first.storeId,
      });
      await ready(second.el);
      await until(() => storeOf(second.el).status === 'ready', 'second loaded');
      // A new page showing lines refreshes remembered prices once.
      await until(() => count(second.tab, 'GET /public/variants/pricing') === 1, 'second priced');
      const before = second.tab.sent.length;
      await storeOf(first.el).add({ type: 'variant', variantId: TAMBI, quantity: 2, display: tambi });
      await until(() => qa(second.el, '[part~="line"]').length === 2 && storeOf(second.el).snapshot.itemCount === 3, 'the other tab follows');
      q<HTMLButtonElement>(first.el, '[part~="remove-button"]')!.click();
      await settle(first.el);
      await until(() => qa(second.el, '[part~="line"]').length === 1 && storeOf(second.el).snapshot.itemCount === 2, 'removal follows');
      expect(second.tab.sent.length).to.equal(before);
    });
  });

  describe('signed-in customer', () => {
    it('shows the customer cart after sign-in, with the guest lines merged once', async () => {
      const { el, mock, store } = await mountCart<ScalevCart>(html`<scalev-cart mode="inline"></scalev-cart>`);
      await ready(el);
      await storeOf(el).add({ type: 'variant', variantId: GAYO, quantity: 2, display: gayo });
      const { DEMO_CUSTOMER } = await import('../../../src/mock/index.js');
      await store.storefront!.customer.login(DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
      await until(() => storeOf(el).snapshot.owner === 'customer' && storeOf(el).status === 'ready', 'customer cart');
      await el.updateComplete;
      expect(mock.requests.filter((r) => r.path.endsWith('/public/cart/merge'))).to.have.length(1);
      expect(text(q(el, '[part~="line-name"]'))).to.equal('Kopi Arabika Gayo');
      expect(q<HTMLInputElement>(el, '[part~="line"] input')!.value).to.equal('2');
      q<HTMLButtonElement>(el, '[part~="quantity-increase"]')!.click();
      await settle(el);
      const patch = mock.requests.filter((r) => r.method === 'PATCH');
      expect(patch).to.have.length(1);
      expect(patch[0]!.path).to.contain('/customers/me/cart/items/');
      await expect(el).to.be.accessible();
    });
  });

  describe('popover', () => {
    it('anchors a panel to the button, closes on Escape (focus back) and on an outside click', async () => {
      const { el } = await mountCart<ScalevCart>(html`<scalev-cart mode="popover" style="margin-left: 300px"></scalev-cart>`);
      await ready(el);
      await storeOf(el).add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      const trigger = q<HTMLButtonElement>(el, '[part~="trigger"]')!;
      trigger.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => q(el, '[part~="popover"]')?.hasAttribute('data-open'), 'popover open');
      const panel = q<HTMLElement>(el, '[part~="popover"]')!;
      expect(panel.matches(':popover-open')).to.equal(true);
      expect(trigger.getAttribute('aria-expanded')).to.equal('true');
      expect(trigger.getAttribute('aria-controls')).to.equal('popover');
      // A disclosure, not a menu: aria-haspopup="true" would announce a menu the panel is not.
      expect(trigger.hasAttribute('aria-haspopup'), 'no aria-haspopup on the popover trigger').to.equal(false);
      // The panel is a plain div (no role may carry a name); the cart section inside names itself.
      expect(panel.hasAttribute('aria-labelledby'), 'no name on the role-less panel').to.equal(false);
      expect(panel.querySelector('section[aria-labelledby="heading"]'), 'the labelled cart section').to.exist;
      await until(() => panel.style.top !== '', 'positioned by Floating UI');
      const box = panel.getBoundingClientRect();
      const anchor = trigger.getBoundingClientRect();
      expect(box.top).to.be.at.least(anchor.bottom);
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Tab' });
      expect(panel.contains(focused(el)), 'Tab goes into the panel').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(panel.hasAttribute('data-open')).to.equal(false);
      expect(focused(el)).to.equal(trigger);

      trigger.click();
      await el.updateComplete;
      expect(panel.hasAttribute('data-open')).to.equal(true);
      await sendMouse({ type: 'click', position: [5, 5] });
      await el.updateComplete;
      expect(panel.hasAttribute('data-open')).to.equal(false);
    });
  });

  describe('checkout action', () => {
    it('links to checkout-url when set', async () => {
      const { el } = await mountCart<ScalevCart>(html`<scalev-cart mode="inline" checkout-url="/bayar"></scalev-cart>`);
      await ready(el);
      await storeOf(el).add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      await el.updateComplete;
      const link = q<HTMLAnchorElement>(el, 'a[part~="checkout-button"]')!;
      expect(link.getAttribute('href')).to.equal('/bayar');
    });

    it('saves a quantity change first, then follows the same checkout link (no reload of its own)', async () => {
      const { el, mock } = await mountCart<ScalevCart>(html`<scalev-cart mode="inline" checkout-url="#/checkout"></scalev-cart>`);
      await ready(el);
      await storeOf(el).add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      await el.updateComplete;
      const lineId = storeOf(el).snapshot.lines[0]!.id!;
      storeOf(el).setQuantity(lineId, 3);
      expect(storeOf(el).hasUnsavedChanges).to.equal(true);
      const clicks: Array<{ prevented: boolean; patched: number }> = [];
      const patches = () => mock.requests.filter((r) => r.method === 'PATCH').length;
      const record = (event: Event) => {
        clicks.push({ prevented: event.defaultPrevented, patched: patches() });
        event.preventDefault();
      };
      // Bubble-phase listener on the document: sees each click after the cart handled it.
      document.addEventListener('click', record);
      try {
        q<HTMLAnchorElement>(el, 'a[part~="checkout-button"]')!.click();
        await until(() => clicks.length === 2, 'the link is followed again once saved');
      } finally {
        document.removeEventListener('click', record);
      }
      expect(clicks[0]!.prevented, 'the first click waits for the save').to.equal(true);
      expect(clicks[1]!.prevented, 'the second click is an ordinary link click').to.equal(false);
      expect(clicks[1]!.patched, 'the quantity reached the API before leaving').to.be.greaterThan(clicks[0]!.patched);
      expect(storeOf(el).hasUnsavedChanges).to.equal(false);
    });

    it("falls back to the store's checkout URL template", async () => {
      const { el } = await mountCart<ScalevCart>(html`<scalev-cart mode="inline"></scalev-cart>`, { urls: { checkout: '/checkout' } });
      await ready(el);
      await storeOf(el).add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      await el.updateComplete;
      expect(q(el, 'a[part~="checkout-button"]')!.getAttribute('href')).to.equal('/checkout');
    });

    it('opening checkout in place from the keyboard keeps the focus in the drawer', async () => {
      const { el } = await mountCart<ScalevCart>(html`<scalev-cart></scalev-cart>`);
      await ready(el);
      await storeOf(el).add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      await openCart(el);
      q<HTMLButtonElement>(el, 'button[part~="checkout-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => q(el, 'scalev-checkout'), 'checkout shown', 9000);
      await until(() => focused(el) === q(el, '.heading'), 'focus on the cart heading, not lost to the page');
    });

    it('opens checkout in place without a URL, after saving pending changes, and comes back', async () => {
      const { el, mock } = await mountCart<ScalevCart>(html`<scalev-cart></scalev-cart>`);
      await ready(el);
      await storeOf(el).add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
      await openCart(el);
      q<HTMLButtonElement>(el, '[part~="quantity-increase"]')!.click();
      await el.updateComplete;
      q<HTMLButtonElement>(el, 'button[part~="checkout-button"]')!.click();
      // The checkout module is fetched on this first use; a busy machine may take a while.
      await until(() => q(el, 'scalev-checkout'), 'checkout shown', 9000);
      expect(customElements.get('scalev-checkout'), 'the checkout code was loaded').to.not.equal(undefined);
      expect(q(el, 'scalev-checkout')!.shadowRoot, 'a real <scalev-checkout>').to.not.equal(null);
      expect(mock.requests.filter((r) => r.method === 'PATCH'), 'the change was saved first').to.have.length(1);
      q<HTMLButtonElement>(el, '[part~="back-button"]')!.click();
      await el.updateComplete;
      expect(q(el, 'scalev-checkout')).to.equal(null);
      expect(all(el, '[part~="line"]')).to.have.length(1);
    });
  });

  it('reports quantity changes through the stepper event too', async () => {
    const { el } = await mountCart<ScalevCart>(html`<scalev-cart mode="inline"></scalev-cart>`);
    await ready(el);
    await storeOf(el).add({ type: 'variant', variantId: GAYO, quantity: 1, display: gayo });
    await el.updateComplete;
    const seen: number[] = [];
    root(el).addEventListener(QUANTITY_CHANGE_EVENT, (e) => seen.push((e as CustomEvent<{ value: number }>).detail.value));
    q<HTMLButtonElement>(el, '[part~="quantity-increase"]')!.click();
    expect(seen).to.deep.equal([2]);
    await settle(el);
  });
});

describe('<scalev-cart> code and styles', () => {
  it('renders only the button until the cart is opened, hovered or focused', async () => {
    const { el } = await mountCart<ScalevCart>(html`<scalev-cart></scalev-cart>`);
    await ready(el);
    expect(q(el, 'dialog')).to.equal(null);
    q(el, '[part~="trigger"]')!.dispatchEvent(new Event('pointerenter'));
    await until(() => q(el, 'dialog'), 'drawer ready after hover');
    expect(q<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
  });

  it('reads only declared tokens in the lazily adopted panel styles', async () => {
    const { tokens } = await import('../../../src/styles/host.js');
    const panel = await import('../../../src/elements/cart/panel.js');
    const { ScalevCart: Cart } = await import('../../../src/elements/cart/cart.js');
    const cssOf = (styles: ReadonlyArray<unknown>) =>
      styles.map((s) => (s as { cssText?: string }).cssText ?? '').join('\n');
    const all = `${tokens.cssText}\n${cssOf(Cart.elementStyles)}\n${cssOf(panel.styles)}`;
    const declared = new Set([...all.matchAll(/(--_scalev-[\w-]+)\s*:/g)].map((m) => m[1]));
    const used = new Set([...cssOf(panel.styles).matchAll(/var\(\s*(--_scalev-[\w-]+)/g)].map((m) => m[1]));
    expect([...used].filter((name) => !declared.has(name))).to.deep.equal([]);
  });
});
