import { expect } from '@open-wc/testing';
import {
  DEMO_API_BASE,
  DEMO_CUSTOMER,
  DEMO_ORDER_SLUGS,
  OTP_CHALLENGE_MESSAGE,
  createMockScalev,
  decodeToken,
  type MockScalev,
} from '../../src/mock/index.js';
import { call, physicalCheckoutBody, signIn } from './helpers.js';

async function placeOrder(mock: MockScalev, payment_method: string): Promise<any> {
  const reply = await call(mock, 'POST', '/public/checkout', {
    body: physicalCheckoutBody({ payment_method, items: [{ type: 'variant', variant_id: 494541, quantity: 1 }] }),
  });
  expect(reply.status).to.equal(201);
  return reply.data;
}

describe('mock public order, payment and transfer proof (CONTRACT §6)', () => {
  let mock: MockScalev;
  beforeEach(() => {
    mock = createMockScalev();
  });

  it('reads a public order by secret slug without the guest token', async () => {
    const order = await placeOrder(mock, 'va_bni');
    const read = await call(mock, 'GET', `/public/orders/${order.secret_slug}`);
    expect(read.status).to.equal(200);
    expect(read.data.order_id).to.equal(order.order_id);
    expect(read.data.pg_payment_info).to.deep.equal(order.pg_payment_info);
    expect((await call(mock, 'GET', '/public/orders/tidak-ada')).status).to.equal(404);
    expect((await call(mock, 'GET', `/public/orders/${order.secret_slug}`, { key: null })).status).to.equal(404);
  });

  it('creates payment idempotently and returns the whole order', async () => {
    const order = await placeOrder(mock, 'qris');
    const first = await call(mock, 'POST', `/public/orders/${order.secret_slug}/payment`);
    const second = await call(mock, 'POST', `/public/orders/${order.secret_slug}/payment`);
    expect([first.status, second.status]).to.deep.equal([200, 200]);
    expect(first.data.secret_slug).to.equal(order.secret_slug);
    expect(second.data.pg_payment_info.qr_string).to.equal(first.data.pg_payment_info.qr_string);
    mock.db.expireOrder(order.secret_slug);
    const expired = await call(mock, 'POST', `/public/orders/${order.secret_slug}/payment`);
    expect(expired.status).to.equal(400);
    expect(expired.data.error_code).to.equal('order_not_payable');
  });

  it('holds back gateway data for the first gatewayPendingReads reads (polling)', async () => {
    mock.options.gatewayPendingReads = 2;
    const order = await placeOrder(mock, 'va_bca');
    expect(order.pg_payment_info, 'creation reply').to.deep.equal({});
    const read = async () => (await call(mock, 'GET', `/public/orders/${order.secret_slug}`)).data.pg_payment_info;
    expect(await read()).to.deep.equal({});
    expect(await read()).to.deep.equal({});
    expect((await read()).payment_method.virtual_account.channel_properties.virtual_account_number).to.match(/^3901/);
    const manual = await placeOrder(mock, 'bank_transfer');
    expect(manual.pg_payment_info, 'manual methods never wait').to.deep.equal({});
  });

  it('settles and expires orders through the test controls', async () => {
    const order = await placeOrder(mock, 'gopay');
    mock.db.markOrderPaid(order.secret_slug);
    const paid = (await call(mock, 'GET', `/public/orders/${order.secret_slug}`)).data;
    expect([paid.status, paid.payment_status]).to.deep.equal(['confirmed', 'paid']);
    expect(paid.paid_time).to.be.a('string');
    const other = await placeOrder(mock, 'bank_transfer');
    mock.db.expireOrder(other.secret_slug);
    const expired = (await call(mock, 'GET', `/public/orders/${other.secret_slug}`)).data;
    expect(expired.status).to.equal('canceled');
    expect(Date.parse(expired.payment_expiration_at)).to.be.lessThan(Date.now());
  });

  it('runs the three-step transfer-proof upload', async () => {
    const order = await placeOrder(mock, 'bank_transfer');
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
    const created = await call(mock, 'POST', `/public/orders/${order.secret_slug}/transfer-proof-upload`, {
      body: { filename: 'bukti transfer.png', content_type: 'image/png', content_length: bytes.byteLength },
    });
    expect(created.status).to.equal(200);
    const upload = created.data;
    expect(Object.keys(upload).sort()).to.deep.equal(['content_type', 'file_url', 'filename', 'key', 'size_in_bytes', 'upload_url']);
    expect(upload.size_in_bytes).to.equal(12);
    expect(upload.upload_url.startsWith(`${DEMO_API_BASE}/__uploads/`)).to.equal(true);

    const wrongType = await mock.fetch(upload.upload_url, { method: 'PUT', headers: { 'Content-Type': 'image/jpeg' }, body: bytes });
    expect(wrongType.status, 'type must match the signed upload').to.equal(403);
    const wrongSize = await mock.fetch(upload.upload_url, { method: 'PUT', headers: { 'Content-Type': 'image/png' }, body: bytes.slice(0, 4) });
    expect(wrongSize.status).to.equal(400);
    const unsigned = await mock.fetch(upload.file_url, { method: 'PUT', headers: { 'Content-Type': 'image/png' }, body: bytes });
    expect(unsigned.status).to.equal(403);
    const put = await mock.fetch(upload.upload_url, { method: 'PUT', headers: { 'Content-Type': 'image/png' }, body: bytes });
    expect(put.status).to.equal(200);
    expect(mock.requests.at(-1)!.body).to.deep.equal({ byteLength: 12 });
    const stored = await mock.fetch(upload.file_url);
    expect(new Uint8Array(await stored.arrayBuffer())).to.deep.equal(bytes);

    const patched = await call(mock, 'PATCH', `/public/orders/${order.secret_slug}`, {
      body: { transferproof_url: upload.file_url, financial_entity_id: 14 },
    });
    expect(patched.status).to.equal(200);
    expect(patched.data.transferproof_url).to.equal(upload.file_url);
    expect(Date.parse(patched.data.transfer_time)).to.be.closeTo(Date.now(), 60_000);
    expect(patched.data.payment_account_number).to.equal('8730123456');
  });

  it('validates the upload request', async () => {
    const order = await placeOrder(mock, 'bank_transfer');
    const path = `/public/orders/${order.secret_slug}/transfer-proof-upload`;
    const errors = async (body: unknown) => (await call(mock, 'POST', path, { body })).data.errors;
    expect(await errors({ filename: 'a.gif', content_type: 'image/gif', content_length: 10 })).to.deep.equal({ content_type: ['is invalid'] });
    expect(await errors({ filename: 'a.png', content_type: 'image/png', content_length: 10_485_761 })).to.deep.equal({
      content_length: ['must be less than or equal to 10485760'],
    });
    expect(await errors({ filename: 'a.png', content_type: 'image/png', content_length: 0 })).to.deep.equal({ content_length: ['must be greater than or equal to 1'] });
    expect(await errors({ filename: 'a.png', content_type: 'image/png', content_length: 5, extra: 1 })).to.deep.equal({ extra: ['is not a permitted field'] });
    const va = await placeOrder(mock, 'va_bca');
    const notManual = await call(mock, 'POST', `/public/orders/${va.secret_slug}/transfer-proof-upload`, { body: { filename: 'a.png', content_type: 'image/png', content_length: 5 } });
    expect(notManual.status).to.equal(400);
    expect((await call(mock, 'PATCH', `/public/orders/${order.secret_slug}`, { body: { transferproof_url: 'bukan url' } })).status).to.equal(400);
    expect((await call(mock, 'PATCH', `/public/orders/${order.secret_slug}`, { body: { financial_entity_id: 999 } })).status).to.equal(400);
  });

  it('seeds named orders for stories and tests', async () => {
    const pending = (await call(mock, 'GET', `/public/orders/${DEMO_ORDER_SLUGS.bankTransferPending}`)).data;
    expect([pending.payment_method, pending.status, pending.payment_status]).to.deep.equal(['bank_transfer', 'pending', 'unpaid']);
    const va = (await call(mock, 'GET', `/public/orders/${DEMO_ORDER_SLUGS.virtualAccountPending}`)).data;
    expect(va.pg_payment_info.payment_method.virtual_account.channel_properties.virtual_account_number).to.be.a('string');
    const shipped = (await call(mock, 'GET', `/public/orders/${DEMO_ORDER_SLUGS.shipped}`)).data;
    expect(shipped.shipment_receipt).to.equal('JP4810293847');
    expect(shipped.shipment_status_history.length).to.be.greaterThan(0);
  });
});

describe('mock customer auth (CONTRACT §9, seed 000)', () => {
  it('signs in with tokens that look like JWTs and carry their expiry', async () => {
    const mock = createMockScalev({ accessTtlSeconds: 600 });
    const reply = await call(mock, 'POST', '/public/auth/login', { body: { email: DEMO_CUSTOMER.email, password: DEMO_CUSTOMER.password } });
    expect(reply.status).to.equal(200);
    expect(reply.data.token_type).to.equal('Bearer');
    expect(reply.data.expires_in).to.equal(600);
    expect(reply.data.refresh_expires_in).to.equal(2_592_000);
    expect(reply.data.access.split('.')).to.have.length(3);
    const payload = decodeToken(reply.data.access)!;
    expect(payload['typ']).to.equal('access');
    expect((payload['exp'] as number) - (payload['iat'] as number)).to.equal(600);
    expect(reply.data.refresh).not.to.equal(reply.data.access);
  });

  it('refuses wrong credentials with 401 and a malformed body with 400', async () => {
    const mock = createMockScalev();
    const wrong = await call(mock, 'POST', '/public/auth/login', { body: { email: DEMO_CUSTOMER.email, password: 'salah' } });
    expect(wrong.status).to.equal(401);
    expect(wrong.data.error_code).to.equal('invalid_credentials');
    const unknown = await call(mock, 'POST', '/public/auth/login', { body: { email: 'siapa@example.com', password: 'salah' } });
    expect(unknown.data).to.deep.equal(wrong.data);
    expect((await call(mock, 'POST', '/public/auth/login', { body: { email: 'bukan-email', password: 'x' } })).status).to.equal(400);
  });

  it('answers the OTP branch with a generic message, then verifies the code once', async () => {
    const mock = createMockScalev({ otpRequired: true });
    const login = await call(mock, 'POST', '/public/auth/login', { body: { email: DEMO_CUSTOMER.email, password: DEMO_CUSTOMER.password } });
    expect(login.status).to.equal(200);
    expect(login.data).to.deep.equal({ message: OTP_CHALLENGE_MESSAGE });
    expect(mock.db.lastOtp(DEMO_CUSTOMER.email)).to.equal(DEMO_CUSTOMER.otp);
    const wrong = await call(mock, 'POST', '/public/auth/otp/verify', { body: { email: DEMO_CUSTOMER.email, otp: '000000' } });
    expect(wrong.status).to.equal(401);
    const ok = await call(mock, 'POST', '/public/auth/otp/verify', { body: { email: DEMO_CUSTOMER.email, otp: DEMO_CUSTOMER.otp } });
    expect(ok.status).to.equal(200);
    expect(ok.data.store_unique_id).to.equal('store_demo_nusantara');
    expect(ok.data.access).to.be.a('string');
    expect((await call(mock, 'POST', '/public/auth/otp/verify', { body: { email: DEMO_CUSTOMER.email, otp: DEMO_CUSTOMER.otp } })).status, 'single use').to.equal(401);
    const siti = await call(mock, 'POST', '/public/auth/login', { body: { email: 'siti@example.com', password: 'rahasia123' } });
    expect(siti.data.message).to.equal(OTP_CHALLENGE_MESSAGE);
    expect(mock.db.lastOtp('siti@example.com')).to.match(/^\d{6}$/);
  });

  it('expires access tokens with 401', async () => {
    let now = Date.parse('2026-05-01T08:00:00Z');
    const mock = createMockScalev({ accessTtlSeconds: 2, now: () => now });
    const { access } = await signIn(mock);
    expect((await call(mock, 'GET', '/customers/me', { key: null, bearer: access })).status).to.equal(200);
    now += 2_000;
    const expired = await call(mock, 'GET', '/customers/me', { key: null, bearer: access });
    expect(expired.status).to.equal(401);
    expect(expired.data.error_code).to.equal('token_expired');
  });

  it('rotates refresh tokens and revokes the whole family when a rotated one comes back', async () => {
    const mock = createMockScalev();
    const first = await signIn(mock);
    const refreshed = await call(mock, 'POST', '/public/auth/jwt/refresh', { body: { refresh: first.refresh } });
    expect(refreshed.status).to.equal(200);
    expect(refreshed.data.refresh).not.to.equal(first.refresh);
    const second = refreshed.data;
    expect((await call(mock, 'GET', '/customers/me', { key: null, bearer: second.access })).status).to.equal(200);
    expect((await call(mock, 'GET', '/customers/me', { key: null, bearer: first.access })).status, 'the old access lives until expiry').to.equal(200);

    const reused = await call(mock, 'POST', '/public/auth/jwt/refresh', { body: { refresh: first.refresh } });
    expect(reused.status).to.equal(401);
    expect(reused.data.error_code).to.equal('refresh_token_reused');
    for (const token of [first.access, second.access]) {
      expect((await call(mock, 'GET', '/customers/me', { key: null, bearer: token })).status).to.equal(401);
    }
    expect((await call(mock, 'POST', '/public/auth/jwt/refresh', { body: { refresh: second.refresh } })).status).to.equal(401);
    expect(mock.db.revokedFamilies.size).to.equal(1);

    const other = await signIn(mock);
    expect((await call(mock, 'GET', '/customers/me', { key: null, bearer: other.access })).status, 'a new sign-in is a new family').to.equal(200);
    expect((await call(mock, 'POST', '/public/auth/jwt/refresh', { body: {} })).status).to.equal(401);
    expect((await call(mock, 'POST', '/public/auth/jwt/refresh', { body: { refresh: other.access } })).status, 'an access token is no refresh token').to.equal(401);
  });

  it('blacklists an access token alone, or a refresh token with its family', async () => {
    const mock = createMockScalev();
    const a = await signIn(mock);
    expect((await call(mock, 'POST', '/public/auth/jwt/blacklist', { body: { tokens: [a.access] } })).status).to.equal(204);
    expect((await call(mock, 'GET', '/customers/me', { key: null, bearer: a.access })).status).to.equal(401);
    expect((await call(mock, 'POST', '/public/auth/jwt/refresh', { body: { refresh: a.refresh } })).status, 'refresh survives').to.equal(200);
    const b = await signIn(mock);
    await call(mock, 'POST', '/public/auth/jwt/blacklist', { body: { tokens: [b.refresh, 'unknown-token'] } });
    expect((await call(mock, 'GET', '/customers/me', { key: null, bearer: b.access })).status).to.equal(401);
    expect((await call(mock, 'POST', '/public/auth/jwt/blacklist', { body: { tokens: 'x' } })).status).to.equal(400);
  });

  it('resets a password by link token: same 204 for unknown emails, token single use', async () => {
    const mock = createMockScalev();
    const session = await signIn(mock);
    expect((await call(mock, 'POST', '/public/auth/forget-password', { body: { email: 'siapa@example.com' } })).status).to.equal(204);
    expect(mock.db.lastPasswordResetToken('siapa@example.com')).to.equal(null);
    expect((await call(mock, 'POST', '/public/auth/forget-password', { body: { email: DEMO_CUSTOMER.email } })).status).to.equal(204);
    const token = mock.db.lastPasswordResetToken(DEMO_CUSTOMER.email)!;
    expect(mock.db.passwordResets.at(-1)!.link).to.equal(`${location.origin}/reset-password?token=${token}`);
    expect((await call(mock, 'POST', '/public/auth/save-password', { body: { token, password: 'pendek' } })).status).to.equal(400);
    expect((await call(mock, 'POST', '/public/auth/save-password', { body: { token: 'salah', password: 'rahasiabaru1' } })).status).to.equal(404);
    expect((await call(mock, 'POST', '/public/auth/save-password', { body: { token, password: 'rahasiabaru1' } })).status).to.equal(204);
    expect((await call(mock, 'POST', '/public/auth/save-password', { body: { token, password: 'rahasiabaru2' } })).status).to.equal(404);
    expect((await call(mock, 'GET', '/customers/me', { key: null, bearer: session.access })).status, 'old sessions end').to.equal(401);
    expect((await call(mock, 'POST', '/public/auth/login', { body: { email: DEMO_CUSTOMER.email, password: DEMO_CUSTOMER.password } })).status).to.equal(401);
    await signIn(mock, DEMO_CUSTOMER.email, 'rahasiabaru1');
  });
});
