import type { GuestTokenStore } from '../api/http.js';
import { crossTab, openSessionChannel, type SessionStorage } from './storage.js';

/** @internal */
export const GUEST_KEY = 'guest-token';
/** Printable ASCII only: anything else could not be sent as a header value. */
const TOKEN_SHAPE = /^[\x21-\x7e]{1,256}$/;

export type GuestChangeReason = 'received' | 'cleared' | 'other-tab';

export interface GuestChangeDetail {
  hasToken: boolean;
  reason: GuestChangeReason;
}

/** @internal */
export interface GuestMessage {
  token: string | null;
}

/**
 * The guest cart token of one store (CONTRACT §4). It comes only from the `X-Scalev-Guest-Token`
 * response header (`ScalevHttp` calls `set`), is kept per store in browser storage, and goes back
 * only as `X-Scalev-Guest-Token`. Other tabs of the same store see a new or cleared token.
 *
 * @fires change - `CustomEvent<GuestChangeDetail>` when the token appears, changes or goes away.
 */
export class GuestSession extends EventTarget implements GuestTokenStore {
  /** The token last announced through `change`, to tell real changes from echoes. */
  /** @internal */
  known: string | null;
  private channel: BroadcastChannel | null;
  private readonly unwatch: () => void;

  constructor(
    /** @internal */
    readonly storage: SessionStorage,
  ) {
    super();
    this.known = this.get();
    this.channel = openSessionChannel<GuestMessage>(`${storage.namespace}:guest`, (crossTab, message) => {
      if (this.channel) crossTab.takeGuestMessage(this, message);
    });
    this.unwatch = storage.watch(GUEST_KEY, () => crossTab((loaded) => loaded.syncGuest(this)));
  }

  /** The stored token, or null when this browser has no guest cart for the store yet. */
  get(): string | null {
    const token = this.storage.get(GUEST_KEY);
    return token !== null && TOKEN_SHAPE.test(token) ? token : null;
  }

  /** Stores a token read from a response header. Malformed values are ignored. */
  set(token: string): void {
    const value = String(token).trim();
    if (!TOKEN_SHAPE.test(value) || value === this.get()) return;
    this.storage.set(GUEST_KEY, value);
    this.announce(value, 'received');
  }

  /** Forgets the token, e.g. when the API no longer knows the cart it points to. */
  clear(): void {
    if (this.get() === null && this.known === null) return;
    this.storage.remove(GUEST_KEY);
    this.announce(null, 'cleared');
  }

  /** Stops listening to other tabs. */
  dispose(): void {
    this.channel?.close();
    this.channel = null;
    this.unwatch();
  }

  private announce(token: string | null, reason: GuestChangeReason): void {
    this.known = token;
    this.channel?.postMessage({ token } satisfies GuestMessage);
    this.emit(reason);
  }

  /** @internal */
  emit(reason: GuestChangeReason): void {
    const hasToken = this.known !== null;
    this.dispatchEvent(new CustomEvent<GuestChangeDetail>('change', { detail: { hasToken, reason } }));
  }
}
