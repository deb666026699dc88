/**
 * A keyboard-only run of the guest checkout journey: no click, no fill — only Tab, Shift+Tab,
 * arrows, Space, Enter and typed characters, as a buyer without a mouse would. The page is read
 * to decide where to go next; every action goes through the keyboard. axe runs after each step.
 */
import { CheckFailed, check, until } from '../lib/harness.mjs';
import { deepActiveElement } from '../lib/page-probes.mjs';
import { apiIdle, part, waitForBadge } from '../lib/kit.mjs';
import { BUYER } from './journeys.mjs';

/** Presses Tab (or Shift+Tab) until the focused element matches; returns it. */
async function tabTo(page, what, match, { back = false, max = 90, stats } = {}) {
  for (let i = 0; i <= max; i++) {
    const focused = await page.evaluate(deepActiveElement);
    if (focused && match(focused)) {
      if (stats && !focused.focusVisible) stats.invisible.add(`${focused.tag}${focused.part ? `[${focused.part}]` : ''} ${focused.name || focused.label}`.trim());
      return focused;
    }
    if (i === max) break;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (stats) stats.tabs++;
  }
  throw new CheckFailed(`keyboard: ${what} cannot be reached with ${back ? 'Shift+Tab' : 'Tab'}`);
}

export function register(run) {
  run.scenario(
    'keyboard',
    'keyboard only: buy box → variant → add → cart → guest checkout (bank transfer) → order status',
    async (t) => {
      const mock = await t.startMock();
      const page = await t.newPage();
      const before = new Set(mock.mock.db.orders.keys());
      const stats = { tabs: 0, invisible: new Set() };
      const inProduct = (f) => f.hosts.includes('scalev-product');
      const inCheckout = (f) => f.hosts.includes('scalev-checkout');

      await t.step('open the article', async () => {
        await t.open('e2e/product.html', { slug: 'kopi-arabika-gayo' });
        await page.locator(`scalev-product ${part('add-button')}`).waitFor();
        await page.locator('body').press('Tab');
      });
      await t.step('choose a variant with the keyboard', async () => {
        const groups = await page.locator(`scalev-product ${part('option-group')}`).count();
        let lastName = '';
        for (let g = 0; g < groups; g++) {
          const radio = await tabTo(page, `option group ${g + 1}`, (f) => inProduct(f) && f.type === 'radio' && f.name !== lastName, { stats });
          lastName = radio.name;
          if (!radio.checked) await page.keyboard.press('Space');
        }
        await until(async () => page.locator(`scalev-product ${part('add-button')}`).isEnabled(), 'the add button should enable after choosing with the keyboard');
      });
      await t.step('add to cart with Enter', async () => {
        await tabTo(page, 'the add-to-cart button', (f) => inProduct(f) && /add-button/.test(f.part), { stats });
        await page.keyboard.press('Enter');
        await waitForBadge(page, 1);
      });
      await t.step('open the cart from the header', async () => {
        await tabTo(page, 'the cart button', (f) => f.hosts.includes('scalev-cart') && /trigger/.test(f.part), { back: true, stats });
        await page.keyboard.press('Enter');
        await page.locator(`scalev-cart ${part('panel')}`).waitFor({ state: 'visible' });
      });
      await t.step('go to checkout', async () => {
        await tabTo(page, 'the checkout button', (f) => /checkout-button/.test(f.part), { stats });
        await page.keyboard.press('Enter');
        await page.locator(`scalev-checkout ${part('form')}`).waitFor({ timeout: 10000 });
      });
      await t.step('fill the checkout with the keyboard', async () => {
        const co = page.locator('scalev-checkout');
        const shown = async (selector) => (await co.locator(selector).filter({ visible: true }).count()) > 0;
        let payment = false;
        for (let round = 0; round < 12; round++) {
          for (const [name, value] of Object.entries(BUYER)) {
            const input = co.locator(`[name="${name}"]`).filter({ visible: true }).first();
            if ((await input.count()) && !(await input.inputValue())) {
              await tabTo(page, `the ${name} field`, (f) => inCheckout(f) && f.name === name, { stats });
              await page.keyboard.type(value);
            }
          }
          const combo = co.locator('input[role=combobox]').filter({ visible: true }).first();
          if ((await combo.count()) && !(await combo.inputValue())) {
            await tabTo(page, 'the location search', (f) => inCheckout(f) && f.role === 'combobox', { stats });
            await page.keyboard.type('Gambir', { delay: 40 });
            await co.locator('[role=option]').filter({ visible: true }).first().waitFor({ timeout: 8000 });
            await page.keyboard.press('ArrowDown');
            await page.keyboard.press('Enter');
          }
          const postal = co.locator('select[name$="postal_code"]').filter({ visible: true }).first();
          if ((await postal.count()) && !(await postal.inputValue())) {
            await tabTo(page, 'the postal code', (f) => inCheckout(f) && f.tag === 'select' && /postal_code$/.test(f.name), { stats });
            await page.keyboard.press('ArrowDown');
          }
          if ((await shown(part('shipping-option'))) && !(await co.locator('input[name=courier_service_id]:checked').count())) {
            await tabTo(page, 'the courier choices', (f) => inCheckout(f) && f.name === 'courier_service_id', { stats });
            await page.keyboard.press('Space');
            await until(async () => (await co.locator('input[name=courier_service_id]:checked').count()) > 0, 'Space should choose the focused courier');
          }
          const bank = co.locator('input[name=payment_method][value=bank_transfer]');
          if ((await bank.count()) && !(await bank.isChecked())) {
            const first = await tabTo(page, 'the payment methods', (f) => inCheckout(f) && f.name === 'payment_method', { stats });
            // Arrow keys move through a radio group; Space confirms the focused one.
            for (let k = 0; k < 20; k++) {
              const now = await page.evaluate(deepActiveElement);
              if (now?.value === 'bank_transfer') break;
              await page.keyboard.press(first.value > 'bank_transfer' ? 'ArrowUp' : 'ArrowDown');
            }
            await page.keyboard.press('Space');
          }
          if ((await bank.count()) && (await bank.isChecked())) payment = true;
          const courierOk = !(await co.locator(part('shipping-option')).count()) || (await co.locator('input[name=courier_service_id]:checked').count());
          if (payment && courierOk && (await shown(part('place-order')))) return;
          if (await shown(part('next-button'))) {
            await tabTo(page, 'the next-step button', (f) => inCheckout(f) && /next-button/.test(f.part), { stats });
            await page.keyboard.press('Enter');
          }
          await apiIdle(page);
        }
        const state = await co.evaluate((el) => JSON.stringify({ ...(el.values ?? {}), customer_name: undefined, customer_email: undefined, shipping_address: undefined }));
        const errors = (await co.locator('[class*="error"], [role=alert]').filter({ visible: true }).allInnerTexts()).join(' | ').slice(0, 200);
        if (process.env.E2E_VERBOSE) process.stdout.write(`keyboard state: ${state}\nmessages: ${errors}\n`);
        throw new CheckFailed(`keyboard: the checkout never reached its place-order button (values ${state}; messages: ${errors || 'none'})`);
      });
      await t.step('place the order with Enter', async () => {
        await tabTo(page, 'the place-order button', (f) => inCheckout(f) && /place-order/.test(f.part), { stats });
        await page.keyboard.press('Enter');
        await page.locator(`scalev-order-status ${part('order')}`).waitFor({ timeout: 15000 });
        const orders = [...mock.mock.db.orders.keys()].filter((slug) => !before.has(slug));
        check(orders.length === 1, `exactly one order expected, found ${orders.length}`);
      });
      t.note(`${stats.tabs} Tab presses${stats.invisible.size ? `; no visible focus on: ${[...stats.invisible].slice(0, 4).join(', ')}` : '; focus visible on every control reached'}`);
      check(stats.invisible.size === 0, `focus not visible on ${stats.invisible.size} control(s): ${[...stats.invisible].slice(0, 4).join(', ')}`);
    },
    { timeout: 120000, axe: true },
  );
}
