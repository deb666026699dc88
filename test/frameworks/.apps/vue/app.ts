/**
 * A small Vue 3 app using the elements through render functions (`h()`: no runtime template
 * compiler, so it works under a strict CSP), against the in-browser mock API. Vue sets a prop as a
 * DOM property when the element has one (`items`, `fetcher`), and `onScalevAddToCart` listens to
 * `scalev-add-to-cart` (what `@scalev-add-to-cart` in a template compiles to).
 */
import { createApp, defineComponent, h, nextTick, ref, shallowRef, type Ref } from 'vue';
import { DEMO_API_BASE, DEMO_STOREFRONT_KEY, createMockScalev } from 'scalev-elements/mock';
import 'scalev-elements/elements/store/define.js';
import 'scalev-elements/elements/product/define.js';
import 'scalev-elements/elements/checkout/define.js';
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

const storeId = `store_vue${Math.random().toString(36).slice(2, 8)}`;
const mock = createMockScalev({ storeId });

const slug = ref(FIRST_SLUG);
const items = shallowRef(FIRST_ITEMS);
const added: AddedEvent[] = [];
const onAdded = shallowRef<(event: AddedEvent) => void>((event) => void added.push(event));
const onBeforeAdd = shallowRef<(event: BeforeAddEvent) => void>(() => undefined);
const storeEl: Ref<HTMLElementTagNameMap['scalev-store'] | null> = shallowRef(null);
const productEl: Ref<HTMLElementTagNameMap['scalev-product'] | null> = shallowRef(null);
const checkoutEl: Ref<HTMLElementTagNameMap['scalev-checkout'] | null> = shallowRef(null);
let renders = 0;

const Shop = defineComponent({
  setup() {
    return () => {
      renders++;
      return h('main', [
        h('p', slug.value),
        h(
          'scalev-store',
          {
            ref: storeEl,
            storeId,
            storefrontKey: DEMO_STOREFRONT_KEY,
            apiBase: DEMO_API_BASE,
            locale: 'en',
            fetcher: mock.fetch,
          },
          [
            h('scalev-product', {
              ref: productEl,
              slug: slug.value,
              onScalevAddToCart: onAdded.value,
              onScalevBeforeAddToCart: onBeforeAdd.value,
            }),
            h('scalev-checkout', { ref: checkoutEl, items: items.value, hideNotes: true }),
          ],
        ),
      ]);
    };
  },
});

const container = document.createElement('div');
document.body.append(container);
const app = createApp(Shop);
app.mount(container);

expose([
  [
    'Vue: props reach the elements as properties (fetcher, items, slug)',
    async () => {
      await nextTick();
      assert(storeEl.value && productEl.value && checkoutEl.value, 'Vue rendered the elements');
      assert(storeEl.value.fetcher === mock.fetch, 'the store received the fetch function as a property');
      assert(checkoutEl.value.items === FIRST_ITEMS, 'the checkout received the items array itself');
      assert(productEl.value.slug === FIRST_SLUG, 'the product received its slug');
      await until(() => shadowText(productEl.value).includes(FIRST_NAME), 'the product shows its name');
      await until(() => shadowText(checkoutEl.value).includes('Gayo untuk checkout'), 'the checkout shows the given item');
      assert(mock.requests.some((request) => request.path.endsWith(`/public/products/${FIRST_SLUG}`)), 'the request went to the mock');
    },
  ],
  [
    'Vue: onScalevAddToCart (@scalev-add-to-cart) reaches the handler with a typed detail',
    async () => {
      (await addButton(productEl.value!)).click();
      await until(() => added.length === 1, 'the add-to-cart handler ran');
      const event = added[0]!;
      assert(event.type === 'scalev-add-to-cart', 'the right event');
      assert(event.detail.cart.itemCount >= 1, 'the detail carries the cart');
      assert(event.detail.source === 'product', 'the detail names its source');
    },
  ],
  [
    'Vue: a handler calling preventDefault() on @scalev-before-add-to-cart vetoes the add',
    async () => {
      const posts = cartPosts(mock.requests);
      let vetoed = 0;
      onBeforeAdd.value = (event) => {
        vetoed++;
        event.preventDefault();
      };
      await nextTick();
      (await addButton(productEl.value!)).click();
      await until(() => vetoed === 1, 'the veto handler ran');
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert(cartPosts(mock.requests) === posts, 'no cart request after the veto');
      assert(added.length === 1, 'no add-to-cart event after the veto');
      onBeforeAdd.value = () => undefined;
      await nextTick();
    },
  ],
  [
    'Vue: re-rendering with a new slug and new items updates the same elements (no remount)',
    async () => {
      const product = productEl.value;
      const checkout = checkoutEl.value;
      const before = renders;
      slug.value = SECOND_SLUG;
      items.value = SECOND_ITEMS;
      await nextTick();
      assert(renders > before, 'Vue re-rendered');
      assert(productEl.value === product, 'the same <scalev-product> element');
      assert(checkoutEl.value === checkout, 'the same <scalev-checkout> element');
      assert(product!.slug === SECOND_SLUG, 'the product has the new slug');
      assert(checkout!.items === SECOND_ITEMS, 'the checkout has the new items');
      await until(() => shadowText(product).includes(SECOND_NAME), 'the product shows the new product');
      await until(() => shadowText(checkout).includes('Gula aren untuk checkout'), 'the checkout shows the new items');
    },
  ],
  [
    'Vue: a replaced handler is removed, only the new one runs',
    async () => {
      const replaced: AddedEvent[] = [];
      onAdded.value = (event) => void replaced.push(event);
      await nextTick();
      (await addButton(productEl.value!)).click();
      await until(() => replaced.length === 1, 'the new handler ran');
      assert(added.length === 1, 'the old handler did not run again');
    },
  ],
  [
    'Vue: unmounting removes the elements without errors',
    async () => {
      const product = productEl.value!;
      app.unmount();
      assert(!product.isConnected, 'the product left the page');
      assert(!document.querySelector('scalev-store'), 'nothing of the app is left');
    },
  ],
]);
