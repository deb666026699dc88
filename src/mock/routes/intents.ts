import type { CheckoutIntentAttribution, CheckoutIntentFields, CheckoutIntentItem } from '../../api/types.js';
import { ApiError, badRequest, json, noContent, notFound, unauthorized, type FieldErrors } from '../core/http.js';
import { isUuid, randomToken, uuidV4 } from '../core/ids.js';
import type { RouteContext, Router } from '../core/router.js';
import { addError, isAbsoluteUrl, isPlainObject, validate, type CustomRule, type Rule, type Schema } from '../core/validate.js';
import { INTENT_TOKEN_HEADER, originAllowed } from '../core/cors.js';
import type { CheckoutIntentRecord } from '../model.js';
import { INTENT_TOKEN_TTL_MS, PREFILL_TOKEN_TTL_MS, mergeFields, normaliseFields, renderCapture, renderPrefill } from '../services/intents.js';
import { requireObject } from './shared.js';

/** The reCAPTCHA token the mock scores below 0.6 (every other non-empty token passes). */
export const LOW_SCORE_RECAPTCHA_TOKEN = 'recaptcha-low-score';

const str = (maxLength: number): Rule => ({ kind: 'string', nullable: true, maxLength });

const FIELDS_SCHEMA: Schema = {
  closed: true,
  fields: {
    customer_name: str(200),
    customer_email: str(320),
    customer_phone: str(40),
    shipping_address: str(2000),
    shipping_province: str(200),
    shipping_city: str(200),
    shipping_subdistrict: str(200),
    shipping_postal_code: str(20),
    payment_method: str(100),
    sub_payment_method: str(100),
    notes: str(2000),
    discount_code_code: str(100),
    shipping_location_id: { kind: 'integer', nullable: true, min: 1 },
    custom_fields: {
      kind: 'array',
      maxItems: 50,
      items: {
        kind: 'object',
        schema: {
          closed: true,
          fields: {
            key: { kind: 'string', required: true, minLength: 1, maxLength: 200 },
            label: { kind: 'string', required: true, minLength: 1, maxLength: 200 },
            value: {
              kind: 'custom',
              nullable: true,
              check(value, path, errors) {
                if (typeof value === 'string' ? value.length > 2000 : typeof value !== 'number' && typeof value !== 'boolean') {
                  addError(errors, path, 'is invalid');
                }
              },
            },
          },
        },
      },
    },
  },
};

const ATTRIBUTION_KEYS = ['ad_source', 'utm_source', 'utm_medium', 'utm_campaign', 'utm_content', 'utm_term', 'affiliate_code', 'fbc', 'fbp', 'ttclid', 'ttp', 'gclid', 'kwai_clickid'];
const ATTRIBUTION_SCHEMA: Schema = { closed: true, fields: Object.fromEntries(ATTRIBUTION_KEYS.map((k) => [k, str(1000)])) };

const ITEM_RULE: CustomRule = {
  kind: 'custom',
  check(value, path, errors) {
    if (!isPlainObject(value) || (value['type'] !== 'variant' && value['type'] !== 'bundle_price_option')) {
      addError(errors, `${path}.type`, 'is invalid');
      return;
    }
    const idField = value['type'] === 'variant' ? 'variant_id' : 'bundle_price_option_id';
    validate(
      value,
      {
        closed: true,
        fields: {
          type: { kind: 'any', required: true },
          [idField]: { kind: 'integer', required: true, min: 1 },
          quantity: { kind: 'integer', required: true, min: 1, max: 10000 },
        },
      },
      path,
      errors,
    );
  },
};

/** Top-level shape: a violation here is a malformed request (400). */
const START_SCHEMA: Schema = {
  closed: true,
  fields: {
    recaptcha_token: { kind: 'string', required: true },
    client_session_id: { kind: 'string', required: true, format: 'uuid' },
    checkout_intent_prefill_token: { kind: 'string' },
    form_widget_id: { kind: 'string', required: true },
    fields: { kind: 'object' },
    items: { kind: 'array' },
    attribution: { kind: 'object' },
    source_url: { kind: 'string', nullable: true },
    cart_id: { kind: 'integer', nullable: true, min: 1 },
  },
};

const UPDATE_SCHEMA: Schema = {
  closed: true,
  fields: {
    sequence: { kind: 'integer', required: true, min: 1 },
    fields: { kind: 'object' },
    items: { kind: 'array' },
    attribution: { kind: 'object', nullable: true },
    source_url: { kind: 'string', nullable: true },
    cart_id: { kind: 'integer', nullable: true, min: 1 },
  },
};

function unprocessable(code: string, message: string, errors?: FieldErrors): ApiError {
  const body: { error: string; error_code: string; errors?: FieldErrors } = { error: message, error_code: code };
  if (errors && Object.keys(errors).length > 0) body.errors = errors;
  return new ApiError(422, body);
}

/** Capture content: fields, items, attribution and source URL. A violation is a 422. */
function checkCapture(body: Record<string, unknown>): void {
  if (body['fields'] !== undefined) {
    const errors = validate(body['fields'], FIELDS_SCHEMA, 'fields');
    if (Object.keys(errors).length > 0) throw unprocessable('invalid_checkout_intent_fields', 'Invalid checkout intent fields', errors);
  }
  if (body['items'] !== undefined) {
    const errors: FieldErrors = {};
    const items = body['items'] as unknown[];
    if (items.length > 100) addError(errors, 'items', 'should have at most 100 item(s)');
    items.forEach((item, i) => ITEM_RULE.check(item, `items.${i}`, errors));
    if (Object.keys(errors).length > 0) throw unprocessable('invalid_checkout_intent_items', 'Invalid checkout intent items', errors);
  }
  if (body['attribution'] !== undefined && body['attribution'] !== null) {
    const errors = validate(body['attribution'], ATTRIBUTION_SCHEMA, 'attribution');
    if (Object.keys(errors).length > 0) throw unprocessable('invalid_checkout_intent_fields', 'Invalid attribution', errors);
  }
  const source = body['source_url'];
  if (typeof source === 'string' && (source.length > 2048 || !isAbsoluteUrl(source))) {
    throw unprocessable('invalid_checkout_intent_fields', 'Invalid source URL', { source_url: ['has invalid format'] });
  }
}

/** Sensitive query parameters and fragments are stripped from the stored source URL. */
function cleanSourceUrl(value: unknown): string | null {
  if (typeof value !== 'string' || !isAbsoluteUrl(value)) return null;
  const url = new URL(value);
  return `${url.origin}${url.pathname}`;
}

function assertFeature(ctx: RouteContext): void {
  if (!ctx.options.checkoutIntentsAllowed) {
    throw new ApiError(403, { error: 'Checkout intents are not included in the active business subscription', error_code: 'checkout_intent_not_allowed' });
  }
}

function cleanAttribution(value: unknown): CheckoutIntentAttribution {
  if (!isPlainObject(value)) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string' && v.trim() !== '') out[k] = v;
  return out as CheckoutIntentAttribution;
}

/** CONTRACT §8 and GUIDES §10. */
export function registerIntents(router: Router): void {
  router.add({
    method: 'POST',
    pattern: '/public/checkout-intents',
    family: 'intent',
    handler(ctx) {
      assertFeature(ctx);
      const body = requireObject(ctx);
      const errors = validate(body, START_SCHEMA);
      if (Object.keys(errors).length > 0) throw badRequest('Malformed checkout intent request', errors, 'invalid_request');
      const widget = body['form_widget_id'] as string;
      if (widget.trim() === '' || widget.length > 200) {
        throw unprocessable('invalid_form_widget', 'Invalid form widget', { form_widget_id: ['is invalid'] });
      }
      const recaptcha = body['recaptcha_token'] as string;
      if (recaptcha.trim() === '' || recaptcha === LOW_SCORE_RECAPTCHA_TOKEN) {
        throw unprocessable('recaptcha_failed', 'reCAPTCHA assessment failed');
      }
      checkCapture(body);
      const now = ctx.now;
      const sessionId = (body['client_session_id'] as string).toLowerCase();
      const intents = [...ctx.db.checkoutIntents.values()];

      // A valid `cip_` resumes its own unfinished intent; a bad one falls back to the session id.
      const prefill = body['checkout_intent_prefill_token'];
      let intent = typeof prefill === 'string'
        ? intents.find((i) => i.prefillToken === prefill && !i.completed && (i.prefillExpiresAt ?? 0) > now)
        : undefined;
      if (intent) intent.clientSessionId = sessionId;
      else intent = intents.find((i) => i.clientSessionId === sessionId);

      if (intent) {
        if (intent.completed) throw new ApiError(409, { error: 'The checkout intent is completed', error_code: 'checkout_intent_completed' });
        // Resuming keeps the saved snapshot and refreshes the write window; a lapsed `cit_` is replaced.
        if (intent.tokenExpiresAt <= now) intent.token = `cit_${randomToken(40)}`;
        intent.tokenExpiresAt = now + INTENT_TOKEN_TTL_MS;
        intent.lastActivityAt = now;
        return json(201, renderCapture(ctx.db, intent));
      }

      const sourceUrl = cleanSourceUrl(body['source_url']);
      // Recovery links are only issued for trusted source origins.
      const trusted = sourceUrl !== null && originAllowed(new URL(sourceUrl).origin, ctx.options.allowedOrigins);
      const record: CheckoutIntentRecord = {
        id: uuidV4(),
        formWidgetId: widget,
        clientSessionId: sessionId,
        token: `cit_${randomToken(40)}`,
        tokenExpiresAt: now + INTENT_TOKEN_TTL_MS,
        prefillToken: trusted ? `cip_${randomToken(40)}` : null,
        prefillExpiresAt: trusted ? now + PREFILL_TOKEN_TTL_MS : null,
        completed: false,
        lastSequence: 0,
        startedAt: now,
        lastActivityAt: now,
        fields: normaliseFields((body['fields'] ?? {}) as CheckoutIntentFields),
        items: ((body['items'] ?? []) as CheckoutIntentItem[]).map((i) => ({ ...i })),
        attribution: cleanAttribution(body['attribution']),
        sourceUrl,
        cartId: (body['cart_id'] as number | null | undefined) ?? null,
        orderSecretSlug: null,
      };
      ctx.db.checkoutIntents.set(record.id, record);
      return json(201, renderCapture(ctx.db, record));
    },
  });

  router.add({
    method: 'PATCH',
    pattern: '/public/checkout-intents/:checkout_intent_id',
    family: 'intent',
    handler(ctx) {
      assertFeature(ctx);
      const token = ctx.headers.get(INTENT_TOKEN_HEADER)?.trim() ?? '';
      const invalidToken = () => unauthorized('The cit_ write capability is missing, invalid, or expired', 'invalid_checkout_intent_token');
      if (!token.startsWith('cit_')) throw invalidToken();
      const id = ctx.params['checkout_intent_id']!;
      const intent = isUuid(id) ? ctx.db.checkoutIntents.get(id.toLowerCase()) : undefined;
      if (!intent) throw notFound('Checkout intent', 'checkout_intent_not_found');
      if (intent.token !== token || intent.tokenExpiresAt <= ctx.now) throw invalidToken();
      if (intent.completed) throw new ApiError(409, { error: 'The checkout intent is completed', error_code: 'checkout_intent_completed' });
      const body = requireObject(ctx);
      const errors = validate(body, UPDATE_SCHEMA);
      if (Object.keys(errors).length > 0) throw badRequest('Malformed checkout intent snapshot', errors, 'invalid_request');
      checkCapture(body);
      const sequence = body['sequence'] as number;
      // A stale or repeated sequence is an idempotent no-op.
      if (sequence <= intent.lastSequence) return noContent();
      if (body['fields'] !== undefined) intent.fields = mergeFields(intent.fields, body['fields'] as CheckoutIntentFields);
      if (body['items'] !== undefined) intent.items = (body['items'] as CheckoutIntentItem[]).map((i) => ({ ...i }));
      if (body['attribution'] === null) intent.attribution = {};
      else if (body['attribution'] !== undefined) {
        const next: Record<string, unknown> = { ...intent.attribution };
        for (const [k, v] of Object.entries(body['attribution'] as Record<string, unknown>)) {
          if (v === null || (typeof v === 'string' && v.trim() === '')) delete next[k];
          else next[k] = v;
        }
        intent.attribution = next as CheckoutIntentAttribution;
      }
      if ('source_url' in body) intent.sourceUrl = cleanSourceUrl(body['source_url']);
      if ('cart_id' in body) intent.cartId = (body['cart_id'] as number | null) ?? null;
      intent.lastSequence = sequence;
      intent.lastActivityAt = ctx.now;
      return noContent();
    },
  });

  router.add({
    method: 'GET',
    pattern: '/v3/checkout-intents/prefill',
    family: 'open',
    absolute: true,
    handler(ctx) {
      const token = ctx.query.get('checkout_intent_prefill_token') ?? '';
      const invalid = () => unauthorized('Missing, invalid, or expired prefill token', 'invalid_checkout_intent_prefill_token');
      if (!token.startsWith('cip_')) throw invalid();
      const intent = [...ctx.db.checkoutIntents.values()].find((i) => i.prefillToken === token);
      if (!intent || (intent.prefillExpiresAt ?? 0) <= ctx.now) throw invalid();
      if (intent.completed) throw notFound('Checkout intent', 'checkout_intent_not_found');
      return json(200, renderPrefill(ctx.db, intent));
    },
  });
}
