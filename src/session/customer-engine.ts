import {
  blacklistTokens,
  login as requestLogin,
  refreshTokens,
  verifyOtp as requestOtpVerification,
} from '../api/auth.js';
import { ScalevApiError } from '../api/errors.js';
import type { CustomerAuthTokenResponseBody } from '../api/types.js';
import { randomId } from './storage.js';
import { emitCustomer, noteSpent, syncCustomer } from './cross-tab.js';
import {
  CUSTOMER_KEY,
  isDue,
  parseSession,
  type CustomerMessage,
  type CustomerLoginResult,
  type CustomerSession,
  type RefreshLocks,
  type MessageReason,
  type StoredSession,
} from './customer.js';

type RefreshMode = 'due' | 'rejected' | 'forced';

/**
 * The work of `CustomerSession` that only a signing-in or signed-in buyer needs: sign-in, OTP,
 * access tokens and their refresh under the cross-tab lock, sign-out and revocation. Loaded on
 * first use (see `customer.ts`).
 */

const LEASE_KEY = 'refresh-lease';
const DEFAULT_ACCESS_MS = 15 * 60_000;
const DEFAULT_REFRESH_MS = 30 * 24 * 60 * 60_000;
/** Longer than a refresh request may take (the default request timeout is 15 s). */
const LEASE_MS = 30_000;

/** Writes (or clears) the pair, tells the other tabs, and announces the change here. */
function commit(session: CustomerSession, stored: StoredSession | null, reason: MessageReason, spent?: string): void {
  const raw = stored ? JSON.stringify(stored) : null;
  if (raw) session.storage.set(CUSTOMER_KEY, raw);
  else session.storage.remove(CUSTOMER_KEY);
  session.current = stored;
  if (spent) noteSpent(session, spent);
  try {
    session.channel?.postMessage({ reason, session: raw, spent } satisfies CustomerMessage);
  } catch {
    // A closed channel: this session was disposed.
  }
  if (reason !== 'refresh') emitCustomer(session, reason);
}

/** {@inheritDoc CustomerAuthProvider.getAccessToken} */
export async function accessToken(session: CustomerSession): Promise<string | null> {
  const stored = syncCustomer(session);
  if (!stored || !isDue(stored, Date.now())) return stored?.access ?? null;
  try {
    return await refreshOnce(session, 'due', null);
  } catch (error) {
    // The current token is still usable until it actually expires.
    if (Date.now() < stored.accessExpiresAt) return stored.access;
    throw error;
  }
}

/**
 * Signs out here and in every tab at once, then asks the API to revoke both tokens. The local
 * sign-out stands whether or not the API call succeeds.
 */
export async function signOut(session: CustomerSession, stored: StoredSession): Promise<void> {
  commit(session, null, 'logout');
  try {
    await blacklistTokens(session.http, [stored.access, stored.refresh]);
  } catch {
    // Best effort: the tokens are gone from this browser either way.
  }
}

export async function login(
  session: CustomerSession,
  email: string,
  password: string,
  signal?: AbortSignal,
): Promise<CustomerLoginResult> {
  const result = await requestLogin(session.http, email, password, signal);
  if (result.kind === 'otp') return { kind: 'otp', message: result.message };
  commit(session, toSession(result.tokens, randomId()), 'login');
  return { kind: 'signed-in' };
}

export async function verifyOtp(session: CustomerSession, email: string, otp: string, signal?: AbortSignal): Promise<void> {
  const tokens = await requestOtpVerification(session.http, email, otp, signal);
  commit(session, toSession(tokens, randomId()), 'login');
}

/** After a 401: the pair another refresh (here or in another tab) produced, or a refresh now. */
export async function renewRejected(session: CustomerSession, rejected: string): Promise<string | null> {
  if (session.flight) await session.flight.catch(() => null);
  const current = syncCustomer(session);
  if (!current) return null;
  if (current.access !== rejected) return current.access;
  return refreshOnce(session, 'rejected', rejected);
}

/**
 * Every caller in the page shares one refresh, run while holding the store's refresh lock so no
 * other tab sends a refresh token meanwhile.
 */
export function refreshOnce(session: CustomerSession, mode: RefreshMode, rejected: string | null): Promise<string | null> {
  if (session.flight) return session.flight;
  const basis = syncCustomer(session);
  if (!basis) return Promise.resolve(null);
  const flight = withLock(session, (waited) => refreshLocked(session, basis, mode, rejected, waited)).finally(() => {
    if (session.flight === flight) session.flight = null;
  });
  session.flight = flight;
  return flight;
}

/** How long a tab that waited for the lock gives the holder's announcement to arrive. */
const ANNOUNCEMENT_GRACE_MS = 150;

async function refreshLocked(
  session: CustomerSession,
  basis: StoredSession,
  mode: RefreshMode,
  rejected: string | null,
  waited: boolean,
): Promise<string | null> {
  let stored = await settled(session);
  // The lock was held by another tab, which has most likely just rotated the pair. Its write to
  // storage (or, where storage refuses, its announcement) can reach this tab after the lock did:
  // wait a moment for either before trusting a refresh token that may already be spent.
  for (let slept = 0; waited && stored?.refresh === basis.refresh && slept < ANNOUNCEMENT_GRACE_MS; slept += 10) {
    await sleep(10);
    stored = await settled(session);
  }
  if (!stored) return null;
  // Another tab rotated the pair (or signed in anew) while this one waited: the old refresh
  // token is spent, and sending it again would revoke the whole family.
  if (stored.refresh !== basis.refresh) return stored.access;
  if (mode === 'due' && !isDue(stored, Date.now())) return stored.access;
  if (mode === 'rejected' && stored.access !== rejected) return stored.access;
  if (Date.now() >= stored.refreshExpiresAt) {
    commit(session, null, 'expired');
    return null;
  }

  let body: CustomerAuthTokenResponseBody;
  try {
    body = await refreshTokens(session.http, stored.refresh);
  } catch (error) {
    if (!endsSession(error)) throw error;
    // Only end the session this refresh token belonged to, not one that replaced it meanwhile.
    if (session.read()?.refresh === stored.refresh) {
      const expired = Date.now() >= stored.refreshExpiresAt || /expir/i.test(`${error.code} ${error.message}`);
      commit(session, null, expired ? 'expired' : 'revoked');
    }
    return syncCustomer(session)?.access ?? null;
  }

  if (session.read()?.refresh !== stored.refresh) {
    // Signed out or signed in anew while the request ran: the new pair belongs to nobody.
    blacklistTokens(session.http, [body.access, body.refresh]).catch(() => {});
    return syncCustomer(session)?.access ?? null;
  }
  const next = toSession(body, stored.sid);
  commit(session, next, 'refresh', stored.refresh);
  return next.access;
}

/**
 * The stored pair, once storage no longer shows a refresh token known to be spent. Another tab's
 * write can reach this tab's view of storage after its lock was released (browsers sync storage
 * between tabs asynchronously); the announcement of that rotation tells the two apart. Should
 * storage lag for a whole second, the announced pair is used.
 */
async function settled(session: CustomerSession): Promise<StoredSession | null> {
  for (let waited = 0; ; waited += 25) {
    const stored = syncCustomer(session);
    if (!stored || !session.spent.has(stored.refresh)) return stored;
    if (waited >= 1000) {
      const announced = session.announced === null ? null : parseSession(session.announced);
      if (announced && !session.spent.has(announced.refresh)) {
        session.current = announced;
        return announced;
      }
      throw new ScalevApiError({ kind: 'network', message: 'The sign-in is being renewed in another tab. Try again.' });
    }
    await sleep(25);
  }
}

/** Runs `task` holding the refresh lock; `waited` tells it another tab held the lock first. */
async function withLock<T>(session: CustomerSession, task: (waited: boolean) => Promise<T>): Promise<T> {
  const locks = session.locks === undefined ? defaultLocks() : session.locks;
  const lockName = `${session.storage.namespace}:refresh`;
  if (locks) {
    let granted = false;
    const busy = Symbol('busy');
    try {
      const first = await locks.request(lockName, { ifAvailable: true }, (lock) => {
        if (!lock) return busy;
        granted = true;
        return task(false);
      });
      if (first !== busy) return first as T;
      return await locks.request(lockName, () => {
        granted = true;
        return task(true);
      });
    } catch (error) {
      // Opaque-origin frames refuse locks before granting one: fall back to the lease.
      if (granted) throw error;
    }
  }
  return withLease(session, task);
}

/**
 * Fallback where Web Locks are missing: a lease `{ owner, until }` in shared storage. Write it,
 * wait a moment, and go ahead only if the value read back is still ours; a lease older than
 * `LEASE_MS` (a closed tab) is taken over. `localStorage` has no compare-and-set, so two tabs
 * writing within the same instant could both proceed; the re-read of the stored pair inside
 * `refreshLocked` still stops the later one when the earlier one finished first.
 */
async function withLease<T>(session: CustomerSession, task: (waited: boolean) => Promise<T>): Promise<T> {
  const { storage } = session;
  const owner = randomId();
  const giveUpAt = Date.now() + LEASE_MS;
  let waited = false;
  for (;; waited = true) {
    const lease = readLease(storage.get(LEASE_KEY));
    if (!lease || lease.until <= Date.now() || Date.now() >= giveUpAt) {
      storage.set(LEASE_KEY, JSON.stringify({ owner, until: Date.now() + LEASE_MS }));
      await sleep(30);
      if (readLease(storage.get(LEASE_KEY))?.owner === owner || Date.now() >= giveUpAt) break;
    }
    await sleep(40 + Math.random() * 60);
  }
  try {
    return await task(waited);
  } finally {
    if (readLease(storage.get(LEASE_KEY))?.owner === owner) storage.remove(LEASE_KEY);
  }
}

/**
 * A refresh answered 401 ends the session (CONTRACT §9: revoked family or expired token). 400 and
 * 403 are not declared for this route; they are read the same way, since retrying the same token
 * could only fail again. Network errors, timeouts, 429 and 5xx keep the session.
 */
function endsSession(error: unknown): error is ScalevApiError {
  return (
    error instanceof ScalevApiError &&
    error.kind === 'http' &&
    (error.status === 401 || error.status === 400 || error.status === 403)
  );
}

/**
 * Lifetimes are counted from the moment the pair arrived on this device's clock, so a wrong clock
 * cannot make a new token look expired. `expires_in` first; then the JWT's `exp - iat` (or `exp`);
 * else 15 minutes for the access token and 30 days for the refresh token.
 */
function toSession(body: CustomerAuthTokenResponseBody, sid: string): StoredSession {
  const now = Date.now();
  const accessMs = seconds(body.expires_in) ?? jwtLifetime(body.access, now) ?? DEFAULT_ACCESS_MS;
  const refreshMs = seconds(body.refresh_expires_in) ?? jwtLifetime(body.refresh, now) ?? DEFAULT_REFRESH_MS;
  return {
    sid,
    access: body.access,
    refresh: body.refresh,
    obtainedAt: now,
    accessExpiresAt: now + accessMs,
    refreshExpiresAt: now + refreshMs,
  };
}

function seconds(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n * 1000 : null;
}

function jwtLifetime(token: string, now: number): number | null {
  try {
    const payload = token.split('.')[1];
    if (!payload) return null;
    const claims: unknown = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    if (typeof claims !== 'object' || claims === null) return null;
    const { exp, iat } = claims as { exp?: unknown; iat?: unknown };
    if (typeof exp !== 'number') return null;
    const ms = typeof iat === 'number' && exp > iat ? (exp - iat) * 1000 : exp * 1000 - now;
    return ms > 0 ? ms : null;
  } catch {
    return null;
  }
}

function readLease(raw: string | null): { owner: string; until: number } | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as { owner?: unknown; until?: unknown } | null;
    return v && typeof v.owner === 'string' && typeof v.until === 'number' ? { owner: v.owner, until: v.until } : null;
  } catch {
    return null;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function defaultLocks(): RefreshLocks | null {
  try {
    // Missing in old browsers and outside secure contexts, whatever the DOM typings say.
    const locks = typeof navigator !== 'undefined' ? (navigator.locks as LockManager | undefined) : undefined;
    return typeof locks?.request === 'function' ? locks : null;
  } catch {
    return null;
  }
}
