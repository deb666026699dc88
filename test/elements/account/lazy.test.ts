import { expect, html } from '@open-wc/testing';
import { DEMO_CUSTOMER } from '../../../src/mock/index.js';
import { shadow, until } from '../../helpers/fixture.js';
import { disposeSessions, restoreUrl, waitForText, waitForTitle } from './helpers.js';
import { mount } from '../login/helpers.js';

describe('<scalev-account> fetches what it shows', () => {
  afterEach(() => {
    restoreUrl();
    disposeSessions();
  });

  it('signed in, it never loads the sign-in element; signing out brings it', async () => {
    const { store, storefront } = await mount(html``);
    await storefront.customer.login(DEMO_CUSTOMER.email, DEMO_CUSTOMER.password);
    const el = document.createElement('scalev-account');
    store.append(el);
    await waitForTitle(el, 'Profil');
    await waitForText(el, DEMO_CUSTOMER.email);
    expect(Boolean(customElements.get('scalev-login')), '<scalev-login> defined while signed in').to.equal(false);
    // The edit form is not part of the first screen either.
    expect(shadow(el).querySelector('form')).to.equal(null);

    await storefront.customer.signOut();
    await until(() => shadow(el).querySelector('scalev-login')?.shadowRoot?.querySelector('form'), 'sign-in form after sign-out');
    expect(Boolean(customElements.get('scalev-login'))).to.equal(true);
  });
});
