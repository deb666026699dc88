import { badRequest, json, noContent, notFound, unauthorized } from '../core/http.js';
import { randomInt, randomToken } from '../core/ids.js';
import type { RouteContext, Router } from '../core/router.js';
import { validate, type Schema } from '../core/validate.js';
import { originAllowed } from '../core/cors.js';
import { DEMO_CUSTOMER } from '../seed/customers.js';
import { blacklist, issueTokens, revokeCustomer, rotateRefreshToken } from '../services/tokens.js';
import { requireObject } from './shared.js';

/** The deliberately generic OTP challenge (CONTRACT §9): it never reveals whether the email exists. */
export const OTP_CHALLENGE_MESSAGE = 'If this email exists in our system, an OTP has been sent to it.';
const OTP_TTL_MS = 5 * 60_000;
const RESET_TTL_MS = 60 * 60_000;
export const MIN_PASSWORD_LENGTH = 8;

const LOGIN_AS = { kind: 'string', enum: ['customer', 'owner'] } as const;

function checkBody(body: Record<string, unknown>, schema: Schema): void {
  const errors = validate(body, schema);
  if (Object.keys(errors).length > 0) throw badRequest('Invalid request body', errors, 'invalid_request');
}

function invalidCredentials() {
  return unauthorized('Invalid email or password', 'invalid_credentials');
}

/** The host of the reset link: the calling origin when it is registered, else the store's own domain. */
function resetLinkBase(ctx: RouteContext): string {
  return ctx.origin && originAllowed(ctx.origin, ctx.options.allowedOrigins) ? ctx.origin : ctx.db.store.customDomain;
}

/** CONTRACT §9 and seed 000. */
export function registerAuth(router: Router): void {
  router.add({
    method: 'POST',
    pattern: '/public/auth/login',
    family: 'public',
    handler(ctx) {
      const body = requireObject(ctx);
      checkBody(body, { fields: { email: { kind: 'string', required: true, format: 'email' }, password: { kind: 'string', required: true }, login_as: LOGIN_AS } });
      const customer = ctx.db.customerByEmail(body['email'] as string);
      if (!customer || customer.password !== body['password']) throw invalidCredentials();
      if (ctx.options.otpRequired) {
        // A correct credential check sends a one-time code; the demo customer's code is fixed for the demo.
        const code = customer.email === DEMO_CUSTOMER.email ? DEMO_CUSTOMER.otp : String(randomInt(0, 999999)).padStart(6, '0');
        ctx.db.otps.push({ email: customer.email.toLowerCase(), code, expiresAt: ctx.now + OTP_TTL_MS, used: false });
        return json(200, { message: OTP_CHALLENGE_MESSAGE });
      }
      return json(200, issueTokens(ctx.db, customer));
    },
  });

  router.add({
    method: 'POST',
    pattern: '/public/auth/otp/verify',
    family: 'public',
    handler(ctx) {
      const body = requireObject(ctx);
      checkBody(body, { fields: { email: { kind: 'string', required: true, format: 'email' }, otp: { kind: 'string', required: true }, login_as: LOGIN_AS } });
      const email = (body['email'] as string).trim().toLowerCase();
      const otp = (body['otp'] as string).trim();
      const record = [...ctx.db.otps].reverse().find((o) => o.email === email && !o.used);
      if (!record || record.code !== otp || record.expiresAt <= ctx.now) throw unauthorized('Invalid or expired OTP', 'invalid_otp');
      record.used = true;
      const customer = ctx.db.customerByEmail(email);
      if (!customer) throw unauthorized('Invalid or expired OTP', 'invalid_otp');
      return json(200, { ...issueTokens(ctx.db, customer), store_unique_id: ctx.db.store.uniqueId });
    },
  });

  router.add({
    method: 'POST',
    pattern: '/public/auth/jwt/refresh',
    family: 'public',
    handler(ctx) {
      // Only 401 is declared: a missing body or token is an invalid refresh, not a 400.
      const body = ctx.body();
      const refresh = body && typeof body === 'object' ? (body as Record<string, unknown>)['refresh'] : undefined;
      return json(200, rotateRefreshToken(ctx.db, refresh));
    },
  });

  router.add({
    method: 'POST',
    pattern: '/public/auth/jwt/blacklist',
    family: 'public',
    handler(ctx) {
      const body = requireObject(ctx);
      checkBody(body, { fields: { tokens: { kind: 'array', required: true, items: { kind: 'string' } } } });
      blacklist(ctx.db, body['tokens'] as string[]);
      return noContent();
    },
  });

  router.add({
    method: 'POST',
    pattern: '/public/auth/forget-password',
    family: 'public',
    handler(ctx) {
      const body = requireObject(ctx);
      checkBody(body, { fields: { email: { kind: 'string', required: true, format: 'email' } } });
      const email = (body['email'] as string).trim().toLowerCase();
      const customer = ctx.db.customerByEmail(email);
      // The same 204 for unknown emails; only a known one gets a reset email.
      if (customer) {
        const token = randomToken(48);
        ctx.db.passwordResets.push({
          email,
          token,
          link: `${resetLinkBase(ctx)}/reset-password?token=${token}`,
          createdAt: ctx.now,
          expiresAt: ctx.now + RESET_TTL_MS,
          used: false,
        });
      }
      return noContent();
    },
  });

  router.add({
    method: 'POST',
    pattern: '/public/auth/save-password',
    family: 'public',
    handler(ctx) {
      const body = requireObject(ctx);
      checkBody(body, { fields: { token: { kind: 'string', required: true }, password: { kind: 'string', required: true } } });
      const password = body['password'] as string;
      if (password.length < MIN_PASSWORD_LENGTH) {
        throw badRequest('Password is too short', { password: [`should be at least ${MIN_PASSWORD_LENGTH} character(s)`] }, 'invalid_password');
      }
      const reset = ctx.db.passwordResets.find((r) => r.token === body['token']);
      if (!reset || reset.used || reset.expiresAt <= ctx.now) throw notFound('Reset token', 'invalid_reset_token');
      const customer = ctx.db.customerByEmail(reset.email);
      if (!customer) throw notFound('Reset token', 'invalid_reset_token');
      reset.used = true;
      customer.password = password;
      customer.lastUpdatedAt = ctx.now;
      // A new password signs the customer out of every session.
      revokeCustomer(ctx.db, customer.id);
      return noContent();
    },
  });
}

