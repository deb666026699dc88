/**
 * End-to-end journeys of a buyer and a customer, driven in Chromium against the built drop-in on
 * the merchant's origin and the mock API on another. axe runs after every step (the
 * accessibility table).
 */
import { CheckFailed, check, until } from '../lib/harness.mjs';
import {
  RECEIPT_PNG,
  cartBadge,
  cartLineNames,
  chooseFirstOptions,
  clickAdd,
  fillCheckout,
  openCartDrawer,
  part,
  waitForBadge,
  waitForCards,
} from '../lib/kit.mjs';

export const BUYER = {
  customer_name: 'Rina Wulandari',
  customer_email: 'rina@example.com',
  customer_phone: '081234567890',
  shipping_address: 'Jl. Merdeka Barat No. 12, RT 03/RW 05',
};

const newOrders = (mock, before) => [...mock.mock.db.orders.values()].filter((o) => !before.has(o.secretSlug));

/** The payment-specific part of the order status. */
async function checkPayment(page, payment, order, notes = {}) {
  const status = page.locator('scalev-order-status');
  await status.locator(part('payment-instructions')).first().waitFor({ timeout: 10000 });
  if (payment === 'bank_transfer') {
    const accounts = await status.locator(part('bank-account')).count();
    check(accounts > 0, 'bank transfer instructions should list the store accounts');
  } else if (payment.startsWith('va_')) {
    const number = await until(async () => (await status.locator(part('copy-value')).allInnerTexts()).find((v) => /\d{8,}/.test(v)), 'a virtual account number should show', 10000);
    notes.va = `VA ${number}`;
  } else if (payment === 'qris') {
    await until(async () => (await status.locator('.qr-box svg, .qr-box img').count()) > 0, 'a QR code should be drawn', 10000);
  }
  const total = (await status.locator(part('total')).first().innerText()).replace(/\s+/g, ' ');
  const digits = total.replace(/\D/g, '');
  check(digits.includes(String(Math.round(order.grossRevenue))), `the order total shown (${total}) should be the order's gross revenue ${order.grossRevenue}`);
}

async function guestCheckoutJourney(t, payment, entry = 'catalog') {
  const mock = await t.startMock();
  const page = await t.newPage();
  const before = new Set(mock.mock.db.orders.keys());
  if (entry === 'catalog') await browseAndAdd(t, page);
  else await buyBoxAdd(t, page);
  await checkoutInDrawer(t, page, mock, before, payment);
}

/** Catalogue → product detail → variant → add. */
async function browseAndAdd(t, page) {
  await t.step('browse the catalogue', async () => {
    await t.open('e2e/shop.html');
    await waitForCards(page, 8);
  });
  const card = page.locator(`scalev-catalog ${part('card')}`).filter({ hasText: 'Kopi Arabika Gayo' }).first();
  const dialog = page.locator(`scalev-catalog ${part('dialog')}`);
  await t.step('open a product', async () => {
    await card.locator(part('card-choose-button')).click();
    await dialog.waitFor({ state: 'visible' });
    const options = dialog.locator(part('option-group')).first();
    const notFound = dialog.locator(part('not-found'));
    await until(async () => (await options.count()) || (await notFound.count()), 'the product detail should load', 10000);
    if (await notFound.count()) {
      const requested = (await t.mock.requests()).some((r) => r.path.endsWith('/public/products/kopi-arabika-gayo'));
      throw new CheckFailed(`the detail dialog says "${(await notFound.innerText()).split('\n')[0]}"${requested ? '' : ' without ever requesting the product'}`);
    }
  });
  await t.step('choose a variant', async () => {
    const groups = dialog.locator(part('option-group'));
    const count = await groups.count();
    check(count >= 1, 'the product should offer options');
    // The second value of the first option (e.g. a larger size), the first of the others.
    const first = groups.nth(0).locator('input[type=radio]:not([disabled])');
    await ((await first.count()) > 1 ? first.nth(1) : first.first()).check();
    for (let i = 1; i < count; i++) await groups.nth(i).locator('input[type=radio]:not([disabled])').first().check();
    await until(async () => dialog.locator(part('add-button')).isEnabled(), 'add button should enable once a variant is chosen');
  });
  await t.step('add to cart', async () => {
    await dialog.locator(part('add-button')).click();
    await waitForBadge(page, 1);
    await page.locator(`scalev-catalog ${part('dialog-close')}`).click();
  });
}

/** A buy box in an article → variant → add. */
async function buyBoxAdd(t, page) {
  await t.step('article with a buy box: choose a variant', async () => {
    await t.open('e2e/product.html', { slug: 'kopi-arabika-gayo' });
    await page.locator(`scalev-product ${part('add-button')}`).waitFor();
    await chooseFirstOptions(page, 'scalev-product');
  });
  await t.step('add to cart', async () => {
    await clickAdd(page, 'scalev-product');
    await waitForBadge(page, 1);
  });
}

async function checkoutInDrawer(t, page, mock, before, payment) {
  await t.step('open the cart', async () => {
    await openCartDrawer(page);
    const names = await cartLineNames(page);
    check(names.length === 1 && /Arabika Gayo/.test(names[0]), `cart should hold the chosen coffee (got ${JSON.stringify(names)})`);
  });
  await t.step('go to checkout', async () => {
    await page.locator(`scalev-cart ${part('checkout-button')}`).click();
    await page.locator('scalev-checkout').locator(part('form')).waitFor({ timeout: 10000 });
  });
  let place;
  await t.step(`fill contact, delivery (location search, courier) and ${payment}`, async () => {
    place = await fillCheckout(page, 'scalev-checkout', { guest: BUYER, payment });
  });
  let order;
  await t.step('place the order', async () => {
    await place.click();
    await page.locator('scalev-order-status').locator(part('order')).waitFor({ timeout: 15000 });
    const orders = newOrders(mock, before);
    check(orders.length === 1, `exactly one order expected, found ${orders.length}`);
    order = orders[0];
    check(order.paymentMethod === payment || order.payment_method === payment, `order paid by ${order.paymentMethod ?? order.payment_method}, expected ${payment}`);
  });
  const notes = {};
  await t.step('order status with payment instructions', async () => {
    await checkPayment(page, payment, order, notes);
    await until(async () => (await cartBadge(page)) === 0, 'the cart should be empty after the order');
  });
  if (payment === 'bank_transfer') {
    await t.step('upload the transfer proof', async () => {
      const status = page.locator('scalev-order-status');
      await status.locator('input[type=file]').setInputFiles({ name: 'bukti-transfer.png', mimeType: 'image/png', buffer: RECEIPT_PNG });
      await status.locator(part('proof-submit')).click();
      await until(async () => [...mock.mock.db.uploads.values()].some((u) => u.bytes), 'the proof should reach the storage', 10000);
      await until(async () => (await status.locator('.proof__sent').count()) > 0, 'the order should show the proof as sent', 10000);
    });
  }
  t.note(`order ${order.orderId ?? ''} ${payment}${notes.va ? `, ${notes.va}` : ''}`);
}

async function multiPageJourney(t, payment) {
  const mock = await t.startMock();
  const page = await t.newPage();
  const before = new Set(mock.mock.db.orders.keys());
  await t.step('product page: choose a variant and add', async () => {
    await t.open('e2e/mp-product.html', { slug: 'kopi-arabika-gayo' });
    await page.locator(`scalev-product ${part('add-button')}`).waitFor();
    await chooseFirstOptions(page, 'scalev-product');
    await clickAdd(page, 'scalev-product');
    await waitForBadge(page, 1);
  });
  await t.step('cart drawer → checkout page', async () => {
    await openCartDrawer(page);
    await Promise.all([page.waitForURL(/mp-checkout\.html/), page.locator(`scalev-cart ${part('checkout-button')}`).click()]);
    await page.locator(`scalev-checkout ${part('form')}`).waitFor({ timeout: 10000 });
  });
  let place;
  await t.step(`fill the checkout page and choose ${payment}`, async () => {
    place = await fillCheckout(page, 'scalev-checkout', { guest: BUYER, payment });
  });
  await t.step('place the order → order page', async () => {
    await Promise.all([page.waitForURL(/mp-order\.html.*order=/, { timeout: 15000 }), place.click()]);
    await page.locator(`scalev-order-status ${part('order')}`).waitFor({ timeout: 10000 });
  });
  const notes = {};
  await t.step(payment === 'qris' ? 'QRIS instructions with the QR code' : 'virtual account instructions', async () => {
    const orders = newOrders(mock, before);
    check(orders.length === 1, `exactly one order expected, found ${orders.length}`);
    await checkPayment(page, payment, orders[0], notes);
  });
  t.note(`multi-page: product → checkout → order page${notes.va ? `; ${notes.va}` : ''}`);
}

export function register(run) {
  const scenario = (name, fn, options) => run.scenario('journeys', name, fn, { timeout: 90000, axe: true, ...options });
  scenario('guest: browse catalogue → product detail → variant → add → cart → checkout (QRIS) → QR code', (t) =>
    guestCheckoutJourney(t, 'qris', 'catalog'),
  );
  scenario('guest: buy box → variant → add → cart drawer → checkout (bank transfer) → status → transfer proof', (t) =>
    guestCheckoutJourney(t, 'bank_transfer', 'buy-box'),
  );
  scenario('guest: multi-page shop → checkout page → order page (virtual account BCA)', (t) => multiPageJourney(t, 'va_bca'));
  scenario('guest: multi-page shop → checkout page → order page (QRIS) → QR code', (t) => multiPageJourney(t, 'qris'));
  scenario('one tag: <scalev-storefront> home → product → reload on the deep link → back/forward → add → cart → checkout → order (VA) → reload on the order link → back and forward', storefrontJourney);
  registerAccountJourneys(run);
}

export { CheckFailed };

/** The number on the storefront header's cart badge (0 when hidden). */
function storefrontBadge(page) {
  return page.evaluate(() => {
    const header = document.querySelector('scalev-storefront')?.shadowRoot?.querySelector('.header-cart');
    const badge = header?.shadowRoot?.querySelector('[part~="badge"]');
    if (!badge || badge.hidden) return 0;
    const n = parseInt(badge.textContent ?? '', 10);
    return Number.isFinite(n) ? n : 0;
  });
}

/** The storefront's route as the page URL shows it (hash routing: `#/produk/…`). */
const routeOf = (page) => new URL(page.url()).hash;

/**
 * The whole shop from one tag, driven through its own routes: links inside the storefront, the
 * browser's back and forward, and reloads on deep links. Another developer is finishing the element;
 * a broken route fails here with the route and what was on screen.
 */
async function storefrontJourney(t) {
  const mock = await t.startMock();
  const page = await t.newPage();
  const before = new Set(mock.mock.db.orders.keys());
  const sf = 'scalev-storefront';
  // A route's element loads on its first visit: give it the time a download takes.
  const shows = async (tag) => {
    const shown = await page
      .locator(`${sf} ${tag}`)
      .first()
      .waitFor({ state: 'attached', timeout: 10000 })
      .then(() => true, () => false);
    if (!shown) {
      const text = (await page.locator(sf).innerText().catch(() => '')).replace(/\s+/g, ' ').slice(0, 140);
      throw new CheckFailed(`route ${routeOf(page) || '(none)'} should show <${tag}>; the storefront shows "${text}"`);
    }
  };
  await t.step('the storefront opens on its home route: the catalogue', async () => {
    await t.open('e2e/storefront.html');
    await page.waitForFunction(() => Boolean(customElements.get('scalev-storefront')), null, { timeout: 8000 }).catch(() => {
      throw new CheckFailed('<scalev-storefront> is not in this build (src/elements/storefront/define.ts)');
    });
    await waitForCards(page, 8, `${sf} scalev-catalog`);
  });
  const product = `${sf} scalev-product`;
  await t.step('a card opens the product route', async () => {
    const card = page.locator(`${sf} scalev-catalog ${part('card')}`).filter({ hasText: 'Kopi Arabika Gayo' }).first();
    await card.locator('a.card__open, .card__open').first().click();
    await until(() => routeOf(page) === '#/produk/kopi-arabika-gayo', `the URL should name the product route (it is "${routeOf(page)}")`);
    await shows('scalev-product');
    await page.locator(`${product} ${part('option-group')}`).first().waitFor({ timeout: 10000 });
  });
  await t.step('back to the catalogue and forward to the product', async () => {
    await page.goBack();
    await until(() => ['', '#/', '#'].includes(routeOf(page)), `back should return to the home route (URL "${routeOf(page)}")`);
    await waitForCards(page, 8, `${sf} scalev-catalog`);
    await page.goForward();
    await until(() => routeOf(page) === '#/produk/kopi-arabika-gayo', 'forward should return to the product route');
    await page.locator(`${product} ${part('option-group')}`).first().waitFor({ timeout: 10000 });
  });
  await t.step('reload on the product deep link', async () => {
    await page.reload({ waitUntil: 'domcontentloaded' });
    check(routeOf(page) === '#/produk/kopi-arabika-gayo', `the reload should keep the route (URL "${routeOf(page)}")`);
    await page.locator(`${product} ${part('option-group')}`).first().waitFor({ timeout: 10000 });
  });
  await t.step('choose a variant and add: the header cart counts it', async () => {
    await chooseFirstOptions(page, product);
    await clickAdd(page, product);
    await until(async () => (await storefrontBadge(page)) === 1, 'the header cart badge should read 1');
  });
  await t.step('"view cart" opens the cart route', async () => {
    await page.locator(`${product} ${part('added')} a`).click();
    await until(() => routeOf(page) === '#/keranjang', `the URL should name the cart route (it is "${routeOf(page)}")`);
    await shows('scalev-cart.cart-page');
    await until(async () => (await page.locator(`${sf} scalev-cart.cart-page ${part('line-name')}`).allInnerTexts()).some((n) => /Arabika Gayo/.test(n)), 'the cart route should list the coffee');
  });
  await t.step('the cart goes on to the checkout route', async () => {
    await page.locator(`${sf} scalev-cart.cart-page ${part('checkout-button')}`).click();
    await until(() => routeOf(page) === '#/checkout', `the URL should name the checkout route (it is "${routeOf(page)}")`);
    await page.locator(`${sf} scalev-checkout ${part('form')}`).waitFor({ timeout: 10000 });
  });
  let place;
  await t.step('fill the checkout and choose a BCA virtual account', async () => {
    place = await fillCheckout(page, `${sf} scalev-checkout`, { guest: BUYER, payment: 'va_bca' });
  });
  let order;
  let orderRoute;
  await t.step('place the order: the order route shows how to pay', async () => {
    await place.click();
    await until(() => routeOf(page).startsWith('#/pesanan/'), `the URL should name the order route (it is "${routeOf(page)}")`, 15000);
    orderRoute = routeOf(page);
    const orders = newOrders(mock, before);
    check(orders.length === 1, `exactly one order expected, found ${orders.length}`);
    order = orders[0];
    check(orderRoute === `#/pesanan/${order.secretSlug}`, `the order route should carry the order's secret slug (${orderRoute})`);
    await checkPayment(page, 'va_bca', order);
    await until(async () => (await storefrontBadge(page)) === 0, 'the header cart should be empty after the order');
  });
  await t.step('reload on the order deep link', async () => {
    await page.reload({ waitUntil: 'domcontentloaded' });
    check(routeOf(page) === orderRoute, `the reload should keep the order route (URL "${routeOf(page)}")`);
    await checkPayment(page, 'va_bca', order);
  });
  await t.step('back leaves the order without a second one; forward shows it again', async () => {
    await page.goBack();
    await until(() => routeOf(page) !== orderRoute, 'back should leave the order route');
    const back = routeOf(page);
    await page.goForward();
    await until(() => routeOf(page) === orderRoute, 'forward should return to the order route');
    await page.locator(`${sf} scalev-order-status ${part('payment-instructions')}`).first().waitFor({ timeout: 10000 });
    check(newOrders(mock, before).length === 1, `history moves must never place a second order (found ${newOrders(mock, before).length})`);
    t.note(`routes: #/ → #/produk/kopi-arabika-gayo → #/keranjang → #/checkout → ${orderRoute}; back went to ${back || '(start)'}`);
  });
}

/** Signs in through the first `<scalev-login>` of the page; answers the OTP step when asked. */
async function signIn(page, mock, { email = 'budi@example.com', password = 'rahasia123' } = {}) {
  const login = page.locator('scalev-login').first();
  await login.locator('input[name=email]').fill(email);
  await login.locator('input[name=password]').fill(password);
  await login.locator('input[name=password]').press('Enter');
  const otp = login.locator('input[name=otp]');
  const signedIn = login.getByText(/Budi/);
  await until(async () => (await otp.count()) || (await signedIn.count()), 'sign-in should either ask for the code or sign in', 10000);
  if (await otp.count()) {
    const { otp: code } = await mock.control('GET', `otp?email=${encodeURIComponent(email)}`);
    check(code, 'the mock should have sent a one-time code');
    await otp.fill(code);
    await otp.press('Enter');
  }
  await until(async () => (await signedIn.count()) > 0, 'the customer should be signed in', 10000);
}

async function customerJourney(t) {
  const mock = await t.startMock({ otpRequired: true });
  const page = await t.newPage();
  const before = new Set(mock.mock.db.orders.keys());
  await t.step('as a guest, add a product', async () => {
    await t.open('e2e/product.html', { slug: 'kopi-toraja-sapan' });
    await page.locator(`scalev-product ${part('add-button')}`).waitFor();
    await chooseFirstOptions(page, 'scalev-product');
    await clickAdd(page, 'scalev-product');
    await waitForBadge(page, 1);
  });
  await t.step('sign in with email, password and the one-time code', async () => {
    await t.open('e2e/account.html');
    await signIn(page, mock);
  });
  await t.step('the guest cart is merged into the customer cart', async () => {
    const customer = [...mock.mock.db.customers.values()].find((c) => c.email === 'budi@example.com');
    await until(() => {
      const cart = mock.mock.db.customerCarts.get(customer.id);
      return cart && cart.lines.some((l) => l.quantity >= 1);
    }, 'the customer cart should hold the guest line after sign-in', 10000);
    await until(async () => (await cartBadge(page)) >= 1, 'the cart badge should still count the merged line');
  });
  let place;
  await t.step('customer checkout with a saved address', async () => {
    await openCartDrawer(page);
    await page.locator(`scalev-cart ${part('checkout-button')}`).click();
    await page.locator(`scalev-checkout ${part('form')}`).waitFor({ timeout: 10000 });
    check((await page.locator('scalev-checkout input[name=address_id]').count()) > 0, 'saved addresses should be offered');
    place = await fillCheckout(page, 'scalev-checkout', { payment: 'bank_transfer' });
  });
  let order;
  await t.step('place the order', async () => {
    await place.click();
    await page.locator(`scalev-order-status ${part('order')}`).waitFor({ timeout: 15000 });
    const orders = newOrders(mock, before);
    check(orders.length === 1, `exactly one order expected, found ${orders.length}`);
    order = orders[0];
    check(order.customerId != null || order.customer_id != null, 'the order should belong to the customer');
  });
  await t.step('the order is listed in the account', async () => {
    await page.keyboard.press('Escape');
    await t.open('e2e/account.html', { account: 'orders' });
    const account = page.locator('scalev-account');
    await until(async () => (await account.getByText(order.orderId).count()) > 0, `account orders should list order ${order.orderId}`, 10000);
  });
  t.note(`order ${order.orderId} for the signed-in customer`);
}

async function passwordResetJourney(t) {
  const mock = await t.startMock();
  const page = await t.newPage();
  let link;
  await t.step('ask for a reset link', async () => {
    await t.open('e2e/account.html');
    const login = page.locator('scalev-login').first();
    await login.getByRole('button', { name: /lupa kata sandi/i }).click();
    await login.locator('input[name=email]').fill('budi@example.com');
    await login.locator('input[name=email]').press('Enter');
    await until(async () => (await mock.control('GET', 'password-reset?email=budi@example.com')).link, 'the API should have sent a reset link');
    link = (await mock.control('GET', 'password-reset?email=budi@example.com')).link;
    check(new URL(link).origin === t.app.origin, `the link should point at the merchant's page origin (${t.app.origin}), got ${link}`);
  });
  await t.step('open the link: the page reads the token, the buyer types a new password', async () => {
    const url = new URL(link);
    url.searchParams.set('api', mock.url);
    url.searchParams.set('store', mock.storeId);
    url.searchParams.set('key', mock.storefrontKey);
    await page.goto(url.href);
    const login = page.locator('scalev-login').first();
    const fields = login.locator('input[type=password]');
    await until(async () => (await fields.count()) >= 2, 'the reset form should ask for the new password twice');
    await fields.nth(0).fill('kopi-baru-2026');
    await fields.nth(1).fill('kopi-baru-2026');
    await fields.nth(1).press('Enter');
    await until(async () => (await login.getByText(/tersimpan|saved/i).count()) > 0, 'the new password should be saved');
    check(!new URL(page.url()).searchParams.has('token'), 'the token should be taken out of the address bar');
  });
  await t.step('sign in with the new password', async () => {
    await t.open('e2e/account.html');
    await signIn(page, mock, { password: 'kopi-baru-2026' });
  });
}

async function subscriptionsAndCourseJourney(t) {
  const mock = await t.startMock();
  const page = await t.newPage();
  const account = page.locator('scalev-account');
  await t.step('sign in', async () => {
    await t.open('e2e/account.html');
    await signIn(page, mock);
  });
  await t.step('subscriptions: list and detail', async () => {
    await t.open('e2e/account.html', { account: 'subscriptions' });
    const first = account.locator(`${part('card')} a`).first();
    await first.waitFor({ timeout: 10000 });
    const name = (await first.innerText()).trim();
    await first.click();
    await until(async () => (await account.locator('#sub-items, [aria-labelledby=sub-items]').count()) > 0, `the subscription "${name}" should open`, 10000);
    t.note(`subscription "${name}"`);
  });
  await t.step('courses: open a course and read its content', async () => {
    await t.open('e2e/account.html', { account: 'courses' });
    const open = account.locator(`${part('card')} ${part('button')}`).first();
    await open.waitFor({ timeout: 10000 });
    await open.click();
    await until(async () => (await account.locator(part('course-content')).count()) > 0 || (await account.locator(`${part('card')}[aria-label]`).count()) > 0, 'the course should show its sections and content', 10000);
  });
}

export function registerAccountJourneys(run) {
  const scenario = (name, fn) => run.scenario('journeys', name, fn, { timeout: 90000, axe: true });
  scenario('customer: guest cart → sign in with OTP → merged cart → checkout with a saved address → account orders', customerJourney);
  scenario('customer: forgot password → reset link on the merchant page → new password → sign in', passwordResetJourney);
  scenario('customer: subscriptions (list, detail) and a course (open, content)', subscriptionsAndCourseJourney);
}
