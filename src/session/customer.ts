import type { CustomerAuthProvider, ScalevHttp } from '../api/http.js';
import { crossTab, openSessionChannel, type SessionStorage } from './storage.js';
import { loadOnce } from '../ui/load-once.js';

/** @internal */
export const CUSTOMER_KEY = 'customer';

/**
 * Signing in, refreshing and signing out live in their own chunk: a page whose buyer is not signed
 * in (most pages) never downloads them, and a signed-in page fetches them only when a token is due.
 */
const loadEngine = loadOnce(() => import('./customer-engine.js'));
type Engine = Awaited<ReturnType<typeof loadEngine>>;

/** Renew this long before the access token expires, when its lifetime allows. */
const SKEW_MS = 30_000;

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
export interface StoredSession extends CustomerTokens {
  /** Same for one sign-in across refreshes: tells a rotation from a different sign-in. */
  sid: string;
  /** When this pair was received, epoch milliseconds. */
  obtainedAt: number;
}

export type MessageReason = Exclude<CustomerChangeReason, 'other-tab'> | 'refresh';

/** @internal */
export interface CustomerMessage {
  reason: MessageReason;
  /** The stored value, for tabs that cannot read shared storage (or read it late). */
  session: string | null;
  /** The refresh token a rotation used up. */
  spent?: string;
}

/**
 * The signed-in customer of one store (CONTRACT §9). Tokens are kept per store; refresh tokens are
 * single-use, so every refresh runs single-flight inside the page and under a per-store lock
 * across tabs, and a tab that finds the pair already rotated adopts it instead of refreshing.
 * Tabs learn of sign-in, sign-out and rotation from each other, never by calling the API again.
 *
 * @fires change - `CustomEvent<CustomerChangeDetail>` when the status or the signed-in customer changes.
 */
export class CustomerSession extends EventTarget implements CustomerAuthProvider {
  /** @internal The pair as this tab last saw it. */
  current: StoredSession | null;
  /** @internal The refresh every caller in this page shares while it runs. */
  flight: Promise<string | null> | null = null;
  /** @internal Refresh tokens known to be rotated away, by this tab or announced by another. */
  readonly spent = new Set<string>();
  /** @internal The last pair another tab announced. */
  announced: string | null = null;
  /** @internal */
  channel: BroadcastChannel | null;
  private readonly unwatch: () => void;
  /** @internal As given; undefined means `navigator.locks` where the browser has them. */
  readonly locks: RefreshLocks | null | undefined;

  constructor(
    /** @internal */
    readonly http: ScalevHttp,
    /** @internal */
    readonly storage: SessionStorage,
    options: CustomerSessionOptions = {},
  ) {
    super();
    this.locks = options.locks;
    this.current = this.read();
    this.channel = openSessionChannel<CustomerMessage>(`${storage.namespace}:customer`, (crossTab, message) => {
      if (this.channel) crossTab.takeCustomerMessage(this, message);
    });
    this.unwatch = storage.watch(CUSTOMER_KEY, () => crossTab((loaded) => loaded.syncCustomer(this)));
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
    return (await loadEngine()).login(this, email, password, signal);
  }

  /** Completes an OTP sign-in. Rejects with `ScalevApiError` for a wrong or expired code. */
  async verifyOtp(email: string, otp: string, signal?: AbortSignal): Promise<void> {
    return (await loadEngine()).verifyOtp(this, email, otp, signal);
  }

  /**
   * Signs out here and in every tab at once, then asks the API to revoke both tokens. The local
   * sign-out stands whether or not the API call succeeds.
   */
  async signOut(): Promise<void> {
    const session = this.read() ?? this.current;
    if (!session) return;
    let engine: Engine;
    try {
      engine = await loadEngine();
    } catch {
      // The sign-out code could not load (the site was redeployed, or offline): the tokens still
      // leave this browser, other tabs learn of it through storage, and this page's elements now.
      this.storage.remove(CUSTOMER_KEY);
      this.current = null;
      const detail: CustomerChangeDetail = { status: 'signed-out', reason: 'logout' };
      this.dispatchEvent(new CustomEvent<CustomerChangeDetail>('change', { detail }));
      return;
    }
    return engine.signOut(this, session);
  }

  /**
   * Rotates the token pair now. Every caller in the page shares one request, and no request is
   * made when another tab rotated the pair meanwhile. Resolves with the new access token, or null
   * when the session ended (revoked or expired). Rejects on network errors, timeouts, 429 and 5xx,
   * keeping the current tokens.
   */
  async refresh(): Promise<string | null> {
    return (await loadEngine()).refreshOnce(this, 'forced', null);
  }

  /** {@inheritDoc CustomerAuthProvider.getAccessToken} */
  async getAccessToken(): Promise<string | null> {
    const stored = this.read();
    // The same sign-in as this tab knows, not due (most requests of a signed-in page): nothing to load.
    if (stored && stored.sid === this.current?.sid && !isDue(stored, Date.now())) return stored.access;
    // Signed out, and not signed in a moment ago either (most pages): nothing to load either.
    return this.current || stored ? (await loadEngine()).accessToken(this) : null;
  }

  /** {@inheritDoc CustomerAuthProvider.renewAfterUnauthorized} */
  async renewAfterUnauthorized(rejectedToken: string): Promise<string | null> {
    return (await loadEngine()).renewRejected(this, rejectedToken);
  }

  /** Stops listening to other tabs. */
  dispose(): void {
    this.channel?.close();
    this.channel = null;
    this.unwatch();
  }

  /** @internal The stored pair, or null when absent, unreadable or past the refresh token's expiry. */
  read(): StoredSession | null {
    const raw = this.storage.get(CUSTOMER_KEY);
    if (raw === null) return null;
    const session = parseSession(raw);
    if (!session || Date.now() >= session.refreshExpiresAt) {
      this.storage.remove(CUSTOMER_KEY);
      return null;
    }
    return session;
  }
}

export function parseSession(raw: string): StoredSession | null {
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

/**
 * Due for renewal `SKEW_MS` (at most half the lifetime) before expiry. A token that lives shorter
 * than the skew is renewed only once expired, so a short lifetime never turns into a refresh loop.
 */
export function isDue(session: StoredSession, now: number): boolean {
  const lifetime = session.accessExpiresAt - session.obtainedAt;
  const skew = lifetime > SKEW_MS ? Math.min(SKEW_MS, lifetime / 2) : 0;
  return now >= session.accessExpiresAt - skew;
}

