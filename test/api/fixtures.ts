/** Contract-shaped answers (CONTRACT.md §2–§15) used by the request tests. */
import type {
  CheckoutIntentCapture,
  CheckoutIntentPrefillResponse,
  CustomerAddress,
  CustomerAuthTokenResponseBody,
  CustomerCheckoutPaymentMethodsResponse,
  CustomerCourseAccessResponse,
  CustomerCourseContent,
  CustomerCourseSection,
  CustomerProfileResponse,
  GuestCart,
  StorefrontBundlePriceOptionCard,
  StorefrontBundlePriceOptionDetail,
  StorefrontCheckoutSummaryResponse,
  StorefrontCustomerFacingOrder,
  StorefrontDiscountCodeCheckResponse,
  StorefrontLocation,
  StorefrontProductCard,
  StorefrontProductDetail,
  StorefrontPublicOrder,
  StorefrontPublicOrderTransferProofUpload,
  StorefrontShippingOption,
  Subscription,
  Subscription2,
  VariantSubscription,
} from '../../src/api/types.js';

export const API_BASE = 'https://api.scalev.test';
export const STORE_ID = 'store_TEST01';
export const STOREFRONT_KEY = 'sfpk_test_publishable';
export const GUEST_TOKEN = '7e7f8c12-2e1d-4b31-97ad-5ca4f8d1c2d0';
export const ROTATED_GUEST_TOKEN = '0b5e2c1a-8d0f-4d6e-9a57-1f4f5a6b7c8d';
export const ACCESS_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.access.sig';
export const INTENT_TOKEN = 'cit_0123456789abcdef';
export const PREFILL_TOKEN = 'cip_fedcba9876543210';
export const INTENT_ID = '01890a5d-ac96-774b-bcce-b302099a8057';
export const ORDER_UUID = '01890a5d-ac96-774b-bcce-b302099a8058';
export const SECRET_SLUG = 's3cr3t-slug';

export const productCard: StorefrontProductCard = {
  id: 101,
  slug: 'kopi-gayo',
  name: 'Kopi Gayo',
  entity_type: 'product',
  item_type: 'physical',
  in_stock: true,
  price_range: { min: '85000.00', max: '125000.00' },
  images: ['https://cdn.scalev.test/kopi.jpg'],
};

export const bundleCard: StorefrontBundlePriceOptionCard = {
  id: 31925,
  bundle_price_option_id: 31925,
  bundle_id: 77,
  slug: 'paket-hemat',
  name: 'Paket Hemat',
  entity_type: 'bundle_price_option',
  in_stock: true,
  price_range: { min: 200000, max: 200000 },
  images: [],
};

export const itemsEnvelope = {
  data: [productCard, bundleCard],
  is_paginated: true as const,
  has_next: true,
  has_previous: false,
  next_cursor: 'cursor-2',
  previous_cursor: null,
  page_size: 2,
};

export const productDetail: StorefrontProductDetail = {
  ...productCard,
  rich_description: '<p>Arabika</p>',
  variants: [{ id: 11, unique_id: 'var_11', name: '250 g', price: '125000.00', item_type: 'physical' }],
};

export const bundleDetail: StorefrontBundlePriceOptionDetail = {
  ...bundleCard,
  bundle_name: 'Paket',
  bundle_price_option_name: 'Hemat',
  price: '200000.00',
  bundlelines: [{ variant_id: 11, quantity: 2 }],
};

export const location: StorefrontLocation = {
  id: 9089,
  subdistrict_name: 'Cempaka Putih',
  city_name: 'Kota Jakarta Pusat',
  province_name: 'DKI Jakarta',
  display: 'Cempaka Putih, Kota Jakarta Pusat, DKI Jakarta',
};

export const guestCart: GuestCart = {
  id: 5,
  item_count: 3,
  total: '325000.00',
  items: [
    { id: 31, type: 'variant', variant_id: 11, bundle_price_option_id: null, quantity: 1 },
    {
      id: 32,
      type: 'bundle_price_option',
      variant_id: null,
      bundle_price_option_id: 31925,
      bundle_price_option_slug: 'paket-hemat',
      quantity: 2,
    },
  ],
};

export const shippingOption: StorefrontShippingOption = {
  courier_service_id: 12,
  courier_code: 'jne',
  service_code: 'REG',
  name: 'Regular',
  cost: '12000',
  etd: '2-3',
  is_cod: false,
  warehouse_unique_id: 'wh_1',
  courier_aggregator_code: null,
};

export const summary: StorefrontCheckoutSummaryResponse = {
  product_price: '125000.00',
  shipping_cost: '12000',
  other_income: '6500',
  other_income_name: 'Biaya Penanganan',
  service_fee: '3500',
  gross_revenue: '147000.00',
};

export const discountCheck: StorefrontDiscountCodeCheckResponse = {
  discount_code: { id: 1, code: 'SAVE10', amount_type: 'percentage', percentage: '10' },
  eligibility_details: {},
  is_eligible: true,
  discount_code_discount: '12500',
};

export const publicOrder: StorefrontPublicOrder = {
  id: ORDER_UUID,
  secret_slug: SECRET_SLUG,
  public_order_url: `https://shop.scalev.test/o/${SECRET_SLUG}`,
  payment_url: null,
  redirect_url: `https://shop.scalev.test/o/${SECRET_SLUG}/success`,
  order_id: '240101ABCD',
  status: 'pending',
  payment_status: 'unpaid',
  gross_revenue: '147000.00',
  product_price: '125000.00',
  shipping_cost: '12000',
  pg_payment_info: {},
  payment_method: 'bank_transfer',
  orderlines: [{ quantity: 1, product_name: 'Kopi Gayo', variant_price: '125000.00' }],
};

export const transferProofUpload: StorefrontPublicOrderTransferProofUpload = {
  key: 'proofs/abc.png',
  filename: 'bukti.png',
  content_type: 'image/png',
  size_in_bytes: 2048,
  file_url: 'https://files.scalev.test/proofs/abc.png',
  upload_url: 'https://storage.scalev.test/proofs/abc.png?X-Signature=secret',
};

export const intentCapture: CheckoutIntentCapture = {
  id: INTENT_ID,
  form_widget_id: 'storefront-checkout',
  checkout_intent_token: INTENT_TOKEN,
  status: 'active',
  last_sequence: 0,
  started_at: '2026-01-01T00:00:00Z',
  last_activity_at: '2026-01-01T00:00:00Z',
  expires_at: '2026-01-02T00:00:00Z',
};

export const prefill: CheckoutIntentPrefillResponse = {
  data: {
    name: 'Budi',
    email: 'budi@example.com',
    phone: '6281234567890',
    fullPhoneNumber: '+6281234567890',
    address: 'Jl. Demo 3',
    province: 'DKI Jakarta',
    city: 'Kota Jakarta Pusat',
    subdistrict: 'Cempaka Putih',
    postalCodeSelected: '10510',
    payment_method: 'bank_transfer',
    sub_payment_method: null,
    notes: null,
    discountCode: null,
    destination_subdistrict_id: 9089,
    checkout_intent: {
      id: INTENT_ID,
      fields: { customer_name: 'Budi' },
      items: [
        { type: 'variant', variant_id: 11, quantity: 1, available: false, is_available: false, unavailable_reason: 'out_of_stock' },
      ],
    },
  },
};

export const tokens: CustomerAuthTokenResponseBody = {
  access: ACCESS_TOKEN,
  refresh: 'refresh.jwt',
  token_type: 'Bearer',
  expires_in: 900,
  refresh_expires_in: 2592000,
};

export const profile: CustomerProfileResponse = {
  customer: { id: 1, email: 'budi@example.com', name: 'Budi', phone: '6281234567890' },
  store: { unique_id: STORE_ID, name: 'Toko Demo', is_customer_otp_required: false },
  is_generated_password_reset: false,
};

export const address: CustomerAddress = {
  id: 3,
  name: 'Budi',
  phone: '6281234567890',
  email: 'budi@example.com',
  location: { id: 9089, subdistrict_name: 'Cempaka Putih', city_name: 'Kota Jakarta Pusat', province_name: 'DKI Jakarta' },
  address: 'Jl. Demo 3',
  postal_code: '10510',
  notes: null,
};

export const addressesEnvelope = {
  data: [address],
  is_paginated: true as const,
  has_next: false,
  has_previous: false,
  next_cursor: null,
  previous_cursor: null,
  page_size: 25,
};

export const customerPaymentMethods: CustomerCheckoutPaymentMethodsResponse = {
  payment_methods: ['bank_transfer', 'va_bca'],
  payment_accounts: [
    {
      id: 1,
      method: 'bank_transfer',
      account_number: '1234567890',
      account_holder: 'Toko Demo',
      financial_entity_code: 'bca',
      financial_entity_name: 'BCA',
    },
  ],
};

export const customerOrder: StorefrontCustomerFacingOrder = {
  id: ORDER_UUID,
  secret_slug: SECRET_SLUG,
  public_order_url: null,
  payment_url: null,
  order_id: '240101ABCD',
  store: { name: 'Toko Demo', unique_id: STORE_ID },
  customer: { email: 'budi@example.com' },
  status: 'completed',
  payment_status: 'paid',
  payment_method: 'bank_transfer',
  pg_payment_info: {},
  product_price: '125000.00',
  gross_revenue: '147000.00',
  shipping_cost: '12000',
  final_variants: { 'Kopi Gayo': 1 },
  orderlines: [{ quantity: 1, product_name: 'Kopi Gayo', is_lms_enabled: false }],
};

export const ordersEnvelope = {
  data: [customerOrder],
  is_paginated: true as const,
  has_next: true,
  has_previous: true,
  next_cursor: 'orders-3',
  previous_cursor: 'orders-1',
  page_size: 1,
};

export const subscription: Subscription = {
  id: '01890a5d-0000-7000-8000-000000000001',
  status: 'active',
  is_cancel_at_period_end: false,
  interval: 'month',
  interval_count: 1,
  subscription_items: [{ id: '01890a5d-0000-7000-8000-0000000000a1', quantity: 1, status: 'active', unit_price: 99000 }],
};

export const subscriptionsEnvelope = {
  data: [subscription],
  is_paginated: true as const,
  has_next: false,
  has_previous: false,
  next_cursor: null,
  previous_cursor: null,
  page_size: 10,
};

export const subscriptionDetail: Subscription2 = {
  id: subscription.id,
  status: 'active',
  is_cancel_at_period_end: true,
  latest_renewal_invoice: null,
  order_id: null,
  subscription_items: [{ id: '01890a5d-0000-7000-8000-0000000000a1', price: 99000, quantity: 1, status: 'active' }],
};

export const variantOptions: VariantSubscription[] = [
  { id: 21, name: 'Pro bulanan', price: 199000, pricing_type: 'recurring', interval: 'month', interval_count: 1 },
];

export const courseContent: CustomerCourseContent = {
  uuid: 'content-1',
  title: 'Pengantar',
  type: 'video',
  video_url: 'https://video.scalev.test/1',
  progress: { progress: 40, is_completed: false },
};

export const courseSection: CustomerCourseSection = {
  uuid: 'section-1',
  title: 'Bab 1',
  course_contents: [courseContent],
  progress: { progress: 40, is_completed: false },
};

export const courseAccess: CustomerCourseAccessResponse = {
  id: 11,
  product_name: 'Kelas Kopi',
  course_sections: [courseSection],
};
