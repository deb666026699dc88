import {
  blacklistTokens,
  login as requestLogin,
  refreshTokens,
  verifyOtp as requestOtpVerification,
} from '../api/auth.js';
import { ScalevApiError } from '../api/errors.js';
import type { CustomerAuthProvider, ScalevHttp } from '../api/http.js';
import type { CustomerAuthTokenResponseBody } from '../api/types.js';
import { openChannel, randomId, type SessionStorage } from './storage.js';

const KEY = 'customer';
const LEASE_KEY = 'refresh-lease';
/** Renew this long before the access token expires, when its lifetime allows. */
const SKEW_MS = 30_000;
const DEFAULT_ACCESS_MS = 15 * 60_000;
const DEFAULT_REFRESH_MS = 30 * 24 * 60 * 60_000;
/** Longer than a refresh request may take (the default request timeout is 15 s). */
const LEASE_MS = 30_000;

export type CustomerStatus = 'signed-out' | 'signed-in';
export type CustomerChangeReason = 'login' | 'logout' | 'revoked' | 'expired' | 'other-tab';

export interface CustomerChangeDetail {
  status: CustomerStatus;
  reason?: CustomerChangeReason;
}

export interface CustomerTokens {
  access: string;
  refresh: string;
  /** Epoch milliseconds. */
  accessExpiresAt: number;
  /** Epoch milliseconds. */
  refreshExpiresAt: number;
}

export type CustomerLoginResult = { kind: 'signed-in' } | { kind: 'otp'; message: string };

/** The subset of `LockManager` used here; tests may pass another one or null. */
export type RefreshLocks = Pick<LockManager, 'request'>;

export interface CustomerSessionOptions {
  /** Defaults to `navigator.locks`; null forces the storage lease. */
  locks?: RefreshLocks | null;
}

/** What is kept in storage: the pair is always written together, in one value. */
interface StoredSession extends CustomerTokens {
  /** Same for one sign-in across refreshes: tells a rotation from a different sign-in. */
  sid: string;
  /** When this pair was received, epoch milliseconds. */
  obtainedAt: number;
}

type MessageReason = Exclude<CustomerChangeReason, 'other-tab'> | 'refresh';

interface CustomerMessage {
  reason: MessageReason;
  /** The stored value, for tabs that cannot read shared storage (or read it late). */
  session: string | null;
  /** The refresh token a rotation used up. */
  spent?: string;
}

type RefreshMode = 'due' | 'rejected' | 'forced';

/**
 * The signed-in customer of one store (CONTRACT §9). Tokens are kept per store; refresh tokens are
 * single-use, so every refresh runs single-flight inside the page and under a per-store lock
 * across tabs, and a tab that finds the pair already rotated adopts it instead of refreshing.
 * Tabs learn of sign-in, sign-out and rotation from each other, never by calling the API again.
 *
 * @fires change - `CustomEvent<CustomerChangeDetail>` when the status or the signed-in customer changes.
 */
export class CustomerSession extends EventTarget implements CustomerAuthProvider {
  private current: StoredSession | null;
  private flight: Promise<string | null> | null = null;
  /** Refresh tokens known to be rotated away, by this tab or announced by another. */
  private readonly spent = new Set<string>();
  /** The last pair another tab announced. */
  private announced: string | null = null;
  private channel: BroadcastChannel | null;
  private readonly unwatch: () => void;
  private readonly locks: RefreshLocks | null;
  private readonly lockName: string;

  constructor(
    private readonly http: ScalevHttp,
    private readonly storage: SessionStorage,
    options: CustomerSessionOptions = {},
  ) {
    super();
    this.locks = options.locks === undefined ? defaultLocks() : options.locks;
    this.lockName = `${storage.namespace}:refresh`;
    this.current = this.read();
    this.channel = openChannel(`${storage.namespace}:customer`);
    this.channel?.addEventListener('message', this.onMessage);
    this.unwatch = storage.watch(KEY, () => this.sync());
  }

  /** Read from shared storage, so it already reflects what another tab did. */
  get status(): CustomerStatus {
    return this.read() ? 'signed-in' : 'signed-out';
  }

  /** A copy of the current tokens, or null when signed out. */
  get tokens(): CustomerTokens | null {
    const s = this.read();
    return s
      ? { access: s.access, refresh: s.refresh, accessExpiresAt: s.accessExpiresAt, refreshExpiresAt: s.refreshExpiresAt }
      : null;
  }

  /**
   * Signs in with email and password. When the store requires a one-time code the answer is
   * `{ kind: 'otp', message }`: show the code input and call {@link verifyOtp} with the same email.
   * Rejects with `ScalevApiError` (401 for wrong credentials).
   */
  async login(email: string, password: string, signal?: AbortSignal): Promise<CustomerLoginResult> {
    const result = await requestLogin(this.http, email, password, signal);
    if (result.kind === 'otp') return { kind: 'otp', message: result.message };
    this.commit(toSession(result.tokens, randomId()), 'login');
    return { kind: 'signed-in' };
  }

  /** Completes an OTP sign-in. Rejects with `ScalevApiError` for a wrong or expired code. */
  async verifyOtp(email: string, otp: string, signal?: AbortSignal): Promise<void> {
    const tokens = await requestOtpVerification(this.http, email, otp, signal);
    this.commit(toSession(tokens, randomId()), 'login');
  }

  /**
   * Signs out here and in every tab at once, then asks the API to revoke both tokens. The local
   * sign-out stands whether or not the API call succeeds.
   */
  async signOut(): Promise<void> {
    const session = this.read() ?? this.current;
    if (!session) return;
    this.commit(null, 'logout');
    try {
      await blacklistTokens(this.http, [session.access, session.refresh]);
    } catch {
      // Best effort: the tokens are gone from this browser either way.
    }
  }

  /**
   * Rotates the token pair now. Every caller in the page shares one request, and no request is
   * made when another tab rotated the pair meanwhile. Resolves with the new access token, or null
   * when the session ended (revoked or expired). Rejects on network errors, timeouts, 429 and 5xx,
   * keeping the current tokens.
   */
  refresh(): Promise<string | null> {
    return this.refreshOnce('forced', null);
  }

  /** {@inheritDoc CustomerAuthProvider.getAccessToken} */
  async getAccessToken(): Promise<string | null> {
    const session = this.sync();
    if (!session) return null;
    if (!isDue(session, Date.now())) return session.access;
    try {
      return await this.refreshOnce('due', null);
    } catch (error) {
      // The current token is still usable until it actually expires.
      if (Date.now() < session.accessExpiresAt) return session.access;
      throw error;
    }
  }

  /** {@inheritDoc CustomerAuthProvider.renewAfterUnauthorized} */
  async renewAfterUnauthorized(rejectedToken: string): Promise<string | null> {
    if (this.flight) await this.flight.catch(() => null);
    const session = this.sync();
    if (!session) return null;
    if (session.access !== rejectedToken) return session.access;
    return this.refreshOnce('rejected', rejectedToken);
  }

  /** Stops listening to other tabs. */
  dispose(): void {
    this.channel?.removeEventListener('message', this.onMessage);
    this.channel?.close();
    this.channel = null;
    this.unwatch();
  }

  private refreshOnce(mode: RefreshMode, rejected: string | null): Promise<string | null> {
    if (this.flight) return this.flight;
    const basis = this.sync();
    if (!basis) return Promise.resolve(null);
    const flight = this.withLock(() => this.refreshLocked(basis, mode, rejected)).finally(() => {
      if (this.flight === flight) this.flight = null;
    });
    this.flight = flight;
    return flight;
  }

  /** Runs while holding the store's refresh lock, so no other tab sends a refresh token meanwhile. */
  private async refreshLocked(basis: StoredSession, mode: RefreshMode, rejected: string | null): Promise<string | null> {
    const stored = await this.settled();
    if (!stored) return null;
    // Another tab rotated the pair (or signed in anew) while this one waited: the old refresh
    // token is spent, and sending it again would revoke the whole family.
    if (stored.refresh !== basis.refresh) return stored.access;
    if (mode === 'due' && !isDue(stored, Date.now())) return stored.access;
    if (mode === 'rejected' && stored.access !== rejected) return stored.access;
    if (Date.now() >= stored.refreshExpiresAt) {
      this.commit(null, 'expired');
      return null;
    }

    let body: CustomerAuthTokenResponseBody;
    try {
      body = await refreshTokens(this.http, stored.refresh);
    } catch (error) {
      if (!endsSession(error)) throw error;
      // Only end the session this refresh token belonged to, not one that replaced it meanwhile.
      if (this.read()?.refresh === stored.refresh) {
        const expired = Date.now() >= stored.refreshExpiresAt || /expir/i.test(`${error.code} ${error.message}`);
        this.commit(null, expired ? 'expired' : 'revoked');
      }
      return this.sync()?.access ?? null;
    }

    if (this.read()?.refresh !== stored.refresh) {
      // Signed out or signed in anew while the request ran: the new pair belongs to nobody.
      blacklistTokens(this.http, [body.access, body.refresh]).catch(() => {});
      return this.sync()?.access ?? null;
    }
    const next = toSession(body, stored.sid);
    this.commit(next, 'refresh', stored.refresh);
    return next.access;
  }

  /**
   * The stored pair, once storage no longer shows a refresh token known to be spent. Another tab's
   * write can reach this tab's view of storage after its lock was released (browsers sync storage
   * between tabs asynchronously); the announcement of that rotation tells the two apart. Should
   * storage lag for a whole second, the announced pair is used.
   */
  private async settled(): Promise<StoredSession | null> {
    for (let waited = 0; ; waited += 25) {
      const stored = this.sync();
      if (!stored || !this.spent.has(stored.refresh)) return stored;
      if (waited >= 1000) {
        const announced = this.announced === null ? null : parseSession(this.announced);
        if (announced && !this.spent.has(announced.refresh)) {
          this.current = announced;
          return announced;
        }
        throw new ScalevApiError({ kind: 'network', message: 'The sign-in is being renewed in another tab. Try again.' });
      }
      await sleep(25);
    }
  }

  private async withLock<T>(task: () => Promise<T>): Promise<T> {
    if (this.locks) {
      let granted = false;
      try {
        return await this.locks.request(this.lockName, () => {
          granted = true;
          return task();
        });
      } catch (error) {
        // Opaque-origin frames refuse locks before granting one: fall back to the lease.
        if (granted) throw error;
      }
    }
    return this.withLease(task);
  }

  /**
   * Fallback where Web Locks are missing: a lease `{ owner, until }` in shared storage. Write it,
   * wait a moment, and go ahead only if the value read back is still ours; a lease older than
   * `LEASE_MS` (a closed tab) is taken over. `localStorage` has no compare-and-set, so two tabs
   * writing within the same instant could both proceed; the re-read of the stored pair inside
   * `refreshLocked` still stops the later one when the earlier one finished first.
   */
  private async withLease<T>(task: () => Promise<T>): Promise<T> {
    const owner = randomId();
    const giveUpAt = Date.now() + LEASE_MS;
    for (;;) {
      const lease = readLease(this.storage.get(LEASE_KEY));
      if (!lease || lease.until <= Date.now() || Date.now() >= giveUpAt) {
        this.storage.set(LEASE_KEY, JSON.stringify({ owner, until: Date.now() + LEASE_MS }));
        await sleep(30);
        if (readLease(this.storage.get(LEASE_KEY))?.owner === owner || Date.now() >= giveUpAt) break;
      }
      await sleep(40 + Math.random() * 60);
    }
    try {
      return await task();
    } finally {
      if (readLease(this.storage.get(LEASE_KEY))?.owner === owner) this.storage.remove(LEASE_KEY);
    }
  }

  /** Writes (or clears) the pair, tells the other tabs, and announces the change here. */
  private commit(session: StoredSession | null, reason: MessageReason, spent?: string): void {
    const raw = session ? JSON.stringify(session) : null;
    if (raw) this.storage.set(KEY, raw);
    else this.storage.remove(KEY);
    this.current = session;
    if (spent) this.noteSpent(spent);
    try {
      this.channel?.postMessage({ reason, session: raw, spent } satisfies CustomerMessage);
    } catch {
      // A closed channel: this session was disposed.
    }
    if (reason !== 'refresh') this.emit(reason);
  }

  private readonly onMessage = (event: MessageEvent<CustomerMessage>) => {
    const { session, spent } = event.data ?? {};
    const raw = typeof session === 'string' ? session : null;
    this.announced = raw;
    if (typeof spent === 'string') this.noteSpent(spent);
    this.storage.adopt(KEY, raw);
    this.sync();
  };

  private noteSpent(refresh: string): void {
    this.spent.add(refresh);
    // A few are enough: only the latest rotations can still be lagging in storage.
    if (this.spent.size > 8) this.spent.delete(this.spent.values().next().value!);
  }

  /**
   * Re-reads storage, the truth shared by all tabs, and announces a change another tab made: a
   * sign-in, a sign-out, or a different customer. A rotation alone changes nothing visible.
   */
  private sync(): StoredSession | null {
    const before = this.current;
    const stored = this.read();
    this.current = stored;
    if ((before?.sid ?? null) !== (stored?.sid ?? null)) {
      const lapsed = before !== null && stored === null && Date.now() >= before.refreshExpiresAt;
      this.emit(lapsed ? 'expired' : 'other-tab');
    }
    return stored;
  }

  /** The stored pair, or null when absent, unreadable or past the refresh token's expiry. */
  private read(): StoredSession | null {
    const raw = this.storage.get(KEY);
    if (raw === null) return null;
    const session = parseSession(raw);
    if (!session || Date.now() >= session.refreshExpiresAt) {
      this.storage.remove(KEY);
      return null;
    }
    return session;
  }

  private emit(reason: CustomerChangeReason): void {
    const status: CustomerStatus = this.current ? 'signed-in' : 'signed-out';
    this.dispatchEvent(new CustomEvent<CustomerChangeDetail>('change', { detail: { status, reason } }));
  }
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

/**
 * Due for renewal `SKEW_MS` (at most half the lifetime) before expiry. A token that lives shorter
 * than the skew is renewed only once expired, so a short lifetime never turns into a refresh loop.
 */
function isDue(session: StoredSession, now: number): boolean {
  const lifetime = session.accessExpiresAt - session.obtainedAt;
  const skew = lifetime > SKEW_MS ? Math.min(SKEW_MS, lifetime / 2) : 0;
  return now >= session.accessExpiresAt - skew;
}

function parseSession(raw: string): StoredSession | null {
  try {
    const v = JSON.parse(raw) as Partial<StoredSession> | null;
    if (
      v &&
      typeof v.sid === 'string' &&
      typeof v.access === 'string' &&
      v.access !== '' &&
      typeof v.refresh === 'string' &&
      v.refresh !== '' &&
      Number.isFinite(v.obtainedAt) &&
      Number.isFinite(v.accessExpiresAt) &&
      Number.isFinite(v.refreshExpiresAt)
    ) {
      return v as StoredSession;
    }
  } catch {
    // Unreadable: treated as signed out.
  }
  return null;
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
