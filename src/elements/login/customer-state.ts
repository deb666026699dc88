import type { CustomerProfileResponse } from '../../api/types.js';
import type { Storefront } from '../../context/storefront.js';
import { announce } from '../../events.js';
import type { CustomerChangeDetail } from '../../session/customer.js';

/** Why the last session ended without the customer asking: shown once by the next sign-in form. */
export type SessionEndReason = 'revoked' | 'expired';

export type ProfileStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * What the login and account widgets of one store share: the signed-in customer's profile (one
 * `GET /customers/me` per sign-in, however many widgets show the name) and the page-level
 * `scalev-login` / `scalev-logout` announcements. There is one instance per store (`sf.service`),
 * so two `<scalev-login>` on a page never announce a change twice.
 *
 * @fires change - the profile, its status, or the signed-in state changed.
 */
export class CustomerAccountState extends EventTarget {
  profile: CustomerProfileResponse | null = null;
  profileStatus: ProfileStatus = 'idle';
  profileError: unknown = null;
  /** Set when the session ended by revocation or expiry; cleared by the next sign-in. */
  endedReason: SessionEndReason | null = null;
  /** The customer signed out in this tab (any widget's button); cleared by the next sign-in. */
  signedOutHere = false;
  private loading: Promise<CustomerProfileResponse | null> | null = null;
  private pendingEmail: string | null = null;
  /** Counts sign-ins, so an answer for an earlier customer is never kept for a later one. */
  private generation = 0;

  constructor(private readonly storefront: Storefront) {
    super();
    storefront.customer.addEventListener('change', (event) => {
      this.onSessionChange((event as CustomEvent<CustomerChangeDetail>).detail);
    });
  }

  get signedIn(): boolean {
    return this.storefront.customer.status === 'signed-in';
  }

  /** Remembers the email typed into a sign-in form, for the `scalev-login` announcement. */
  expectLogin(email: string): void {
    this.pendingEmail = email;
  }

  /**
   * The profile of the signed-in customer, loaded once per sign-in; concurrent callers share one
   * request. `force` asks again (after "try again"). Resolves null when signed out; never rejects
   * (the failure is in `profileError`).
   */
  loadProfile(force = false): Promise<CustomerProfileResponse | null> {
    if (!this.signedIn) return Promise.resolve(null);
    if (!force && this.profileStatus === 'ready') return Promise.resolve(this.profile);
    if (this.loading) return this.loading;
    const generation = this.generation;
    this.profileStatus = 'loading';
    this.profileError = null;
    this.notify();
    // `GET /customers/me` (CONTRACT §10), asked through the client directly: the sign-in chunk does
    // not carry the rest of the account module for this one read.
    const loading = this.storefront.http
      .request<CustomerProfileResponse>({ family: 'customer', path: '/customers/me' })
      .then(
        (profile) => {
          if (generation !== this.generation) return null;
          this.profile = profile;
          this.profileStatus = 'ready';
          return profile;
        },
        (error: unknown) => {
          if (generation !== this.generation) return null;
          this.profileStatus = 'error';
          this.profileError = error;
          return null;
        },
      )
      .finally(() => {
        if (this.loading === loading) this.loading = null;
        this.notify();
      });
    this.loading = loading;
    return loading;
  }

  /** Keeps the profile an update answered with (`PATCH /customers/me`, set-new-password). */
  setProfile(profile: CustomerProfileResponse): void {
    if (!this.signedIn) return;
    this.profile = profile;
    this.profileStatus = 'ready';
    this.profileError = null;
    this.notify();
  }

  /** The customer's display name, or null while unknown. */
  get displayName(): string | null {
    const customer = this.profile?.customer;
    const name = typeof customer?.name === 'string' ? customer.name.trim() : '';
    if (name) return name;
    const email = typeof customer?.email === 'string' ? customer.email.trim() : '';
    return email || null;
  }

  private onSessionChange(detail: CustomerChangeDetail): void {
    this.generation++;
    this.loading = null;
    this.profile = null;
    this.profileStatus = 'idle';
    this.profileError = null;
    if (detail.status === 'signed-in') {
      this.endedReason = null;
      this.signedOutHere = false;
      const email = detail.reason === 'login' ? this.pendingEmail : null;
      this.pendingEmail = null;
      announce('scalev-login', { email });
    } else {
      const reason = detail.reason === 'login' || !detail.reason ? 'logout' : detail.reason;
      this.endedReason = reason === 'revoked' || reason === 'expired' ? reason : null;
      this.signedOutHere = reason === 'logout';
      announce('scalev-logout', { reason });
    }
    this.notify();
  }

  private notify(): void {
    this.dispatchEvent(new Event('change'));
  }
}

/** The one `CustomerAccountState` of this store, created on first use. */
export function customerAccountState(storefront: Storefront): CustomerAccountState {
  return storefront.service('customer-account', (sf) => new CustomerAccountState(sf));
}
