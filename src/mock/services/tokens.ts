import type { CustomerAuthTokenResponseBody } from '../../api/types.js';
import { unauthorized } from '../core/http.js';
import { base64UrlDecode, base64UrlEncode, randomToken, uuidV4 } from '../core/ids.js';
import type { MockDatabase } from '../db.js';
import type { CustomerRecord, TokenRecord } from '../model.js';

/**
 * Customer tokens look like JWTs (header.payload.signature) and carry their expiry, but the mock
 * trusts only its own registry: a token it did not issue, or one it revoked, is refused however it
 * decodes.
 */

function mint(db: MockDatabase, customer: CustomerRecord, kind: TokenRecord['kind'], family: string, ttlSeconds: number): TokenRecord {
  const issuedAt = db.now();
  const expiresAt = issuedAt + ttlSeconds * 1000;
  const header = base64UrlEncode(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64UrlEncode(
    JSON.stringify({
      iss: 'scalev-mock',
      sub: String(customer.id),
      store: db.store.uniqueId,
      typ: kind,
      fam: family,
      jti: uuidV4(),
      iat: Math.floor(issuedAt / 1000),
      exp: Math.floor(expiresAt / 1000),
    }),
  );
  const token = `${header}.${payload}.${randomToken(43)}`;
  const record: TokenRecord = { token, kind, customerId: customer.id, family, issuedAt, expiresAt, used: false, revoked: false };
  db.tokens.set(token, record);
  return record;
}

/** Issues an access + refresh pair; a new sign-in starts a new family. */
export function issueTokens(db: MockDatabase, customer: CustomerRecord, family: string = uuidV4()): CustomerAuthTokenResponseBody {
  const { accessTtlSeconds, refreshTtlSeconds } = db.options;
  const access = mint(db, customer, 'access', family, accessTtlSeconds);
  const refresh = mint(db, customer, 'refresh', family, refreshTtlSeconds);
  return {
    access: access.token,
    refresh: refresh.token,
    token_type: 'Bearer',
    expires_in: accessTtlSeconds,
    refresh_expires_in: refreshTtlSeconds,
  };
}

/** The session behind `Authorization: Bearer …`, or a 401. */
export function authenticate(db: MockDatabase, authorization: string | null): { customer: CustomerRecord; session: TokenRecord } {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) throw unauthorized('Authentication required', 'unauthenticated');
  const record = db.tokens.get(match[1]!);
  if (!record || record.kind !== 'access') throw unauthorized('Invalid token', 'invalid_token');
  if (record.revoked || db.revokedFamilies.has(record.family)) throw unauthorized('Token has been revoked', 'token_revoked');
  if (record.expiresAt <= db.now()) throw unauthorized('Token has expired', 'token_expired');
  const customer = db.customers.get(record.customerId);
  if (!customer) throw unauthorized('Invalid token', 'invalid_token');
  return { customer, session: record };
}

/**
 * Rotates a refresh token. Refresh tokens are single-use: presenting one that was already rotated is
 * treated as theft and revokes the whole family (CONTRACT §9).
 */
export function rotateRefreshToken(db: MockDatabase, refreshToken: unknown): CustomerAuthTokenResponseBody {
  if (typeof refreshToken !== 'string' || refreshToken === '') throw unauthorized('Refresh token is required', 'invalid_refresh_token');
  const record = db.tokens.get(refreshToken);
  if (!record || record.kind !== 'refresh') throw unauthorized('Invalid refresh token', 'invalid_refresh_token');
  if (record.revoked || db.revokedFamilies.has(record.family)) throw unauthorized('Refresh token has been revoked', 'token_revoked');
  if (record.used) {
    revokeFamily(db, record.family);
    throw unauthorized('Refresh token reuse detected; the session was revoked', 'refresh_token_reused');
  }
  if (record.expiresAt <= db.now()) throw unauthorized('Refresh token has expired', 'token_expired');
  const customer = db.customers.get(record.customerId);
  if (!customer) throw unauthorized('Invalid refresh token', 'invalid_refresh_token');
  record.used = true;
  return issueTokens(db, customer, record.family);
}

export function revokeFamily(db: MockDatabase, family: string): void {
  db.revokedFamilies.add(family);
  for (const record of db.tokens.values()) if (record.family === family) record.revoked = true;
}

/** Signs a customer out everywhere (after a password reset). */
export function revokeCustomer(db: MockDatabase, customerId: number): void {
  for (const record of db.tokens.values()) if (record.customerId === customerId) revokeFamily(db, record.family);
}

/** Revokes the listed tokens: an access token alone, or a refresh token's whole family. Unknown tokens are ignored. */
export function blacklist(db: MockDatabase, tokens: string[]): void {
  for (const token of tokens) {
    const record = db.tokens.get(token);
    if (!record) continue;
    if (record.kind === 'refresh') revokeFamily(db, record.family);
    else record.revoked = true;
  }
}

/** The decoded payload of a mock token (tests read `exp`); null when it is not one. */
export function decodeToken(token: string): Record<string, unknown> | null {
  const part = token.split('.')[1];
  if (!part) return null;
  const text = base64UrlDecode(part);
  if (!text) return null;
  try {
    const payload: unknown = JSON.parse(text);
    return payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
