/**
 * Signing out when the sign-out code cannot load (the site was redeployed since the page opened,
 * or the buyer went offline): this page must still sign out and say so. Its own test page, as the
 * session engine must not have loaded here before (the test server answers 503 for it).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { CustomerChangeDetail } from '../../src/session/index.js';
import { clearSessionStorage, openTab, recordChanges, setup } from './helpers.js';
import { API_BASE } from './fake-api.js';

const ENGINE = '/src/session/customer-engine';

describe('sign-out while its code cannot load', () => {
  afterEach(() => {
    document.cookie = 'unavailable-module=; Max-Age=0; Path=/';
    clearSessionStorage();
  });

  it('still removes the tokens and tells this page the customer signed out', async () => {
    const { storeId, fake } = setup();
    const now = Date.now();
    // A sign-in from an earlier page view: this page has not needed the engine for it yet.
    localStorage.setItem(
      `scalev:${new URL(API_BASE).origin}|${storeId}:customer`,
      JSON.stringify({
        sid: 'earlier-visit',
        access: 'access-earlier',
        refresh: 'refresh-earlier',
        obtainedAt: now,
        accessExpiresAt: now + 3_600_000,
        refreshExpiresAt: now + 86_400_000,
      }),
    );
    const tab = openTab(fake, storeId);
    expect(tab.sessions.customer.status).to.equal('signed-in');
    const changes = recordChanges<CustomerChangeDetail>(tab.sessions.customer);

    document.cookie = `unavailable-module=${encodeURIComponent(ENGINE)}; Path=/`;
    const engineLoad = await import(`${ENGINE}.js?probe`).then(
      () => 'loaded',
      () => 'failed',
    );
    expect(engineLoad, 'the test server refuses the engine').to.equal('failed');

    await tab.sessions.customer.signOut();
    await waitUntil(() => changes.length > 0, 'this page hears of the sign-out');
    expect(changes).to.deep.equal([{ status: 'signed-out', reason: 'logout' }]);
    expect(tab.sessions.customer.status).to.equal('signed-out');
    expect(tab.sessions.customer.tokens).to.equal(null);
    expect(localStorage.getItem(`scalev:${new URL(API_BASE).origin}|${storeId}:customer`)).to.equal(null);
  });
});
