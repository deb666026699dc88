import type { TemplateResult } from 'lit';
import type {
  CustomerAddress,
  StorefrontCheckoutItem,
  StorefrontCheckoutSummaryResponse,
  StorefrontPublicOrder,
  StorefrontShippingOption,
} from '../../api/types.js';
import type { Storefront } from '../../context/storefront.js';
import type { SessionStorage } from '../../session/storage.js';
import type { CartStore } from '../../state/cart.js';
import type { CheckoutIntentCapture } from '../../state/checkout-intent.js';
import type { ScalevEventDetail, ScalevEventName } from '../../events.js';
import type { CheckoutValues, FieldName } from './form-state.js';

/*
 * The checkout is one element whose parts load while it prepares: the form with its sections, the
 * requests and placing the order in one module (`parts.ts`), the customer's saved addresses apart.
 * Parts are plain functions of the element, which they see through `CheckoutHost`:
 * the state and helpers the element keeps out of its public API but shares with its parts.
 */

/** A line to order directly (`items` attribute): the checkout item plus optional display data. */
export interface CheckoutDirectItem {
  type?: 'variant' | 'bundle_price_option';
  variant_id?: number;
  bundle_price_option_id?: number;
  quantity?: number;
  /** Shown in the summary; otherwise "Product #id". */
  name?: string;
  /** Unit price in rupiah, for display before the summary answers. */
  price?: number;
  image?: string;
  /** `variant_unique_id` / `bundle_price_option_unique_id`, for conversion events. */
  unique_id?: string;
}

export type Step = 'contact' | 'delivery' | 'payment' | 'review';
export type Status = 'idle' | 'loading' | 'ready' | 'error';
export type Phase = 'loading' | 'ready' | 'empty' | 'invalid' | 'placed' | 'error';
export type DiscountStatus = 'idle' | 'checking' | 'accepted' | 'rejected' | 'error';
export type FieldErrors = Partial<Record<FieldName, string>>;

export interface ViewLine {
  key: string;
  name: string;
  options: string[];
  /** As the cart or the `items` attribute gave it: made safe (http/https only) where it is shown. */
  image: string | null;
  quantity: number;
  unitPrice: number | null;
  lineTotal: number | null;
  item: StorefrontCheckoutItem;
  uniqueId: string | null;
}

export interface PaymentChoice {
  code: string;
  label: string;
  description: string | null;
}

export interface SubmitProblem {
  message: string;
  uncertain: boolean;
  retry: boolean;
}

export interface Destination {
  location_id: number;
  postal_code: string;
}

/** The fields the element renders through `field()`. */
export type TextField = 'customer_name' | 'customer_email' | 'customer_phone' | 'shipping_address' | 'notes';

/** Session storage keys, per store and checkout source. */
export const FORM_KEY = 'checkout-form';
export const PLACED_KEY = 'checkout-placed';
export const UNCERTAIN_KEY = 'checkout-uncertain';

/** A positive safe integer from a number or numeric text, else null. */
export function positiveInt(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null;
}

export const optionKey = (option: Pick<StorefrontShippingOption, 'courier_service_id' | 'warehouse_unique_id'>): string =>
  `${option.courier_service_id}|${option.warehouse_unique_id}`;

/** What the checkout's parts read and change on the element. */
export interface CheckoutHost {
  readonly storefront?: Storefront;
  readonly locale: string;
  readonly theme: string;
  readonly resolvedLocale: 'id' | 'en';
  readonly hideNotes: boolean;
  readonly hideDiscount: boolean;
  readonly afterOrder: 'status' | 'redirect';
  readonly navigate: (url: string) => void;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;

  readonly customer: boolean;
  readonly hasItemsAttribute: boolean;
  phase: Phase;
  values: CheckoutValues;
  errors: FieldErrors;
  otherErrors: string[];
  paymentChoices: PaymentChoice[];
  savedAddresses: CustomerAddress[];
  addingAddress: boolean;
  addressBusy: boolean;
  requiresShipping: boolean;
  shippingOptions: StorefrontShippingOption[];
  shippingStatus: Status;
  shippingError: string;
  summary: StorefrontCheckoutSummaryResponse | null;
  summaryStatus: Status;
  summaryError: string;
  discountStatus: DiscountStatus;
  discountMessage: string;
  placing: boolean;
  submitProblem: SubmitProblem | null;
  uncertainBefore: boolean;
  restored: boolean;
  placedOrder: StorefrontPublicOrder | null;
  placedSlug: string;
  placedMessage: string;
  stepIndex: number;
  readonly wide: boolean;
  announcement: string;
  directLines: ViewLine[] | null;
  unavailable: string[];
  /** Why the checkout switched between guest and customer (signed out elsewhere). */
  readonly sessionNotice: string;
  recoveredItems: CheckoutDirectItem[] | null;
  readonly cart: CartStore | null;
  readonly storage: SessionStorage | null;
  readonly source: string;
  readonly capture: CheckoutIntentCapture | null;
  saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Request bookkeeping of the shipping and summary quotes. */
  shippingKey: string;
  summaryKey: string;
  shippingSeq: number;
  summarySeq: number;
  shippingController: AbortController | null;
  summaryController: AbortController | null;
  lastTotal: number | null;
  initiatedTracked: boolean;

  t(key: string, params?: Record<string, unknown>): string;
  money(amount: number | null | undefined): string;
  describeError(error: unknown): string;
  reportError(error: unknown, operation: string): void;
  emit<K extends ScalevEventName>(name: K, detail: ScalevEventDetail<K>, options?: { cancelable?: boolean }): boolean;

  lines(): ViewLine[];
  guestItemSource(): { items?: StorefrontCheckoutItem[] };
  itemSource(): { items?: StorefrontCheckoutItem[]; cart_id?: number };
  chosenAddress(): CustomerAddress | null;
  destination(): Destination | null;
  chosenOption(): StorefrontShippingOption | null;
  steps(): Step[];
  setValues(patch: Partial<CheckoutValues>, requote?: boolean): void;
  scheduleQuotes(delay?: number): void;
  flushSave(): void;
  placeOrder(): Promise<void>;
  startOver(): void;
  back(): void;
  next(): void;
  stepName(step: Step): string;
  currentLinesKey(): string;
  /** A section of the form from its part (a placeholder while that loads). */
  renderSection(step: Step, stepHeading: boolean): TemplateResult;
  init(): Promise<void>;
  sectionHeading(id: string, text: string, stepHeading: boolean): TemplateResult;
}
