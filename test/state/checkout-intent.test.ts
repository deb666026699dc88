import { expect, html, aTimeout } from '@open-wc/testing';
import { requestsTo, until as waitFor, shadow } from '../helpers/fixture.js';
import { mountIsolated, type IsolatedOptions } from '../elements/checkout/helpers.js';
import { DEMO_PREFILL_TOKEN, LOW_SCORE_RECAPTCHA_TOKEN, type MockScalev, type RecordedRequest } from '../../src/mock/index.js';
import type { Storefront } from '../../src/context/storefront.js';
import {
  CheckoutIntentCapture,
  SNAPSHOT_DEBOUNCE_MS,
  takePrefillTokenFromUrl,
  type IntentSnapshot,
} from '../../src/state/checkout-intent.js';
import '../../src/elements/checkout/define.js';
import type { ScalevCheckout } from '../../src/elements/checkout/checkout.js';

/** Waits generously: these journeys run while other suites load the machine. */
const until = (predicate: () => unknown, message: string, timeout = 8000) => waitFor(predicate, message, Math.max(timeout, 8000));

const recaptcha = async (action: string) => `token-for-${action}`;

function snapshot(fields: IntentSnapshot['fields']): IntentSnapshot {
  return { fields, items: [{ type: 'variant', variant_id: 494535, quantity: 1 }] };
}

const starts = (mock: MockScalev) => requestsTo(mock, '/public/checkout-intents', 'POST');
const patches = (mock: MockScalev) => requestsTo(mock, '/public/checkout-intents/', 'PATCH');

function expectNoTokenInUrls(mock: MockScalev): void {
  for (const request of mock.requests) expect(request.url).to.not.match(/cit_/);
}

async function setup(options: IsolatedOptions = {}): Promise<{ sf: Storefront; mock: MockScalev }> {
  const { storefront, mock } = await mountIsolated(html`<div></div>`, options);
  return { sf: storefront, mock };
}

async function started(mock: MockScalev, count = 1): Promise<RecordedRequest> {
  await until(() => starts(mock).length >= count, 'intent started');
  return starts(mock)[count - 1]!;
}

describe('checkout-intent capture', function () {
  // Multi-step journeys against the mock; the machine may be busy with other suites.
  this.timeout(30_000);
  beforeEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname);
  });

  it('is off without a reCAPTCHA source: nothing is sent, flush gives no token', async () => {
    const { sf, mock } = await setup();
    const capture = new CheckoutIntentCapture(sf);
    expect(capture.enabled).to.equal(false);
    capture.update(snapshot({ customer_email: 'sari@example.com' }));
    expect(await capture.flush()).to.equal(null);
    await aTimeout(50);
    expect(starts(mock)).to.have.length(0);
  });

  it('starts once contact details exist, then saves debounced snapshots with a rising sequence and the cit_ token only in the header', async () => {
    const { sf, mock } = await setup();
    const capture = new CheckoutIntentCapture(sf, { getRecaptchaToken: recaptcha });
    capture.update(snapshot({ customer_name: 'Sari' }));
    await aTimeout(50);
    expect(starts(mock), 'no start before an email or phone').to.have.length(0);
    capture.update(snapshot({ customer_name: 'Sari', customer_email: 'sari@example.com' }));
    const start = await started(mock);
    const body = start.body as Record<string, unknown>;
    expect(body['recaptcha_token']).to.equal('token-for-checkout_intent_start');
    expect(body['form_widget_id']).to.equal('storefront-checkout');
    expect(body['client_session_id']).to.match(/^[0-9a-f-]{36}$/);
    expect(body['fields']).to.deep.include({ customer_name: 'Sari', customer_email: 'sari@example.com' });
    expect(String(body['source_url'])).to.not.contain('?');
    await until(() => capture.id, 'intent id known');
    capture.update(snapshot({ customer_name: 'Sari Dewi', customer_email: 'sari@example.com', customer_phone: '' }));
    capture.update(snapshot({ customer_name: 'Sari Dewi', customer_email: 'sari@example.com', customer_phone: '6281234567890' }));
    await aTimeout(SNAPSHOT_DEBOUNCE_MS / 2);
    expect(patches(mock), 'debounced').to.have.length(0);
    await until(() => patches(mock).length === 1, 'one snapshot', SNAPSHOT_DEBOUNCE_MS * 3);
    const first = patches(mock)[0]!;
    expect(first.headers['x-scalev-checkout-intent-token']).to.match(/^cit_/);
    expect((first.body as { sequence: number }).sequence).to.equal(1);
    expect((first.body as { fields: Record<string, unknown> }).fields, 'only changed fields').to.deep.equal({
      customer_name: 'Sari Dewi',
      customer_phone: '6281234567890',
    });
    capture.update(snapshot({ customer_name: 'Sari Dewi', customer_email: 'sari@example.com', customer_phone: '6281234567890', notes: 'Titip satpam', sub_payment_method: 'BCA' }));
    const token = await capture.flush();
    expect(token).to.match(/^cit_/);
    await until(() => patches(mock).length === 2, 'flushed');
    expect((patches(mock)[1]!.body as { sequence: number }).sequence).to.equal(2);
    const intent = mock.db.checkoutIntents.get(capture.id!)!;
    expect(intent.fields.notes).to.equal('Titip satpam');
    expect(intent.fields.sub_payment_method, 'every field the contract lists is kept').to.equal('BCA');
    expectNoTokenInUrls(mock);
  });

  it('reuses the client session across reloads (resume) and replaces it after an order', async () => {
    const { sf, mock } = await setup();
    const first = new CheckoutIntentCapture(sf, { getRecaptchaToken: recaptcha });
    first.update(snapshot({ customer_email: 'sari@example.com' }));
    const a = await started(mock);
    first.dispose();
    const second = new CheckoutIntentCapture(sf, { getRecaptchaToken: recaptcha });
    second.update(snapshot({ customer_email: 'sari@example.com' }));
    const b = await started(mock, 2);
    expect((b.body as { client_session_id: string }).client_session_id).to.equal((a.body as { client_session_id: string }).client_session_id);
    await until(() => second.id, 'resumed');
    second.completed();
    const third = new CheckoutIntentCapture(sf, { getRecaptchaToken: recaptcha });
    third.update(snapshot({ customer_email: 'sari@example.com' }));
    const c = await started(mock, 3);
    expect((c.body as { client_session_id: string }).client_session_id).to.not.equal((a.body as { client_session_id: string }).client_session_id);
  });

  it('a completed session (409) gets a new client_session_id and one new start', async () => {
    const { sf, mock } = await setup();
    const capture = new CheckoutIntentCapture(sf, { getRecaptchaToken: recaptcha });
    capture.update(snapshot({ customer_email: 'sari@example.com' }));
    await until(() => capture.id, 'started');
    mock.db.checkoutIntents.get(capture.id!)!.completed = true;
    capture.dispose();
    const again = new CheckoutIntentCapture(sf, { getRecaptchaToken: recaptcha });
    again.update(snapshot({ customer_email: 'sari@example.com' }));
    await until(() => starts(mock).length === 3, 'restarted after 409');
    const ids = starts(mock).map((r) => (r.body as { client_session_id: string }).client_session_id);
    expect(ids[1]).to.equal(ids[0]);
    expect(ids[2]).to.not.equal(ids[1]);
    await until(() => again.id, 'new intent');
    expect(again.enabled).to.equal(true);
  });

  it('an expired cit_ (401 on a snapshot) resumes the same session with a fresh reCAPTCHA token', async () => {
    const { sf, mock } = await setup();
    let asked = 0;
    const capture = new CheckoutIntentCapture(sf, { getRecaptchaToken: async () => `t${++asked}` });
    capture.update(snapshot({ customer_email: 'sari@example.com' }));
    await until(() => capture.id, 'started');
    mock.faults.add({ method: 'PATCH', path: '/public/checkout-intents/*', status: 401, body: { error_code: 'invalid_checkout_intent_token' } });
    capture.update(snapshot({ customer_email: 'sari@example.com', customer_name: 'Sari' }));
    await until(() => starts(mock).length === 2, 'resumed', 4000);
    expect(asked).to.equal(2);
    expect((starts(mock)[1]!.body as { client_session_id: string }).client_session_id).to.equal((starts(mock)[0]!.body as { client_session_id: string }).client_session_id);
  });

  for (const [name, prepare] of [
    ['403 (feature not in the plan)', (mock: MockScalev) => (mock.options.checkoutIntentsAllowed = false)],
    ['404', (mock: MockScalev) => mock.faults.add({ method: 'POST', path: '/public/checkout-intents', status: 404, body: { message: 'Not found' } })],
    ['a CORS/preflight failure', (mock: MockScalev) => mock.faults.add({ method: 'POST', path: '/public/checkout-intents', kind: 'offline' })],
  ] as const) {
    it(`${name} stops capture for this checkout`, async () => {
      const { sf, mock } = await setup();
      prepare(mock);
      const capture = new CheckoutIntentCapture(sf, { getRecaptchaToken: recaptcha });
      capture.update(snapshot({ customer_email: 'sari@example.com' }));
      await until(() => !capture.enabled, 'stopped');
      const count = mock.requests.length;
      capture.update(snapshot({ customer_email: 'sari@example.com', customer_name: 'Sari' }));
      await aTimeout(SNAPSHOT_DEBOUNCE_MS + 100);
      expect(mock.requests.length).to.equal(count);
      expect(await capture.flush()).to.equal(null);
    });
  }

  it('a failed reCAPTCHA assessment (422) is not retried with the same token', async () => {
    const { sf, mock } = await setup();
    const capture = new CheckoutIntentCapture(sf, { getRecaptchaToken: async () => LOW_SCORE_RECAPTCHA_TOKEN });
    capture.update(snapshot({ customer_email: 'sari@example.com' }));
    await until(() => !capture.enabled, 'stopped');
    await aTimeout(100);
    expect(starts(mock)).to.have.length(1);
  });

  it('a reCAPTCHA provider that throws or hangs never blocks anything', async () => {
    const { sf, mock } = await setup();
    const capture = new CheckoutIntentCapture(sf, {
      getRecaptchaToken: async () => {
        throw new Error('blocked by an ad blocker');
      },
    });
    capture.update(snapshot({ customer_email: 'sari@example.com' }));
    const started = Date.now();
    expect(await capture.flush()).to.equal(null);
    expect(Date.now() - started).to.be.lessThan(100);
    await until(() => !capture.enabled, 'stopped');
    expect(starts(mock)).to.have.length(0);
  });

  it('takes the cip_ recovery token out of the URL (long or short parameter)', () => {
    history.replaceState(null, '', `${location.pathname}?a=1&checkout_intent_prefill_token=cip_abc#x`);
    expect(takePrefillTokenFromUrl()).to.equal('cip_abc');
    expect(location.search).to.equal('?a=1');
    expect(location.hash).to.equal('#x');
    history.replaceState(null, '', `${location.pathname}?cip=cip_short`);
    expect(takePrefillTokenFromUrl()).to.equal('cip_short');
    expect(location.search).to.equal('');
    history.replaceState(null, '', `${location.pathname}?cip=not-a-token`);
    expect(takePrefillTokenFromUrl()).to.equal(null);
  });
});

describe('checkout with abandoned-checkout capture', function () {
  // Multi-step journeys against the mock; the machine may be busy with other suites.
  this.timeout(30_000);
  beforeEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname);
  });

  async function mountCheckout(items: string) {
    const mounted = await mountIsolated<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const el = document.createElement('scalev-checkout') as ScalevCheckout;
    el.getRecaptchaToken = recaptcha;
    el.setAttribute('items', items);
    mounted.el.append(el);
    await until(() => shadow(el).querySelector('[part="place-order"]'), 'ready', 6000);
    return { ...mounted, el };
  }

  it('passes the cit_ token with the order so the intent completes', async () => {
    const { el, mock } = await mountCheckout(JSON.stringify([{ variant_id: 494602, quantity: 1 }]));
    const set = async (name: string, value: string) => {
      const input = shadow(el).querySelector(`[name="${name}"]`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
    };
    await set('customer_name', 'Sari');
    await set('customer_email', 'sari@example.com');
    await until(() => starts(mock).length === 1, 'capture started');
    await until(() => [...mock.db.checkoutIntents.values()].some((i) => i.fields.customer_email === 'sari@example.com'), 'intent stored');
    (shadow(el).querySelector('input[value="bank_transfer"]') as HTMLInputElement).click();
    await el.updateComplete;
    (shadow(el).querySelector('[part="place-order"]') as HTMLButtonElement).click();
    await until(() => shadow(el).querySelector('scalev-order-status'), 'placed');
    const post = requestsTo(mock, '/public/checkout', 'POST').find((r) => r.path.endsWith('/public/checkout'))!;
    expect((post.body as { checkout_intent_token?: string }).checkout_intent_token).to.match(/^cit_/);
    const intent = [...mock.db.checkoutIntents.values()].find((i) => i.fields.customer_email === 'sari@example.com')!;
    expect(intent.completed).to.equal(true);
    expectNoTokenInUrls(mock);
  });

  it('prefills from a recovery link, removes the token from the URL and resumes that intent', async () => {
    history.replaceState(null, '', `${location.pathname}?checkout_intent_prefill_token=${DEMO_PREFILL_TOKEN}`);
    const { el, mock } = await mountCheckout(JSON.stringify([{ variant_id: 494602, quantity: 1 }]));
    expect(location.search).to.equal('');
    expect((shadow(el).querySelector('[name="customer_name"]') as HTMLInputElement).value).to.equal('Rina Wulandari');
    expect((shadow(el).querySelector('[name="customer_email"]') as HTMLInputElement).value).to.equal('rina.wulandari@example.com');
    expect(shadow(el).textContent).to.contain('No longer available');
    await until(() => starts(mock).length === 1, 'resumed');
    expect((starts(mock)[0]!.body as { checkout_intent_prefill_token?: string }).checkout_intent_prefill_token).to.equal(DEMO_PREFILL_TOKEN);
    const prefill = requestsTo(mock, '/checkout-intents/prefill', 'GET')[0]!;
    expect(prefill.headers['x-scalev-storefront-api-key']).to.equal(undefined);
    // The recovery token goes to the prefill route only, never to analytics.
    for (const event of mock.db.analyticsEvents) expect(JSON.stringify(event.body)).to.not.contain('cip_');
  });
});
