/**
 * Route families of the fault matrix: where the page is, what the buyer does to call the route,
 * where the message must appear, what must be kept, and what success looks like after the retry.
 *
 * `faultOnLoad` families fail while the page loads; the others get ready first (fill a form,
 * open the cart) and then trigger the route. `resubmit` is the retry when the message itself
 * offers no retry button (a form's own submit button is the natural retry).
 */
import { check, until } from '../lib/harness.mjs';
import { cartBadge, chooseFirstOptions, openCartDrawer, part, waitForBadge, waitForCards } from '../lib/kit.mjs';

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
      const [cart] = mock.mock.db.guestCarts.values();
      const quantity = cart.lines.reduce((n, line) => n + line.quantity, 0);
      check(quantity === (after ? 2 : 1), `the API cart holds ${quantity} item(s), expected ${after ? 2 : 1}`);
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
    page: 'e2e/shop.html',
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
    page: 'e2e/shop.html',
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
      const [cart] = mock.mock.db.guestCarts.values();
      check(cart.lines[0].quantity === expected, `the API cart line holds ${cart.lines[0].quantity}, expected ${expected}`);
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
    page: 'e2e/shop.html',
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
      const login = page.locator('scalev-login');
      await login.locator('input[name=email]').fill('budi@example.com');
      await login.locator('input[name=password]').fill('rahasia123');
    },
    trigger: async ({ page }) => {
      await page.locator('scalev-login input[name=password]').press('Enter');
    },
    kept: async ({ page }, after) => {
      if (!after) {
        const email = await page.locator('scalev-login input[name=email]').inputValue();
        check(email === 'budi@example.com', `the email field lost its value ("${email}")`);
      }
      // The guest cart survives a failed sign-in, and is merged (not lost) after it.
      await until(async () => (await cartBadge(page)) >= 1, 'the cart should still count the seeded item');
    },
    resubmit: async ({ page }) => {
      const password = page.locator('scalev-login input[name=password]');
      if (!(await password.inputValue())) await password.fill('rahasia123');
      await password.press('Enter');
    },
    succeeded: async ({ page }) => {
      await until(async () => (await page.locator('scalev-login').getByText(/Budi/).count()) > 0, 'the customer should be signed in after the retry');
    },
  },
];
