/**
 * What `scalev-elements/jsx` must accept and reject in a React 19 TSX file. Type-checked by
 * `test/frameworks/run.mjs` (never bundled): every `@ts-expect-error` below must meet its error,
 * or the check fails with "Unused '@ts-expect-error' directive".
 */
import type {} from 'scalev-elements/jsx';
import type { ScalevEventMap } from 'scalev-elements';
import 'scalev-elements/elements/storefront/define.js';
import 'scalev-elements/elements/cart/define.js';

export function Accepted() {
  return (
    <div>
      <scalev-store storeId="store_abc" storefrontKey="sfpk_abc" locale="en" timeout={8000} messages={{ en: { 'cart.checkout': 'Pay' } }} />
      <scalev-storefront routing="query" routeKey="toko" hideHeader theme="dark" />
      <scalev-product
        slug="kopi"
        type="bundle"
        headingLevel={3}
        onscalev-add-to-cart={(event) => console.log(event.detail.cart.itemCount, event.detail.item.quantity)}
        onscalev-before-add-to-cart={(event) => event.preventDefault()}
      />
      <scalev-cart mode="inline" open={false} onscalev-error={(event) => console.log(event.detail.operation)} />
      <scalev-checkout
        items={[{ variant_id: 1, quantity: 2 }]}
        afterOrder="redirect"
        navigate={(url) => console.log(url.length)}
        onscalev-order-created={(event) => console.log(event.detail.order.secret_slug)}
        onscalev-before-checkout={(event) => console.log(event.detail.customer === true)}
      />
      <scalev-login onscalev-login={(event) => console.log(event.detail.email?.length)} />
      <scalev-order-status secretSlug="abc" className="status" data-order="1" aria-live="polite" />
    </div>
  );
}

export function Rejected() {
  return (
    <div>
      {/* @ts-expect-error an unknown property */}
      <scalev-product slug="kopi" colour="red" />
      {/* @ts-expect-error a number property given a string */}
      <scalev-product headingLevel="2" />
      {/* @ts-expect-error a value outside the property's union */}
      <scalev-cart mode="sideways" />
      {/* @ts-expect-error routing is hash, query or path */}
      <scalev-storefront routing="memory" />
      {/* @ts-expect-error a handler expecting another event detail */}
      <scalev-checkout onscalev-order-created={(event: CustomEvent<number>) => console.log(event.detail + 1)} />
      {/* @ts-expect-error a tag the kit does not have */}
      <scalev-wishlist />
      <scalev-product
        onscalev-add-to-cart={(event) => {
          // @ts-expect-error the detail has no such field
          console.log(event.detail.price);
        }}
      />
    </div>
  );
}

export function domTyping(): void {
  const storefront = document.createElement('scalev-storefront');
  storefront.routing = 'path';
  // @ts-expect-error HTMLElementTagNameMap types the element's properties
  storefront.routing = 'memory';
  document.addEventListener('scalev-cart-change', (event) => console.log(event.detail.cart.itemCount, event.detail.reason));
  document.addEventListener('scalev-cart-change', (event) => {
    // @ts-expect-error the event map types the detail
    console.log(event.detail.total);
  });
  const detail: ScalevEventMap['scalev-logout']['detail'] = { reason: 'expired' };
  console.log(detail);
}
