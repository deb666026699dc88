import type {
  CheckoutIntentAttribution,
  CheckoutIntentFields,
  CheckoutIntentItem,
  StorefrontBundlePriceOptionDetail,
  StorefrontDiscountCode,
  StorefrontProductDetail,
  StorefrontVariant,
  SubscriptionAction,
} from '../api/types.js';

/** Internal records of the mock's state. Responses are rendered from these. */

// ---- catalog ----

export interface ProductRecord {
  /** Exactly what the product routes return, except the live `in_stock` / `price_range` unless pinned. */
  detail: StorefrontProductDetail;
  /** Shown in `/public/items` and counted; unlisted products stay reachable by slug and id. */
  listed: boolean;
  /** Fields a test set explicitly (odd data is returned as given instead of recomputed). */
  pinned: { inStock: boolean; priceRange: boolean };
}

export interface VariantRecord {
  id: number;
  product: ProductRecord;
  /** The same object as in `product.detail.variants`. */
  json: StorefrontVariant;
  /** Units left; `null` for a non-inventory variant with unlimited availability. */
  stock: number | null;
}

export interface BundleRecord {
  detail: StorefrontBundlePriceOptionDetail;
  /** `bundle_price_option_unique_id` used by cart lines and analytics. */
  uniqueId: string;
  listed: boolean;
  pinned: { inStock: boolean; priceRange: boolean };
}

export type CatalogEntry = { kind: 'product'; record: ProductRecord } | { kind: 'bundle'; record: BundleRecord };

// ---- locations ----

export interface LocationRecord {
  id: number;
  subdistrict: string;
  cityId: number;
  city: string;
  provinceId: number;
  province: string;
  postalCodes: string[];
}

// ---- store settings ----

export type PaymentKind = 'manual' | 'cod' | 'va' | 'qris' | 'ewallet' | 'card' | 'invoice' | 'retail' | 'paylink';

export interface PaymentMethodRecord {
  code: string;
  label: string;
  description: string | null;
  kind: PaymentKind;
  enabled: boolean;
  requiresRedirect: boolean;
  metadata: Record<string, unknown> | null;
  /** Customer service fee policy: percent of the base plus a flat amount (0 for manual methods). */
  feePercent: number;
  feeFlat: number;
}

export interface PaymentAccountRecord {
  id: number;
  uniqueId: string;
  method: string;
  accountHolder: string;
  accountNumber: string;
  financialEntity: { id: number; code: string; name: string; entityType: string };
}

export interface CourierServiceRecord {
  id: number;
  courierCode: string;
  courierName: string;
  serviceCode: string;
  name: string;
  aggregator: string | null;
  isCod: boolean;
  /** Price per kg relative to the zone's base rate. */
  multiplier: number;
  /** Shipping zones served (1 = same city … 6 = Papua). */
  zones: number[];
  etd: Record<number, string>;
}

export interface DiscountCodeRecord {
  json: StorefrontDiscountCode;
  appliedTo: 'product_price' | 'shipping_cost';
  amountType: 'percentage' | 'fixed';
  percentage: number;
  amount: number;
  maxAmount: number | null;
  minimumRevenue: number | null;
  expiresAt: number | null;
  paymentMethods: string[] | null;
}

export interface StoreRecord {
  id: number;
  uniqueId: string;
  storefrontKey: string;
  name: string;
  logo: string;
  customDomain: string;
  business: { username: string; contact_email: string; aff_code: string | null; logo: string };
  handlerPhone: string;
  warehouseUniqueId: string;
  /** Store "Other Charges" (`other_income`), with per-method overrides. */
  otherCharge: { amount: number; name: string };
  otherChargeByMethod: Record<string, { amount: number; name: string }>;
  daysOfPaymentProcessing: number;
  isAutoExpire: boolean;
  autoExpireDays: number;
  isShowWhatsapp: boolean;
  isShowDownloadInvoice: boolean;
}

// ---- carts ----

export interface CartLine {
  id: number;
  type: 'variant' | 'bundle_price_option';
  variantId: number | null;
  bundleId: number | null;
  quantity: number;
}

export interface CartRecord {
  id: number;
  /** Guest token; null for a customer cart. */
  token: string | null;
  customerId: number | null;
  lines: CartLine[];
  updatedAt: number;
}

// ---- customers and auth ----

export interface CustomerRecord {
  id: number;
  email: string;
  password: string;
  name: string;
  phone: string | null;
  dateOfBirth: string | null;
  sex: string | null;
  avatar: string | null;
  bio: string | null;
  isUnsubscribe: boolean;
  status: string;
  confirmedAt: number | null;
  createdAt: number;
  lastUpdatedAt: number;
  isGeneratedPasswordReset: boolean;
}

export interface AddressRecord {
  id: number;
  customerId: number;
  name: string | null;
  phone: string | null;
  email: string | null;
  locationId: number | null;
  address: string | null;
  postalCode: string | null;
  notes: string | null;
}

export interface TokenRecord {
  token: string;
  kind: 'access' | 'refresh';
  customerId: number;
  /** Refresh-token family: every token descending from one sign-in. */
  family: string;
  issuedAt: number;
  expiresAt: number;
  /** A refresh token that was already rotated. */
  used: boolean;
  revoked: boolean;
}

export interface OtpRecord {
  email: string;
  code: string;
  expiresAt: number;
  used: boolean;
}

export interface PasswordResetRecord {
  email: string;
  token: string;
  /** The link the reset email would carry (`<origin>/reset-password?token=…`). */
  link: string;
  createdAt: number;
  expiresAt: number;
  used: boolean;
}

// ---- orders ----

export interface OrderLineRecord {
  id: string;
  variantId: number | null;
  bundleId: number | null;
  variantUniqueId: string | null;
  bundleUniqueId: string | null;
  productName: string;
  variantName: string | null;
  itemType: string;
  quantity: number;
  unitPrice: number;
  sku: string | null;
  options: [string | null, string | null, string | null];
  weight: number;
  pricingType: string | null;
  interval: string | null;
  intervalCount: number | null;
  isFileEnabled: boolean;
  isLmsEnabled: boolean;
  isLicenseEnabled: boolean;
}

export interface DestinationRecord {
  name: string | null;
  phone: string | null;
  address: string | null;
  subdistrict: string | null;
  city: string | null;
  province: string | null;
  postalCode: string | null;
  locationId: number | null;
}

export interface OrderRecord {
  id: string;
  /** Legacy numeric `core_order.id`, still accepted by the customer order route. */
  legacyId: number;
  secretSlug: string;
  orderId: string;
  customerId: number | null;
  customerName: string;
  customerEmail: string;
  customerPhone: string | null;
  status: string;
  paymentStatus: string | null;
  paymentMethod: string;
  subPaymentMethod: string | null;
  epaymentProvider: string | null;
  lines: OrderLineRecord[];
  productPrice: number;
  productDiscount: number;
  shippingCost: number;
  shippingDiscount: number;
  otherIncome: number;
  otherIncomeName: string | null;
  serviceFee: number;
  uniqueCodeDiscount: number;
  discountCodeDiscount: number;
  discountCodeCode: string | null;
  discountCodeAppliedTo: string | null;
  grossRevenue: number;
  courier: { serviceId: number; serviceName: string; serviceCode: string; courierName: string; courierCode: string } | null;
  warehouseUniqueId: string | null;
  destination: DestinationRecord | null;
  /** Gateway payload once known; rendered as `{}` while `gatewayReadsRemaining` > 0. */
  pgPaymentInfo: Record<string, unknown>;
  gatewayReadsRemaining: number;
  paymentUrl: string | null;
  transferproofUrl: string | null;
  transferTime: number | null;
  paymentAccountHolder: string | null;
  paymentAccountNumber: string | null;
  financialEntityId: number | null;
  notes: string | null;
  paymentExpirationAt: number | null;
  times: Partial<Record<'draft' | 'pending' | 'confirmed' | 'in_process' | 'ready' | 'shipped' | 'completed' | 'rts' | 'canceled' | 'closed' | 'unpaid' | 'paid', number>>;
  statusHistory: { status: string; timestamp: string }[];
  shipmentStatus: string | null;
  shipmentReceipt: string | null;
  awbStatus: string | null;
  shipmentStatusHistory: { timestamp_source: string | null; status: string | null; description: string | null }[];
  isProbablySpam: boolean;
  createdAt: number;
  updatedAt: number;
  /** Older seeded orders render money as JSON numbers; new ones as strings. */
  moneyAsNumbers: boolean;
  checkoutIntentId: string | null;
}

export interface UploadRecord {
  key: string;
  /** Query signature of the presigned `upload_url`. */
  signature: string;
  orderSlug: string;
  filename: string;
  contentType: string;
  contentLength: number;
  bytes: Uint8Array | null;
  uploadedAt: number | null;
}

// ---- checkout intents and analytics ----

export interface CheckoutIntentRecord {
  id: string;
  formWidgetId: string;
  clientSessionId: string;
  token: string;
  tokenExpiresAt: number;
  /** `cip_` recovery capability, issued when the intent has a trusted `source_url`. */
  prefillToken: string | null;
  prefillExpiresAt: number | null;
  completed: boolean;
  lastSequence: number;
  startedAt: number;
  lastActivityAt: number;
  fields: CheckoutIntentFields;
  items: CheckoutIntentItem[];
  attribution: CheckoutIntentAttribution;
  sourceUrl: string | null;
  cartId: number | null;
  /** Order that completed the intent. */
  orderSecretSlug: string | null;
}

export interface AnalyticsEventRecord {
  provider: 'meta' | 'tiktok' | 'snackvideo';
  body: Record<string, unknown>;
  /** Filled like the relay would: from the observed request. */
  userAgent: string | null;
  at: number;
}

// ---- subscriptions and courses ----

export interface SubscriptionItemRecord {
  id: string;
  variantId: number;
  quantity: number;
  status: 'unactivated' | 'active' | 'pending_downgrade' | 'pending_upgrade' | 'canceled' | 'expired' | 'failed';
  price: number;
  isCancelAtPeriodEnd: boolean;
  activatedAt: number | null;
  canceledAt: number | null;
  expiredAt: number | null;
  insertedAt: number;
  updatedAt: number;
  orderlineId: string | null;
  pendingAction: SubscriptionAction | null;
}

export interface SubscriptionRecord {
  id: string;
  subscriptionId: string;
  customerId: number;
  status: 'unactivated' | 'active' | 'canceled' | 'expired' | 'failed';
  isCancelAtPeriodEnd: boolean;
  interval: 'day' | 'week' | 'month' | 'year';
  intervalCount: number;
  activatedAt: number | null;
  canceledAt: number | null;
  expiredAt: number | null;
  currentPeriodStart: number;
  currentPeriodEnd: number;
  insertedAt: number;
  updatedAt: number;
  orderId: string | null;
  items: SubscriptionItemRecord[];
  latestRenewalInvoice: {
    id: string;
    amount: string | null;
    currency: 'IDR';
    status: 'scheduled' | 'pending' | 'confirmed' | 'completed' | 'failed' | 'replaced' | 'canceled';
    due_date: number | null;
    paid_at: number | null;
    order_id: string | null;
    created_at: number;
  } | null;
}

export interface CourseContentRecord {
  uuid: string;
  title: string;
  text: string | null;
  type: 'video' | 'text' | 'file';
  duration: number | null;
  videoUrl: string | null;
  sequenceOrder: number;
  isShown: boolean;
  isDiscussionActive: boolean;
  isEmailNotificationActive: boolean;
  isNotificationEnabled: boolean;
  insertedAt: number;
  updatedAt: number;
}

export interface CourseSectionRecord {
  uuid: string;
  title: string;
  sequenceOrder: number;
  isShown: boolean;
  insertedAt: number;
  updatedAt: number;
  contents: CourseContentRecord[];
}

export interface CourseRecord {
  variantId: number;
  variantUuid: string;
  productId: number;
  settings: Record<string, unknown>;
  sections: CourseSectionRecord[];
}

export interface CourseAccessRecord {
  customerId: number;
  variantUuid: string;
  /** An expired entitlement answers 403; no entitlement at all answers 404. */
  status: 'active' | 'expired';
}
