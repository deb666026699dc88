/**
 * The sessions against the project's mock Scalev API (CORS emulation, JWT-shaped tokens, refresh
 * rotation with family revocation). The finer failure timing is tested with the small fake in
 * `fake-api.ts`; this file proves the same behaviour against the full mock.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { ScalevHttp } from '../../src/api/http.js';
import { refreshTokens } from '../../src/api/auth.js';
import { ScalevApiError } from '../../src/api/errors.js';
import type { CustomerProfileResponse } from '../../src/api/types.js';
import {
  DEMO_API_BASE,
  DEMO_CUSTOMER,
  DEMO_STOREFRONT_KEY,
  createMockScalev,
  decodeToken,
  type MockOptions,
  type MockScalev,
} from '../../src/mock/index.js';
import { createSessions, type CustomerChangeDetail, type Sessions } from '../../src/session/index.js';
import { clearSessionStorage, recordChanges, uniqueStoreId } from './helpers.js';

const REFRESH = '/public/auth/jwt/refresh';

interface MockTab {
  http: ScalevHttp;
  sessions: Sessions;
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

describe('sessions against the mock API', () => {
  let mock: MockScalev;
  let storeId: string;
  const tabs: MockTab[] = [];

  function start(options: MockOptions = {}) {
    storeId = uniqueStoreId();
    mock = createMockScalev({ ...options, storeId });
  }
  function openTab(): MockTab {
    const http = new ScalevHttp({ apiBase: DEMO_API_BASE, storeId, storefrontKey: DEMO_STOREFRONT_KEY, fetch: mock.fetch });
    const tab = { http, sessions: createSessions(http) };
    tabs.push(tab);
    return tab;
  }
  const calls = (suffix: string) => mock.requests.filter((r) => r.path.endsWith(suffix));
  const familyOf = (token: string) => String(decodeToken(token)?.fam);
  const getMe = async (tab: MockTab) =>
    (await tab.http.request<CustomerProfileResponse>({ family: 'customer', path: '/customers/me' })).customer;

  afterEach(() => {
    for (const tab of tabs.splice(0)) tab.sessions.dispose();
    clearSessionStorage();
  });

  it('signs in without OTP and reads the profile with the bearer', async () => {
    start();
    const tab = openTab();
    expect(await tab.sessions.customer.login(DEMO_CUSTOMER.email, DEMO_CUSTOMER.password)).to.deep.equal({ kind: 'signed-in' });
    const me = await getMe(tab);
    expect(me.email).to.equal(DEMO_CUSTOMER.email);
    expect(calls('/customers/me')[0]!.headers.authorization).to.equal(`Bearer ${tab.sessions.customer.tokens!.access}`);
  });

  it('signs in through the OTP step; a wrong code is refused', async () => {
    start({ otpRequired: true });
    const tab = openTab();
    const result = await tab.sessions.customer.login(DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
    expect(result.kind).to.equal('otp');
    expect((await rejection(tab.sessions.customer.verifyOtp(DEMO_CUSTOMER.email, '000000'))).status).to.equal(401);
    expect(tab.sessions.customer.status).to.equal('signed-out');
    await tab.sessions.customer.verifyOtp(DEMO_CUSTOMER.email, mock.db.lastOtp(DEMO_CUSTOMER.email)!);
    expect(tab.sessions.customer.status).to.equal('signed-in');
  });

  it('keeps the guest token across a reload, read from the exposed response header', async () => {
    start();
    const first = openTab();
    await first.http.request({ family: 'guest', path: '/public/cart' });
    const token = first.sessions.guest.get();
    expect(token).to.be.a('string');
    first.sessions.dispose();
    const reloaded = openTab();
    expect(reloaded.sessions.guest.get()).to.equal(token);
    await reloaded.http.request({ family: 'guest', path: '/public/cart' });
    expect(calls('/public/cart').at(-1)!.headers['x-scalev-guest-token']).to.equal(token);
  });

  it('two tabs renewing an expired token at once send one refresh and keep the family', async () => {
    let now = Date.now();
    start({ accessTtlSeconds: 60, now: () => now });
    const a = openTab();
    const b = openTab();
    await a.sessions.customer.login(DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
    const first = a.sessions.customer.tokens!;
    // The API sees the access token expire; both tabs still think it fresh and get a 401.
    now += 61_000;
    mock.faults.add({ path: REFRESH, kind: 'delay', delayMs: 30 });
    const [fromA, fromB] = await Promise.all([getMe(a), getMe(b)]);
    expect(fromA.email).to.equal(DEMO_CUSTOMER.email);
    expect(fromB.email).to.equal(DEMO_CUSTOMER.email);
    expect(calls(REFRESH)).to.have.length(1);
    const renewed = a.sessions.customer.tokens!;
    expect(renewed.refresh).to.not.equal(first.refresh);
    expect(b.sessions.customer.tokens).to.deep.equal(renewed);
    expect(mock.db.revokedFamilies.has(familyOf(renewed.refresh))).to.equal(false);
  });

  it('a reused refresh token revokes the family: signed out as "revoked", guest token kept', async () => {
    start();
    const tab = openTab();
    await tab.http.request({ family: 'guest', path: '/public/cart' });
    const guestToken = tab.sessions.guest.get();
    await tab.sessions.customer.login(DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
    const stale = tab.sessions.customer.tokens!.refresh;
    await tab.sessions.customer.refresh();
    expect((await rejection(refreshTokens(tab.http, stale))).status).to.equal(401);
    expect(mock.db.revokedFamilies.has(familyOf(stale))).to.equal(true);

    const changes = recordChanges<CustomerChangeDetail>(tab.sessions.customer);
    expect(await tab.sessions.customer.refresh()).to.equal(null);
    expect(changes).to.deep.equal([{ status: 'signed-out', reason: 'revoked' }]);
    expect(tab.sessions.guest.get()).to.equal(guestToken);
  });

  it('retries a customer route once after a 401 with a renewed token', async () => {
    start();
    const tab = openTab();
    await tab.sessions.customer.login(DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
    const first = tab.sessions.customer.tokens!.access;
    mock.faults.add({ path: '/customers/me', status: 401, body: { message: 'Token has been revoked' } });
    expect((await getMe(tab)).email).to.equal(DEMO_CUSTOMER.email);
    expect(calls(REFRESH)).to.have.length(1);
    const [rejected, retried] = calls('/customers/me');
    expect(rejected!.headers.authorization).to.equal(`Bearer ${first}`);
    expect(retried!.headers.authorization).to.equal(`Bearer ${tab.sessions.customer.tokens!.access}`);
  });

  it('signs out in every tab, blacklisting both tokens', async () => {
    start();
    const a = openTab();
    const b = openTab();
    const seenByB = recordChanges<CustomerChangeDetail>(b.sessions.customer);
    await a.sessions.customer.login(DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
    const tokens = a.sessions.customer.tokens!;
    await a.sessions.customer.signOut();
    expect(calls('/public/auth/jwt/blacklist')[0]!.body).to.deep.equal({ tokens: [tokens.access, tokens.refresh] });
    expect(mock.db.revokedFamilies.has(familyOf(tokens.refresh))).to.equal(true);
    await waitUntil(() => seenByB.some((c) => c.status === 'signed-out'), 'b sees the sign-out');
    expect(seenByB.map((c) => c.reason)).to.deep.equal(['other-tab', 'other-tab']);
  });

  it('a refresh that cannot reach the API keeps the session', async () => {
    start();
    const tab = openTab();
    await tab.sessions.customer.login(DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
    const before = tab.sessions.customer.tokens!;
    mock.faults.add({ path: REFRESH, kind: 'offline' });
    expect((await rejection(tab.sessions.customer.refresh())).kind).to.equal('network');
    expect(tab.sessions.customer.tokens).to.deep.equal(before);
    expect(await tab.sessions.customer.refresh()).to.be.a('string');
  });
});
