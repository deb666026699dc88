import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { Storefront } from '../../context/storefront.js';
import type { Locale } from '../../i18n/localize.js';
import type { CustomerAccountState } from '../login/customer-state.js';

export interface ConfirmOptions {
  title: string;
  message?: string;
  confirmLabel: string;
  /** A destructive action (delete, cancel a subscription): the confirm button is styled as such. */
  danger?: boolean;
}

export type RouteParams = { [key: string]: string | undefined };

/** What `<scalev-account>` lends its sub-views (they render into its shadow root). */
export interface AccountHost extends ReactiveControllerHost {
  readonly storefront: Storefront;
  readonly account: CustomerAccountState;
  readonly locale: Locale;
  t(key: string, params?: Record<string, unknown>): string;
  money(amount: number | null | undefined): string;
  date(value: string | number | Date | null | undefined, style?: 'date' | 'datetime'): string;
  describeError(error: unknown): string;
  reportError(error: unknown, operation: string): void;
  /** A real `href` for a sub-route (`orders/123`), so links work with the middle button too. */
  href(route: string): string;
  /** Shows a sub-route and records it in history (`replace` for redirects after a save). */
  navigate(route: string, options?: { replace?: boolean }): void;
  /** A modal yes/no question; resolves true only when the customer confirmed. */
  confirm(options: ConfirmOptions): Promise<boolean>;
  /** The first element matching `selector` in the account's shadow root. */
  find<T extends Element = Element>(selector: string): T | null;
  /** Focuses the first element matching `selector` in the account after the next render. */
  focus(selector: string): void;
  /**
   * Adds a stylesheet to the account's shadow root once per `key`; with `scope`, every rule applies
   * only inside elements matching it (CSS nesting), so shared styles cannot restyle the account.
   */
  adoptStyles(key: string, cssText: string, scope?: string): void;
  /** Says something through the polite live region (saved, deleted, copied). */
  announce(text: string): void;
}

/** One sub-view of the account: its own data and forms, rendered by the account element. */
export interface AccountView {
  /** Called whenever one of the view's routes is shown, with the route's parameters. */
  enter(params: RouteParams): void;
  render(params: RouteParams): TemplateResult;
  /** Loading, empty or failed, for the account's custom states; null when showing content. */
  status?(): 'loading' | 'empty' | 'error' | null;
  /** Stops whatever the view still has in flight (the account left the page or the customer changed). */
  dispose?(): void;
}

export type AccountViewFactory = (host: AccountHost) => AccountView;
