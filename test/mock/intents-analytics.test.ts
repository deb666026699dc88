import { expect } from '@open-wc/testing';
import { DEMO_PREFILL_TOKEN, LOW_SCORE_RECAPTCHA_TOKEN, createMockScalev, type MockScalev } from '../../src/mock/index.js';
import { call, expectOnlyKeys, physicalCheckoutBody, signIn } from './helpers.js';

const SESSION = '6f1d2c3b-4a5e-4f60-8a71-92b3c4d5e6f7';
const CAPTURE_KEYS = ['id', 'form_widget_id', 'checkout_intent_token', 'status', 'last_sequence', 'started_at', 'last_activity_at', 'expires_at'];

function start(mock: MockScalev, body: Record<string, unknown> = {}) {
  return call(mock, 'POST', '/public/checkout-intents', {
    body: { recaptcha_token: 'token-ok', client_session_id: SESSION, form_widget_id: 'storefront-checkout', ...body },
  });
}

function snapshot(mock: MockScalev, id: string, token: string | null, body: unknown) {
  return call(mock, 'PATCH', `/public/checkout-intents/${id}`, {
    body,
    headers: token === null ? {} : { 'X-Scalev-Checkout-Intent-Token': token },
  });
}

describe('mock checkout intents (CONTRACT §8, GUIDES §10)', () => {
  let mock: MockScalev;
  let now: number;
  beforeEach(() => {
    now = Date.parse('2026-06-01T03:00:00Z');
    mock = createMockScalev({ now: () => now });
  });

  it('starts an intent (201) and resumes it for the same client session without replacing data', async () => {
    const started = await start(mock, { fields: { customer_name: 'Rina', customer_email: '' }, items: [{ type: 'variant', variant_id: 494535, quantity: 1 }] });
    expect(started.status).to.equal(201);
    expectOnlyKeys(started.data, CAPTURE_KEYS);
    expect(started.data.checkout_intent_token).to.match(/^cit_/);
    expect(started.data.status).to.equal('active');
    expect(started.data.last_sequence).to.equal(0);
    expect(Date.parse(started.data.expires_at) - now).to.equal(24 * 3_600_000);
    const record = mock.db.checkoutIntents.get(started.data.id)!;
    expect(record.fields).to.deep.equal({ customer_name: 'Rina', customer_email: null });

    now += 60_000;
    const resumed = await start(mock, { fields: { customer_name: 'Orang Lain' } });
    expect(resumed.data.id).to.equal(started.data.id);
    expect(resumed.data.checkout_intent_token).to.equal(started.data.checkout_intent_token);
    expect(mock.db.checkoutIntents.get(started.data.id)!.fields.customer_name).to.equal('Rina');
    expect(Date.parse(resumed.data.expires_at) - now, 'the window is refreshed').to.equal(24 * 3_600_000);
  });

  it('shows abandoned after 15 idle minutes and active again on resume', async () => {
    const started = await start(mock);
    now += 15 * 60_000;
    const record = mock.db.checkoutIntents.get(started.data.id)!;
    expect(record.lastActivityAt).to.equal(now - 15 * 60_000);
    const resumed = await start(mock);
    expect(resumed.data.status).to.equal('active');
  });

  it('refuses a low reCAPTCHA score (422 recaptcha_failed) and malformed starts (400)', async () => {
    const low = await start(mock, { recaptcha_token: LOW_SCORE_RECAPTCHA_TOKEN });
    expect(low.status).to.equal(422);
    expect(low.data.error_code).to.equal('recaptcha_failed');
    expect((await start(mock, { client_session_id: 'bukan-uuid' })).status).to.equal(400);
    expect((await start(mock, { unknown: 1 })).status).to.equal(400);
    const badField = await start(mock, { fields: { password: 'rahasia' } });
    expect(badField.status).to.equal(422);
    expect(badField.data.error_code).to.equal('invalid_checkout_intent_fields');
    expect(badField.data.errors).to.deep.equal({ 'fields.password': ['is not a permitted field'] });
    const badItem = await start(mock, { items: [{ type: 'variant', variant_id: 1, quantity: 0 }] });
    expect(badItem.status).to.equal(422);
    expect((await start(mock, { form_widget_id: 'x'.repeat(201) })).status).to.equal(422);
  });

  it('answers 403 checkout_intent_not_allowed when the plan lacks the feature', async () => {
    mock.options.checkoutIntentsAllowed = false;
    const reply = await start(mock);
    expect(reply.status).to.equal(403);
    expect(reply.data.error_code).to.equal('checkout_intent_not_allowed');
  });

  it('saves snapshots with increasing sequence: stale is a no-op, null clears, blank becomes null, arrays replace', async () => {
    const { id, checkout_intent_token: token } = (await start(mock, { fields: { customer_name: 'Rina', notes: 'Pagi' }, items: [{ type: 'variant', variant_id: 494535, quantity: 1 }] })).data;
    const first = await snapshot(mock, id, token, {
      sequence: 1,
      fields: { customer_email: 'rina@example.com', notes: null, customer_phone: '  ' },
      items: [{ type: 'bundle_price_option', bundle_price_option_id: 31925, quantity: 2 }],
    });
    expect(first.status).to.equal(204);
    expect(first.text).to.equal('');
    const record = mock.db.checkoutIntents.get(id)!;
    expect(record.fields).to.deep.equal({ customer_name: 'Rina', customer_email: 'rina@example.com' });
    expect(record.items).to.deep.equal([{ type: 'bundle_price_option', bundle_price_option_id: 31925, quantity: 2 }]);
    expect(record.lastSequence).to.equal(1);
    const stale = await snapshot(mock, id, token, { sequence: 1, fields: { customer_name: 'Lama' } });
    expect(stale.status).to.equal(204);
    expect(record.fields.customer_name).to.equal('Rina');
    expect((await snapshot(mock, id, token, {})).status, 'sequence is required').to.equal(400);
    expect((await snapshot(mock, id, token, { sequence: 2, fields: { card_number: '4111' } })).status).to.equal(422);
  });

  it('needs the matching cit_ token on PATCH (401 invalid_checkout_intent_token)', async () => {
    const { id, checkout_intent_token: token } = (await start(mock)).data;
    for (const sent of [null, 'cip_not_a_write_token', 'cit_someone_else']) {
      const reply = await snapshot(mock, id, sent, { sequence: 1 });
      expect(reply.status, String(sent)).to.equal(401);
      expect(reply.data.error_code).to.equal('invalid_checkout_intent_token');
    }
    expect((await snapshot(mock, '00000000-0000-4000-8000-000000000000', token, { sequence: 1 })).status).to.equal(404);
    now += 24 * 3_600_000;
    expect((await snapshot(mock, id, token, { sequence: 1 })).status, 'expired write window').to.equal(401);
  });

  it('is completed by an order carrying the token; then 409 on start and PATCH', async () => {
    const { id, checkout_intent_token: token } = (await start(mock)).data;
    const order = await call(mock, 'POST', '/public/checkout', {
      body: physicalCheckoutBody({ items: [{ type: 'variant', variant_id: 494541, quantity: 1 }], checkout_intent_token: token }),
    });
    expect(order.status).to.equal(201);
    const record = mock.db.checkoutIntents.get(id)!;
    expect(record.completed).to.equal(true);
    expect(record.orderSecretSlug).to.equal(order.data.secret_slug);
    const again = await start(mock);
    expect(again.status).to.equal(409);
    expect(again.data.error_code).to.equal('checkout_intent_completed');
    expect((await snapshot(mock, id, token, { sequence: 5 })).status).to.equal(409);
    const bogus = await call(mock, 'POST', '/public/checkout', {
      body: physicalCheckoutBody({ items: [{ type: 'variant', variant_id: 494541, quantity: 1 }], checkout_intent_token: 'cit_bogus' }),
    });
    expect(bogus.status, 'a bad token never blocks the order').to.equal(201);
  });

  it('completes an intent from customer checkout too', async () => {
    const { id, checkout_intent_token: token } = (await start(mock)).data;
    const { access } = await signIn(mock);
    const order = await call(mock, 'POST', '/customers/me/checkout', {
      key: null,
      bearer: access,
      body: { items: [{ type: 'variant', variant_id: 494602, quantity: 1 }], payment_method: 'qris', checkout_intent_token: token },
    });
    expect(order.status).to.equal(201);
    expect(mock.db.checkoutIntents.get(id)!.completed).to.equal(true);
  });

  it('serves the seeded recovery prefill with availability, and resumes that intent from its cip_', async () => {
    const reply = await call(mock, 'GET', `/v3/checkout-intents/prefill?checkout_intent_prefill_token=${DEMO_PREFILL_TOKEN}`, { key: null });
    expect(reply.status).to.equal(200);
    const data = reply.data.data;
    expect(Object.keys(data)).to.have.length(15);
    expect(data).to.deep.include({ name: 'Rina Wulandari', fullPhoneNumber: '6281398765432', postalCodeSelected: '55281', discountCode: 'HEMAT10', destination_subdistrict_id: 9124 });
    const reasons = data.checkout_intent.items.map((i: any) => [i.variant_id ?? i.bundle_price_option_id, i.is_available, i.unavailable_reason]);
    expect(reasons).to.deep.equal([
      [494535, true, null],
      [494551, false, 'out_of_stock'],
      [494554, false, 'disabled'],
      [499999, false, 'deleted'],
      [31926, true, null],
    ]);
    expect(data.checkout_intent.items[0]).to.deep.include({ unit_price: '89000.00', line_total: '178000.00', currency: 'IDR' });

    const resumed = await start(mock, { checkout_intent_prefill_token: DEMO_PREFILL_TOKEN });
    expect(resumed.status).to.equal(201);
    expect(resumed.data.id).to.equal(data.checkout_intent.id);
    expect(resumed.data.last_sequence).to.equal(4);
    expect(resumed.data.checkout_intent_token).to.match(/^cit_/);
    expect((await snapshot(mock, resumed.data.id, resumed.data.checkout_intent_token, { sequence: 5 })).status).to.equal(204);
  });

  it('refuses bad prefill tokens with 401 and issues cip_ only for trusted source URLs', async () => {
    for (const token of ['', 'cit_write_token', 'cip_unknown']) {
      const reply = await call(mock, 'GET', `/v3/checkout-intents/prefill?checkout_intent_prefill_token=${token}`, { key: null });
      expect(reply.status, token).to.equal(401);
      expect(reply.data.error_code).to.equal('invalid_checkout_intent_prefill_token');
    }
    const trusted = await start(mock, { source_url: 'https://toko.example/checkout?email=rina@example.com#pay' });
    const record = mock.db.checkoutIntents.get(trusted.data.id)!;
    expect(record.sourceUrl).to.equal('https://toko.example/checkout');
    expect(record.prefillToken).to.match(/^cip_/);
    mock.options.allowedOrigins = [location.origin, 'https://toko.example'];
    const untrusted = await call(mock, 'POST', '/public/checkout-intents', {
      body: { recaptcha_token: 'ok', client_session_id: '1f1d2c3b-4a5e-4f60-8a71-92b3c4d5e6f7', form_widget_id: 'w', source_url: 'https://elsewhere.example/c' },
    });
    expect(untrusted.status).to.equal(201);
    expect(mock.db.checkoutIntents.get(untrusted.data.id)!.prefillToken, 'no recovery link for an untrusted origin').to.equal(null);
  });
});

describe('mock conversion relays (CONTRACT §7)', () => {
  let mock: MockScalev;
  beforeEach(() => {
    mock = createMockScalev();
  });

  it('accepts valid Meta, TikTok and SnackVideo bodies with 204 and records them', async () => {
    const meta = await call(mock, 'POST', '/public/analytics/meta/events', {
      body: {
        event_source_url: 'https://toko.example/produk/kopi',
        user_data: { em: 'a@example.com', country: 'id' },
        events: [{ event_id: 'atc_1', event_name: 'AddToCart', parameters: { value: 89000, currency: 'IDR' } }],
        variants: [{ variant_unique_id: 'var_nus494535', quantity: 1 }],
      },
    });
    expect(meta.status).to.equal(204);
    expect(meta.text).to.equal('');
    const tiktok = await call(mock, 'POST', '/public/analytics/tiktok/events', {
      body: { event_source_url: 'https://toko.example/checkout', user: { email: 'a@example.com' }, events: [{ event_id: 'p_1', event: 'CompletePayment' }], bundle_price_options: [{ bundle_price_option_unique_id: 'bpo_ngopi_nusantara_hemat', quantity: 1 }] },
    });
    expect(tiktok.status).to.equal(204);
    const snack = await call(mock, 'POST', '/public/analytics/snackvideo/events', { body: { click_id: 'kwai-123', events: [{ event_name: 'purchase', properties: { value: 10 } }] } });
    expect(snack.status).to.equal(204);
    expect(mock.db.analyticsEvents.map((e) => e.provider)).to.deep.equal(['meta', 'tiktok', 'snackvideo']);
    expect((mock.db.analyticsEvents[0]!.body as any).events[0].event_id).to.equal('atc_1');
    expect(mock.db.analyticsEvents[0]!.userAgent).to.equal(navigator.userAgent);
  });

  it('answers 400 with field errors for bodies that miss the provider’s required fields', async () => {
    const errors = async (provider: string, body: unknown) => {
      const reply = await call(mock, 'POST', `/public/analytics/${provider}/events`, { body });
      expect(reply.status, `${provider} ${JSON.stringify(body)}`).to.equal(400);
      return reply.data.errors;
    };
    expect(await errors('meta', { events: [{ event_id: 'x', event_name: 'ViewContent' }] })).to.deep.equal({ user_data: ["can't be blank"] });
    expect(await errors('meta', { user_data: {}, events: [] })).to.deep.equal({ events: ['should have at least 1 item(s)'] });
    expect(await errors('meta', { user_data: {}, events: [{ event_name: 'ViewContent' }] })).to.deep.equal({ 'events.0.event_id': ["can't be blank"] });
    expect(await errors('meta', { user_data: {}, events: [{ event_id: 'x', event: 'ViewContent' }] })).to.deep.equal({
      'events.0.event_name': ["can't be blank"],
      'events.0.event': ['is not a permitted field'],
    });
    expect(await errors('tiktok', { user: {}, events: [{ event_id: 'x', event: 'ViewContent' }] })).to.deep.equal({ event_source_url: ["can't be blank"] });
    expect(await errors('tiktok', { event_source_url: 'https://toko.example', user_data: {}, events: [{ event_id: 'x', event: 'V' }] })).to.deep.equal({ user: ["can't be blank"] });
    expect(await errors('snackvideo', { events: [{ event_name: 'addToCart' }] })).to.deep.equal({ click_id: ["can't be blank"] });
    expect(await errors('meta', { user_data: {}, events: [{ event_id: 'x', event_name: 'V' }], variants: [{ variant_unique_id: '494535', quantity: 1 }] })).to.deep.equal({
      'variants.0.variant_unique_id': ['does not exist'],
    });
    expect(mock.db.analyticsEvents).to.have.length(0);
  });
});
