import type { ScalevHttp } from '../api/http.js';
import { CustomerSession, type RefreshLocks } from './customer.js';
import { GuestSession } from './guest.js';
import { SessionStorage } from './storage.js';

export { CustomerSession, GuestSession, SessionStorage };
export type {
  CustomerChangeDetail,
  CustomerChangeReason,
  CustomerLoginResult,
  CustomerStatus,
  CustomerTokens,
  RefreshLocks,
} from './customer.js';
export type { GuestChangeDetail, GuestChangeReason } from './guest.js';

export interface SessionOptions {
  /** Defaults to `localStorage` (in-memory where the page may not use it); null keeps everything in memory. */
  storage?: Storage | null;
  /** Defaults to `navigator.locks`; null forces the storage-lease fallback. */
  locks?: RefreshLocks | null;
}

export interface Sessions {
  guest: GuestSession;
  customer: CustomerSession;
  /** Unplugs both sessions from the client and stops listening to other tabs. */
  dispose(): void;
}

/**
 * Creates the guest and customer sessions of the client's store and plugs them into it
 * (`http.guestTokens`, `http.customerAuth`). Their storage is namespaced by the client's API
 * origin and store id, and tokens only ever travel through this client.
 */
export function createSessions(http: ScalevHttp, options: SessionOptions = {}): Sessions {
  const storage = new SessionStorage(http.apiOrigin, http.storeId, options.storage);
  const guest = new GuestSession(storage);
  const customer = new CustomerSession(http, storage, { locks: options.locks });
  http.guestTokens = guest;
  http.customerAuth = customer;
  return {
    guest,
    customer,
    dispose() {
      if (http.guestTokens === guest) http.guestTokens = null;
      if (http.customerAuth === customer) http.customerAuth = null;
      guest.dispose();
      customer.dispose();
    },
  };
}
