import type { Subscription, Subscription2, SubscriptionItem, VariantSubscription } from '../../api/types.js';
import { ApiError, badRequest, json, notFound } from '../core/http.js';
import { iso, uuidV4 } from '../core/ids.js';
import { paginate } from '../core/pagination.js';
import { parseMoney } from '../core/money.js';
import type { RouteContext, Router } from '../core/router.js';
import { isPlainObject } from '../core/validate.js';
import type { SubscriptionItemRecord, SubscriptionRecord, VariantRecord } from '../model.js';

const STATUSES = ['unactivated', 'active', 'canceled', 'expired', 'failed'];

function variantRelation(ctx: RouteContext, variantId: number) {
  const variant = ctx.db.variants.get(variantId);
  return {
    id: variantId,
    item_type: (variant?.json.item_type ?? 'subscription') as NonNullable<SubscriptionItem['variant']>['item_type'],
    name: variant?.json.name ?? undefined,
    product_name: variant?.product.detail.name,
  };
}

function base(ctx: RouteContext, s: SubscriptionRecord): Omit<Subscription, 'subscription_items'> {
  const customer = ctx.db.customers.get(s.customerId)!;
  const store = ctx.db.store;
  const out: Omit<Subscription, 'subscription_items'> = {
    activated_at: s.activatedAt ? iso(s.activatedAt) : undefined,
    business_customer_id: uuidFromNumber(s.customerId, 'bc'),
    business_id: uuidFromNumber(5101, 'bz'),
    current_period_end: iso(s.currentPeriodEnd),
    current_period_start: iso(s.currentPeriodStart),
    customer: {
      confirmed_at: customer.confirmedAt ? iso(customer.confirmedAt) : undefined,
      created_at: iso(customer.createdAt),
      email: customer.email,
      id: customer.id,
      last_updated_at: iso(customer.lastUpdatedAt),
      name: customer.name,
      phone: customer.phone ?? undefined,
      status: customer.status,
    },
    customer_id: uuidFromNumber(s.customerId, 'cu'),
    id: s.id,
    inserted_at: iso(s.insertedAt),
    interval: s.interval,
    interval_count: s.intervalCount,
    is_active: s.status === 'active',
    is_cancel_at_period_end: s.isCancelAtPeriodEnd,
    status: s.status,
    store: { id: store.id, logo: store.logo, name: store.name, unique_id: store.uniqueId, uuid: uuidFromNumber(store.id, 'st') },
    store_id: uuidFromNumber(store.id, 'st'),
    subscription_id: s.subscriptionId,
    updated_at: iso(s.updatedAt),
  };
  // Optional date-times are omitted rather than null: the schema does not make them nullable.
  if (s.canceledAt) out.canceled_at = iso(s.canceledAt);
  if (s.expiredAt) out.expired_at = iso(s.expiredAt);
  if (!out.activated_at) delete out.activated_at;
  return out;
}

function renderListItem(ctx: RouteContext, s: SubscriptionRecord): Subscription {
  return {
    ...base(ctx, s),
    subscription_items: s.items.map((item) => ({
      id: item.id,
      quantity: item.quantity,
      status: item.status,
      unit_price: item.price,
      variant: variantRelation(ctx, item.variantId),
    })),
  };
}

function renderItem(ctx: RouteContext, s: SubscriptionRecord, item: SubscriptionItemRecord): SubscriptionItem {
  return {
    activated_at: item.activatedAt ? iso(item.activatedAt) : null,
    canceled_at: item.canceledAt ? iso(item.canceledAt) : null,
    currency: 'IDR',
    expired_at: item.expiredAt ? iso(item.expiredAt) : null,
    id: item.id,
    inserted_at: iso(item.insertedAt),
    is_cancel_at_period_end: item.isCancelAtPeriodEnd,
    license_id: null,
    orderline_id: item.orderlineId,
    pending_action: item.pendingAction,
    price: item.price,
    quantity: item.quantity,
    status: item.status,
    subscription_id: s.id,
    updated_at: iso(item.updatedAt),
    variant: variantRelation(ctx, item.variantId),
    variant_id: item.variantId,
  };
}

export function renderSubscriptionDetail(ctx: RouteContext, s: SubscriptionRecord): Subscription2 {
  const invoice = s.latestRenewalInvoice;
  return {
    ...base(ctx, s),
    latest_renewal_invoice: invoice
      ? {
          amount: invoice.amount,
          created_at: iso(invoice.created_at),
          currency: invoice.currency,
          due_date: invoice.due_date ? iso(invoice.due_date) : null,
          id: invoice.id,
          order_id: invoice.order_id,
          paid_at: invoice.paid_at ? iso(invoice.paid_at) : null,
          status: invoice.status,
        }
      : null,
    order_id: s.orderId,
    subscription_items: s.items.map((item) => renderItem(ctx, s, item)),
  };
}

function uuidFromNumber(n: number, tag: string): string {
  const hex = n.toString(16).padStart(12, '0');
  const t = Array.from(tag, (c) => c.charCodeAt(0).toString(16)).join('').padEnd(4, '0').slice(0, 4);
  return `00000000-${t}-4000-8000-${hex}`;
}

function ownSubscription(ctx: RouteContext): SubscriptionRecord {
  const s = ctx.db.subscriptions.get(ctx.params['id']!);
  if (!s || s.customerId !== ctx.customer!.id) throw notFound('Subscription', 'subscription_not_found');
  return s;
}

function ownItem(ctx: RouteContext): { subscription: SubscriptionRecord; item: SubscriptionItemRecord } {
  for (const subscription of ctx.db.subscriptions.values()) {
    if (subscription.customerId !== ctx.customer!.id) continue;
    const item = subscription.items.find((i) => i.id === ctx.params['id']);
    if (item) return { subscription, item };
  }
  throw notFound('Subscription item', 'subscription_item_not_found');
}

/** Variants of the same product priced above (upgrade) or below (downgrade) the item's variant. */
function changeOptions(ctx: RouteContext, item: SubscriptionItemRecord, direction: 'upgrade' | 'downgrade'): VariantRecord[] {
  const current = ctx.db.variants.get(item.variantId);
  if (!current) return [];
  const price = item.price;
  return (current.product.detail.variants ?? [])
    .map((v) => (typeof v.id === 'number' ? ctx.db.variants.get(v.id) : undefined))
    .filter((v): v is VariantRecord => v !== undefined && v.id !== item.variantId && v.json.is_active !== false)
    .filter((v) => (direction === 'upgrade' ? parseMoney(v.json.price) > price : parseMoney(v.json.price) < price))
    .sort((a, b) => parseMoney(a.json.price) - parseMoney(b.json.price));
}

function renderOption(v: VariantRecord): VariantSubscription {
  const json = v.json;
  return {
    currency: 'IDR',
    id: v.id,
    images: [...(json.images ?? [])],
    interval: (json.interval ?? undefined) as VariantSubscription['interval'],
    interval_count: json.interval_count ?? undefined,
    item_type: (json.item_type ?? 'subscription') as VariantSubscription['item_type'],
    name: json.fullname ?? json.name ?? undefined,
    price: parseMoney(json.price),
    pricing_type: json.pricing_type === 'recurring' ? 'recurring' : 'one_time',
    product_name: v.product.detail.name,
    unique_id: json.unique_id ?? undefined,
  };
}

/** Only active items not scheduled for cancellation can change plan. */
function assertChangeable(subscription: SubscriptionRecord, item: SubscriptionItemRecord): void {
  if (subscription.status !== 'active' || item.status !== 'active' || item.isCancelAtPeriodEnd || subscription.isCancelAtPeriodEnd) {
    throw badRequest('Only active subscription items that are not scheduled for cancellation can change plan', undefined, 'subscription_item_not_changeable');
  }
}

/** CONTRACT §14. */
export function registerSubscriptions(router: Router): void {
  router.add({
    method: 'GET',
    pattern: '/customers/me/subscriptions',
    family: 'customer',
    handler(ctx) {
      const status = ctx.query.get('status');
      if (status && !STATUSES.includes(status)) throw badRequest('Invalid status', { status: ['is invalid'] });
      const list = [...ctx.db.subscriptions.values()]
        .filter((s) => s.customerId === ctx.customer!.id && (!status || s.status === status))
        // Sorted by id descending (CONTRACT §14); ids are stable UUIDs, so insertion time stands in.
        .sort((a, b) => b.insertedAt - a.insertedAt);
      const page = paginate(list, ctx.query, { scope: `subscriptions:${ctx.customer!.id}:${status ?? ''}`, defaultSize: 25, maxSize: 25, strictSize: true });
      return json(200, { ...page, data: page.data.map((s) => renderListItem(ctx, s)) });
    },
  });

  router.add({
    method: 'GET',
    pattern: '/customers/me/subscriptions/:id',
    family: 'customer',
    handler: (ctx) => json(200, renderSubscriptionDetail(ctx, ownSubscription(ctx))),
  });

  router.add({
    method: 'POST',
    pattern: '/customers/me/subscriptions/:id/cancel',
    family: 'customer',
    handler(ctx) {
      const s = ownSubscription(ctx);
      if (s.status !== 'active' || s.isCancelAtPeriodEnd) {
        throw badRequest('The subscription must be active and not already cancelling', undefined, 'subscription_not_cancelable');
      }
      s.isCancelAtPeriodEnd = true;
      for (const item of s.items) {
        if (item.status === 'active') item.isCancelAtPeriodEnd = true;
        item.pendingAction = null;
        item.updatedAt = ctx.now;
      }
      if (s.latestRenewalInvoice && ['scheduled', 'pending'].includes(s.latestRenewalInvoice.status)) s.latestRenewalInvoice.status = 'canceled';
      s.updatedAt = ctx.now;
      return json(200, renderSubscriptionDetail(ctx, s));
    },
  });

  router.add({
    method: 'POST',
    pattern: '/customers/me/subscriptions/:id/resume',
    family: 'customer',
    handler(ctx) {
      const s = ownSubscription(ctx);
      if (s.status !== 'active' || !s.isCancelAtPeriodEnd) {
        throw badRequest('Only an active subscription scheduled for cancellation can be resumed', undefined, 'subscription_not_resumable');
      }
      s.isCancelAtPeriodEnd = false;
      for (const item of s.items) {
        item.isCancelAtPeriodEnd = false;
        item.updatedAt = ctx.now;
      }
      const amount = s.items.reduce((sum, i) => sum + i.price * i.quantity, 0);
      s.latestRenewalInvoice = {
        id: uuidV4(),
        amount: amount.toFixed(2),
        currency: 'IDR',
        status: 'scheduled',
        due_date: s.currentPeriodEnd,
        paid_at: null,
        order_id: null,
        created_at: ctx.now,
      };
      s.updatedAt = ctx.now;
      return json(200, renderSubscriptionDetail(ctx, s));
    },
  });

  for (const direction of ['upgrade', 'downgrade'] as const) {
    router.add({
      method: 'GET',
      pattern: `/customers/me/subscription-items/:id/${direction}`,
      family: 'customer',
      handler(ctx) {
        const { subscription, item } = ownItem(ctx);
        const eligible = subscription.status === 'active' && item.status === 'active' && !item.isCancelAtPeriodEnd && !subscription.isCancelAtPeriodEnd;
        return json(200, { data: eligible ? changeOptions(ctx, item, direction).map(renderOption) : [], is_paginated: false });
      },
    });

    router.add({
      method: 'POST',
      pattern: `/customers/me/subscription-items/:id/${direction}`,
      family: 'customer',
      handler(ctx) {
        const { subscription, item } = ownItem(ctx);
        const body = ctx.body();
        const variantId = isPlainObject(body) ? body['variant_id'] : undefined;
        if (typeof variantId !== 'number' || !Number.isInteger(variantId)) {
          throw badRequest('variant_id is required', { variant_id: [variantId === undefined ? "can't be blank" : 'is invalid'] }, 'invalid_request');
        }
        assertChangeable(subscription, item);
        const target = changeOptions(ctx, item, direction).find((v) => v.id === variantId);
        if (!target) throw new ApiError(400, { error: `The variant is not an ${direction} option`, error_code: 'invalid_variant', errors: { variant_id: ['is not an available option'] } });
        // The action is created and executed in one transaction (CONTRACT §14).
        const now = ctx.now;
        item.variantId = target.id;
        item.price = parseMoney(target.json.price);
        item.updatedAt = now;
        item.pendingAction = null;
        subscription.updatedAt = now;
        if (subscription.latestRenewalInvoice && subscription.latestRenewalInvoice.status === 'scheduled') {
          subscription.latestRenewalInvoice.amount = subscription.items.reduce((sum, i) => sum + i.price * i.quantity, 0).toFixed(2);
        }
        return json(200, renderSubscriptionDetail(ctx, subscription));
      },
    });
  }
}
