import { badRequest, noContent, type FieldErrors } from '../core/http.js';
import type { RouteContext, Router } from '../core/router.js';
import { addError, validate, type Rule, type Schema } from '../core/validate.js';
import type { AnalyticsEventRecord } from '../model.js';
import { requireObject } from './shared.js';

const url: Rule = { kind: 'string', nullable: true, format: 'uri' };

const ITEM_LISTS: Schema['fields'] = {
  variants: {
    kind: 'array',
    items: { kind: 'object', schema: { closed: true, fields: { variant_unique_id: { kind: 'string', required: true }, quantity: { kind: 'integer', required: true, min: 1 } } } },
  },
  bundle_price_options: {
    kind: 'array',
    items: {
      kind: 'object',
      schema: { closed: true, fields: { bundle_price_option_unique_id: { kind: 'string', required: true }, quantity: { kind: 'integer', required: true, min: 1 } } },
    },
  },
};

const SCHEMAS: Record<AnalyticsEventRecord['provider'], Schema> = {
  meta: {
    fields: {
      event_source_url: url,
      referrer_url: url,
      user_data: { kind: 'object', required: true },
      events: {
        kind: 'array',
        required: true,
        minItems: 1,
        items: {
          kind: 'object',
          schema: {
            closed: true,
            fields: { event_id: { kind: 'string', required: true }, event_name: { kind: 'string', required: true }, parameters: { kind: 'object' } },
          },
        },
      },
      ...ITEM_LISTS,
    },
  },
  tiktok: {
    fields: {
      event_source_url: { kind: 'string', required: true, format: 'uri' },
      referrer_url: url,
      user: { kind: 'object', required: true },
      events: {
        kind: 'array',
        required: true,
        minItems: 1,
        items: {
          kind: 'object',
          schema: { closed: true, fields: { event_id: { kind: 'string', required: true }, event: { kind: 'string', required: true }, parameters: { kind: 'object' } } },
        },
      },
      ...ITEM_LISTS,
    },
  },
  snackvideo: {
    fields: {
      click_id: { kind: 'string', required: true, minLength: 1 },
      event_source_url: url,
      referrer_url: url,
      events: {
        kind: 'array',
        required: true,
        minItems: 1,
        items: { kind: 'object', schema: { closed: true, fields: { event_name: { kind: 'string', required: true }, properties: { kind: 'object' } } } },
      },
      ...ITEM_LISTS,
    },
  },
};

/** Items are referenced by unique ids; a numeric cart id or an unknown id is refused. */
function checkReferences(ctx: RouteContext, body: Record<string, unknown>, errors: FieldErrors): void {
  const knownVariants = new Set<string>();
  for (const v of ctx.db.variants.values()) if (v.json.unique_id) knownVariants.add(v.json.unique_id);
  const knownBundles = new Set([...ctx.db.bundles.values()].map((b) => b.uniqueId));
  (Array.isArray(body['variants']) ? body['variants'] : []).forEach((item: Record<string, unknown>, i) => {
    if (typeof item?.['variant_unique_id'] === 'string' && !knownVariants.has(item['variant_unique_id'])) {
      addError(errors, `variants.${i}.variant_unique_id`, 'does not exist');
    }
  });
  (Array.isArray(body['bundle_price_options']) ? body['bundle_price_options'] : []).forEach((item: Record<string, unknown>, i) => {
    if (typeof item?.['bundle_price_option_unique_id'] === 'string' && !knownBundles.has(item['bundle_price_option_unique_id'])) {
      addError(errors, `bundle_price_options.${i}.bundle_price_option_unique_id`, 'does not exist');
    }
  });
}

/** CONTRACT §7: validate, record for tests, answer 204 ("accepted for asynchronous delivery"). */
export function registerAnalytics(router: Router): void {
  for (const provider of ['meta', 'tiktok', 'snackvideo'] as const) {
    router.add({
      method: 'POST',
      pattern: `/public/analytics/${provider}/events`,
      family: 'public',
      handler(ctx) {
        const body = requireObject(ctx);
        const errors = validate(body, SCHEMAS[provider]);
        checkReferences(ctx, body, errors);
        if (Object.keys(errors).length > 0) throw badRequest('Invalid conversion event', errors, 'invalid_conversion_event');
        ctx.db.analyticsEvents.push({ provider, body, userAgent: ctx.headers.get('User-Agent'), at: ctx.now });
        return noContent();
      },
    });
  }
}
