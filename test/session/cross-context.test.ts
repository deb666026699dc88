/**
 * Two real browsing contexts: this page and a same-origin iframe that loads the session modules
 * into its own JS realm. They share localStorage, Web Locks and BroadcastChannel like two tabs.
 * The iframe is handed this page's fake fetch, so one fake API (one token database) sees the
 * requests of both; that is what lets these tests count refresh calls and detect a reused token.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { CustomerChangeDetail, Sessions } from '../../src/session/index.js';
import { API_BASE, CUSTOMER, STOREFRONT_KEY } from './fake-api.js';
import type { SecondTab } from './fixtures/tab.js';
import { clearSessionStorage, openTab, recordChanges, setup, type Tab } from './helpers.js';

const REFRESH = '/public/auth/jwt/refresh';

describe('sessions across two browsing contexts', () => {
  let frame: HTMLIFrameElement;
  let here: Tab;
  let there: Sessions;
  let fake: ReturnType<typeof setup>['fake'];
  let storeId: string;

  beforeEach(async () => {
    ({ fake, storeId } = setup());
    frame = document.createElement('iframe');
    frame.src = new URL('./fixtures/tab.html', import.meta.url).href;
    document.body.append(frame);
    const win = () => frame.contentWindow as (Window & { secondTab?: SecondTab }) | null;
    await waitUntil(() => win()?.secondTab, 'the second context loads the modules', { timeout: 8000 });
    there = win()!.secondTab!.start({ apiBase: API_BASE, storeId, storefrontKey: STOREFRONT_KEY, fetch: fake.fetch });
    here = openTab(fake, storeId);
  });

  afterEach(() => {
    there.dispose();
    here.sessions.dispose();
    frame.remove();
    clearSessionStorage();
  });

  it('runs in a separate realm over the same storage', async () => {
    expect((frame.contentWindow as unknown as { Object: unknown }).Object).to.not.equal(Object);
    await here.http.request({ family: 'guest', path: '/public/cart' });
    expect(here.sessions.guest.get()).to.be.a('string');
    expect(there.guest.get()).to.equal(here.sessions.guest.get());
  });

  it('refreshing in both at once sends one refresh request and keeps the family alive', async () => {
    const seenThere = recordChanges<CustomerChangeDetail>(there.customer);
    await here.sessions.customer.login(CUSTOMER.email, CUSTOMER.password);
    await waitUntil(() => seenThere.length === 1, 'the other context sees the sign-in');
    expect(seenThere[0]).to.deep.equal({ status: 'signed-in', reason: 'other-tab' });
    const first = here.sessions.customer.tokens!;

    fake.delays.set(REFRESH, 50);
    const [fromHere, fromThere] = await Promise.all([here.sessions.customer.refresh(), there.customer.refresh()]);
    expect(fake.calls(REFRESH)).to.have.length(1);
    expect(fake.calls(REFRESH)[0]!.body).to.deep.equal({ refresh: first.refresh });
    expect(fromHere).to.equal(fromThere);
    expect(there.customer.tokens).to.deep.equal(here.sessions.customer.tokens);
    expect(fake.isFamilyRevoked(here.sessions.customer.tokens!.refresh)).to.equal(false);
    expect(here.sessions.customer.status).to.equal('signed-in');
    expect(there.customer.status).to.equal('signed-in');
  });

  it('a sign-out in the other context signs this one out without an API call here', async () => {
    await there.customer.login(CUSTOMER.email, CUSTOMER.password);
    const seenHere = recordChanges<CustomerChangeDetail>(here.sessions.customer);
    expect(here.sessions.customer.status).to.equal('signed-in');
    await there.customer.signOut();
    await waitUntil(() => seenHere.some((c) => c.status === 'signed-out'), 'this context sees the sign-out');
    expect(seenHere.at(-1)).to.deep.equal({ status: 'signed-out', reason: 'other-tab' });
    expect(fake.calls('/public/auth/jwt/blacklist')).to.have.length(1);
    expect(await here.sessions.customer.getAccessToken()).to.equal(null);
  });

  it('a revocation seen by one context ends the session in both and keeps the guest token', async () => {
    await here.http.request({ family: 'guest', path: '/public/cart' });
    const guestToken = here.sessions.guest.get();
    const seenThere = recordChanges<CustomerChangeDetail>(there.customer);
    await here.sessions.customer.login(CUSTOMER.email, CUSTOMER.password);
    await waitUntil(() => seenThere.length === 1, 'the other context is signed in');
    fake.faults.add({ path: REFRESH, status: 401, body: '{"message":"Token family revoked"}', times: 1 });
    expect(await here.sessions.customer.refresh()).to.equal(null);
    await waitUntil(() => seenThere.length === 2, 'the other context signs out');
    expect(seenThere[1]).to.deep.equal({ status: 'signed-out', reason: 'other-tab' });
    expect(there.customer.status).to.equal('signed-out');
    expect(there.guest.get()).to.equal(guestToken);
    expect(here.sessions.guest.get()).to.equal(guestToken);
  });
});
