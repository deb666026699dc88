import type { StorefrontCustomerFacingOrder, StorefrontMoneyValue, StorefrontPublicOrder } from '../../api/types.js';
import { datePrefix, iso, randomInt, randomLetters, randomToken, stableUuid, uuidV4, uuidV7 } from '../core/ids.js';
import { decimalString, integerString } from '../core/money.js';
import type { MockDatabase } from '../db.js';
import type { CourierServiceRecord, DestinationRecord, LocationRecord, OrderLineRecord, OrderRecord, PaymentMethodRecord } from '../model.js';
import { DEMO_ADDRESSES, DEMO_CUSTOMER_ID, buildOrderSpecs } from '../seed/customers.js';
import { computeTotals, priceItems, type PricedLine } from './checkout.js';
import { completeIntentByToken } from './intents.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface CreateOrderInput {
  lines: PricedLine[];
  customerName: string;
  customerEmail: string;
  customerPhone: string | null;
  customerId: number | null;
  destination: DestinationRecord | null;
  location: LocationRecord | null;
  courierId: unknown;
  paymentMethod: PaymentMethodRecord;
  subPaymentMethod: string | null;
  discountCode: string | null;
  notes: string | null;
  checkoutIntentToken: string | null;
}

/**
 * Creates an order: recomputes every amount from current data (preview values are never inputs),
 * takes the stock, prepares the payment-gateway payload and completes a matching checkout intent.
 */
export function createOrder(db: MockDatabase, input: CreateOrderInput): OrderRecord {
  const now = db.now();
  const totals = computeTotals(db, {
    lines: input.lines,
    location: input.location,
    courierId: input.courierId,
    paymentMethod: input.paymentMethod,
    discountCode: input.discountCode,
  });
  // Manual transfers get a unique code off the total so the store can match the transfer.
  const uniqueCode = input.paymentMethod.code === 'bank_transfer' ? randomInt(1, 499) : 0;
  const order = buildOrder(db, {
    ...input,
    at: now,
    courier: totals.courier,
    secretSlug: randomToken(16).toLowerCase(),
    amounts: {
      productPrice: totals.productPrice,
      productDiscount: totals.productDiscount,
      shippingCost: totals.shippingCost,
      shippingDiscount: totals.shippingDiscount,
      discountCodeDiscount: totals.discountCodeDiscount,
      otherIncome: totals.otherIncome,
      otherIncomeName: totals.otherIncomeName,
      serviceFee: totals.serviceFee,
      uniqueCodeDiscount: uniqueCode,
    },
    discountCode: totals.discount?.eligible ? String(totals.discount.record?.json.code ?? input.discountCode) : null,
    discountAppliedTo: totals.discount?.eligible ? (totals.discount.record?.appliedTo ?? null) : null,
    moneyAsNumbers: false,
  });
  order.gatewayReadsRemaining = isGatewayMethod(input.paymentMethod) ? db.options.gatewayPendingReads : 0;
  takeStock(db, input.lines);
  db.orders.set(order.secretSlug, order);
  if (input.checkoutIntentToken) order.checkoutIntentId = completeIntentByToken(db, input.checkoutIntentToken, order.secretSlug);
  return order;
}

function isGatewayMethod(method: PaymentMethodRecord): boolean {
  return method.kind !== 'manual' && method.kind !== 'cod';
}

function takeStock(db: MockDatabase, lines: PricedLine[]): void {
  const take = (variantId: number, quantity: number) => {
    const variant = db.variants.get(variantId);
    if (variant && variant.stock !== null) variant.stock = Math.max(0, variant.stock - quantity);
  };
  for (const line of lines) {
    if (line.ref.type === 'variant') take(line.ref.id, line.quantity);
    else for (const b of db.bundles.get(line.ref.id)?.detail.bundlelines ?? []) take(b.variant_id, b.quantity * line.quantity);
  }
}

interface BuildInput extends Omit<CreateOrderInput, 'discountCode' | 'courierId' | 'checkoutIntentToken'> {
  at: number;
  courier: CourierServiceRecord | null;
  secretSlug: string;
  amounts: {
    productPrice: number;
    productDiscount: number;
    shippingCost: number;
    shippingDiscount: number;
    discountCodeDiscount: number;
    otherIncome: number;
    otherIncomeName: string | null;
    serviceFee: number;
    uniqueCodeDiscount: number;
  };
  discountCode: string | null;
  discountAppliedTo: string | null;
  moneyAsNumbers: boolean;
}

function buildOrder(db: MockDatabase, input: BuildInput): OrderRecord {
  const { at, amounts, paymentMethod } = input;
  const gross =
    amounts.productPrice -
    amounts.productDiscount -
    amounts.discountCodeDiscount +
    amounts.shippingCost -
    amounts.shippingDiscount +
    amounts.otherIncome +
    amounts.serviceFee -
    amounts.uniqueCodeDiscount;
  const base = db.options.apiBase.replace(/\/+$/, '');
  const order: OrderRecord = {
    id: uuidV7(at),
    legacyId: db.nextId('order'),
    secretSlug: input.secretSlug,
    orderId: `${datePrefix(at)}${randomLetters(5)}`,
    customerId: input.customerId,
    customerName: input.customerName,
    customerEmail: input.customerEmail,
    customerPhone: input.customerPhone,
    status: 'pending',
    paymentStatus: 'unpaid',
    paymentMethod: paymentMethod.code,
    subPaymentMethod: input.subPaymentMethod,
    epaymentProvider: isGatewayMethod(paymentMethod) ? 'xendit' : null,
    lines: input.lines.map((line) => orderLine(line, at)),
    productPrice: amounts.productPrice,
    productDiscount: amounts.productDiscount,
    shippingCost: amounts.shippingCost,
    shippingDiscount: amounts.shippingDiscount,
    otherIncome: amounts.otherIncome,
    otherIncomeName: amounts.otherIncomeName,
    serviceFee: amounts.serviceFee,
    uniqueCodeDiscount: amounts.uniqueCodeDiscount,
    discountCodeDiscount: amounts.discountCodeDiscount,
    discountCodeCode: input.discountCode,
    discountCodeAppliedTo: input.discountAppliedTo,
    grossRevenue: gross,
    courier: input.courier
      ? {
          serviceId: input.courier.id,
          serviceName: input.courier.name,
          serviceCode: input.courier.serviceCode,
          courierName: input.courier.courierName,
          courierCode: input.courier.courierCode,
        }
      : null,
    warehouseUniqueId: input.courier ? db.store.warehouseUniqueId : null,
    destination: input.destination,
    pgPaymentInfo: {},
    gatewayReadsRemaining: 0,
    paymentUrl: isGatewayMethod(paymentMethod) ? `${base}/o/${input.secretSlug}/success` : null,
    transferproofUrl: null,
    transferTime: null,
    paymentAccountHolder: null,
    paymentAccountNumber: null,
    financialEntityId: null,
    notes: input.notes,
    paymentExpirationAt: expiryFor(db, paymentMethod, at),
    times: { pending: at, unpaid: at },
    statusHistory: [{ status: 'pending', timestamp: iso(at) }],
    shipmentStatus: null,
    shipmentReceipt: null,
    awbStatus: input.courier ? 'pending' : null,
    shipmentStatusHistory: [],
    isProbablySpam: false,
    createdAt: at,
    updatedAt: at,
    moneyAsNumbers: input.moneyAsNumbers,
    checkoutIntentId: null,
  };
  order.pgPaymentInfo = gatewayPayload(db, order, paymentMethod, at);
  return order;
}

function orderLine(line: PricedLine, at: number): OrderLineRecord {
  return {
    id: uuidV7(at),
    variantId: line.ref.type === 'variant' ? line.ref.id : null,
    bundleId: line.ref.type === 'bundle_price_option' ? line.ref.id : null,
    variantUniqueId: line.variantUniqueId,
    bundleUniqueId: line.bundleUniqueId,
    productName: line.productName,
    variantName: line.variantName,
    itemType: line.itemType,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    sku: line.sku,
    options: line.options,
    weight: line.unitWeight,
    pricingType: line.pricingType,
    interval: line.interval,
    intervalCount: line.intervalCount,
    isFileEnabled: line.itemType === 'digital',
    isLmsEnabled: line.itemType === 'course',
    isLicenseEnabled: line.itemType === 'license',
  };
}

function expiryFor(db: MockDatabase, method: PaymentMethodRecord, at: number): number | null {
  switch (method.kind) {
    case 'cod':
      return null;
    case 'manual':
      return at + db.store.autoExpireDays * DAY;
    case 'qris':
    case 'ewallet':
      return at + HOUR;
    default:
      return at + DAY;
  }
}

const VA_PREFIX: Record<string, string> = { bca: '3901', bni: '8808', bri: '26215', mandiri: '88908', permata: '8214' };

function digits(count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(randomInt(0, 9));
  return out;
}

/**
 * The buyer-facing gateway payload per method, in the shapes CONTRACT §6 and GUIDES §5 name. Manual
 * methods (`bank_transfer`, `cod`) have none.
 */
export function gatewayPayload(db: MockDatabase, order: OrderRecord, method: PaymentMethodRecord, at: number): Record<string, unknown> {
  const base = db.options.apiBase.replace(/\/+$/, '');
  const expires = iso(order.paymentExpirationAt ?? at + DAY);
  const amount = Math.round(order.grossRevenue);
  const reference = order.orderId;
  switch (method.kind) {
    case 'va': {
      const bank = method.code.slice(3);
      const prefix = VA_PREFIX[bank] ?? '8800';
      return {
        id: `pr-${uuidV4()}`,
        reference_id: reference,
        status: 'PENDING',
        amount,
        payment_method: {
          type: 'VIRTUAL_ACCOUNT',
          reference_id: reference,
          virtual_account: {
            channel_code: bank.toUpperCase(),
            amount,
            channel_properties: {
              virtual_account_number: `${prefix}${digits(16 - prefix.length)}`,
              customer_name: order.customerName.toUpperCase().slice(0, 30),
              expires_at: expires,
            },
          },
        },
      };
    }
    case 'qris': {
      const value = String(amount);
      return {
        id: `pr-${uuidV4()}`,
        reference_id: reference,
        status: 'PENDING',
        qr_string: `00020101021226670016ID.CO.XENDIT.WWW01189360081530000${digits(6)}0215${digits(15)}0303UMI51440014ID.CO.QRIS.WWW0215ID${digits(13)}0303UMI5204581253033605405${value.length.toString().padStart(2, '0')}${value}5802ID5914TOKO NUSANTARA6013JAKARTA PUSAT6105105106304${randomLetters(4)}`,
        expires_at: expires,
      };
    }
    case 'ewallet': {
      if (method.code === 'ovo') {
        // OVO pushes a notification to the buyer's app: no URL to open.
        return { id: `ewc_${uuidV4()}`, reference_id: reference, status: 'PENDING', channel_code: 'ID_OVO', channel_properties: { mobile_number: `+${order.customerPhone ?? '6280000000000'}` }, actions: [] };
      }
      const web = `${base}/__pay/ewallet/${order.secretSlug}`;
      const deeplinks: Record<string, string> = {
        gopay: `gojek://gopay/merchanttransfer?tref=${reference}`,
        dana: `dana://pay?ref=${reference}`,
        shopeepay: `shopeeid://main?apprl=pay&ref=${reference}`,
        linkaja: `linkaja://pay?ref=${reference}`,
      };
      return {
        id: `ewc_${uuidV4()}`,
        reference_id: reference,
        status: 'PENDING',
        channel_code: `ID_${method.code.toUpperCase()}`,
        actions: [
          { action: 'AUTH', url_type: 'WEB', method: 'GET', url: web },
          { action: 'AUTH', url_type: 'MOBILE', method: 'GET', url: `${web}?mobile=1` },
          { action: 'AUTH', url_type: 'DEEPLINK', method: 'GET', url: deeplinks[method.code] ?? web },
        ],
      };
    }
    case 'card':
      return { id: `pr-${uuidV4()}`, reference_id: reference, status: 'PENDING', redirect_url: `${base}/__pay/card/${order.secretSlug}` };
    case 'invoice':
      return { id: `inv-${uuidV4()}`, external_id: reference, status: 'PENDING', invoice_url: `${base}/__pay/invoice/${order.secretSlug}`, expiry_date: expires };
    case 'retail':
      return {
        id: `pr-${uuidV4()}`,
        reference_id: reference,
        status: 'PENDING',
        payment_method: {
          type: 'OVER_THE_COUNTER',
          over_the_counter: {
            channel_code: 'ALFAMART',
            channel_properties: { payment_code: `TKN${digits(9)}`, customer_name: order.customerName, expires_at: expires },
          },
        },
      };
    case 'paylink':
      return { payment_url: `${base}/__pay/link/${order.secretSlug}` };
    default:
      return {};
  }
}

// ---- rendering ----

function money(order: OrderRecord, amount: number, form: 'decimal' | 'integer'): StorefrontMoneyValue {
  if (order.moneyAsNumbers) return amount;
  return form === 'decimal' ? decimalString(amount) : integerString(amount);
}

/** The gateway payload as a reader sees it: empty for the first `gatewayPendingReads` reads. */
function visiblePaymentInfo(order: OrderRecord, consumeRead: boolean): Record<string, unknown> {
  if (order.gatewayReadsRemaining > 0) {
    if (consumeRead) order.gatewayReadsRemaining--;
    return {};
  }
  return order.pgPaymentInfo;
}

function formatRupiah(amount: number): string {
  return Math.round(amount)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function publicBase(db: MockDatabase): string {
  return db.options.apiBase.replace(/\/+$/, '');
}

/**
 * `StorefrontPublicOrder`. `consumeRead` counts the read against `gatewayPendingReads` (GET, PATCH and
 * payment do; the creation reply does not).
 */
export function renderPublicOrder(db: MockDatabase, order: OrderRecord, consumeRead: boolean): StorefrontPublicOrder {
  const base = publicBase(db);
  const store = db.store;
  const variants: Record<string, number> = {};
  const bundles: Record<string, number> = {};
  for (const line of order.lines) {
    const name = line.variantName && line.variantName !== line.productName ? `${line.productName} - ${line.variantName}` : line.productName;
    if (line.bundleId !== null) bundles[name] = (bundles[name] ?? 0) + line.quantity;
    else variants[name] = (variants[name] ?? 0) + line.quantity;
  }
  const out: StorefrontPublicOrder = {
    id: order.id,
    business: { ...store.business },
    secret_slug: order.secretSlug,
    public_order_url: `${base}/o/${order.secretSlug}`,
    payment_url: order.paymentUrl,
    order_id: order.orderId,
    status: order.status,
    payment_status: order.paymentStatus,
    is_probably_spam: order.isProbablySpam,
    draft_time: order.times.draft ? iso(order.times.draft) : null,
    paid_time: order.times.paid ? iso(order.times.paid) : null,
    transfer_time: order.transferTime ? iso(order.transferTime) : null,
    transferproof_url: order.transferproofUrl,
    handler_phone: store.handlerPhone,
    chat_message: `Halo ${store.name}, saya sudah memesan #${order.orderId} sebesar Rp${formatRupiah(order.grossRevenue)}. Mohon diproses ya, terima kasih!`,
    customer_id: order.customerId,
    discount_code_code: order.discountCodeCode,
    page: null,
    gross_revenue: money(order, order.grossRevenue, 'decimal'),
    product_price: money(order, order.productPrice, 'decimal'),
    product_discount: money(order, order.productDiscount, 'integer'),
    shipping_cost: money(order, order.shippingCost, 'integer'),
    shipping_discount: money(order, order.shippingDiscount, 'integer'),
    other_income: money(order, order.otherIncome, 'integer'),
    other_income_name: order.otherIncomeName,
    // Not declared on the order schema (which is open); GUIDES §3 says orders carry the fee computed at creation.
    service_fee: money(order, order.serviceFee, 'integer'),
    unique_code_discount: money(order, order.uniqueCodeDiscount, 'integer'),
    discount_code_discount: money(order, order.discountCodeDiscount, 'integer'),
    pg_payment_info: visiblePaymentInfo(order, consumeRead),
    status_history: order.statusHistory.map((h) => ({ ...h })),
    payment_method: order.paymentMethod,
    sub_payment_method: order.subPaymentMethod,
    epayment_provider: order.epaymentProvider,
    payment_account_holder: order.paymentAccountHolder,
    payment_account_number: order.paymentAccountNumber,
    shipment_status_history: order.shipmentStatusHistory.map((h) => ({ ...h })),
    shipment_receipt: order.shipmentReceipt,
    courier_service: order.courier ? { name: order.courier.serviceName, courier: { name: order.courier.courierName } } : null,
    variants,
    bundle_price_options: bundles,
    orderlines: order.lines.map((line) => ({
      quantity: line.quantity,
      product_name: line.productName,
      item_type: line.itemType,
      variant_option1_value: line.options[0],
      variant_option2_value: line.options[1],
      variant_option3_value: line.options[2],
      variant_price: money(order, line.unitPrice, 'decimal'),
    })),
    payment_expiration_at: order.paymentExpirationAt !== null ? iso(order.paymentExpirationAt) : null,
    store_custom_domain: { full_url: store.customDomain },
    store: {
      name: store.name,
      payment_accounts: db.paymentAccounts.map((a) => ({
        id: a.id,
        account_holder: a.accountHolder,
        account_number: a.accountNumber,
        method: a.method,
        financial_entity: { id: a.financialEntity.id, code: a.financialEntity.code, name: a.financialEntity.name },
      })),
      custom_domain: { full_url: store.customDomain },
      days_of_payment_processing: store.daysOfPaymentProcessing,
      is_auto_expire: store.isAutoExpire,
      auto_expire_days: store.autoExpireDays,
      is_show_whatsapp: store.isShowWhatsapp,
      is_show_download_invoice: store.isShowDownloadInvoice,
    },
    destination_address: order.destination
      ? {
          name: order.destination.name,
          phone: order.destination.phone,
          address: order.destination.address,
          subdistrict: order.destination.subdistrict,
          city: order.destination.city,
          province: order.destination.province,
        }
      : null,
    customer: { email: order.customerEmail },
  };
  if (db.options.includeRedirectUrl) {
    // The store's After Checkout setting is unset, so every method falls back to the hosted payment
    // instructions page; a Payment Link order opens the Payment Link page.
    out.redirect_url = order.paymentMethod === 'payment_link' ? String(order.pgPaymentInfo['payment_url']) : `${base}/o/${order.secretSlug}/success`;
  }
  return out;
}

/** `StorefrontCustomerFacingOrder` (closed: only the declared fields, plus `sub_payment_method` per D5). */
export function renderCustomerOrder(db: MockDatabase, order: OrderRecord): StorefrontCustomerFacingOrder {
  const base = publicBase(db);
  const store = db.store;
  const customer = order.customerId !== null ? db.customers.get(order.customerId) : undefined;
  const time = (key: keyof OrderRecord['times']) => (order.times[key] ? iso(order.times[key]!) : null);
  const finalVariants: Record<string, number> = {};
  for (const line of order.lines) finalVariants[line.productName] = (finalVariants[line.productName] ?? 0) + line.quantity;
  const totalWeight = order.lines.reduce((s, l) => s + l.weight * l.quantity, 0);
  return {
    id: order.id,
    secret_slug: order.secretSlug,
    public_order_url: `${base}/o/${order.secretSlug}`,
    payment_url: order.paymentUrl,
    order_id: order.orderId,
    store: {
      name: store.name,
      logo: store.logo,
      unique_id: store.uniqueId,
      payment_accounts: db.paymentAccounts.map((a) => ({
        id: a.id,
        unique_id: a.uniqueId,
        method: a.method,
        account_holder: a.accountHolder,
        account_number: a.accountNumber,
        financial_entity: {
          id: a.financialEntity.id,
          code: a.financialEntity.code,
          entity_type: a.financialEntity.entityType,
          name: a.financialEntity.name,
          platform: null,
          duitku_code: null,
          xendit_code: a.financialEntity.code.toUpperCase(),
        },
      })),
      days_of_payment_processing: store.daysOfPaymentProcessing,
      is_auto_expire: store.isAutoExpire,
      auto_expire_days: store.autoExpireDays,
      is_show_whatsapp: store.isShowWhatsapp,
      is_show_download_invoice: store.isShowDownloadInvoice,
    },
    customer: {
      id: customer?.id,
      email: customer?.email ?? order.customerEmail,
      phone: customer?.phone ?? order.customerPhone,
      name: customer?.name ?? order.customerName,
      confirmed_at: customer?.confirmedAt ? iso(customer.confirmedAt) : null,
      created_at: customer ? iso(customer.createdAt) : null,
      last_updated_at: customer ? iso(customer.lastUpdatedAt) : null,
      status: customer?.status ?? null,
    },
    status: order.status,
    draft_time: time('draft'),
    pending_time: time('pending'),
    confirmed_time: time('confirmed'),
    in_process_time: time('in_process'),
    ready_time: time('ready'),
    shipped_time: time('shipped'),
    completed_time: time('completed'),
    rts_time: time('rts'),
    canceled_time: time('canceled'),
    closed_time: time('closed'),
    unpaid_time: time('unpaid'),
    paid_time: time('paid'),
    transfer_time: order.transferTime ? iso(order.transferTime) : null,
    created_at: iso(order.createdAt),
    last_updated_at: iso(order.updatedAt),
    status_history: order.statusHistory.map((h) => ({ ...h })),
    payment_status: order.paymentStatus,
    payment_method: order.paymentMethod,
    sub_payment_method: order.subPaymentMethod,
    payment_account_holder: order.paymentAccountHolder,
    payment_account_number: order.paymentAccountNumber,
    transferproof_url: order.transferproofUrl,
    pg_payment_info: visiblePaymentInfo(order, true),
    total_quantity: order.lines.reduce((s, l) => s + l.quantity, 0),
    unique_code_discount: money(order, order.uniqueCodeDiscount, 'integer'),
    discount_code_discount: money(order, order.discountCodeDiscount, 'integer'),
    discount_code_code: order.discountCodeCode,
    discount_code_applied_to: order.discountCodeAppliedTo,
    product_price: money(order, order.productPrice, 'decimal'),
    product_discount: money(order, order.productDiscount, 'integer'),
    other_income_name: order.otherIncomeName,
    other_income: money(order, order.otherIncome, 'integer'),
    gross_revenue: money(order, order.grossRevenue, 'decimal'),
    shipping_cost: money(order, order.shippingCost, 'integer'),
    shipping_discount: money(order, order.shippingDiscount, 'integer'),
    destination_address: order.destination
      ? {
          name: order.destination.name,
          phone: order.destination.phone,
          location: order.destination.locationId ?? undefined,
          address: order.destination.address,
          subdistrict: order.destination.subdistrict,
          city: order.destination.city,
          province: order.destination.province,
          postal_code: order.destination.postalCode,
        }
      : null,
    final_variants: finalVariants,
    product_weight: totalWeight,
    total_weight: totalWeight,
    is_dropshipping: false,
    courier_service: order.courier
      ? {
          id: order.courier.serviceId,
          name: order.courier.serviceName,
          code: order.courier.serviceCode,
          courier: { id: courierId(order.courier.courierCode), name: order.courier.courierName, code: order.courier.courierCode },
        }
      : null,
    shipment_receipt: order.shipmentReceipt,
    shipment_status: order.shipmentStatus,
    awb_status: order.awbStatus,
    shipment_status_history: order.shipmentStatusHistory.map((h) => ({ ...h })),
    orderlines: order.lines.map((line) => ({
      id: line.id,
      quantity: line.quantity,
      variant: line.variantId,
      product_name: line.productName,
      item_type: line.itemType,
      is_file_enabled: line.isFileEnabled,
      is_lms_enabled: line.isLmsEnabled,
      is_license_enabled: line.isLicenseEnabled,
      currency: 'IDR',
      pricing_type: line.pricingType,
      interval: line.interval,
      interval_count: line.intervalCount,
      variant_sku: line.sku,
      variant_option1_value: line.options[0],
      variant_option2_value: line.options[1],
      variant_option3_value: line.options[2],
      variant_price: money(order, line.unitPrice, 'decimal'),
      product_price: money(order, line.unitPrice * line.quantity, 'decimal'),
      discount: money(order, 0, 'integer'),
      discount_code_discount: money(order, 0, 'integer'),
      weight: line.weight,
    })),
    notes: order.notes,
  };
}

function courierId(code: string): number {
  return { jne: 1, jnt: 2, sicepat: 3, anteraja: 4 }[code] ?? 9;
}

// ---- seed ----

/** Builds the demo customer's order history (prices from the current catalogue; stock untouched). */
export function seedOrders(db: MockDatabase): void {
  const now = db.now();
  const customer = db.customers.get(DEMO_CUSTOMER_ID)!;
  const home = DEMO_ADDRESSES[0]!;
  const location = db.locations.get(home.locationId)!;
  for (const spec of buildOrderSpecs()) {
    const at = now - Math.round(spec.daysAgo * DAY);
    const method = db.paymentMethods.find((m) => m.code === spec.paymentMethod)!;
    const lines = priceItems(
      db,
      spec.lines.map(([ref, quantity]) =>
        typeof ref === 'number'
          ? { ref: { type: 'variant' as const, id: ref }, quantity }
          : { ref: { type: 'bundle_price_option' as const, id: Number(ref.slice(2)) }, quantity },
      ),
      undefined,
      false,
    );
    const physical = lines.some((l) => l.physical);
    const totals = computeTotals(db, { lines, location, courierId: physical ? spec.courierId : null, paymentMethod: method, discountCode: null });
    const order = buildOrder(db, {
      lines,
      customerName: customer.name,
      customerEmail: customer.email,
      customerPhone: customer.phone,
      customerId: customer.id,
      destination: physical
        ? {
            name: customer.name,
            phone: customer.phone,
            address: home.address,
            subdistrict: location.subdistrict,
            city: location.city,
            province: location.province,
            postalCode: home.postalCode,
            locationId: location.id,
          }
        : null,
      location: physical ? location : null,
      paymentMethod: method,
      subPaymentMethod: null,
      notes: null,
      at,
      courier: totals.courier,
      secretSlug: spec.slug,
      amounts: {
        productPrice: totals.productPrice,
        productDiscount: 0,
        shippingCost: totals.shippingCost,
        shippingDiscount: 0,
        discountCodeDiscount: 0,
        otherIncome: totals.otherIncome,
        otherIncomeName: totals.otherIncomeName,
        serviceFee: totals.serviceFee,
        uniqueCodeDiscount: method.code === 'bank_transfer' ? 100 + (spec.slug.charCodeAt(5) % 300) : 0,
      },
      discountCode: null,
      discountAppliedTo: null,
      moneyAsNumbers: spec.moneyAsNumbers,
    });
    order.id = stableUuid(`order:${spec.slug}`);
    applySeedStatus(order, spec.status, spec.paymentStatus, at, spec.shipmentReceipt ?? null);
    db.orders.set(order.secretSlug, order);
  }
}

/** Walks a seeded order through the workflow up to its status, with plausible timestamps. */
function applySeedStatus(order: OrderRecord, status: string, paymentStatus: OrderRecord['paymentStatus'], at: number, receipt: string | null): void {
  const steps: Record<string, string[]> = {
    pending: [],
    confirmed: ['confirmed'],
    in_process: ['confirmed', 'in_process'],
    shipped: ['confirmed', 'in_process', 'ready', 'shipped'],
    completed: ['confirmed', 'in_process', 'ready', 'shipped', 'completed'],
    rts: ['confirmed', 'in_process', 'ready', 'shipped', 'rts'],
    canceled: ['canceled'],
  };
  const digital = order.lines.every((l) => l.itemType !== 'physical');
  let t = at;
  if (paymentStatus === 'paid') {
    t += 2 * HOUR;
    order.paymentStatus = 'paid';
    order.times.paid = t;
    if (order.paymentMethod === 'bank_transfer') {
      order.transferTime = t - HOUR;
      order.transferproofUrl = `https://cdn.scalev.test/transfer-proofs/${order.secretSlug}.jpg`;
    }
  }
  for (const step of steps[status] ?? []) {
    if (digital && ['in_process', 'ready', 'shipped'].includes(step)) continue;
    t += step === 'shipped' ? DAY : 3 * HOUR;
    order.times[step as keyof OrderRecord['times']] = t;
    order.statusHistory.push({ status: step, timestamp: iso(t) });
  }
  order.status = status;
  order.updatedAt = t;
  if (status === 'canceled') order.paymentExpirationAt = at + DAY;
  if (order.courier && ['shipped', 'completed', 'rts'].includes(status)) {
    order.shipmentReceipt = receipt;
    order.awbStatus = 'created';
    order.shipmentStatus = status === 'completed' ? 'delivered' : status === 'rts' ? 'returned' : 'in_transit';
    const shippedAt = order.times.shipped ?? t;
    order.shipmentStatusHistory = [
      { timestamp_source: iso(shippedAt), status: 'picked_up', description: 'Paket diambil kurir dari gudang Jakarta' },
      { timestamp_source: iso(shippedAt + 10 * HOUR), status: 'in_transit', description: 'Paket dalam perjalanan ke kota tujuan' },
    ];
    if (status === 'completed') {
      order.shipmentStatusHistory.push({ timestamp_source: iso(order.times.completed ?? t), status: 'delivered', description: 'Paket diterima oleh BUDI (YBS)' });
    }
  } else if (order.courier && status !== 'canceled') {
    order.awbStatus = status === 'pending' ? 'pending' : 'waiting';
  } else if (status === 'canceled') {
    order.awbStatus = order.courier ? 'canceled' : null;
  }
}
