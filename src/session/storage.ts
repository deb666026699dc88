/**
 * Browser storage for one store of one API origin. Every key is namespaced
 * `scalev:<apiOrigin>|<storeId>:<name>`, so tokens of one store are never read for another store,
 * nor sent to another API origin.
 *
 * It never throws: where `localStorage` is missing or refuses (private mode, sandboxed iframes,
 * quota, disabled cookies) values live in memory for this page instead.
 */
export class SessionStorage {
  /** `scalev:<apiOrigin>|<storeId>`: also names this store's lock and broadcast channel. */
  readonly namespace: string;
  /** @internal */
  readonly backing: Storage | null;
  /** @internal Values `localStorage` refused; they win over whatever it holds for the same key. */
  readonly memory = new Map<string, string>();

  /** @param backing defaults to `localStorage` when the page may use it. */
  constructor(apiOrigin: string, storeId: string, backing?: Storage | null) {
    this.namespace = `scalev:${apiOrigin}|${storeId}`;
    this.backing = backing === undefined ? defaultBacking() : backing;
  }

  key(name: string): string {
    return `${this.namespace}:${name}`;
  }

  get(name: string): string | null {
    const key = this.key(name);
    if (this.memory.has(key)) return this.memory.get(key) ?? null;
    try {
      return this.backing?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  set(name: string, value: string): void {
    const key = this.key(name);
    try {
      if (!this.backing) throw new Error('no storage');
      this.backing.setItem(key, value);
      this.memory.delete(key);
    } catch {
      this.memory.set(key, value);
      // A value left behind in shared storage must not outlive the one kept in memory.
      this.removeShared(key);
    }
  }

  remove(name: string): void {
    const key = this.key(name);
    this.memory.delete(key);
    this.removeShared(key);
  }

  /** Calls `listener` when another tab changes `name` in shared storage. Returns the unsubscribe. */
  watch(name: string, listener: () => void): () => void {
    const key = this.key(name);
    const onStorage = (event: StorageEvent) => {
      if (!this.backing || event.storageArea !== this.backing) return;
      // `key === null` is a `clear()` of the whole storage.
      if (event.key === key || event.key === null) listener();
    };
    if (typeof window === 'undefined') return () => {};
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }

  private removeShared(key: string): void {
    try {
      this.backing?.removeItem(key);
    } catch {
      // Nothing more can be done where storage refuses.
    }
  }
}

function defaultBacking(): Storage | null {
  try {
    // Reading the property itself throws in sandboxed iframes and with storage disabled.
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** A `BroadcastChannel` where the browser has one, else null (the storage event still works). */
export function openChannel(name: string): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
  } catch {
    return null;
  }
}

/**
 * Taking in what other tabs did lives in `cross-tab.ts`, loaded with the first announcement or
 * storage change: most pages never see one.
 */
export function crossTab(use: (loaded: typeof import('./cross-tab.js')) => void): void {
  import('./cross-tab.js').then(use, () => {});
}

/** A session's channel to its other tabs; what they announce goes to `take`, in `cross-tab.ts`. */
export function openSessionChannel<T>(
  name: string,
  take: (loaded: typeof import('./cross-tab.js'), message: T | undefined) => void,
): BroadcastChannel | null {
  const channel = openChannel(name);
  channel?.addEventListener('message', (event: MessageEvent<T>) => crossTab((loaded) => take(loaded, event.data)));
  return channel;
}

/** A short random id, good enough to tell tabs and sessions apart (not a secret). */
export function randomId(): string {
  return Math.random().toString(36).slice(2) + Date.now().toString(36);
}
