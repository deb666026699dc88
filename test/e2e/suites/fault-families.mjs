/**
 * Route families of the fault matrix: where the page is, what the buyer does to call the route,
 * where the message must appear, what must be kept, and what success looks like after the retry.
 *
 * `faultOnLoad` families fail while the page loads; the others get ready first (fill a form,
 * open the cart) and then trigger the route. `resubmit` is the retry when the message itself
 * offers no retry button (a form's own submit button is the natural retry).
 */
import { CheckFailed, check, until } from '../lib/harness.mjs';
import {
  RECEIPT_PNG,
  cartBadge,
  chooseFirstOptions,
  clickAdd,
  fetchesSettled,
  fillCheckout,
  openCartDrawer,
  part,
  waitForBadge,
  waitForCards,
} from '../lib/kit.mjs';

const quantityInput = (page) => page.locator(`scalev-cart ${part('line')} ${part('quantity-input')}`).first();

/** The seeded cart (one item) is still there. */
async function seededCartKept({ page }) {
  await waitForBadge(page, 1);
}

export const FAMILIES = [
  {
    name: 'catalog: GET items',
    element: 'scalev-catalog',
    page: 'e2e/shop.html',
    method: 'GET',
    path: '/public/items',
    scopes: ['scalev-catalog'],
    seedCart: true,
    faultOnLoad: true,
    kept: seededCartKept,
    succeeded: async ({ page }) => {
      await waitForCards(page, 4);
    },
  },
  {
    name: 'product: GET product',
    element: 'scalev-product',
    page: 'e2e/product.html',
    params: { slug: 'kopi-arabika-gayo' },
    method: 'GET',
    path: '/public/products/*',
    scopes: ['scalev-product'],
    seedCart: true,
    faultOnLoad: true,
    kept: seededCartKept,
    succeeded: async ({ page }) => {
      await page.locator(`scalev-product ${part('add-button')}`).waitFor();
      await page.locator(`scalev-product ${part('option-group')}`).first().waitFor();
    },
  },
  {
    name: 'cart: POST add item',
    element: 'scalev-product',
    page: 'e2e/product.html',
    params: { slug: 'kopi-arabika-gayo' },
    method: 'POST',
    path: '/public/cart/items',
    scopes: ['scalev-product', 'scalev-cart'],
    seedCart: true,
    ready: async ({ page }) => {
      await page.locator(`scalev-product ${part('add-button')}`).waitFor();
      await chooseFirstOptions(page, 'scalev-product');
      await waitForBadge(page, 1);
    },
    trigger: async ({ page }) => {
      await page.locator(`scalev-product ${part('add-button')}`).click();
    },
    kept: async ({ page, mock }, after) => {
      // While failing the optimistic line is rolled back to the seeded cart; after the retry both are there.
      await waitForBadge(page, after ? 2 : 1);
      // The badge is optimistic: give the request its time before reading the API's cart.
      let quantity = 0;
      await until(() => {
        const [cart] = mock.mock.db.guestCarts.values();
        quantity = cart.lines.reduce((n, line) => n + line.quantity, 0);
        return quantity === (after ? 2 : 1);
      }, 'the API cart should match the badge', 8000).catch(() => {
        throw new CheckFailed(`the API cart holds ${quantity} item(s), expected ${after ? 2 : 1}`);
      });
    },
    resubmit: async ({ page }) => {
      await page.locator(`scalev-product ${part('add-button')}`).click();
    },
    succeeded: async ({ page }) => {
      await waitForBadge(page, 2);
    },
  },
  {
    name: 'cart: GET cart',
    element: 'scalev-cart',
    page: 'e2e/cart.html',
    method: 'GET',
    path: '/public/cart',
    scopes: ['scalev-cart'],
    seedCart: true,
    faultOnLoad: true,
    trigger: async ({ page }) => {
      await openCartDrawer(page);
    },
    kept: async ({ mock }) => {
      const [cart] = mock.mock.db.guestCarts.values();
      check(cart && cart.lines.length === 1, 'the API cart must still hold its line');
    },
    succeeded: async ({ page }) => {
      await until(async () => (await page.locator(`scalev-cart ${part('line')}`).count()) === 1, 'the cart line should show after the retry');
      await waitForBadge(page, 1);
    },
  },
  {
    name: 'cart: PATCH quantity',
    element: 'scalev-cart',
    page: 'e2e/cart.html',
    method: 'PATCH',
    path: '/public/cart/items/*',
    scopes: ['scalev-cart'],
    seedCart: true,
    ready: async ({ page }) => {
      await waitForBadge(page, 1);
      await openCartDrawer(page);
      await quantityInput(page).waitFor();
    },
    trigger: async ({ page }) => {
      await page.locator(`scalev-cart ${part('line')} ${part('quantity-increase')}`).first().click();
    },
    kept: async ({ page, mock }, after) => {
      const expected = after ? 2 : 1;
      await until(async () => (await quantityInput(page).inputValue()) === String(expected), `the quantity field should read ${expected}`);
      await waitForBadge(page, expected);
      await until(() => [...mock.mock.db.guestCarts.values()][0].lines[0]?.quantity === expected, `the API cart line should hold ${expected}`, 8000);
    },
    resubmit: async ({ page }) => {
      await page.locator(`scalev-cart ${part('line')} ${part('quantity-increase')}`).first().click();
    },
    succeeded: async ({ page }) => {
      await waitForBadge(page, 2);
    },
  },
  {
    name: 'cart: DELETE line',
    element: 'scalev-cart',
    page: 'e2e/cart.html',
    method: 'DELETE',
    path: '/public/cart/items/*',
    scopes: ['scalev-cart'],
    seedCart: true,
    ready: async ({ page }) => {
      await waitForBadge(page, 1);
      await openCartDrawer(page);
      await page.locator(`scalev-cart ${part('remove-button')}`).first().waitFor();
    },
    trigger: async ({ page }) => {
      await page.locator(`scalev-cart ${part('remove-button')}`).first().click();
    },
    kept: async ({ page, mock }, after) => {
      const [cart] = mock.mock.db.guestCarts.values();
      if (after) {
        check(cart.lines.length === 0, 'the line should be gone from the API cart after the retry');
        return;
      }
      // A failed removal must bring the line back.
      await until(async () => (await page.locator(`scalev-cart ${part('line')}`).count()) === 1, 'the line should come back after the failed removal');
      check(cart.lines.length === 1, 'the API cart must still hold the line');
    },
    resubmit: async ({ page }) => {
      await page.locator(`scalev-cart ${part('remove-button')}`).first().click();
    },
    succeeded: async ({ page }) => {
      await until(async () => (await page.locator(`scalev-cart ${part('line')}`).count()) === 0, 'the line should be removed after the retry');
      await until(async () => (await cartBadge(page)) === 0, 'the badge should read 0');
    },
  },
  {
    name: 'auth: POST login',
    element: 'scalev-login',
    page: 'e2e/account.html',
    method: 'POST',
    path: '/public/auth/login',
    scopes: ['scalev-login'],
    seedCart: true,
    ready: async ({ page }) => {
      const login = page.locator('scalev-login').first();
      await login.locator('input[name=email]').fill('budi@example.com');
      await login.locator('input[name=password]').fill('rahasia123');
    },
    trigger: async ({ page }) => {
      await page.locator('scalev-login').first().locator('input[name=password]').press('Enter');
    },
    kept: async ({ page }, after) => {
      if (!after) {
        const email = await page.locator('scalev-login').first().locator('input[name=email]').inputValue();
        check(email === 'budi@example.com', `the email field lost its value ("${email}")`);
      }
      // The guest cart survives a failed sign-in, and is merged (not lost) after it.
      await until(async () => (await cartBadge(page)) >= 1, 'the cart should still count the seeded item');
    },
    resubmit: async ({ page }) => {
      const password = page.locator('scalev-login').first().locator('input[name=password]');
      if (!(await password.inputValue())) await password.fill('rahasia123');
      await password.press('Enter');
    },
    succeeded: async ({ page }) => {
      await until(async () => (await page.locator('scalev-login').first().getByText(/Budi/).count()) > 0, 'the customer should be signed in after the retry');
    },
  },

  {
    name: 'locations: GET search',
    element: 'scalev-checkout',
    page: 'e2e/mp-checkout.html',
    method: 'GET',
    path: '/public/locations',
    scopes: ['scalev-checkout'],
    seedCart: true,
    ready: async ({ page }) => {
      await page.locator(`scalev-checkout ${part('form')}`).waitFor({ timeout: 10000 });
      await fillContact(page);
      await page.locator('scalev-checkout input[role=combobox]').waitFor();
    },
    trigger: async ({ page }) => {
      await page.locator('scalev-checkout input[role=combobox]').pressSequentially('Gambir', { delay: 30 });
    },
    kept: contactKept,
    // The search shows its failure inside the suggestion popup, with its own retry link.
    resubmit: async ({ page }) => {
      const combo = page.locator('scalev-checkout input[role=combobox]');
      await combo.fill('');
      await combo.pressSequentially('Gambir', { delay: 30 });
    },
    succeeded: async ({ page }) => {
      await page.locator('scalev-checkout [role=option]').first().waitFor({ timeout: 10000 });
    },
  },
  {
    name: 'checkout: POST shipping options',
    element: 'scalev-checkout',
    page: 'e2e/mp-checkout.html',
    method: 'POST',
    path: '/public/checkout/shipping-options',
    scopes: ['scalev-checkout'],
    seedCart: true,
    ready: async ({ page }) => {
      await page.locator(`scalev-checkout ${part('form')}`).waitFor({ timeout: 10000 });
      await fillContact(page);
      await page.locator('scalev-checkout input[role=combobox]').waitFor();
    },
    trigger: async ({ page }) => {
      await pickLocation(page);
    },
    kept: contactKept,
    succeeded: async ({ page }) => {
      await page.locator(`scalev-checkout ${part('shipping-option')}`).first().waitFor({ timeout: 10000 });
    },
  },
  {
    name: 'checkout: POST summary',
    element: 'scalev-checkout',
    page: 'e2e/mp-checkout.html',
    method: 'POST',
    path: '/public/checkout/summary',
    scopes: ['scalev-checkout'],
    seedCart: true,
    ready: async ({ page }) => {
      await page.locator(`scalev-checkout ${part('form')}`).waitFor({ timeout: 10000 });
      await fillContact(page);
      await pickLocation(page);
      await page.locator(`scalev-checkout ${part('shipping-option')}`).first().waitFor({ timeout: 10000 });
    },
    trigger: async ({ page }) => {
      await page.locator(`scalev-checkout ${part('shipping-option')}`).nth(1).click();
    },
    kept: contactKept,
    succeeded: async ({ page }) => {
      await until(async () => /\d/.test(await page.locator(`scalev-checkout ${part('total')}`).first().innerText()), 'the total should show after the retry');
    },
  },
  {
    name: 'checkout: POST place order',
    element: 'scalev-checkout',
    page: 'e2e/mp-checkout.html',
    method: 'POST',
    path: '/public/checkout',
    scopes: ['scalev-checkout'],
    seedCart: true,
    // No answer means the order may exist: the kit says so (and offers to send again) instead of a bare timeout.
    messages: {
      timeout: /may already have been placed|did not answer in time/i,
      offline: /may already have been placed|could not reach/i,
      // A 2xx whose body cannot be read is an order that may exist, too.
      malformed: /may already have been placed|could not be read/i,
    },
    ready: async (ctx) => {
      const { page } = ctx;
      await page.locator(`scalev-checkout ${part('form')}`).waitFor({ timeout: 10000 });
      ctx.state.place = await fillCheckout(page, 'scalev-checkout', { guest: CONTACT, payment: 'bank_transfer' });
    },
    trigger: async ({ state }) => {
      await state.place.click();
    },
    kept: async (ctx, after) => {
      if (after) return;
      await contactKept(ctx);
      const [cart] = ctx.mock.mock.db.guestCarts.values();
      check(cart && cart.lines.length === 1, 'the cart must still hold its line after a failed order');
    },
    resubmit: async ({ page }) => {
      await page.locator(`scalev-checkout ${part('place-order')}`).filter({ visible: true }).first().click();
    },
    succeeded: async ({ page }) => {
      await page.waitForURL(/mp-order\.html.*order=/, { timeout: 15000 });
      await page.locator(`scalev-order-status ${part('order')}`).waitFor({ timeout: 10000 });
    },
    ordersAfter: 1,
  },
  {
    name: 'order status: GET order',
    element: 'scalev-order-status',
    page: 'e2e/mp-order.html',
    params: { order: 'nus7k2m9xq4wd3bt' },
    method: 'GET',
    path: '/public/orders/*',
    scopes: ['scalev-order-status'],
    faultOnLoad: true,
    succeeded: async ({ page }) => {
      await page.locator(`scalev-order-status ${part('payment-instructions')}`).first().waitFor({ timeout: 10000 });
    },
  },
  {
    name: 'order status: POST transfer proof',
    element: 'scalev-order-status',
    page: 'e2e/mp-order.html',
    params: { order: 'nus7k2m9xq4wd3bt' },
    method: 'POST',
    path: '/public/orders/*',
    scopes: ['scalev-order-status'],
    ready: async ({ page }) => {
      const status = page.locator('scalev-order-status');
      await status.locator('input[type=file]').waitFor({ timeout: 10000 });
      await status.locator('input[type=file]').setInputFiles({ name: 'bukti.png', mimeType: 'image/png', buffer: RECEIPT_PNG });
    },
    trigger: async ({ page }) => {
      await page.locator(`scalev-order-status ${part('proof-submit')}`).click();
    },
    kept: async ({ page }, after) => {
      if (after) return;
      // The chosen file is still there: the retry needs no new pick.
      const files = await page.locator('scalev-order-status input[type=file]').evaluate((input) => input.files?.length ?? 0);
      const enabled = await page.locator(`scalev-order-status ${part('proof-submit')}`).isEnabled();
      check(files === 1 || enabled, 'the chosen receipt should still be ready to send');
    },
    resubmit: async ({ page }) => {
      await page.locator(`scalev-order-status ${part('proof-submit')}`).click();
    },
    succeeded: async ({ mock }) => {
      await until(() => [...mock.mock.db.uploads.values()].some((u) => u.bytes), 'the receipt should reach the storage after the retry', 10000);
    },
  },
  {
    name: 'catalog: GET categories',
    element: 'scalev-catalog',
    page: 'e2e/shop.html',
    method: 'GET',
    path: '/public/categories',
    scopes: ['scalev-catalog'],
    seedCart: true,
    ready: async ({ page }) => {
      await waitForCards(page, 4);
    },
    // The categories load when the filter is first opened.
    trigger: async ({ page }) => {
      await page.locator(`scalev-catalog ${part('filter-toggle')}`).click();
    },
    kept: async ({ page }) => {
      await seededCartKept({ page });
      // A failed filter leaves the products on screen.
      await waitForCards(page, 4);
    },
    succeeded: async ({ page }) => {
      await until(async () => (await page.locator('scalev-catalog input[name=category]').count()) > 1, 'the category choices should show after the retry');
    },
  },
  {
    // The total only decorates the summary ("24 of 40 products"): its failure is shown as nothing,
    // the summary says what is loaded, and the count is asked again the next time the buyer reaches
    // the end of the list.
    name: 'catalog: GET item count',
    element: 'scalev-catalog',
    page: 'e2e/shop.html',
    method: 'GET',
    path: '/public/items/count',
    scopes: ['scalev-catalog'],
    silent: true,
    seedCart: true,
    ready: async ({ page }) => {
      await waitForCards(page, 4);
    },
    // Pointing at the catalogue is the intent that asks for the total.
    trigger: async ({ page }) => {
      await page.locator(`scalev-catalog ${part('card')}`).first().hover();
    },
    settled: async ({ page }) => {
      await fetchesSettled(page, /\/public\/items\/count/);
      const summary = (await page.locator(`scalev-catalog ${part('summary')}`).innerText()).trim();
      check(/^\d+ products?( loaded)?$/.test(summary), `without the total the summary should say what is loaded, not "${summary}"`);
    },
    kept: seededCartKept,
    resubmit: async ({ page }) => {
      // Reaching the end of the list again asks again.
      const footer = page.locator(`scalev-catalog ${part('footer')}, scalev-catalog ${part('load-more')}`).first();
      await until(async () => {
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        await footer.scrollIntoViewIfNeeded();
        await page.mouse.wheel(0, 400);
        return /\d+ of \d+/.test(await page.locator(`scalev-catalog ${part('summary')}`).innerText());
      }, 'the summary should show the total once the count is answered', 10000);
    },
    succeeded: async ({ page }) => {
      const summary = await page.locator(`scalev-catalog ${part('summary')}`).innerText();
      check(/\d+ of \d+ products/.test(summary), `the summary should show the total ("${summary}")`);
    },
  },
  {
    name: 'checkout: POST discount check',
    element: 'scalev-checkout',
    page: 'e2e/mp-checkout.html',
    method: 'POST',
    path: '/public/discount-codes/check',
    scopes: ['scalev-checkout'],
    seedCart: true,
    ready: async ({ page }) => {
      await page.locator(`scalev-checkout ${part('form')}`).waitFor({ timeout: 10000 });
      await fillContact(page);
      await page.locator('scalev-checkout input[name=discount_code_code]').fill('HEMAT10');
    },
    trigger: async ({ page }) => {
      await discountApply(page).click();
    },
    kept: async (ctx, after) => {
      await contactKept(ctx);
      const code = await ctx.page.locator('scalev-checkout input[name=discount_code_code]').inputValue();
      check(code === 'HEMAT10', `the discount field lost the typed code ("${code}")`);
      if (!after) await seededCartKept(ctx);
    },
    // The field's own Apply button is the retry.
    resubmit: async ({ page }) => {
      await discountApply(page).click();
    },
    succeeded: async ({ page }) => {
      await until(async () => /HEMAT10 applied/i.test(await page.locator('scalev-checkout #f-discount-msg').innerText().catch(() => '')), 'the code should be accepted after the retry');
    },
  },
  {
    // A gateway order whose instructions were never created (the creation call failed): the
    // order reads back without them until `POST …/payment` succeeds.
    name: 'order status: POST payment',
    element: 'scalev-order-status',
    page: 'e2e/mp-order.html',
    params: { order: 'nus5v8a1cb6eq2va' },
    method: 'POST',
    path: '/public/orders/*',
    pathRegex: '/public/orders/[^/]+/payment$',
    scopes: ['scalev-order-status'],
    faultOnLoad: true,
    before: ({ mock }) => {
      mock.mock.db.orders.get('nus5v8a1cb6eq2va').gatewayReadsRemaining = 1e9;
    },
    // The fault is gone: the next creation call makes the instructions.
    beforeRetry: ({ mock }) => {
      mock.mock.db.orders.get('nus5v8a1cb6eq2va').gatewayReadsRemaining = 0;
    },
    resubmit: async ({ page }) => {
      await page.locator(`scalev-order-status ${part('retry-payment')}`).click();
    },
    shownInstead: async ({ page }) => {
      const notes = await page.locator('scalev-order-status .pay-note').allInnerTexts();
      return notes.length ? `"${notes.join(' ')}" in the payment instructions, no alert and no retry` : '';
    },
    succeeded: async ({ page }) => {
      await until(async () => (await page.locator(`scalev-order-status ${part('copy-value')}`).allInnerTexts()).some((v) => /\d{8,}/.test(v)), 'the virtual account number should show after the retry', 10000);
    },
  },
  {
    // Conversion relays (Meta, TikTok) failing all along a purchase: the buyer never learns of it.
    name: 'analytics: POST relays',
    element: 'scalev-checkout',
    page: 'e2e/mp-checkout.html',
    method: 'POST',
    path: '/public/analytics/*',
    scopes: ['scalev-checkout', 'scalev-order-status', 'scalev-cart', 'scalev-product'],
    silent: true,
    seedCart: true,
    faultOnLoad: true,
    trigger: async ({ page }) => {
      await page.locator(`scalev-checkout ${part('form')}`).waitFor({ timeout: 10000 });
      const place = await fillCheckout(page, 'scalev-checkout', { guest: CONTACT, payment: 'bank_transfer' });
      await Promise.all([page.waitForURL(/mp-order\.html.*order=/, { timeout: 15000 }), place.click()]);
    },
    settled: async ({ page }) => {
      await page.locator(`scalev-order-status ${part('payment-instructions')}`).first().waitFor({ timeout: 10000 });
      await fetchesSettled(page, /\/public\/analytics\//).catch(() => undefined);
    },
    // The buyer goes on shopping: the next relay (AddToCart) goes through.
    resubmit: async (ctx) => {
      const { t, page, mock } = ctx;
      ctx.state.eventsBefore = mock.mock.db.analyticsEvents.length;
      await t.open('e2e/mp-product.html', { slug: 'kopi-toraja-sapan', locale: 'en', timeout: '3000' }, page);
      await page.locator(`scalev-product ${part('add-button')}`).waitFor();
      await clickAdd(page, 'scalev-product');
      await waitForBadge(page, 1);
    },
    succeeded: async ({ mock, state }) => {
      await until(() => mock.mock.db.analyticsEvents.length > state.eventsBefore, 'the relay should accept events again', 10000);
    },
    ordersAfter: 1,
  },
  ...['profile', 'orders', 'subscriptions'].map((view) => ({
    name: `account: GET ${view === 'profile' ? 'me' : view}`,
    element: 'scalev-account',
    page: 'e2e/account.html',
    params: { account: view },
    method: 'GET',
    path: view === 'profile' ? '/customers/me' : `/customers/me/${view}`,
    scopes: ['scalev-account'],
    ready: async ({ page }) => {
      const login = page.locator('scalev-login').first();
      await login.locator('input[name=email]').fill('budi@example.com');
      await login.locator('input[name=password]').fill('rahasia123');
      await login.locator('input[name=password]').press('Enter');
      await until(async () => (await login.getByText(/Budi/).count()) > 0, 'sign-in before the fault');
    },
    trigger: async ({ page }) => {
      await page.reload();
    },
    kept: async ({ page }) => {
      // Still signed in: a failed read is not a reason to sign the customer out.
      await until(async () => (await page.locator('scalev-login').first().getByRole('button', { name: /sign out|keluar/i }).count()) > 0, 'the customer should stay signed in');
    },
    succeeded: async ({ page }) => {
      const account = page.locator('scalev-account');
      if (view === 'profile') await until(async () => (await account.getByText('budi@example.com').count()) > 0, 'the profile should show the customer after the retry', 10000);
      else await account.locator(part('card')).first().waitFor({ timeout: 10000 });
    },
  })),
];

const CONTACT = {
  customer_name: 'Rina Wulandari',
  customer_email: 'rina@example.com',
  customer_phone: '081234567890',
  shipping_address: 'Jl. Merdeka Barat No. 12',
};

async function fillContact(page) {
  for (const [name, value] of Object.entries(CONTACT)) {
    const input = page.locator(`scalev-checkout [name="${name}"]`).filter({ visible: true }).first();
    if (await input.count()) await input.fill(value);
  }
}

const discountApply = (page) => page.locator('scalev-checkout .discount button').filter({ hasText: /apply|pakai|gunakan/i }).first();

async function contactKept({ page }) {
  for (const name of ['customer_name', 'customer_email']) {
    const input = page.locator(`scalev-checkout [name="${name}"]`).first();
    if (!(await input.count())) continue;
    const value = await input.inputValue();
    check(value === CONTACT[name], `the ${name} field lost what the buyer typed ("${value}")`);
  }
}

async function pickLocation(page) {
  const combo = page.locator('scalev-checkout input[role=combobox]');
  await combo.fill('Gambir');
  // The Gambir of Jakarta Pusat, not a partial match typed on the way.
  const option = page.locator('scalev-checkout [role=option]').filter({ hasText: 'Gambir' }).first();
  await option.waitFor({ timeout: 10000 });
  await option.click();
  // The postal codes load after the pick: a select when there are several, else the one code is
  // taken on its own. Wait for either before choosing (checking at once raced the request).
  const postal = page.locator('scalev-checkout select[name$="postal_code"]');
  const picked = () => page.locator('scalev-checkout scalev-location-picker').evaluate((picker) => /^\d{5}$/.test(picker.postalCode ?? ''));
  await until(async () => (await postal.count()) > 0 || (await picked()), 'the postal code should be offered or taken after the location pick', 10000);
  if (!(await picked())) await postal.selectOption({ index: 1 });
}
