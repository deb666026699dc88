import type {
  StorefrontCategory,
  StorefrontPaymentMethod,
  StorefrontVariantPricing,
} from '../../api/types.js';
import { json, notFound } from '../core/http.js';
import { paginate } from '../core/pagination.js';
import type { Router } from '../core/router.js';
import { readId } from '../core/validate.js';
import { CATEGORIES } from '../seed/catalog.js';
import { renderBundleCard, renderBundleDetail, renderProductCard, renderProductDetail, variantAvailability, variantAvailableQty } from '../services/catalog.js';

/** CONTRACT §2. */
export function registerCatalog(router: Router): void {
  router.add({
    method: 'GET',
    pattern: '/public/items',
    family: 'public',
    handler(ctx) {
      // No query parameters are declared for this route: the generic cursor parameters are honoured, and
      // anything else (search, category) is ignored as the real API would, so the kit filters itself.
      const listed = ctx.db.catalog.filter((e) => e.record.listed);
      const page = paginate(listed, ctx.query, { scope: 'items', defaultSize: 24, maxSize: 100, strictSize: false });
      return json(200, {
        ...page,
        data: page.data.map((e) => (e.kind === 'product' ? renderProductCard(ctx.db, e.record) : renderBundleCard(ctx.db, e.record))),
      });
    },
  });

  router.add({
    method: 'GET',
    pattern: '/public/items/count',
    family: 'public',
    handler: (ctx) => json(200, { total: ctx.db.catalog.filter((e) => e.record.listed).length }),
  });

  router.add({
    method: 'GET',
    pattern: '/public/products/:slug',
    family: 'public',
    handler(ctx) {
      // Unlisted products are still served by slug (CONTRACT §2).
      const product = ctx.db.productsBySlug.get(ctx.params['slug']!);
      if (!product) throw notFound('Product', 'product_not_found');
      return json(200, renderProductDetail(ctx.db, product));
    },
  });

  router.add({
    method: 'GET',
    pattern: '/public/bundle-price-options/:slug',
    family: 'public',
    handler(ctx) {
      const bundle = ctx.db.bundlesBySlug.get(ctx.params['slug']!);
      if (!bundle) throw notFound('Bundle price option', 'bundle_price_option_not_found');
      return json(200, renderBundleDetail(ctx.db, bundle));
    },
  });

  router.add({
    method: 'GET',
    pattern: '/public/categories',
    family: 'public',
    handler(ctx) {
      const visible = new Set<number>();
      for (const entry of ctx.db.catalog) {
        const taxonomy = entry.record.detail.taxonomy;
        if (entry.record.listed && entry.kind === 'product' && taxonomy && typeof taxonomy.id === 'number') visible.add(taxonomy.id);
      }
      const data: StorefrontCategory[] = CATEGORIES.filter((c) => visible.has(c.id)).map((c) => ({ id: c.id, name: c.name, full_path: c.fullPath }));
      return json(200, { data, is_paginated: false });
    },
  });

  router.add({
    method: 'GET',
    pattern: '/public/payment-methods',
    family: 'public',
    handler(ctx) {
      const data: StorefrontPaymentMethod[] = ctx.db.paymentMethods
        .filter((m) => m.enabled && m.kind !== 'paylink')
        .map((m) => ({
          code: m.code,
          label: m.label,
          description: m.description,
          enabled: m.enabled,
          requires_redirect: m.requiresRedirect,
          metadata: m.metadata,
        }));
      return json(200, { data, is_paginated: false });
    },
  });

  router.add({
    method: 'GET',
    pattern: '/public/variants/pricing',
    family: 'public',
    handler(ctx) {
      // Unknown ids are left out rather than failing the whole batch.
      const ids = (ctx.query.get('ids') ?? '')
        .split(',')
        .map((s) => readId(s))
        .filter((id): id is number => id !== null);
      const data: StorefrontVariantPricing[] = [];
      for (const id of new Set(ids)) {
        const variant = ctx.db.variants.get(id);
        if (!variant) continue;
        const qty = variantAvailableQty(variant);
        data.push({
          variant_id: variant.id,
          price: variant.json.price ?? null,
          currency: variant.json.currency ?? null,
          available: qty === null || qty > 0,
          available_qty: qty,
        });
      }
      return json(200, { data, is_paginated: false });
    },
  });

  router.add({
    method: 'GET',
    pattern: '/public/variants/:variant_id/availability',
    family: 'public',
    handler(ctx) {
      const id = readId(ctx.params['variant_id']);
      const variant = id === null ? undefined : ctx.db.variants.get(id);
      if (!variant) throw notFound('Variant', 'variant_not_found');
      return json(200, variantAvailability(variant));
    },
  });
}
