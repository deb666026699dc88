import { json, notFound } from '../core/http.js';
import type { Router } from '../core/router.js';
import { addToCart, mergeCarts, readCartItemRequest, readQuantityUpdate, removeCartLine, renderCart, updateCartLine } from '../services/carts.js';
import { guestCart, requireObject, tokenHeader } from './shared.js';

/** CONTRACT §4 (guest cart, merge) and §11 (customer cart, same shape and bodies). */
export function registerCart(router: Router): void {
  router.add({
    method: 'GET',
    pattern: '/public/cart',
    family: 'guest',
    handler(ctx) {
      const { cart, token } = guestCart(ctx, true);
      return json(200, renderCart(ctx.db, cart!), tokenHeader(token));
    },
  });

  router.add({
    method: 'POST',
    pattern: '/public/cart/items',
    family: 'guest',
    handler(ctx) {
      const { ref, quantity } = readCartItemRequest(ctx.body());
      const { cart, token } = guestCart(ctx, true);
      addToCart(ctx.db, cart!, ref, quantity);
      return json(201, renderCart(ctx.db, cart!), tokenHeader(token));
    },
  });

  router.add({
    method: 'PATCH',
    pattern: '/public/cart/items/:item_id',
    family: 'guest',
    handler(ctx) {
      const quantity = readQuantityUpdate(requireObject(ctx));
      const { cart, token } = guestCart(ctx, false);
      if (!cart) throw notFound('Cart item', 'cart_item_not_found');
      updateCartLine(ctx.db, cart, ctx.params['item_id']!, quantity);
      return json(200, renderCart(ctx.db, cart), tokenHeader(token));
    },
  });

  router.add({
    method: 'DELETE',
    pattern: '/public/cart/items/:item_id',
    family: 'guest',
    handler(ctx) {
      const { cart, token } = guestCart(ctx, false);
      if (!cart) throw notFound('Cart item', 'cart_item_not_found');
      removeCartLine(ctx.db, cart, ctx.params['item_id']!);
      return json(200, renderCart(ctx.db, cart), tokenHeader(token));
    },
  });

  router.add({
    method: 'POST',
    pattern: '/public/cart/merge',
    family: 'merge',
    handler(ctx) {
      const target = ctx.db.cartOfCustomer(ctx.customer!.id);
      const { cart, token } = guestCart(ctx, false);
      if (cart) mergeCarts(ctx.db, cart, target);
      // The response names the guest token used for the merge; without a usable one there is none.
      return json(200, renderCart(ctx.db, target), tokenHeader(token));
    },
  });

  router.add({
    method: 'GET',
    pattern: '/customers/me/cart',
    family: 'customer',
    handler: (ctx) => json(200, renderCart(ctx.db, ctx.db.cartOfCustomer(ctx.customer!.id))),
  });

  router.add({
    method: 'POST',
    pattern: '/customers/me/cart/items',
    family: 'customer',
    handler(ctx) {
      const { ref, quantity } = readCartItemRequest(ctx.body());
      const cart = ctx.db.cartOfCustomer(ctx.customer!.id);
      addToCart(ctx.db, cart, ref, quantity);
      return json(201, renderCart(ctx.db, cart));
    },
  });

  router.add({
    method: 'PATCH',
    pattern: '/customers/me/cart/items/:item_id',
    family: 'customer',
    handler(ctx) {
      const quantity = readQuantityUpdate(requireObject(ctx));
      const cart = ctx.db.cartOfCustomer(ctx.customer!.id);
      updateCartLine(ctx.db, cart, ctx.params['item_id']!, quantity);
      return json(200, renderCart(ctx.db, cart));
    },
  });

  router.add({
    method: 'DELETE',
    pattern: '/customers/me/cart/items/:item_id',
    family: 'customer',
    handler(ctx) {
      const cart = ctx.db.cartOfCustomer(ctx.customer!.id);
      removeCartLine(ctx.db, cart, ctx.params['item_id']!);
      return json(200, renderCart(ctx.db, cart));
    },
  });
}
