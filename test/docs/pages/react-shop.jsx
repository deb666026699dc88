import { useState } from 'react';
// Register the elements before React renders them, so React 19 sets their properties.
import 'scalev-elements/elements/store/define.js';
import 'scalev-elements/elements/product/define.js';
import 'scalev-elements/elements/checkout/define.js';

const BUNDLE = [{ type: 'variant', variant_id: 494535, quantity: 1, name: 'Kopi Arabika Gayo 250 g' }];

export function Shop() {
  const [itemsInCart, setItemsInCart] = useState(0);
  const [buyNow, setBuyNow] = useState(false);
  const [order, setOrder] = useState(null);

  return (
    <scalev-store storeId="store_XXXXXXXXXX" storefrontKey="sfpk_XXXXXXXXXXXXXXXX" locale="id">
      <p data-testid="cart-count">Di keranjang: {itemsInCart} barang</p>

      <scalev-product
        slug="kopi-arabika-gayo"
        onscalev-add-to-cart={(event) => setItemsInCart(event.detail.cart.itemCount)}
      />

      <button type="button" onClick={() => setBuyNow(true)}>Beli langsung</button>
      {buyNow && (
        <scalev-checkout
          items={BUNDLE}
          onscalev-order-created={(event) => setOrder(event.detail.order)}
        />
      )}
      {order && <p data-testid="order">Pesanan {order.order_id} dibuat.</p>}
    </scalev-store>
  );
}
