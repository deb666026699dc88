import type { SessionStorage } from './storage.js';
import { GUEST_KEY, type GuestMessage, type GuestSession } from './guest.js';
import {
  CUSTOMER_KEY,
  type CustomerChangeDetail,
  type CustomerChangeReason,
  type CustomerMessage,
  type CustomerSession,
  type StoredSession,
} from './customer.js';

/**
 * Taking in what another tab of the same store did (a new or cleared guest token, a sign-in,
 * sign-out or rotation), and announcing customer changes here. Loaded with the first announcement
 * or storage change (or the first sign-in code here), so a page alone in its browser never
 * downloads it.
 */

/**
 * Takes a value another tab announced, for when that tab could not write it to shared storage.
 * A different value already in shared storage is newer and stays: announcements arrive in order,
 * so writing an older one over it could undo a later change.
 */
export function adopt(storage: SessionStorage, name: string, value: string | null): void {
  const key = storage.key(name);
  if (!storage.memory.has(key)) {
    let shared: string | null;
    try {
      if (!storage.backing) throw new Error('no storage');
      shared = storage.backing.getItem(key);
    } catch {
      shared = null;
    }
    if (value === null || shared !== null) return;
  }
  if (value === null) storage.memory.delete(key);
  else storage.memory.set(key, value);
}

/** Remembers a refresh token rotated away; a few are enough, as only the latest rotations can still be lagging in storage. */
export function noteSpent(session: CustomerSession, refresh: string): void {
  session.spent.add(refresh);
  if (session.spent.size > 8) session.spent.delete(session.spent.values().next().value!);
}

export function takeGuestMessage(session: GuestSession, message: GuestMessage | undefined): void {
  const token = message?.token;
  adopt(session.storage, GUEST_KEY, typeof token === 'string' ? token : null);
  syncGuest(session);
}

/** Reacts to another tab's change of the guest token: the message and the storage event may both arrive. */
export function syncGuest(session: GuestSession): void {
  const token = session.get();
  if (token === session.known) return;
  session.known = token;
  session.emit('other-tab');
}

export function takeCustomerMessage(session: CustomerSession, message: CustomerMessage | undefined): void {
  const { session: raw, spent } = message ?? {};
  const announced = typeof raw === 'string' ? raw : null;
  session.announced = announced;
  if (typeof spent === 'string') noteSpent(session, spent);
  adopt(session.storage, CUSTOMER_KEY, announced);
  syncCustomer(session);
}

/**
 * Re-reads storage, the truth shared by all tabs, and announces a change another tab made: a
 * sign-in, a sign-out, or a different customer. A rotation alone changes nothing visible.
 */
export function syncCustomer(session: CustomerSession): StoredSession | null {
  const before = session.current;
  const stored = session.read();
  session.current = stored;
  if ((before?.sid ?? null) !== (stored?.sid ?? null)) {
    const lapsed = before !== null && stored === null && Date.now() >= before.refreshExpiresAt;
    emitCustomer(session, lapsed ? 'expired' : 'other-tab');
  }
  return stored;
}

export function emitCustomer(session: CustomerSession, reason: CustomerChangeReason): void {
  const detail: CustomerChangeDetail = { status: session.current ? 'signed-in' : 'signed-out', reason };
  session.dispatchEvent(new CustomEvent<CustomerChangeDetail>('change', { detail }));
}
