import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { refreshTokens } from '../../src/api/auth.js';
import { ScalevApiError } from '../../src/api/errors.js';
import type { CustomerChangeDetail } from '../../src/session/index.js';
import { API_BASE, CUSTOMER } from './fake-api.js';
import {
  ThrowingStorage,
  clearSessionStorage,
  openTab,
  recordChanges,
  setup,
  withClockShift,
  type Tab,
} from './helpers.js';

const REFRESH = '/public/auth/jwt/refresh';
const getMe = (tab: Tab) => tab.http.request<{ email: string }>({ family: 'customer', path: '/customers/me' });
const signIn = async (tab: Tab) => {
  const result = await tab.sessions.customer.login(CUSTOMER.email, CUSTOMER.password);
  expect(result).to.deep.equal({ kind: 'signed-in' });
  return tab.sessions.customer.tokens!;
};

async function rejection(promise: Promise<unknown>): Promise<ScalevApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ScalevApiError);
    return error as ScalevApiError;
  }
  throw new Error('expected a rejection');
}

/** localStorage as seen by a tab whose copy of some keys has not caught up with other tabs' writes yet. */
class LaggingStorage implements Storage {
  private readonly frozen = new Map<string, string | null>();
  get length() {
    return localStorage.length;
  }
  freeze(key: string) {
    this.frozen.set(key, localStorage.getItem(key));
  }
  catchUp() {
    this.frozen.clear();
  }
  getItem(key: string) {
    return this.frozen.has(key) ? this.frozen.get(key)! : localStorage.getItem(key);
  }
  setItem(key: string, value: string) {
    this.frozen.delete(key);
    localStorage.setItem(key, value);
  }
  removeItem(key: string) {
    this.frozen.delete(key);
    localStorage.removeItem(key);
  }
  key(index: number) {
    return localStorage.key(index);
  }
  clear() {
    localStorage.clear();
  }
}

/** A JWT-shaped token with the given claims (the signature is not checked by the client). */
function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}.signature`;
}

describe('CustomerSession', () => {
  const open: Tab[] = [];
  const tab = (...args: Parameters<typeof openTab>) => {
    const t = openTab(...args);
    open.push(t);
    return t;
  };
  afterEach(() => {
    for (const t of open.splice(0)) t.sessions.dispose();
    clearSessionStorage();
  });

  describe('sign-in', () => {
    it('signs in directly when the store needs no OTP, and stores the pair per store', async () => {
      const { fake, storeId } = setup();
      const t = tab(fake, storeId);
      const changes = recordChanges<CustomerChangeDetail>(t.sessions.customer);
      expect(t.sessions.customer.status).to.equal('signed-out');
      expect(await t.sessions.customer.getAccessToken()).to.equal(null);

      const before = Date.now();
      const tokens = await signIn(t);
      expect(t.sessions.customer.status).to.equal('signed-in');
      expect(changes).to.deep.equal([{ status: 'signed-in', reason: 'login' }]);
      expect(tokens.accessExpiresAt).to.be.within(before + 900_000, Date.now() + 900_000);
      expect(tokens.refreshExpiresAt).to.be.within(before + 2_592_000_000, Date.now() + 2_592_000_000);
      const stored = JSON.parse(localStorage.getItem(`scalev:${API_BASE}|${storeId}:customer`)!);
      expect(stored).to.include({ access: tokens.access, refresh: tokens.refresh });

      expect((await getMe(t)).email).to.equal(CUSTOMER.email);
      const me = fake.calls('/customers/me')[0]!;
      expect(me.headers.authorization).to.equal(`Bearer ${tokens.access}`);
      expect(me.headers).to.not.have.property('x-scalev-storefront-api-key');
      expect(fake.calls(REFRESH)).to.have.length(0);
    });

    it('asks for the OTP, then signs in with the code', async () => {
      const { fake, storeId } = setup({ otpRequired: true });
      const t = tab(fake, storeId);
      const changes = recordChanges<CustomerChangeDetail>(t.sessions.customer);
      const result = await t.sessions.customer.login(CUSTOMER.email, CUSTOMER.password);
      expect(result.kind).to.equal('otp');
      expect(result.kind === 'otp' && result.message).to.contain('OTP has been sent');
      expect(t.sessions.customer.status).to.equal('signed-out');
      expect(changes).to.have.length(0);

      await t.sessions.customer.verifyOtp(CUSTOMER.email, fake.db.lastOtp()!);
      expect(t.sessions.customer.status).to.equal('signed-in');
      expect(changes).to.deep.equal([{ status: 'signed-in', reason: 'login' }]);
      expect((await getMe(t)).email).to.equal(CUSTOMER.email);
    });

    it('a wrong OTP rejects and leaves the customer signed out', async () => {
      const { fake, storeId } = setup({ otpRequired: true });
      const t = tab(fake, storeId);
      await t.sessions.customer.login(CUSTOMER.email, CUSTOMER.password);
      const error = await rejection(t.sessions.customer.verifyOtp(CUSTOMER.email, '999999'));
      expect(error.status).to.equal(401);
      expect(t.sessions.customer.status).to.equal('signed-out');
      expect(localStorage.getItem(`scalev:${API_BASE}|${storeId}:customer`)).to.equal(null);
    });

    it('a wrong password, or an offline network, rejects without signing in', async () => {
      const { fake, storeId } = setup();
      const t = tab(fake, storeId);
      expect((await rejection(t.sessions.customer.login(CUSTOMER.email, 'nope'))).status).to.equal(401);
      fake.faults.add({ path: '/public/auth/login', kind: 'offline', times: 1 });
      expect((await rejection(t.sessions.customer.login(CUSTOMER.email, CUSTOMER.password))).kind).to.equal('network');
      expect(t.sessions.customer.status).to.equal('signed-out');
    });

    it('keeps each store’s customer to itself', async () => {
      const { fake, storeId } = setup();
      await signIn(tab(fake, storeId));
      const other = setup();
      const elsewhere = tab(other.fake, other.storeId);
      expect(elsewhere.sessions.customer.status).to.equal('signed-out');
      expect(await elsewhere.sessions.customer.getAccessToken()).to.equal(null);
      expect((await rejection(getMe(elsewhere))).status).to.equal(401);
      expect(other.fake.calls('/customers/me')).to.have.length(0);
    });

    it('is still signed in after a reload', async () => {
      const { fake, storeId } = setup();
      const first = tab(fake, storeId);
      const tokens = await signIn(first);
      first.sessions.dispose();
      const reloaded = tab(fake, storeId);
      expect(reloaded.sessions.customer.status).to.equal('signed-in');
      expect(await reloaded.sessions.customer.getAccessToken()).to.equal(tokens.access);
    });
  });

  describe('expiry', () => {
    it('falls back to the JWT lifetime, then to 15 minutes and 30 days', async () => {
      const { fake, storeId } = setup();
      const t = tab(fake, storeId);
      // Claims from a clock an hour off: the lifetime (exp - iat) is what counts.
      const iat = Math.floor(Date.now() / 1000) - 3600;
      const body = { access: jwt({ iat, exp: iat + 120 }), refresh: 'opaque-refresh', token_type: 'Bearer' };
      fake.faults.add({ path: '/public/auth/login', status: 200, body: JSON.stringify(body), times: 1 });
      const before = Date.now();
      await signIn(t);
      const tokens = t.sessions.customer.tokens!;
      expect(tokens.accessExpiresAt).to.be.within(before + 120_000, Date.now() + 120_000);
      expect(tokens.refreshExpiresAt).to.be.within(before + 2_592_000_000, Date.now() + 2_592_000_000);

      const plain = setup({ omitExpiry: true });
      const u = tab(plain.fake, plain.storeId);
      const start = Date.now();
      await signIn(u);
      expect(u.sessions.customer.tokens!.accessExpiresAt).to.be.within(start + 900_000, Date.now() + 900_000);
    });

    it('renews an expired access token before use, once, whatever number of callers', async () => {
      const { fake, storeId } = setup({ accessTtlSeconds: 1 });
      const t = tab(fake, storeId);
      const first = await signIn(t);
      // The lifetime is shorter than the renewal margin: nothing happens early.
      expect(await t.sessions.customer.getAccessToken()).to.equal(first.access);
      expect(fake.calls(REFRESH)).to.have.length(0);

      await aTimeout(1100);
      const answers = await Promise.all([getMe(t), getMe(t), getMe(t), t.sessions.customer.getAccessToken()]);
      expect(answers.slice(0, 3).map((a) => (a as { email: string }).email)).to.deep.equal(Array(3).fill(CUSTOMER.email));
      expect(fake.calls(REFRESH)).to.have.length(1);
      const renewed = t.sessions.customer.tokens!;
      expect(renewed.access).to.not.equal(first.access);
      expect(answers[3]).to.equal(renewed.access);
      // The new token is fresh: no second refresh.
      expect(await t.sessions.customer.getAccessToken()).to.equal(renewed.access);
      expect(fake.calls(REFRESH)).to.have.length(1);
    });

    it('renews within 30 s of expiry, and keeps the still-valid token when that renewal fails', async () => {
      const { fake, storeId } = setup({ accessTtlSeconds: 60 });
      const t = tab(fake, storeId);
      const first = await signIn(t);
      fake.faults.add({ path: REFRESH, kind: 'offline', times: 1 });
      await withClockShift(40_000, async () => {
        expect(await t.sessions.customer.getAccessToken()).to.equal(first.access);
        expect(fake.calls(REFRESH)).to.have.length(1);
        const renewed = await t.sessions.customer.getAccessToken();
        expect(renewed).to.not.equal(first.access);
        expect(fake.calls(REFRESH)).to.have.length(2);
      });
    });

    it('ends the session as expired once the refresh token is past its lifetime, without calling the API', async () => {
      const { fake, storeId } = setup({ refreshTtlSeconds: 60 });
      const t = tab(fake, storeId);
      await signIn(t);
      const changes = recordChanges<CustomerChangeDetail>(t.sessions.customer);
      await withClockShift(61_000, async () => {
        expect(await t.sessions.customer.getAccessToken()).to.equal(null);
      });
      expect(t.sessions.customer.status).to.equal('signed-out');
      expect(changes).to.deep.equal([{ status: 'signed-out', reason: 'expired' }]);
      expect(fake.calls(REFRESH)).to.have.length(0);
    });
  });

  describe('refresh', () => {
    it('rotates the pair; concurrent callers in one page share one request', async () => {
      const { fake, storeId } = setup();
      const t = tab(fake, storeId);
      const first = await signIn(t);
      const changes = recordChanges<CustomerChangeDetail>(t.sessions.customer);
      const [a, b, c] = await Promise.all([
        t.sessions.customer.refresh(),
        t.sessions.customer.refresh(),
        t.sessions.customer.refresh(),
      ]);
      expect(fake.calls(REFRESH)).to.have.length(1);
      expect(fake.calls(REFRESH)[0]!.body).to.deep.equal({ refresh: first.refresh });
      expect(a).to.be.a('string').and.not.equal(first.access);
      expect([b, c]).to.deep.equal([a, a]);
      const now = t.sessions.customer.tokens!;
      expect(now.access).to.equal(a);
      expect(now.refresh).to.not.equal(first.refresh);
      expect(JSON.parse(localStorage.getItem(`scalev:${API_BASE}|${storeId}:customer`)!)).to.include({
        access: now.access,
        refresh: now.refresh,
      });
      // A rotation is not a status change.
      expect(changes).to.have.length(0);
      // The next refresh sends the new token, and the family is intact.
      await t.sessions.customer.refresh();
      expect(fake.calls(REFRESH)[1]!.body).to.deep.equal({ refresh: now.refresh });
      expect(fake.isFamilyRevoked(t.sessions.customer.tokens!.refresh)).to.equal(false);
    });

    it('resolves null without calling the API when signed out', async () => {
      const { fake, storeId } = setup();
      const t = tab(fake, storeId);
      expect(await t.sessions.customer.refresh()).to.equal(null);
      expect(fake.requests).to.have.length(0);
    });

    for (const locks of ['web locks', 'storage lease'] as const) {
      it(`two tabs refreshing at once send one refresh request (${locks})`, async () => {
        const { fake, storeId } = setup();
        const options = locks === 'web locks' ? {} : { locks: null };
        const a = tab(fake, storeId, options);
        const b = tab(fake, storeId, options);
        const first = await signIn(a);
        expect(b.sessions.customer.status).to.equal('signed-in');
        fake.delays.set(REFRESH, 50);

        const [fromA, fromB] = await Promise.all([a.sessions.customer.refresh(), b.sessions.customer.refresh()]);
        expect(fake.calls(REFRESH)).to.have.length(1);
        expect(fromA).to.equal(fromB);
        expect(a.sessions.customer.tokens).to.deep.equal(b.sessions.customer.tokens);
        expect(a.sessions.customer.tokens!.refresh).to.not.equal(first.refresh);
        expect(fake.isFamilyRevoked(a.sessions.customer.tokens!.refresh)).to.equal(false);
        expect((await getMe(a)).email).to.equal(CUSTOMER.email);
        expect((await getMe(b)).email).to.equal(CUSTOMER.email);
      });
    }

    for (const catchesUp of [true, false]) {
      it(`never sends a spent refresh token while its view of storage lags (${catchesUp ? 'storage catches up' : 'storage stays stale'})`, async () => {
        const { fake, storeId } = setup();
        const key = `scalev:${API_BASE}|${storeId}:customer`;
        const lagging = new LaggingStorage();
        const a = tab(fake, storeId);
        const b = tab(fake, storeId, { storage: lagging });
        await signIn(a);
        lagging.freeze(key);
        const spentByA = a.sessions.customer.tokens!.refresh;
        const rotated = await a.sessions.customer.refresh();
        // a's announcement reaches b (a fixed pause was too short on a loaded machine).
        await waitUntil(() => b.sessions.customer.spent.has(spentByA), "a's announcement reaches b");
        expect(b.sessions.customer.tokens!.access).to.not.equal(rotated);
        if (catchesUp) setTimeout(() => lagging.catchUp(), 100);

        expect(await b.sessions.customer.refresh()).to.equal(rotated);
        expect(fake.calls(REFRESH)).to.have.length(1);
        expect(fake.isFamilyRevoked(a.sessions.customer.tokens!.refresh)).to.equal(false);
      });
    }

    it('a tab whose token was already rotated elsewhere adopts the new pair', async () => {
      const { fake, storeId } = setup({ accessTtlSeconds: 1 });
      const a = tab(fake, storeId);
      const b = tab(fake, storeId);
      await signIn(a);
      await aTimeout(1100);
      await getMe(a);
      expect(fake.calls(REFRESH)).to.have.length(1);
      // b's access token expired too, but a already renewed it.
      expect((await getMe(b)).email).to.equal(CUSTOMER.email);
      expect(fake.calls(REFRESH)).to.have.length(1);
      expect(b.sessions.customer.tokens).to.deep.equal(a.sessions.customer.tokens);
    });

    it('a revoked family signs out with reason "revoked" and keeps the guest cart token', async () => {
      const { fake, storeId } = setup();
      const t = tab(fake, storeId);
      const other = tab(fake, storeId);
      await t.http.request({ family: 'guest', path: '/public/cart' });
      const guestToken = t.sessions.guest.get();
      expect(guestToken).to.be.a('string');
      const first = await signIn(t);
      await t.sessions.customer.refresh();
      // The other tab has heard of the sign-in before its changes are recorded.
      await waitUntil(() => other.sessions.customer.current !== null, 'the other tab has taken in the sign-in');
      // Someone replays the rotated refresh token: the API revokes the whole family.
      expect((await rejection(refreshTokens(t.http, first.refresh))).status).to.equal(401);

      const changes = recordChanges<CustomerChangeDetail>(t.sessions.customer);
      const otherChanges = recordChanges<CustomerChangeDetail>(other.sessions.customer);
      expect(await t.sessions.customer.refresh()).to.equal(null);
      expect(t.sessions.customer.status).to.equal('signed-out');
      expect(t.sessions.customer.tokens).to.equal(null);
      expect(changes).to.deep.equal([{ status: 'signed-out', reason: 'revoked' }]);
      expect(localStorage.getItem(`scalev:${API_BASE}|${storeId}:customer`)).to.equal(null);
      expect(t.sessions.guest.get()).to.equal(guestToken);
      expect(localStorage.getItem(`scalev:${API_BASE}|${storeId}:guest-token`)).to.equal(guestToken);
      await waitUntil(() => otherChanges.length === 1, 'the other tab signs out too');
      expect(otherChanges[0]).to.deep.equal({ status: 'signed-out', reason: 'other-tab' });
      expect((await rejection(getMe(t))).code).to.equal('not_signed_in');
    });

    it('a 401 that says the refresh token expired ends the session as "expired"', async () => {
      const { fake, storeId } = setup();
      const t = tab(fake, storeId);
      await signIn(t);
      const changes = recordChanges<CustomerChangeDetail>(t.sessions.customer);
      fake.faults.add({ path: REFRESH, status: 401, body: '{"error_code":"token_expired","message":"Token has expired"}' });
      expect(await t.sessions.customer.refresh()).to.equal(null);
      expect(changes).to.deep.equal([{ status: 'signed-out', reason: 'expired' }]);
    });

    it('a network error keeps the customer signed in with the same tokens, and surfaces', async () => {
      const { fake, storeId } = setup();
      const t = tab(fake, storeId);
      const first = await signIn(t);
      fake.faults.add({ path: REFRESH, kind: 'offline', times: 1 });
      const error = await rejection(t.sessions.customer.refresh());
      expect(error.kind).to.equal('network');
      expect(t.sessions.customer.status).to.equal('signed-in');
      expect(t.sessions.customer.tokens!.refresh).to.equal(first.refresh);
      // The unsent token is still good.
      expect(await t.sessions.customer.refresh()).to.be.a('string').and.not.equal(first.access);
    });

    it('a timeout, a plain-text 429 or a 500 keep the session too', async () => {
      const { fake, storeId } = setup();
      const t = tab(fake, storeId, { timeoutMs: 100 });
      const first = await signIn(t);
      fake.faults.add({ path: REFRESH, kind: 'hang', times: 1 });
      expect((await rejection(t.sessions.customer.refresh())).kind).to.equal('timeout');
      fake.faults.add({ path: REFRESH, status: 429, body: 'Too many requests', contentType: 'text/plain', times: 1 });
      expect((await rejection(t.sessions.customer.refresh())).status).to.equal(429);
      fake.faults.add({ path: REFRESH, status: 500, times: 1 });
      expect((await rejection(t.sessions.customer.refresh())).status).to.equal(500);
      expect(t.sessions.customer.status).to.equal('signed-in');
      expect(t.sessions.customer.tokens!.refresh).to.equal(first.refresh);
    });

    it('a 200 that cannot be read keeps the session and surfaces a parse error', async () => {
      const { fake, storeId } = setup();
      const t = tab(fake, storeId);
      const first = await signIn(t);
      fake.faults.add({ path: REFRESH, kind: 'malformed', times: 1 });
      expect((await rejection(t.sessions.customer.refresh())).kind).to.equal('parse');
      expect(t.sessions.customer.status).to.equal('signed-in');
      expect(t.sessions.customer.tokens!.access).to.equal(first.access);
    });

    it('a sign-out during a refresh wins: the new pair is revoked, not stored', async () => {
      const { fake, storeId } = setup();
      const t = tab(fake, storeId);
      await signIn(t);
      fake.delays.set(REFRESH, 400);
      const before = fake.calls(REFRESH).length;
      const refreshing = t.sessions.customer.refresh();
      // Sign out while the refresh is in flight: the API has rotated the pair, its answer is slow.
      await waitUntil(() => fake.calls(REFRESH).length > before, 'the refresh reaches the API', { interval: 5 });
      await t.sessions.customer.signOut();
      expect(await refreshing).to.equal(null);
      expect(t.sessions.customer.status).to.equal('signed-out');
      expect(localStorage.getItem(`scalev:${API_BASE}|${storeId}:customer`)).to.equal(null);
      await waitUntil(() => fake.calls('/public/auth/jwt/blacklist').length === 2, 'the orphaned pair is revoked');
      const orphan = fake.calls('/public/auth/jwt/blacklist')[1]!.body as { tokens: string[] };
      expect(fake.isFamilyRevoked(orphan.tokens[1]!)).to.equal(true);
    });
  });

  describe('401 on a customer route', () => {
    it('renews once and retries with the new token', async () => {
      const { fake, storeId } = setup();
      const t = tab(fake, storeId);
      const first = await signIn(t);
      fake.faults.add({ path: '/customers/me', status: 401, times: 1 });
      expect((await getMe(t)).email).to.equal(CUSTOMER.email);
      expect(fake.calls(REFRESH)).to.have.length(1);
      const [rejected, retried] = fake.calls('/customers/me');
      expect(rejected!.headers.authorization).to.equal(`Bearer ${first.access}`);
      expect(retried!.headers.authorization).to.equal(`Bearer ${t.sessions.customer.tokens!.access}`);
      expect(t.sessions.customer.tokens!.access).to.not.equal(first.access);
    });

    it('a second 401 is final: one refresh, no loop, the session stays', async () => {
      const { fake, storeId } = setup();
      const t = tab(fake, storeId);
      await signIn(t);
      fake.faults.add({ path: '/customers/me', status: 401, times: 2 });
      expect((await rejection(getMe(t))).status).to.equal(401);
      expect(fake.calls(REFRESH)).to.have.length(1);
      expect(fake.calls('/customers/me')).to.have.length(2);
      expect(t.sessions.customer.status).to.equal('signed-in');
    });

    it('concurrent 401s share one refresh', async () => {
      const { fake, storeId } = setup();
      const t = tab(fake, storeId);
      await signIn(t);
      fake.faults.add({ path: '/customers/me', status: 401, times: 3 });
      // Distinct queries, so the client does not fold them into one GET.
      const answers = await Promise.all(
        [1, 2, 3].map((n) => t.http.request<{ email: string }>({ family: 'customer', path: '/customers/me', query: { n } })),
      );
      expect(fake.calls('/customers/me')).to.have.length(6);
      expect(answers.map((a) => a.email)).to.deep.equal(Array(3).fill(CUSTOMER.email));
      expect(fake.calls(REFRESH)).to.have.length(1);
    });

    it('takes the token another tab already renewed instead of refreshing', async () => {
      const { fake, storeId } = setup();
      const a = tab(fake, storeId);
      const b = tab(fake, storeId);
      const first = await signIn(a);
      await b.sessions.customer.refresh();
      expect(await a.sessions.customer.renewAfterUnauthorized(first.access)).to.equal(b.sessions.customer.tokens!.access);
      expect(fake.calls(REFRESH)).to.have.length(1);
    });
  });

  describe('sign-out', () => {
    it('blacklists both tokens and clears them', async () => {
      const { fake, storeId } = setup();
      const t = tab(fake, storeId);
      const tokens = await signIn(t);
      const changes = recordChanges<CustomerChangeDetail>(t.sessions.customer);
      await t.sessions.customer.signOut();
      expect(fake.calls('/public/auth/jwt/blacklist')[0]!.body).to.deep.equal({ tokens: [tokens.access, tokens.refresh] });
      expect(t.sessions.customer.status).to.equal('signed-out');
      expect(changes).to.deep.equal([{ status: 'signed-out', reason: 'logout' }]);
      expect(localStorage.getItem(`scalev:${API_BASE}|${storeId}:customer`)).to.equal(null);
      expect(fake.isFamilyRevoked(tokens.refresh)).to.equal(true);
      // Signing out again is a no-op.
      await t.sessions.customer.signOut();
      expect(fake.calls('/public/auth/jwt/blacklist')).to.have.length(1);
    });

    it('still signs out locally when the blacklist call fails', async () => {
      const { fake, storeId } = setup();
      const t = tab(fake, storeId);
      await signIn(t);
      fake.faults.add({ path: '/public/auth/jwt/blacklist', kind: 'offline' });
      await t.sessions.customer.signOut();
      expect(t.sessions.customer.status).to.equal('signed-out');
      expect(localStorage.getItem(`scalev:${API_BASE}|${storeId}:customer`)).to.equal(null);
      expect(await t.sessions.customer.getAccessToken()).to.equal(null);
    });
  });

  describe('other tabs', () => {
    it('see sign-in, sign-out and rotation without calling the API', async () => {
      const { fake, storeId } = setup();
      const a = tab(fake, storeId);
      const b = tab(fake, storeId);
      const seenByB = recordChanges<CustomerChangeDetail>(b.sessions.customer);

      await signIn(a);
      await waitUntil(() => seenByB.length === 1, 'b sees the sign-in');
      expect(seenByB[0]).to.deep.equal({ status: 'signed-in', reason: 'other-tab' });
      expect(b.sessions.customer.tokens).to.deep.equal(a.sessions.customer.tokens);

      await a.sessions.customer.refresh();
      await waitUntil(() => b.sessions.customer.tokens?.access === a.sessions.customer.tokens?.access, 'b sees the rotation');
      expect(seenByB).to.have.length(1);

      const requestsBefore = fake.requests.length;
      await a.sessions.customer.signOut();
      await waitUntil(() => seenByB.length === 2, 'b sees the sign-out');
      expect(seenByB[1]).to.deep.equal({ status: 'signed-out', reason: 'other-tab' });
      expect(b.sessions.customer.status).to.equal('signed-out');
      // Only a's blacklist call went out.
      expect(fake.requests.slice(requestsBefore).map((r) => r.path.split('/').pop())).to.deep.equal(['blacklist']);
    });

    it('see a sign-in by the storage event alone', async () => {
      const { fake, storeId } = setup();
      const b = tab(fake, storeId);
      const seenByB = recordChanges<CustomerChangeDetail>(b.sessions.customer);
      // What another document's write looks like when BroadcastChannel is missing.
      const writer = tab(fake, storeId);
      writer.sessions.dispose();
      await signIn(writer);
      expect(seenByB).to.have.length(0);
      window.dispatchEvent(
        new StorageEvent('storage', { key: `scalev:${API_BASE}|${storeId}:customer`, storageArea: localStorage }),
      );
      // Taking in another tab's change loads its code on first use.
      await waitUntil(() => seenByB.length > 0, 'b took in the storage event');
      expect(seenByB).to.deep.equal([{ status: 'signed-in', reason: 'other-tab' }]);
    });
  });

  describe('storage that throws', () => {
    it('signs in, renews and signs out in memory, and tabs still agree', async () => {
      const { fake, storeId } = setup();
      const a = tab(fake, storeId, { storage: new ThrowingStorage() });
      const b = tab(fake, storeId, { storage: new ThrowingStorage() });
      await signIn(a);
      expect((await getMe(a)).email).to.equal(CUSTOMER.email);
      await waitUntil(() => b.sessions.customer.status === 'signed-in', 'b hears of the sign-in');
      await Promise.all([a.sessions.customer.refresh(), b.sessions.customer.refresh()]);
      expect(fake.calls(REFRESH)).to.have.length(1);
      expect(b.sessions.customer.tokens).to.deep.equal(a.sessions.customer.tokens);
      await a.sessions.customer.signOut();
      await waitUntil(() => b.sessions.customer.status === 'signed-out', 'b hears of the sign-out');
    });

    it('treats an unreadable stored value as signed out', () => {
      const { fake, storeId } = setup();
      localStorage.setItem(`scalev:${API_BASE}|${storeId}:customer`, '{"access":');
      const t = tab(fake, storeId);
      expect(t.sessions.customer.status).to.equal('signed-out');
    });
  });
});
