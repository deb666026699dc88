import type { StorefrontBundlePriceOptionDetail, StorefrontProductDetail } from '../api/types.js';
import { iso, stableUuid } from './core/ids.js';
import type {
  AddressRecord,
  AnalyticsEventRecord,
  BundleRecord,
  CartRecord,
  CatalogEntry,
  CheckoutIntentRecord,
  CourierServiceRecord,
  CourseAccessRecord,
  CourseRecord,
  CustomerRecord,
  DiscountCodeRecord,
  LocationRecord,
  OrderRecord,
  OtpRecord,
  PasswordResetRecord,
  PaymentAccountRecord,
  PaymentMethodRecord,
  ProductRecord,
  StoreRecord,
  SubscriptionRecord,
  TokenRecord,
  UploadRecord,
  VariantRecord,
} from './model.js';
import { buildCourseAccess, buildCourseProgress, buildCourses, buildSeedIntent, buildSubscriptions } from './seed/account.js';
import { BUNDLES, BUNDLE_LISTING_POSITIONS, PRODUCTS } from './seed/catalog.js';
import { DEMO_ADDRESSES, DEMO_CUSTOMER_ID, buildCustomers } from './seed/customers.js';
import { buildLocations } from './seed/locations.js';
import { buildCouriers, buildDiscountCodes, buildPaymentAccounts, buildPaymentMethods, buildStore } from './seed/store.js';
import {
  bundleFromInput,
  bundleFromSeed,
  generatedProduct,
  productFromInput,
  productFromSeed,
  renderBundleDetail,
  renderProductDetail,
  type BundleInput,
  type ProductInput,
} from './services/catalog.js';
import { seedOrders } from './services/orders.js';
import type { ResolvedMockOptions } from './types.js';

type Counter = 'product' | 'variant' | 'bundle' | 'cart' | 'cartLine' | 'address' | 'order' | 'customer';

const COUNTER_START: Record<Counter, number> = {
  product: 300000,
  variant: 990000,
  bundle: 39000,
  cart: 70001,
  cartLine: 1,
  address: 900,
  order: 7012000,
  customer: 6000,
};

/**
 * The mock's state and its test controls. Everything is rebuilt from the seed by `seed()`
 * (`MockScalev.reset()` calls it). Maps are public so tests can inspect and adjust state directly.
 */
export class MockDatabase {
  readonly options: ResolvedMockOptions;

  store!: StoreRecord;
  paymentMethods!: PaymentMethodRecord[];
  paymentAccounts!: PaymentAccountRecord[];
  couriers!: CourierServiceRecord[];
  /** By upper-case code. */
  discountCodes!: Map<string, DiscountCodeRecord>;

  products!: Map<number, ProductRecord>;
  productsBySlug!: Map<string, ProductRecord>;
  variants!: Map<number, VariantRecord>;
  bundles!: Map<number, BundleRecord>;
  bundlesBySlug!: Map<string, BundleRecord>;
  /** Listing order of `/public/items`. */
  catalog!: CatalogEntry[];

  locations!: Map<number, LocationRecord>;
  zoneByProvince!: Map<number, number>;

  /** Guest carts by guest token. */
  guestCarts!: Map<string, CartRecord>;
  /** Customer carts by customer id. */
  customerCarts!: Map<number, CartRecord>;

  customers!: Map<number, CustomerRecord>;
  addresses!: Map<number, AddressRecord>;
  tokens!: Map<string, TokenRecord>;
  /** Refresh-token families revoked by reuse, blacklist or password reset. */
  revokedFamilies!: Set<string>;
  otps!: OtpRecord[];
  passwordResets!: PasswordResetRecord[];

  /** Orders by `secret_slug`. */
  orders!: Map<string, OrderRecord>;
  /** Transfer-proof uploads by storage key. */
  uploads!: Map<string, UploadRecord>;
  /** What the three conversion relays accepted. */
  analyticsEvents!: AnalyticsEventRecord[];
  /** Checkout intents by id. */
  checkoutIntents!: Map<string, CheckoutIntentRecord>;

  subscriptions!: Map<string, SubscriptionRecord>;
  courses!: CourseRecord[];
  courseAccess!: CourseAccessRecord[];
  /** `${customerId}:${contentUuid}` → progress. */
  courseProgress!: Map<string, { progress: number; updatedAt: number }>;

  private counters!: Record<Counter, number>;

  constructor(options: ResolvedMockOptions) {
    this.options = options;
    this.seed();
  }

  now(): number {
    return this.options.now();
  }

  nextId(counter: Counter): number {
    return this.counters[counter]++;
  }

  /** URL of a seeded image (`<imageBase>/<name>/600/600`). */
  imageUrl(name: string): string {
    return `${this.options.imageBase.replace(/\/+$/, '')}/${encodeURIComponent(name)}/600/600`;
  }

  /** Rebuilds every collection from the seed. */
  seed(): void {
    const now = this.now();
    const image = (name: string) => this.imageUrl(name);
    this.counters = { ...COUNTER_START };
    this.store = buildStore(this.options.storeId, this.options.storefrontKey, image);
    this.paymentMethods = buildPaymentMethods();
    this.paymentAccounts = buildPaymentAccounts();
    this.couriers = buildCouriers();
    this.discountCodes = new Map(buildDiscountCodes(now).map((d) => [String(d.json.code).toUpperCase(), d]));

    this.products = new Map();
    this.productsBySlug = new Map();
    this.variants = new Map();
    this.bundles = new Map();
    this.bundlesBySlug = new Map();
    this.catalog = [];
    for (const seed of PRODUCTS) {
      const record = productFromSeed(seed, image, now);
      this.storeProduct(record, new Map(seed.variants.map((v) => [v.id, v.stock])));
    }
    for (const seed of BUNDLES) this.storeBundle(bundleFromSeed(seed, this, image, now));
    this.catalog = orderListing(this.catalog);
    const padding = Math.max(0, this.options.itemCount - this.catalog.filter((e) => e.record.listed).length);
    for (let i = 0; i < padding; i++) {
      const seed = generatedProduct(i);
      this.storeProduct(productFromSeed(seed, image, now), new Map(seed.variants.map((v) => [v.id, v.stock])));
    }

    const { locations, zoneByProvince } = buildLocations();
    this.locations = new Map(locations.map((l) => [l.id, l]));
    this.zoneByProvince = zoneByProvince;

    this.guestCarts = new Map();
    this.customerCarts = new Map();
    this.customers = new Map(buildCustomers(now).map((c) => [c.id, c]));
    this.addresses = new Map(DEMO_ADDRESSES.map((a) => [a.id, { ...a }]));
    this.tokens = new Map();
    this.revokedFamilies = new Set();
    this.otps = [];
    this.passwordResets = [];
    this.orders = new Map();
    this.uploads = new Map();
    this.analyticsEvents = [];
    const intent = buildSeedIntent(now);
    this.checkoutIntents = new Map([[intent.id, intent]]);
    this.subscriptions = new Map(buildSubscriptions(now).map((s) => [s.id, s]));
    this.courses = buildCourses(now);
    this.courseAccess = buildCourseAccess();
    this.courseProgress = new Map();
    for (const [key, progress] of buildCourseProgress()) {
      this.courseProgress.set(`${DEMO_CUSTOMER_ID}:${stableUuid(`course-content:${key}`)}`, { progress, updatedAt: now - 20 * 86_400_000 });
    }
    seedOrders(this);
  }

  private storeProduct(record: ProductRecord, stocks: Map<number, number | null>): void {
    this.products.set(record.detail.id, record);
    this.productsBySlug.set(record.detail.slug, record);
    for (const json of record.detail.variants ?? []) {
      if (typeof json.id !== 'number') continue;
      this.variants.set(json.id, { id: json.id, product: record, json, stock: stocks.get(json.id) ?? null });
    }
    this.catalog.push({ kind: 'product', record });
  }

  private storeBundle(record: BundleRecord): void {
    this.bundles.set(record.detail.id, record);
    this.bundlesBySlug.set(record.detail.slug, record);
    this.catalog.push({ kind: 'bundle', record });
  }

  // ---- test controls ----

  /**
   * Adds a product exactly as given (odd data included: string or number prices, `price_range: null`,
   * no images, long names, HTML in names and descriptions) and returns what `GET /public/products/{slug}`
   * will answer. Variants take an optional `available_qty` (omitted = unlimited).
   */
  addProduct(input: ProductInput = {}): StorefrontProductDetail {
    const { record, stocks } = productFromInput(this, input);
    this.storeProduct(record, stocks);
    return renderProductDetail(this, record);
  }

  /** Adds a bundle price option whose `bundlelines` name existing variants; returns its detail. */
  addBundle(input: BundleInput): StorefrontBundlePriceOptionDetail {
    const record = bundleFromInput(this, input);
    this.storeBundle(record);
    return renderBundleDetail(this, record);
  }

  /** Sets a variant's stock (`null` = unlimited). */
  setStock(variantId: number, quantity: number | null): void {
    const variant = this.variants.get(variantId);
    if (!variant) throw new Error(`No variant ${variantId}`);
    variant.stock = quantity;
  }

  /** Removes a product from the store (its variants become "deleted" for carts and intents). */
  removeProduct(productId: number): void {
    const record = this.products.get(productId);
    if (!record) return;
    this.products.delete(productId);
    this.productsBySlug.delete(record.detail.slug);
    for (const v of record.detail.variants ?? []) if (typeof v.id === 'number') this.variants.delete(v.id);
    this.catalog = this.catalog.filter((e) => e.record !== record);
  }

  customerByEmail(email: string): CustomerRecord | undefined {
    const wanted = email.trim().toLowerCase();
    for (const customer of this.customers.values()) if (customer.email.toLowerCase() === wanted) return customer;
    return undefined;
  }

  /** The customer's cart (created empty on first use); null for an unknown email. */
  customerCart(email: string): CartRecord | null {
    const customer = this.customerByEmail(email);
    return customer ? this.cartOfCustomer(customer.id) : null;
  }

  cartOfCustomer(customerId: number): CartRecord {
    let cart = this.customerCarts.get(customerId);
    if (!cart) {
      cart = { id: this.nextId('cart'), token: null, customerId, lines: [], updatedAt: this.now() };
      this.customerCarts.set(customerId, cart);
    }
    return cart;
  }

  /** The last OTP sent to an email (for tests and the demo); null when none was sent. */
  lastOtp(email: string): string | null {
    const wanted = email.trim().toLowerCase();
    for (let i = this.otps.length - 1; i >= 0; i--) if (this.otps[i]!.email === wanted) return this.otps[i]!.code;
    return null;
  }

  /** The token of the last reset email sent to an address; null when none was (unknown emails get none). */
  lastPasswordResetToken(email: string): string | null {
    const wanted = email.trim().toLowerCase();
    for (let i = this.passwordResets.length - 1; i >= 0; i--) {
      if (this.passwordResets[i]!.email === wanted) return this.passwordResets[i]!.token;
    }
    return null;
  }

  /** Settles an order as the payment gateway would. */
  markOrderPaid(secretSlug: string): OrderRecord {
    const order = this.requireOrder(secretSlug);
    const now = this.now();
    order.paymentStatus = 'paid';
    order.times.paid = now;
    order.gatewayReadsRemaining = 0;
    const digitalOnly = order.lines.every((l) => l.itemType !== 'physical');
    const status = digitalOnly ? 'completed' : 'confirmed';
    order.status = status;
    order.times[status] = now;
    order.statusHistory.push({ status, timestamp: iso(now) });
    order.updatedAt = now;
    return order;
  }

  /** Lets an unpaid order run out of time: cancelled, past its payment deadline. */
  expireOrder(secretSlug: string): OrderRecord {
    const order = this.requireOrder(secretSlug);
    const now = this.now();
    order.status = 'canceled';
    order.times.canceled = now;
    order.paymentExpirationAt = now - 1000;
    order.statusHistory.push({ status: 'canceled', timestamp: iso(now) });
    order.updatedAt = now;
    return order;
  }

  /** Finds a location by subdistrict name (and optionally city), e.g. `findLocation('Kuta')`. */
  findLocation(subdistrict: string, city?: string): LocationRecord | undefined {
    for (const location of this.locations.values()) {
      if (location.subdistrict === subdistrict && (city === undefined || location.city === city)) return location;
    }
    return undefined;
  }

  private requireOrder(secretSlug: string): OrderRecord {
    const order = this.orders.get(secretSlug);
    if (!order) throw new Error(`No order ${secretSlug}`);
    return order;
  }
}

/** Interleaves bundles among the products at their listing positions. */
function orderListing(entries: CatalogEntry[]): CatalogEntry[] {
  const products = entries.filter((e) => e.kind === 'product');
  const bundles = entries.filter((e) => e.kind === 'bundle');
  const out: CatalogEntry[] = [...products];
  const placed = bundles
    .map((b) => ({ entry: b, at: BUNDLE_LISTING_POSITIONS[b.record.detail.id] ?? out.length }))
    .sort((a, b) => a.at - b.at);
  for (const { entry, at } of placed) out.splice(Math.min(at, out.length), 0, entry);
  return out;
}
