import { expect } from '@open-wc/testing';
import { ScalevStorefront } from '../../../src/elements/storefront/storefront.js';
import { shadow, until } from '../../helpers/fixture.js';
import { START_URL, cleanUp, mountStorefront, routeElement, setUrl } from './helpers.js';

/* Its own file: the sign-in route's code must not have been loaded by an earlier test of the page. */
describe('<scalev-storefront>: a route whose code is still downloading', () => {
  afterEach(() => cleanUp());

  it('shows a placeholder in the :state(loading), then the route', async function () {
    // The first test of a page compiles the whole element graph on the dev server: give it time.
    (this as { timeout(ms: number): void }).timeout(30000);
    expect(customElements.get('scalev-login'), 'nothing loaded the sign-in code yet').to.equal(undefined);
    let release!: () => void;
    const real = ScalevStorefront.elementLoader;
    ScalevStorefront.elementLoader = (tag) =>
      tag === 'scalev-login' ? new Promise<void>((resolve) => (release = resolve)).then(() => real(tag)) : real(tag);
    setUrl(`${START_URL}#/masuk`);
    const { el } = await mountStorefront();
    await until(() => release, 'the sign-in code is requested');
    await el.updateComplete;
    expect(el.matches(':state(loading)')).to.equal(true);
    const placeholder = shadow(el).querySelector('.main [part="skeleton"]');
    expect(placeholder).to.not.equal(null);
    expect(placeholder!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
    release();
    await routeElement(el, 'scalev-login');
    expect(el.matches(':state(loading)')).to.equal(false);
    expect(shadow(el).querySelector('.main [part="skeleton"]')).to.equal(null);
  });
});
