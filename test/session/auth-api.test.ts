import { expect } from '@open-wc/testing';
import {
  blacklistTokens,
  forgetPassword,
  login,
  refreshTokens,
  savePassword,
  verifyOtp,
} from '../../src/api/auth.js';
import { ScalevHttp } from '../../src/api/http.js';
import { ScalevApiError } from '../../src/api/errors.js';
import { API_BASE, CUSTOMER, STOREFRONT_KEY } from './fake-api.js';
import { setup } from './helpers.js';

function client(fake: ReturnType<typeof setup>['fake'], storeId: string) {
  return new ScalevHttp({ apiBase: API_BASE, storeId, storefrontKey: STOREFRONT_KEY, fetch: fake.fetch });
}

async function rejection(promise: Promise<unknown>): Promise<ScalevApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ScalevApiError);
    return error as ScalevApiError;
  }
  throw new Error('expected a rejection');
}

describe('api/auth', () => {
  it('login answers tokens when the store needs no OTP, sending the storefront key only', async () => {
    const { fake, storeId } = setup();
    const http = client(fake, storeId);
    http.guestTokens = { get: () => 'guest-uuid', set: () => {} };
    const result = await login(http, CUSTOMER.email, CUSTOMER.password);
    expect(result.kind).to.equal('tokens');
    if (result.kind !== 'tokens') return;
    expect(result.tokens.access).to.match(/^acc_/);
    expect(result.tokens.refresh).to.match(/^ref_/);
    const [sent] = fake.calls('/public/auth/login');
    expect(sent!.method).to.equal('POST');
    expect(sent!.path).to.equal(`/v3/stores/${storeId}/public/auth/login`);
    expect(sent!.body).to.deep.equal({ email: CUSTOMER.email, password: CUSTOMER.password });
    expect(sent!.headers['x-scalev-storefront-api-key']).to.equal(STOREFRONT_KEY);
    expect(sent!.headers).to.not.have.property('x-scalev-guest-token');
    expect(sent!.headers).to.not.have.property('authorization');
  });

  it('login answers the OTP challenge, then verifyOtp returns tokens', async () => {
    const { fake, storeId } = setup({ otpRequired: true });
    const http = client(fake, storeId);
    const result = await login(http, CUSTOMER.email, CUSTOMER.password);
    expect(result).to.deep.equal({
      kind: 'otp',
      message: 'If this email exists in our system, an OTP has been sent to it.',
    });
    const tokens = await verifyOtp(http, CUSTOMER.email, fake.db.lastOtp()!);
    expect(tokens.access).to.match(/^acc_/);
    expect(fake.calls('/public/auth/otp/verify')[0]!.body).to.deep.equal({ email: CUSTOMER.email, otp: CUSTOMER.otp });
  });

  it('a wrong OTP or password rejects with the 401', async () => {
    const { fake, storeId } = setup({ otpRequired: true });
    const http = client(fake, storeId);
    expect((await rejection(login(http, CUSTOMER.email, 'wrong'))).status).to.equal(401);
    await login(http, CUSTOMER.email, CUSTOMER.password);
    const error = await rejection(verifyOtp(http, CUSTOMER.email, '000000'));
    expect(error.status).to.equal(401);
    expect(error.message).to.equal('Invalid OTP');
  });

  it('a 200 that is neither tokens nor a challenge is a parse error, not a sign-in', async () => {
    const { fake, storeId } = setup();
    const http = client(fake, storeId);
    for (const body of ['{}', '{"access":"a"}', '[]', '{"message":42}']) {
      fake.faults.add({ path: '/public/auth/login', status: 200, body, times: 1 });
      const error = await rejection(login(http, CUSTOMER.email, CUSTOMER.password));
      expect(error.kind, body).to.equal('parse');
    }
    fake.faults.add({ path: '/public/auth/login', kind: 'malformed', times: 1 });
    expect((await rejection(login(http, CUSTOMER.email, CUSTOMER.password))).kind).to.equal('parse');
  });

  it('refresh rotates, and reusing the old token revokes the family', async () => {
    const { fake, storeId } = setup();
    const http = client(fake, storeId);
    const first = await login(http, CUSTOMER.email, CUSTOMER.password);
    if (first.kind !== 'tokens') throw new Error('expected tokens');
    const rotated = await refreshTokens(http, first.tokens.refresh);
    expect(rotated.refresh).to.not.equal(first.tokens.refresh);
    expect(fake.calls('/public/auth/jwt/refresh')[0]!.body).to.deep.equal({ refresh: first.tokens.refresh });
    expect((await rejection(refreshTokens(http, first.tokens.refresh))).status).to.equal(401);
    expect((await rejection(refreshTokens(http, rotated.refresh))).status).to.equal(401);
  });

  it('a refresh answered 429 in plain text is not retried', async () => {
    const { fake, storeId } = setup();
    const http = client(fake, storeId);
    fake.faults.add({ path: '/public/auth/jwt/refresh', status: 429, body: 'Too many requests', contentType: 'text/plain' });
    const error = await rejection(refreshTokens(http, 'ref_x'));
    expect(error.status).to.equal(429);
    expect(error.message).to.equal('Too many requests');
    expect(fake.calls('/public/auth/jwt/refresh')).to.have.length(1);
  });

  it('blacklist, forget-password and save-password send their bodies and accept 204', async () => {
    const { fake, storeId } = setup();
    const http = client(fake, storeId);
    expect(await blacklistTokens(http, ['a', 'r'])).to.equal(undefined);
    expect(await forgetPassword(http, CUSTOMER.email)).to.equal(undefined);
    expect(await savePassword(http, 'reset-token', 'baru12345')).to.equal(undefined);
    expect(fake.calls('/public/auth/jwt/blacklist')[0]!.body).to.deep.equal({ tokens: ['a', 'r'] });
    expect(fake.calls('/public/auth/forget-password')[0]!.body).to.deep.equal({ email: CUSTOMER.email });
    expect(fake.calls('/public/auth/save-password')[0]!.body).to.deep.equal({ token: 'reset-token', password: 'baru12345' });
  });

  it('a 400 from save-password surfaces its message', async () => {
    const { fake, storeId } = setup();
    const http = client(fake, storeId);
    fake.faults.add({ path: '/public/auth/save-password', status: 400, body: '{"message":"Token expired"}' });
    const error = await rejection(savePassword(http, 'old', 'baru12345'));
    expect(error.status).to.equal(400);
    expect(error.message).to.equal('Token expired');
  });
});
