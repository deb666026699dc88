import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { ContextConsumer, createContext } from '@lit/context';
import { ScalevStore } from '../../../src/elements/store/scalev-store.js';
import { ScalevElement } from '../../../src/elements/base/scalev-element.js';
import { ScalevApiError } from '../../../src/api/errors.js';
import { createMockScalev } from '../../../src/mock/index.js';
import type { Storefront } from '../../../src/context/storefront.js';
import { until } from '../../helpers/fixture.js';

ScalevStore.define();

/** A minimal widget: shows the store id it found, or the configuration problem. */
class ProbeWidget extends ScalevElement {
  found?: Storefront;
  protected override storefrontChanged(storefront: Storefront): void {
    this.found = storefront;
  }
  protected override render() {
    const problem = this.problem;
    if (problem) return this.renderProblem(problem);
    return litHtml`<span>${this.storefront?.config.storeId ?? ''}</span> <span>${this.t('common.retry')}</span>`;
  }
  announce(): boolean {
    return this.emit('scalev-before-add-to-cart', { item: { type: 'variant', quantity: 1 }, source: 'probe' }, { cancelable: true });
  }
}
ProbeWidget.define('scalev-probe-widget');

let storeCount = 0;
const uniqueStoreId = () => `store_probe_${Date.now().toString(36)}_${++storeCount}`;

describe('<scalev-store> and the base element', () => {
  afterEach(() => {
    document.querySelectorAll('scalev-store, scalev-probe-widget').forEach((el) => el.remove());
  });

  it('gives a nested widget the store through context', async () => {
    const storeId = uniqueStoreId();
    const store = await fixture<ScalevStore>(html`<scalev-store store-id=${storeId} storefront-key="sfpk_x">
      <scalev-probe-widget></scalev-probe-widget>
    </scalev-store>`);
    const widget = store.querySelector<ProbeWidget>('scalev-probe-widget')!;
    await widget.updateComplete;
    expect(widget.found).to.equal(store.storefront);
    expect(widget.shadowRoot!.textContent).to.contain(storeId);
  });

  it('lets a widget outside any store use the page store, even one added later', async () => {
    const widget = document.createElement('scalev-probe-widget') as ProbeWidget;
    document.body.append(widget);
    await widget.updateComplete;
    expect(widget.found).to.equal(undefined);
    const store = document.createElement('scalev-store') as ScalevStore;
    const storeId = uniqueStoreId();
    store.setAttribute('store-id', storeId);
    store.setAttribute('storefront-key', 'sfpk_x');
    document.body.append(store);
    await until(() => widget.found === store.storefront, 'widget adopted the page store');
    await widget.updateComplete;
    expect(widget.shadowRoot!.textContent).to.contain(storeId);
  });

  it('shows a clear message when there is no store on the page at all', async () => {
    const widget = document.createElement('scalev-probe-widget') as ProbeWidget;
    document.body.append(widget);
    await until(() => widget.shadowRoot?.querySelector('[part="problem"]'), 'problem shown');
    expect(widget.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('scalev-store');
  });

  for (const [label, attrs, words] of [
    ['no store id', { 'storefront-key': 'sfpk_x' }, 'store-id'],
    ['no key', { 'store-id': 'store_x' }, 'storefront-key'],
    ['a business key', { 'store-id': 'store_x', 'storefront-key': 'sk_live_secret' }, 'sk_'],
    ['a broken api-base', { 'store-id': 'store_x', 'storefront-key': 'sfpk_x', 'api-base': 'not a url' }, 'api-base'],
  ] as const) {
    it(`says what is wrong with ${label}, in the widget and in a childless store`, async () => {
      const errors: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args.join(' '));
      try {
        const store = document.createElement('scalev-store') as ScalevStore;
        for (const [name, value] of Object.entries(attrs)) store.setAttribute(name, value);
        store.setAttribute('store-id', (attrs as Record<string, string>)['store-id'] ? uniqueStoreId() : '');
        document.body.append(store);
        await store.updateComplete;
        const alone = store.shadowRoot!.querySelector('[part="problem"]');
        expect(alone, 'childless store shows it').to.exist;
        expect(alone!.textContent).to.contain(words);
        const widget = document.createElement('scalev-probe-widget') as ProbeWidget;
        store.append(widget);
        await until(() => widget.shadowRoot?.querySelector('[part="problem"]'), 'widget shows it');
        expect(widget.shadowRoot!.querySelector('[part="problem"]')!.textContent).to.contain(words);
        await until(() => errors.join('\n').includes(words), 'and on the console, in English');
      } finally {
        console.error = original;
      }
    });
  }

  it('never sends a business key anywhere', async () => {
    const mock = createMockScalev();
    const store = document.createElement('scalev-store') as ScalevStore;
    store.setAttribute('store-id', uniqueStoreId());
    store.setAttribute('storefront-key', 'sk_live_secret');
    store.fetcher = mock.fetch;
    document.body.append(store);
    await store.updateComplete;
    expect(store.storefront!.http.storefrontKey).to.equal('');
    expect(store.storefront!.problem?.code).to.equal('business-key');
  });

  it('marks the store misconfigured when the API answers "Store not found", for every widget', async () => {
    const mock = createMockScalev();
    const store = await fixture<ScalevStore>(html`<scalev-store
      store-id=${uniqueStoreId()}
      storefront-key="sfpk_wrong"
      api-base=${mock.options.apiBase}
      .fetcher=${mock.fetch}
      ><scalev-probe-widget></scalev-probe-widget><scalev-probe-widget></scalev-probe-widget
    ></scalev-store>`);
    const [first, second] = [...store.querySelectorAll<ProbeWidget>('scalev-probe-widget')];
    const { listItems } = await import('../../../src/api/catalog.js');
    const error = await listItems(store.storefront!.http).catch((e: unknown) => e);
    // The element's error wording reports the store-level problem: the API's words at once, the
    // setup message once its strings are in.
    const describe = () => (first as unknown as { describeError(e: unknown): string }).describeError(error);
    expect(describe()).to.contain('Store not found');
    await until(() => describe().includes('allowed origin'), 'the setup message');
    await until(() => second!.shadowRoot?.querySelector('[part="problem"]'), 'the other widget shows it too');
  });

  it("words a part's code that could not load as a connection failure, in each browser's wording", async () => {
    const store = await fixture<ScalevStore>(html`<scalev-store store-id=${uniqueStoreId()} storefront-key="sfpk_x" locale="en"
      ><scalev-probe-widget></scalev-probe-widget
    ></scalev-store>`);
    const widget = store.querySelector('scalev-probe-widget') as unknown as { describeError(e: unknown): string };
    const offline = widget.describeError(new ScalevApiError({ kind: 'network', message: 'offline' }));
    for (const words of [
      'Failed to fetch dynamically imported module: https://cdn.example/chunks/define-x.js',
      'error loading dynamically imported module: https://cdn.example/chunks/define-x.js',
      'Importing a module script failed.',
    ]) {
      expect(widget.describeError(new TypeError(words)), words).to.equal(offline);
    }
    expect(widget.describeError(new TypeError('x is not a function'))).to.not.equal(offline);
  });

  it('shares one core (client, session, cart) between two stores with the same settings', async () => {
    const storeId = uniqueStoreId();
    const mock = createMockScalev({ storeId });
    const container = await fixture(html`<div>
      <scalev-store store-id=${storeId} storefront-key="sfpk_x" locale="en" .fetcher=${mock.fetch}></scalev-store>
      <scalev-store store-id=${storeId} storefront-key="sfpk_x" locale="id" .fetcher=${mock.fetch}></scalev-store>
    </div>`);
    const [a, b] = [...container.querySelectorAll<ScalevStore>('scalev-store')];
    expect(a!.storefront).to.not.equal(b!.storefront);
    expect(a!.storefront!.http).to.equal(b!.storefront!.http);
    expect(a!.storefront!.customer).to.equal(b!.storefront!.customer);
    const service = a!.storefront!.service('probe', () => ({}));
    expect(b!.storefront!.service('probe', () => ({}))).to.equal(service);
  });

  it('rebuilds when an attribute changes and widgets follow', async () => {
    const store = await fixture<ScalevStore>(html`<scalev-store store-id=${uniqueStoreId()} storefront-key="sfpk_x" locale="id">
      <scalev-probe-widget></scalev-probe-widget>
    </scalev-store>`);
    const widget = store.querySelector<ProbeWidget>('scalev-probe-widget')!;
    await widget.updateComplete;
    expect(widget.shadowRoot!.textContent).to.contain('Coba lagi');
    store.setAttribute('locale', 'en');
    await until(() => widget.shadowRoot!.textContent!.includes('Try again'), 'English after the change');
    expect(widget.found).to.equal(store.storefront);
  });

  it('chooses the language from locale, then the nearest lang, then Indonesian', async () => {
    const storeId = uniqueStoreId();
    const outer = await fixture(html`<div lang="en-GB">
      <scalev-store store-id=${storeId} storefront-key="sfpk_x">
        <scalev-probe-widget></scalev-probe-widget>
        <scalev-probe-widget locale="id"></scalev-probe-widget>
        <div lang="fr"><scalev-probe-widget></scalev-probe-widget></div>
      </scalev-store>
    </div>`);
    const [byLang, byLocale, unknownLang] = [...outer.querySelectorAll<ProbeWidget>('scalev-probe-widget')];
    expect(byLang!.resolvedLocale).to.equal('en');
    expect(byLocale!.resolvedLocale).to.equal('id');
    expect(unknownLang!.resolvedLocale, 'an unsupported language falls back to Indonesian').to.equal('id');
  });

  it('dispatches typed events that bubble out of shadow roots and can be cancelled', async () => {
    const store = await fixture<ScalevStore>(html`<scalev-store store-id=${uniqueStoreId()} storefront-key="sfpk_x">
      <scalev-probe-widget></scalev-probe-widget>
    </scalev-store>`);
    const widget = store.querySelector<ProbeWidget>('scalev-probe-widget')!;
    document.addEventListener('scalev-before-add-to-cart', (event) => event.preventDefault(), { once: true });
    const heard = oneEvent(document, 'scalev-before-add-to-cart');
    expect(widget.announce(), 'a listener vetoed it').to.equal(false);
    const event = await heard;
    expect(event.detail.source).to.equal('probe');
    expect(event.composed && event.bubbles).to.equal(true);
  });

  it('tolerates a second registration of the same tag', () => {
    expect(() => ScalevStore.define()).not.to.throw();
    expect(() => ProbeWidget.define('scalev-probe-widget')).not.to.throw();
    expect(customElements.get('scalev-store')).to.equal(ScalevStore);
  });

  it('matches the context of another copy of the kit on the page', async () => {
    // A second copy creates its own context object; the key is global, so they still match.
    const otherCopyContext = createContext<Storefront | undefined>(Symbol.for('scalev-elements/storefront'));
    class OtherCopyWidget extends LitElement {
      value?: Storefront;
      constructor() {
        super();
        new ContextConsumer(this, { context: otherCopyContext, callback: (v) => (this.value = v ?? undefined), subscribe: true });
      }
    }
    customElements.define('scalev-other-copy-probe', OtherCopyWidget);
    const store = await fixture<ScalevStore>(html`<scalev-store store-id=${uniqueStoreId()} storefront-key="sfpk_x">
      <scalev-other-copy-probe></scalev-other-copy-probe>
    </scalev-store>`);
    const probe = store.querySelector<OtherCopyWidget>('scalev-other-copy-probe')!;
    expect(probe.value).to.equal(store.storefront);
  });

  it('is accessible when showing a configuration problem', async () => {
    const store = await fixture<ScalevStore>(html`<scalev-store store-id="" storefront-key=""></scalev-store>`);
    await expect(store).to.be.accessible();
  });
});
