/**
 * Route families of the fault matrix that need a signed-in customer: the customer cart's writes,
 * the customer checkout (shipping options, summary, placing the order), subscription actions,
 * course progress and address writes. The customer signed in on an "earlier visit" (tokens seeded
 * where the kit keeps them), so every cell spends its time on the route under test, not on the
 * sign-in form (which has its own family, `auth: POST login`).
 *
 * Same shape as `fault-families.mjs`; `seedCustomer` is `true` or `{ cart: <product slug> }` to
 * start with one item in the customer cart.
 */
import { CheckFailed, check, until } from '../lib/harness.mjs';
import { cartBadge, chooseFirstOptions, customerCartLines, fillCheckout, openCartDrawer, part, waitForBadge } from '../lib/kit.mjs';

const SEEDED_CART = { cart: 'kopi-toraja-sapan' };
const quantityInput = (page) => page.locator(`scalev-cart ${part('line')} ${part('quantity-input')}`).first();

const cartUnits = (mock) => customerCartLines(mock).reduce((n, line) => n + line.quantity, 0);

/** The customer cart holds `units` items, in the badge and in the API. */
async function customerCartHolds(page, mock, units) {
  await waitForBadge(page, units);
  let found = 0;
  await until(() => (found = cartUnits(mock)) === units, 'the API customer cart should match the badge', 8000).catch(() => {
    throw new CheckFailed(`the API customer cart holds ${found} item(s), expected ${units}`);
  });
}

/** An account sub-view (`?account=…`) of the signed-in customer. */
const accountPage = (view) => ({ element: 'scalev-account', page: 'e2e/account.html', params: { account: view }, scopes: ['scalev-account'], seedCustomer: true });

const account = (page) => page.locator('scalev-account');

async function confirmDialog(page) {
  const confirm = account(page).locator(part('dialog-confirm'));
  await confirm.waitFor({ state: 'visible' });
  await confirm.click();
}

/** The demo customer's records in the mock. */
function demoCustomer(mock) {
  return [...mock.mock.db.customers.values()].find((c) => c.email === 'budi@example.com');
}
function subscription(mock, index) {
  const mine = [...mock.mock.db.subscriptions.values()].filter((s) => s.customerId === demoCustomer(mock).id);
  return mine[index];
}
function addressesOf(mock) {
  const id = demoCustomer(mock).id;
  return [...mock.mock.db.addresses.values()].filter((a) => a.customerId === id);
}

const ADDRESS = { name: 'Rumah Bandung', phone: '081298765432', address: 'Jl. Braga No. 7', notes: 'Pagar hijau' };

async function fillAddressForm(page) {
  const form = account(page).locator(part('form'));
  await form.waitFor({ timeout: 10000 });
  for (const [name, value] of Object.entries(ADDRESS)) await form.locator(`[name="${name}"]`).fill(value);
  const combo = form.locator('input[role=combobox]');
  await combo.fill('Gambir');
  const option = form.locator('[role=option]').filter({ hasText: 'Gambir' }).first();
  await option.waitFor({ timeout: 10000 });
  await option.click();
  // The location's postal codes load next (the customer sees "Loading postal codes…"), then a
  // select when there are several, else an input (filled when there is exactly one).
  const postal = form.locator('[name$="postal_code"]');
  await postal.waitFor({ timeout: 10000 });
  if ((await postal.evaluate((el) => el.localName)) === 'select') await postal.selectOption({ index: 1 });
  check(/^\d{5}$/.test(await postal.inputValue()), 'a postal code should be chosen');
}

async function addressFormKept({ page }) {
  const form = account(page).locator(part('form'));
  for (const name of ['name', 'address']) {
    const value = await form.locator(`[name="${name}"]`).inputValue();
    check(value === ADDRESS[name], `the ${name} field lost what the customer typed ("${value}")`);
  }
}

const submitAddress = (page) => account(page).locator(`${part('form')} button[type=submit]`).click();

/** The upgrade or downgrade choices of the active subscription's item, opened. */
async function openPlans(page) {
  const toggle = account(page).locator(`${part('button-secondary')}[aria-expanded]`).first();
  await toggle.waitFor({ timeout: 10000 });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await account(page).locator('.option__plans .options').first().waitFor({ timeout: 10000 });
}

/** The first "switch" button under the Upgrades (or Downgrades) heading. */
function planButton(page, direction) {
  const heading = direction === 'upgrade' ? /upgrade/i : /downgrade/i;
  return account(page).locator('.option__plans h4').filter({ hasText: heading }).locator('xpath=following-sibling::ul[1]').locator('button').first();
}

function subscriptionAction(direction) {
  const index = direction === 'resume' ? 1 : 0;
  const base = {
    ...accountPage(`subscriptions/${direction === 'resume' ? 'cancel-at-period-end' : 'active'}`),
    name: `subscription: POST ${direction}`,
    method: 'POST',
    path: direction === 'upgrade' || direction === 'downgrade' ? '/customers/me/subscription-items/*' : '/customers/me/subscriptions/*',
    before: (ctx) => {
      const sub = subscription(ctx.mock, index);
      ctx.state.subId = sub.id;
      ctx.state.itemVariant = sub.items[0].variantId;
    },
    params: (ctx) => ({ account: `subscriptions/${ctx.state.subId}` }),
  };
  if (direction === 'cancel' || direction === 'resume') {
    const button = (page) =>
      direction === 'cancel' ? account(page).locator(part('button-danger')).first() : account(page).getByRole('button', { name: /resume|lanjutkan/i });
    const act = async ({ page }) => {
      await button(page).click();
      if (direction === 'cancel') await confirmDialog(page);
    };
    return {
      ...base,
      ready: async ({ page }) => {
        await button(page).waitFor({ timeout: 10000 });
      },
      trigger: act,
      kept: async ({ page, mock, state }, after) => {
        const sub = mock.mock.db.subscriptions.get(state.subId);
        const cancelling = sub.isCancelAtPeriodEnd;
        if (!after) check(cancelling === (direction === 'resume'), `a failed ${direction} must not change the subscription`);
        // Still signed in, still on the subscription.
        await account(page).locator('#sub-items').waitFor();
      },
      resubmit: act,
      succeeded: async ({ mock, state, page }) => {
        await until(() => mock.mock.db.subscriptions.get(state.subId).isCancelAtPeriodEnd === (direction === 'cancel'), `the subscription should be ${direction === 'cancel' ? 'cancelling' : 'resumed'} after the retry`);
        await account(page).locator(part('notice')).waitFor();
      },
    };
  }
  const act = async ({ page }) => {
    await openPlans(page);
    const button = planButton(page, direction);
    check((await button.count()) > 0, `the subscription item offers no ${direction}`);
    await button.click();
    await confirmDialog(page);
  };
  return {
    ...base,
    ready: async ({ page }) => {
      await openPlans(page);
    },
    trigger: act,
    kept: async ({ mock, state }, after) => {
      if (!after) check(subscription(mock, index).items[0].variantId === state.itemVariant, `a failed ${direction} must not change the plan`);
    },
    resubmit: act,
    succeeded: async ({ mock, state, page }) => {
      await until(() => {
        const item = subscription(mock, index).items[0];
        return item.variantId !== state.itemVariant || item.pendingAction;
      }, `the plan should change after the retry`);
      await account(page).locator(part('notice')).waitFor();
    },
  };
}

export const CUSTOMER_FAMILIES = [
  // ---- customer cart writes ----
  {
    name: 'customer cart: POST add item',
    element: 'scalev-product',
    page: 'e2e/product.html',
    params: { slug: 'kopi-arabika-gayo' },
    method: 'POST',
    path: '/customers/me/cart/items',
    scopes: ['scalev-product', 'scalev-cart'],
    seedCustomer: SEEDED_CART,
    ready: async ({ page }) => {
      await page.locator(`scalev-product ${part('add-button')}`).waitFor();
      await chooseFirstOptions(page, 'scalev-product');
      await waitForBadge(page, 1);
    },
    trigger: async ({ page }) => {
      await page.locator(`scalev-product ${part('add-button')}`).click();
    },
    kept: async ({ page, mock }, after) => customerCartHolds(page, mock, after ? 2 : 1),
    resubmit: async ({ page }) => {
      await page.locator(`scalev-product ${part('add-button')}`).click();
    },
    succeeded: async ({ page }) => {
      await waitForBadge(page, 2);
    },
  },
  {
    name: 'customer cart: PATCH quantity',
    element: 'scalev-cart',
    page: 'e2e/cart.html',
    method: 'PATCH',
    path: '/customers/me/cart/items/*',
    scopes: ['scalev-cart'],
    seedCustomer: SEEDED_CART,
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
      await customerCartHolds(page, mock, expected);
    },
    resubmit: async ({ page }) => {
      await page.locator(`scalev-cart ${part('line')} ${part('quantity-increase')}`).first().click();
    },
    succeeded: async ({ page }) => {
      await waitForBadge(page, 2);
    },
  },
  {
    name: 'customer cart: DELETE line',
    element: 'scalev-cart',
    page: 'e2e/cart.html',
    method: 'DELETE',
    path: '/customers/me/cart/items/*',
    scopes: ['scalev-cart'],
    seedCustomer: SEEDED_CART,
    ready: async ({ page }) => {
      await waitForBadge(page, 1);
      await openCartDrawer(page);
      await page.locator(`scalev-cart ${part('remove-button')}`).first().waitFor();
    },
    trigger: async ({ page }) => {
      await page.locator(`scalev-cart ${part('remove-button')}`).first().click();
    },
    kept: async ({ page, mock }, after) => {
      if (after) {
        check(customerCartLines(mock).length === 0, 'the line should be gone from the API customer cart after the retry');
        return;
      }
      await until(async () => (await page.locator(`scalev-cart ${part('line')}`).count()) === 1, 'the line should come back after the failed removal');
      check(customerCartLines(mock).length === 1, 'the API customer cart must still hold the line');
    },
    resubmit: async ({ page }) => {
      await page.locator(`scalev-cart ${part('remove-button')}`).first().click();
    },
    succeeded: async ({ page }) => {
      await until(async () => (await page.locator(`scalev-cart ${part('line')}`).count()) === 0, 'the line should be removed after the retry');
      await until(async () => (await cartBadge(page)) === 0, 'the badge should read 0');
    },
  },

  // ---- customer checkout ----
  {
    // The first saved address is chosen for the customer, so the options load with the page.
    name: 'customer checkout: POST shipping options',
    element: 'scalev-checkout',
    page: 'e2e/mp-checkout.html',
    method: 'POST',
    path: '/customers/me/checkout/shipping-options',
    scopes: ['scalev-checkout'],
    seedCustomer: SEEDED_CART,
    faultOnLoad: true,
    kept: async ({ page, mock }) => {
      await customerCartHolds(page, mock, 1);
      check((await page.locator('scalev-checkout input[name=address_id]:checked').count()) === 1, 'the chosen saved address should stay chosen');
    },
    succeeded: async ({ page }) => {
      await page.locator(`scalev-checkout ${part('shipping-option')}`).first().waitFor({ timeout: 10000 });
    },
  },
  {
    name: 'customer checkout: POST summary',
    element: 'scalev-checkout',
    page: 'e2e/mp-checkout.html',
    method: 'POST',
    path: '/customers/me/checkout/summary',
    scopes: ['scalev-checkout'],
    seedCustomer: SEEDED_CART,
    ready: async ({ page }) => {
      await page.locator(`scalev-checkout ${part('shipping-option')}`).nth(1).waitFor({ timeout: 10000 });
    },
    trigger: async ({ page }) => {
      await page.locator(`scalev-checkout ${part('shipping-option')}`).nth(1).click();
    },
    kept: async ({ page, mock }) => {
      await customerCartHolds(page, mock, 1);
      check((await page.locator('scalev-checkout input[name=courier_service_id]:checked').count()) === 1, 'the chosen courier should stay chosen');
    },
    succeeded: async ({ page }) => {
      await until(async () => /\d/.test(await page.locator(`scalev-checkout ${part('total')}`).first().innerText()), 'the total should show after the retry');
    },
  },
  {
    name: 'customer checkout: POST place order',
    element: 'scalev-checkout',
    page: 'e2e/mp-checkout.html',
    method: 'POST',
    path: '/customers/me/checkout',
    scopes: ['scalev-checkout'],
    seedCustomer: SEEDED_CART,
    messages: {
      timeout: /may already have been placed|did not answer in time/i,
      offline: /may already have been placed|could not reach/i,
      malformed: /may already have been placed|could not be read/i,
    },
    ready: async (ctx) => {
      await ctx.page.locator(`scalev-checkout ${part('form')}`).waitFor({ timeout: 10000 });
      ctx.state.place = await fillCheckout(ctx.page, 'scalev-checkout', { payment: 'bank_transfer' });
    },
    trigger: async ({ state }) => {
      await state.place.click();
    },
    kept: async ({ page, mock }, after) => {
      if (after) return;
      check(customerCartLines(mock).length === 1, 'the customer cart must still hold its line after a failed order');
      check((await page.locator('scalev-checkout input[name=payment_method]:checked').count()) === 1, 'the chosen payment method should stay chosen');
    },
    resubmit: async ({ page }) => {
      await page.locator(`scalev-checkout ${part('place-order')}`).filter({ visible: true }).first().click();
    },
    succeeded: async ({ page, mock }) => {
      await page.waitForURL(/mp-order\.html.*order=/, { timeout: 15000 });
      await page.locator(`scalev-order-status ${part('order')}`).waitFor({ timeout: 10000 });
      const orders = [...mock.mock.db.orders.values()].filter((o) => o.customerId === demoCustomer(mock).id);
      check(orders.length > 0, 'the order should belong to the customer');
    },
    ordersAfter: 1,
  },

  // ---- subscriptions ----
  subscriptionAction('cancel'),
  subscriptionAction('resume'),
  subscriptionAction('upgrade'),
  subscriptionAction('downgrade'),

  // ---- course progress ----
  {
    ...accountPage('courses'),
    name: 'course: PATCH progress',
    method: 'PATCH',
    path: '/customers/me/course-contents/*',
    before: (ctx) => {
      const lesson = firstOpenLesson(ctx.mock);
      ctx.state.lesson = lesson;
    },
    params: (ctx) => ({ account: `courses/${ctx.state.lesson.courseUuid}/${ctx.state.lesson.contentUuid}` }),
    ready: async ({ page }) => {
      await markButton(page).waitFor({ timeout: 10000 });
      check((await markButton(page).getAttribute('aria-pressed')) === 'false', 'the lesson should start not completed');
    },
    trigger: async ({ page }) => {
      await markButton(page).click();
    },
    kept: async ({ page }, after) => {
      if (!after) check((await markButton(page).getAttribute('aria-pressed')) === 'false', 'a failed save must not show the lesson as completed');
    },
    resubmit: async ({ page }) => {
      await markButton(page).click();
    },
    succeeded: async ({ page, mock, state }) => {
      await until(async () => (await markButton(page).getAttribute('aria-pressed')) === 'true', 'the lesson should show as completed after the retry');
      check(lessonProgress(mock, state.lesson) >= 100, 'the API should hold the completed progress');
    },
  },

  // ---- addresses ----
  {
    ...accountPage('addresses/new'),
    name: 'addresses: POST create',
    method: 'POST',
    path: '/customers/me/addresses',
    before: (ctx) => {
      ctx.state.addressesBefore = addressesOf(ctx.mock).length;
    },
    ready: async ({ page }) => {
      await fillAddressForm(page);
    },
    trigger: async ({ page }) => submitAddress(page),
    kept: async (ctx, after) => {
      if (after) return;
      await addressFormKept(ctx);
    },
    resubmit: async ({ page }) => submitAddress(page),
    succeeded: async ({ page, mock, state }) => {
      await account(page).locator(part('notice')).waitFor({ timeout: 10000 });
      const now = addressesOf(mock);
      check(now.length === state.addressesBefore + 1, `exactly one new address expected, found ${now.length - state.addressesBefore}`);
    },
  },
  {
    ...accountPage('addresses'),
    name: 'addresses: PATCH update',
    method: 'PATCH',
    path: '/customers/me/addresses/*',
    before: (ctx) => {
      const target = addressesOf(ctx.mock)[0];
      ctx.state.addressId = target.id;
      ctx.state.oldNotes = target.notes ?? '';
    },
    params: (ctx) => ({ account: `addresses/${ctx.state.addressId}` }),
    ready: async ({ page }) => {
      const notes = account(page).locator(`${part('form')} [name=notes]`);
      await notes.waitFor({ timeout: 10000 });
      await notes.fill('Titip ke satpam');
    },
    trigger: async ({ page }) => submitAddress(page),
    kept: async ({ page, mock, state }, after) => {
      if (after) return;
      const notes = await account(page).locator(`${part('form')} [name=notes]`).inputValue();
      check(notes === 'Titip ke satpam', `the notes field lost what the customer typed ("${notes}")`);
      check((mock.mock.db.addresses.get(state.addressId).notes ?? '') === state.oldNotes, 'a failed save must not change the address');
    },
    resubmit: async ({ page }) => submitAddress(page),
    succeeded: async ({ page, mock, state }) => {
      await account(page).locator(part('notice')).waitFor({ timeout: 10000 });
      check(mock.mock.db.addresses.get(state.addressId).notes === 'Titip ke satpam', 'the API should hold the new notes');
    },
  },
  {
    ...accountPage('addresses'),
    name: 'addresses: DELETE',
    method: 'DELETE',
    path: '/customers/me/addresses/*',
    before: (ctx) => {
      ctx.state.addressesBefore = addressesOf(ctx.mock).length;
    },
    ready: async ({ page }) => {
      await account(page).locator(part('button-danger')).first().waitFor({ timeout: 10000 });
    },
    trigger: async ({ page }) => {
      await account(page).locator(part('button-danger')).first().click();
      await confirmDialog(page);
    },
    kept: async ({ page, mock, state }, after) => {
      if (after) return;
      check(addressesOf(mock).length === state.addressesBefore, 'a failed delete must keep the address');
      check((await account(page).locator(`.list ${part('card')}`).count()) === state.addressesBefore, 'the address should still be listed');
    },
    resubmit: async ({ page }) => {
      await account(page).locator(part('button-danger')).first().click();
      await confirmDialog(page);
    },
    succeeded: async ({ page, mock, state }) => {
      await until(() => addressesOf(mock).length === state.addressesBefore - 1, 'the address should be deleted after the retry');
      await until(async () => (await account(page).locator(`.list ${part('card')}`).count()) === state.addressesBefore - 1, 'the list should drop the address');
    },
  },
];

const markButton = (page) => account(page).locator('button[aria-pressed]').first();

/** The first lesson of the demo customer's owned course that is not completed yet. */
function firstOpenLesson(mock) {
  const db = mock.mock.db;
  const owned = new Set(db.courseAccess.filter((a) => a.customerId === demoCustomer(mock).id && a.status === 'active').map((a) => a.variantUuid));
  for (const course of db.courses.filter((c) => owned.has(c.variantUuid))) {
    for (const section of course.sections) {
      for (const content of section.contents) {
        if (lessonProgress(mock, { contentUuid: content.uuid }) < 100) return { courseUuid: course.variantUuid, contentUuid: content.uuid };
      }
    }
  }
  throw new CheckFailed('the mock has no open lesson');
}

function lessonProgress(mock, lesson) {
  const db = mock.mock.db;
  return db.courseProgress.get(`${demoCustomer(mock).id}:${lesson.contentUuid}`)?.progress ?? 0;
}
