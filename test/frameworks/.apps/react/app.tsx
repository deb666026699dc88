/**
 * A small React 19 app using the elements as an npm user would (`scalev-elements/...` imports,
 * JSX typed by `scalev-elements/jsx`), against the in-browser mock API. React 19 sets a prop as a
 * property when the element has one (`items`, `fetcher`) and turns `on<event-name>` props into
 * listeners for exactly that event name: `onscalev-add-to-cart` listens to `scalev-add-to-cart`.
 */
import { useState, type Dispatch, type SetStateAction } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { DEMO_API_BASE, DEMO_STOREFRONT_KEY, createMockScalev } from 'scalev-elements/mock';
import 'scalev-elements/elements/store/define.js';
import 'scalev-elements/elements/product/define.js';
import 'scalev-elements/elements/checkout/define.js';
import type {} from 'scalev-elements/jsx';
import type { ScalevEventMap } from 'scalev-elements';
import {
  FIRST_ITEMS,
  FIRST_NAME,
  FIRST_SLUG,
  SECOND_ITEMS,
  SECOND_NAME,
  SECOND_SLUG,
  addButton,
  assert,
  cartPosts,
  expose,
  shadowText,
  until,
} from '../shared/checks.js';

type AddedEvent = ScalevEventMap['scalev-add-to-cart'];
type BeforeAddEvent = ScalevEventMap['scalev-before-add-to-cart'];

const storeId = `store_react${Math.random().toString(36).slice(2, 8)}`;
const mock = createMockScalev({ storeId });

interface ShopProps {
  slug: string;
  items: typeof FIRST_ITEMS;
  onAdded: (event: AddedEvent) => void;
  onBeforeAdd: (event: BeforeAddEvent) => void;
}

/** What the checks drive from outside: the app's state setters and the elements React rendered. */
const app: {
  setProps?: Dispatch<SetStateAction<ShopProps>>;
  store?: HTMLElementTagNameMap['scalev-store'] | null;
  product?: HTMLElementTagNameMap['scalev-product'] | null;
  checkout?: HTMLElementTagNameMap['scalev-checkout'] | null;
  renders: number;
} = { renders: 0 };

function Shop({ initial }: { initial: ShopProps }) {
  const [props, setProps] = useState(initial);
  app.setProps = setProps;
  app.renders++;
  return (
    <main>
      <p data-testid="slug">{props.slug}</p>
      <scalev-store
        ref={(element: HTMLElementTagNameMap['scalev-store'] | null) => {
          app.store = element;
        }}
        storeId={storeId}
        storefrontKey={DEMO_STOREFRONT_KEY}
        apiBase={DEMO_API_BASE}
        locale="en"
        fetcher={mock.fetch}
      >
        <scalev-product
          ref={(element: HTMLElementTagNameMap['scalev-product'] | null) => {
              app.product = element;
          }}
          slug={props.slug}
          onscalev-add-to-cart={props.onAdded}
          onscalev-before-add-to-cart={props.onBeforeAdd}
        ></scalev-product>
        <scalev-checkout
          ref={(element: HTMLElementTagNameMap['scalev-checkout'] | null) => {
              app.checkout = element;
          }}
          items={props.items}
          hideNotes
        ></scalev-checkout>
      </scalev-store>
    </main>
  );
}

const added: AddedEvent[] = [];
const staleHandlerCalls: AddedEvent[] = [];
const onAdded = (event: AddedEvent) => void added.push(event);
const allow = (_event: BeforeAddEvent) => undefined;

const container = document.createElement('div');
document.body.append(container);
const root = createRoot(container);
flushSync(() => root.render(<Shop initial={{ slug: FIRST_SLUG, items: FIRST_ITEMS, onAdded, onBeforeAdd: allow }} />));

function update(next: Partial<ShopProps>): void {
  flushSync(() => app.setProps!((previous) => ({ ...previous, ...next })));
}

expose([
  [
    'React: props reach the elements as properties (fetcher, items, slug)',
    async () => {
      assert(app.store && app.product && app.checkout, 'React rendered the elements');
      assert(app.store.fetcher === mock.fetch, 'the store received the fetch function as a property');
      assert(app.checkout.items === FIRST_ITEMS, 'the checkout received the items array itself');
      assert(app.product.slug === FIRST_SLUG, 'the product received its slug');
      await until(() => shadowText(app.product).includes(FIRST_NAME), 'the product shows its name');
      await until(() => shadowText(app.checkout).includes('Gayo untuk checkout'), 'the checkout shows the given item');
      assert(mock.requests.some((request) => request.path.endsWith(`/public/products/${FIRST_SLUG}`)), 'the request went to the mock');
    },
  ],
  [
    'React: onscalev-add-to-cart reaches the handler with a typed detail',
    async () => {
      (await addButton(app.product!)).click();
      await until(() => added.length === 1, 'the add-to-cart handler ran');
      const event = added[0]!;
      assert(event.type === 'scalev-add-to-cart', 'the right event');
      assert(event.detail.cart.itemCount >= 1, 'the detail carries the cart');
      assert(event.detail.source === 'product', 'the detail names its source');
    },
  ],
  [
    'React: a handler calling preventDefault() on onscalev-before-add-to-cart vetoes the add',
    async () => {
      const posts = cartPosts(mock.requests);
      let vetoed = 0;
      update({
        onBeforeAdd: (event) => {
          vetoed++;
          event.preventDefault();
        },
      });
      (await addButton(app.product!)).click();
      await until(() => vetoed === 1, 'the veto handler ran');
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert(cartPosts(mock.requests) === posts, 'no cart request after the veto');
      assert(added.length === 1, 'no add-to-cart event after the veto');
      update({ onBeforeAdd: allow });
    },
  ],
  [
    'React: re-rendering with a new slug and new items updates the same elements (no remount)',
    async () => {
      const product = app.product;
      const checkout = app.checkout;
      const renders = app.renders;
      update({ slug: SECOND_SLUG, items: SECOND_ITEMS });
      assert(app.renders > renders, 'React re-rendered');
      assert(app.product === product, 'the same <scalev-product> element');
      assert(app.checkout === checkout, 'the same <scalev-checkout> element');
      assert(product!.slug === SECOND_SLUG, 'the product has the new slug');
      assert(checkout!.items === SECOND_ITEMS, 'the checkout has the new items');
      await until(() => shadowText(product).includes(SECOND_NAME), 'the product shows the new product');
      await until(() => shadowText(checkout).includes('Gula aren untuk checkout'), 'the checkout shows the new items');
    },
  ],
  [
    'React: a replaced handler is removed, only the new one runs',
    async () => {
      const replaced: AddedEvent[] = [];
      update({ onAdded: (event) => void replaced.push(event) });
      (await addButton(app.product!)).click();
      await until(() => replaced.length === 1, 'the new handler ran');
      assert(added.length === 1 && staleHandlerCalls.length === 0, 'the old handler did not run again');
    },
  ],
  [
    'React: unmounting removes the elements without errors',
    async () => {
      const product = app.product!;
      flushSync(() => root.unmount());
      assert(!product.isConnected, 'the product left the page');
      assert(!document.querySelector('scalev-store'), 'nothing of the app is left');
    },
  ],
]);
