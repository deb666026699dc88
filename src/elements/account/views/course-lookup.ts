import { listOrders } from '../../../api/customer-orders.js';
import type { StorefrontCustomerFacingOrder } from '../../../api/types.js';
import type { Storefront } from '../../../context/storefront.js';
import { catalogCache } from '../../../state/catalog-cache.js';

/*
 * Which courses the customer bought, and the variant uuid each course route needs.
 *
 * The contract gives no "my courses" route. Order lines carry `is_lms_enabled`, the numeric
 * `variant` id and `product_name`, but not the variant uuid that `GET …/variants/{uuid}/course`
 * takes. The uuid is published on the public product (`variants[].uuid`), so the lookup walks the
 * public catalogue for course products (`item_type: "course"`, or a product whose name matches
 * the order line) and reads the uuid of the variant with the same id. Both walks are bounded; a
 * course whose product is not in the public catalogue stays listed without a link, and a merchant
 * can always link straight to `courses/<variant-uuid>`.
 */

/** Pages of orders read to find courses. */
export const COURSE_ORDER_PAGES = 5;
/** Pages of the public catalogue walked to find course products. */
export const COURSE_CATALOG_PAGES = 10;
const CATALOG_PAGE_SIZE = 50;

export interface PurchasedCourse {
  variantId: number;
  name: string;
  /** When the course was bought (the latest order holding it). */
  purchasedAt: string | null;
  /** The uuid of the course route, when the public catalogue reveals it. */
  uuid: string | null;
}

function courseLines(orders: StorefrontCustomerFacingOrder[], into: Map<number, PurchasedCourse>): void {
  for (const order of orders) {
    if (!order || !Array.isArray(order.orderlines)) continue;
    for (const line of order.orderlines) {
      const variantId = typeof line?.variant === 'number' ? line.variant : Number(line?.variant);
      if (!line?.is_lms_enabled || !Number.isInteger(variantId) || variantId <= 0 || into.has(variantId)) continue;
      into.set(variantId, {
        variantId,
        name: typeof line.product_name === 'string' && line.product_name.trim() ? line.product_name.trim() : '',
        purchasedAt: order.created_at ?? null,
        uuid: null,
      });
    }
  }
}

/** Courses found in the customer's orders, newest purchase first. */
export async function purchasedCourses(storefront: Storefront, signal?: AbortSignal): Promise<PurchasedCourse[]> {
  const found = new Map<number, PurchasedCourse>();
  let cursor: string | undefined;
  for (let page = 0; page < COURSE_ORDER_PAGES; page++) {
    const result = await listOrders(storefront.http, cursor ? { next_cursor: cursor } : {}, signal);
    courseLines(result.items, found);
    if (!result.hasNext || !result.nextCursor || result.nextCursor === cursor) break;
    cursor = result.nextCursor;
  }
  const courses = [...found.values()];
  if (courses.length) await resolveUuids(storefront, courses, signal);
  return courses;
}

async function resolveUuids(storefront: Storefront, courses: PurchasedCourse[], signal?: AbortSignal): Promise<void> {
  const cache = catalogCache(storefront);
  const byVariant = new Map(courses.map((course) => [course.variantId, course]));
  const names = new Set(courses.map((course) => course.name.toLowerCase()).filter(Boolean));
  const checked = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < COURSE_CATALOG_PAGES; page++) {
    if (signal?.aborted) return;
    const result = await cache.itemsPage(CATALOG_PAGE_SIZE, cursor);
    const slugs = result.items
      .filter((card) => card && card.entity_type === 'product')
      .filter((card) => (card as { item_type?: string }).item_type === 'course' || names.has(String(card.name ?? '').toLowerCase()))
      .map((card) => card.slug)
      .filter((slug) => typeof slug === 'string' && slug && !checked.has(slug));
    await Promise.all(
      slugs.map(async (slug) => {
        checked.add(slug);
        try {
          const product = await cache.product(slug);
          for (const variant of product.variants ?? []) {
            const course = typeof variant?.id === 'number' ? byVariant.get(variant.id) : undefined;
            const uuid = variant?.uuid ?? variant?.unique_id;
            if (course && !course.uuid && typeof uuid === 'string' && uuid) course.uuid = uuid;
          }
        } catch {
          // One unreadable product only leaves its course without a link.
        }
      }),
    );
    if (courses.every((course) => course.uuid)) return;
    if (!result.hasNext || !result.nextCursor || result.nextCursor === cursor) return;
    cursor = result.nextCursor;
  }
}
