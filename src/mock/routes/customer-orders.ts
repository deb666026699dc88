import { json, notFound } from '../core/http.js';
import { paginate } from '../core/pagination.js';
import type { Router } from '../core/router.js';
import { renderCustomerOrder } from '../services/orders.js';

/** CONTRACT §13. */
export function registerCustomerOrders(router: Router): void {
  router.add({
    method: 'GET',
    pattern: '/customers/me/orders',
    family: 'customer',
    handler(ctx) {
      const orders = [...ctx.db.orders.values()]
        .filter((o) => o.customerId === ctx.customer!.id)
        .sort((a, b) => b.createdAt - a.createdAt);
      // No pagination parameters are declared; the generic cursor parameters are honoured (default 10).
      const page = paginate(orders, ctx.query, { scope: `orders:${ctx.customer!.id}`, defaultSize: 10, maxSize: 100, strictSize: false });
      return json(200, { ...page, data: page.data.map((o) => renderCustomerOrder(ctx.db, o)) });
    },
  });

  router.add({
    method: 'GET',
    pattern: '/customers/me/orders/:id',
    family: 'customer',
    handler(ctx) {
      const id = ctx.params['id']!;
      // The canonical UUIDv7 id, or a migrated order's legacy numeric id.
      const order = [...ctx.db.orders.values()].find(
        (o) => o.customerId === ctx.customer!.id && (o.id === id.toLowerCase() || (/^\d+$/.test(id) && o.legacyId === Number(id))),
      );
      if (!order) throw notFound('Order', 'order_not_found');
      return json(200, renderCustomerOrder(ctx.db, order));
    },
  });
}
