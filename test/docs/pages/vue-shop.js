import { defineComponent, h, ref } from 'vue';
// Register the elements before Vue renders them, so Vue sets their properties.
import 'scalev-elements/elements/store/define.js';
import 'scalev-elements/elements/product/define.js';
import 'scalev-elements/elements/checkout/define.js';

const BUNDLE = [{ type: 'variant', variant_id: 494535, quantity: 1, name: 'Kopi Arabika Gayo 250 g' }];

export const Shop = defineComponent({
  setup() {
    const itemsInCart = ref(0);
    const buyNow = ref(false);
    const order = ref(null);

    return () =>
      h('scalev-store', { storeId: 'store_XXXXXXXXXX', storefrontKey: 'sfpk_XXXXXXXXXXXXXXXX', locale: 'id' }, [
        h('p', { 'data-testid': 'cart-count' }, `Di keranjang: ${itemsInCart.value} barang`),
        h('scalev-product', {
          slug: 'kopi-arabika-gayo',
          // What @scalev-add-to-cart="…" compiles to in a template.
          onScalevAddToCart: (event) => (itemsInCart.value = event.detail.cart.itemCount),
        }),
        h('button', { type: 'button', onClick: () => (buyNow.value = true) }, 'Beli langsung'),
        buyNow.value
          ? h('scalev-checkout', {
              items: BUNDLE,
              onScalevOrderCreated: (event) => (order.value = event.detail.order),
            })
          : null,
        order.value ? h('p', { 'data-testid': 'order' }, `Pesanan ${order.value.order_id} dibuat.`) : null,
      ]);
  },
});
