/**
 * Types of Scalev's Storefront API v3, transcribed from `shared/scalev-api/CONTRACT.md`
 * (storefront and customer routes, §1–§15). Comments keep the contract's wording; where the
 * rendered reference and the OpenAPI document differ, the client treats the field as optional.
 */
export type integer = number;
// CollectionResponseBody — "Non-paginated list payload for v3."
export interface CollectionResponseBody {   /* closed */
  data: unknown[];          // items: {} (any)
  is_paginated: false;      // enum [false]
}

// PaginatedCollectionResponseBody — "Paginated list payload for v3."
export interface PaginatedCollectionResponseBody {   /* closed */
  data: unknown[];          // items: {} (any)
  is_paginated: true;       // enum [true]
  has_next?: boolean;
  has_previous?: boolean;
  next_cursor?: string | null;
  previous_cursor?: string | null;
  page_size?: integer;
}

export interface ApiErrorResponse {   /* closed */
  error?: FlexibleValue;
  error_code?: string;
  message?: string;          // "Error-only human-readable detail."
  errors?: FlexibleValue;
}

export type FlexibleObject = { [k: string]: any };   // type object, additionalProperties: true
export type FlexibleValue = FlexibleObject | any[] | string | number | boolean;   // oneOf

// StorefrontMoneyValue — oneOf [ {type: string, nullable: true}, {type: number} ]
export type StorefrontMoneyValue = string | null | number;

export type OrderPrimaryKey = string;      // format uuid — "Canonical UUIDv7 order primary key returned by the partitioned orders table."
export type OrderLinePrimaryKey = string;  // format uuid — "Canonical UUIDv7 order line primary key returned by the partitioned orderlines table."

export interface StorefrontItemListResponse {   /* closed */
  data: (StorefrontProductCard | StorefrontBundlePriceOptionCard)[];
  // items oneOf [StorefrontProductCard, StorefrontBundlePriceOptionCard] — no discriminator object declared;
  // distinguish by entity_type ("product" | "bundle_price_option")
  is_paginated: true;   // enum [true]
  has_next?: boolean;
  has_previous?: boolean;
  next_cursor?: string | null;
  previous_cursor?: string | null;
  page_size?: integer;
}

export interface StorefrontProductCard {   // [k: string]: unknown
  id: integer;
  slug: string;
  name: string;
  description?: string | null;
  meta_thumbnail?: string | null;
  entity_type: "product";
  item_type: string;          // "Product item type."
  is_multiple?: boolean | null;
  option1_name?: string | null;
  option2_name?: string | null;
  option3_name?: string | null;
  in_stock: boolean;
  price_range: StorefrontPriceRange | null;   // schema is nullable
  images: string[];
  taxonomy?: StorefrontTaxonomy | null;       // schema is nullable
  created_at?: string | null;          // date-time
  [k: string]: unknown;
}

export interface StorefrontBundlePriceOptionCard {   // [k: string]: unknown
  id: integer;                      // "Bundle price option ID."
  bundle_price_option_id: integer;  // "Bundle price option ID used in cart and checkout payloads."
  bundle_id: integer;               // "Owning bundle ID."
  slug: string;
  name: string;                     // "Public bundle display name."
  description?: string | null;
  meta_thumbnail?: string | null;
  entity_type: "bundle_price_option";
  is_multiple?: boolean | null;
  option1_name?: string | null;
  option2_name?: string | null;
  option3_name?: string | null;
  in_stock: boolean;
  price_range: StorefrontPriceRange | null;   // schema is nullable
  images: string[];
  taxonomy?: StorefrontTaxonomy | null;       // schema is nullable
  created_at?: string | null;          // date-time
  [k: string]: unknown;
}
// No item_type on the bundle card (only the product card has item_type, required).

export interface StorefrontPriceRange {   /* closed */  // the schema itself is nullable: true
  min?: string | number;   // oneOf [string, number]
  max?: string | number;   // oneOf [string, number]
}
// Used as `StorefrontPriceRange | null` wherever referenced, since the schema has nullable: true.

export interface StorefrontTaxonomy {   // nullable: true schema; [k: string]: unknown
  id?: integer;
  name?: string;
  full_path?: string;
  [k: string]: unknown;
}

export interface StorefrontItemCountResponse {   /* closed */
  total: integer;   // minimum 0
}

// StorefrontProductDetail = allOf[StorefrontProductCard, {...}]  (second part [k]: unknown)
export type StorefrontProductDetail = StorefrontProductCard & {
  rich_description?: string | null;
  variants?: StorefrontVariant[];
  [k: string]: unknown;
};

export interface StorefrontVariant {   // [k: string]: unknown
  id?: integer;
  uuid?: string | null;
  unique_id?: string | null;
  sku?: string | null;
  name?: string | null;
  fullname?: string | null;
  description?: string | null;
  rich_description?: string | null;
  option1_value?: string | null;
  option2_value?: string | null;
  option3_value?: string | null;
  item_type?: string;
  currency?: string | null;
  price?: string | number;        // oneOf [string, number]
  pricing_type?: string | null;
  interval?: string | null;
  interval_count?: integer | null;
  images?: string[];
  is_inventory?: boolean | null;
  is_active?: boolean | null;
  weight?: integer | null;
  metadata?: { [k: string]: unknown } | null;
  [k: string]: unknown;
}

// StorefrontBundlePriceOptionDetail = allOf[StorefrontBundlePriceOptionCard, {...}]  (second part [k]: unknown)
export type StorefrontBundlePriceOptionDetail = StorefrontBundlePriceOptionCard & {
  rich_description?: string | null;
  bundle_name?: string;               // "Owning bundle name."
  bundle_price_option_name?: string;  // "Bundle price option display name."
  price?: StorefrontMoneyValue;
  weight_bump?: integer | null;
  bundlelines?: StorefrontBundleLine[];
  [k: string]: unknown;
};

export interface StorefrontBundleLine {   /* closed */
  variant_id: integer;
  quantity: integer;   // minimum 1
  variant_name?: string | null;
  product_name?: string | null;
}

export interface StorefrontCategoryListResponse {   /* closed */
  data: StorefrontCategory[];
  is_paginated: false;   // enum [false]
}

export interface StorefrontCategory {   /* closed */
  id: integer;
  name: string | null;   // required but nullable
  full_path: string;
}

export interface StorefrontPaymentMethodListResponse {   /* closed */
  data: StorefrontPaymentMethod[];
  is_paginated: false;   // enum [false]
}

export interface StorefrontPaymentMethod {   /* closed */
  code: string;                 // "Storefront payment method code." example "bank_transfer"
  label: string;                // example "Bank transfer"
  description?: string | null;
  enabled: boolean;
  requires_redirect: boolean;
  metadata?: { [k: string]: unknown } | null;
}

export interface StorefrontVariantPricingResponse {   /* closed */
  data: StorefrontVariantPricing[];
  is_paginated: false;   // enum [false]
}

export interface StorefrontVariantPricing {   /* closed */
  variant_id: integer;
  price: StorefrontMoneyValue;
  currency: string | null;        // required, nullable
  available: boolean;
  available_qty: integer | null;  // minimum 0; "Null for non-inventory variants with unlimited availability."
}

export interface VariantAvailability {   /* closed */
  variant_id: integer | string;          // oneOf [integer, string]
  available: boolean;
  available_qty: integer | null;         // minimum 0; "Null for non-inventory variants with unlimited availability."
  stock_status: "in_stock" | "low_stock" | "out_of_stock";
}

export interface StorefrontLocationListResponse {   /* closed */
  data: StorefrontLocation[];
  is_paginated: boolean;   // plain boolean here, NO enum restriction
  has_next?: boolean;
  has_previous?: boolean;
  next_cursor?: string | null;
  previous_cursor?: string | null;
  page_size?: integer;
}

export interface StorefrontLocation {   /* closed */
  id: integer;
  subdistrict_name: string;
  city_name: string;
  province_name: string;
  display: string;   // example "Cempaka Putih, Kota Jakarta Pusat, DKI Jakarta"
}

export interface StorefrontProvinceListResponse {   /* closed */
  data: StorefrontProvince[];
  is_paginated: false;   // enum [false]
}

export interface StorefrontProvince {   /* closed */
  province_id: integer;
  province_name: string;
}

export interface StorefrontCityListResponse {   /* closed */
  data: StorefrontCity[];
  is_paginated: false;   // enum [false]
}

export interface StorefrontCity {   /* closed */
  city_id: integer;
  city_name: string;
}

export interface StorefrontPostalCodeListResponse {   /* closed */
  data: StorefrontPostalCode[];
  is_paginated: false;   // enum [false]
}

export interface StorefrontPostalCode {   /* closed */
  postal_code: string;   // example "10510"
}

export interface GuestCart {   // [k: string]: unknown
  id?: integer;
  item_count?: integer;
  total?: string | number;   // oneOf [string, number]
  items?: GuestCartItem[];
  [k: string]: unknown;
}

// GuestCartItem — oneOf with discriminator propertyName "type":
//   "variant" -> GuestCartVariantItem ; "bundle_price_option" -> GuestCartBundlePriceOptionItem
export type GuestCartItem = GuestCartVariantItem | GuestCartBundlePriceOptionItem;

export interface GuestCartVariantItem {   // [k: string]: unknown
  id: integer;
  type: "variant";
  variant_id: integer;
  bundle_price_option_id: integer | null;   // required, nullable
  quantity: integer;                        // minimum 1
  [k: string]: unknown;
}

export interface GuestCartBundlePriceOptionItem {   // [k: string]: unknown
  id: integer;
  type: "bundle_price_option";
  variant_id: integer | null;               // required, nullable
  bundle_price_option_id: integer;
  bundle_price_option_slug?: string;
  bundle_price_option_unique_id?: string;
  quantity: integer;                        // minimum 1
  [k: string]: unknown;
}

// CartItemRequest — oneOf with discriminator propertyName "type":
//   "variant" -> CartVariantItemRequest ; "bundle_price_option" -> CartBundlePriceOptionItemRequest
export type CartItemRequest = CartVariantItemRequest | CartBundlePriceOptionItemRequest;

export interface CartVariantItemRequest {   /* closed */
  type: "variant";
  variant_id: integer | string;      // oneOf [integer, string]
  quantity?: integer;                // minimum 1, default 1
}

export interface CartBundlePriceOptionItemRequest {   /* closed */
  type: "bundle_price_option";
  bundle_price_option_id: integer | string;   // oneOf; "Bundle price option ID from the storefront catalog."
  quantity?: integer;                          // minimum 1, default 1
}

export interface CartItemUpdateRequest {   // [k: string]: unknown
  quantity: integer;   // minimum 1
  [k: string]: unknown;
}

export type StorefrontCartMergeResponse = GuestCart;     // $ref alias

export interface StorefrontCheckoutShippingOptionsRequest {   // [k: string]: unknown
  items?: StorefrontCheckoutItem[];   // minItems 1, maxItems 50
  // "Optional direct item source. If supplied, these items are used for the shipping-options calculation. Otherwise
  //  the guest cart referenced by `X-Scalev-Guest-Token` is used."
  destination?: StorefrontCheckoutDestination;
  payment_method?: string;                       // example "bank_transfer"
  [k: string]: unknown;
}

// StorefrontCheckoutItem — oneOf with discriminator propertyName "type":
//   "variant" -> StorefrontCheckoutVariantItem ; "bundle_price_option" -> StorefrontCheckoutBundlePriceOptionItem
export type StorefrontCheckoutItem = StorefrontCheckoutVariantItem | StorefrontCheckoutBundlePriceOptionItem;

export interface StorefrontCheckoutVariantItem {   /* closed */
  type: "variant";
  variant_id: integer;    // minimum 1  (integer only here, unlike CartVariantItemRequest)
  quantity: integer;      // minimum 1, maximum 100 (REQUIRED here)
}

export interface StorefrontCheckoutBundlePriceOptionItem {   /* closed */
  type: "bundle_price_option";
  bundle_price_option_id: integer;   // minimum 1; "Bundle price option ID from the storefront catalog."
  quantity: integer;                 // minimum 1, maximum 100
}

export interface StorefrontCheckoutDestination {   /* closed */
  location_id: integer | string;   // oneOf [integer, string]
  postal_code: string;
}

export interface StorefrontCheckoutShippingOptionsResponse {   /* closed */
  data: StorefrontShippingOption[];
  is_paginated: false;   // enum [false]
}

export interface StorefrontShippingOption {   /* closed */
  courier_service_id: integer;
  courier_code: string;              // example "jne"
  service_code: string;              // example "REG"
  name: string;                      // example "Regular"
  cost: StorefrontMoneyValue;
  etd: string | null;                // required, nullable; "Estimated delivery time returned by the courier integration."
  is_cod: boolean;
  warehouse_unique_id: string;
  courier_aggregator_code: string | null;   // required, nullable
  logo_url?: string | null;          // format uri
}

// StorefrontCheckoutSummaryRequest = allOf[StorefrontCheckoutShippingOptionsRequest, {...}] (second part [k]: unknown)
export type StorefrontCheckoutSummaryRequest = StorefrontCheckoutShippingOptionsRequest & {
  courier_service_id?: integer | string;   // oneOf
  warehouse_unique_id?: string;            // (not nullable here)
  courier_aggregator_code?: string | null;
  shipping_option?: StorefrontSelectedShippingOption;
  selected_shipping_option?: StorefrontSelectedShippingOption;
  shipping_cost?: StorefrontMoneyValue;    // allOf[$ref]; "Ignored by the API. Shipping cost is recomputed from the
                                           //  selected courier service and destination."
  discount_code_code?: string | null;
  // "Optional discount code to revalidate and apply to this preview. Ineligible codes contribute zero discount."
  [k: string]: unknown;
};

export interface StorefrontSelectedShippingOption {   // [k: string]: unknown
  courier_service_id?: integer | string;   // oneOf
  warehouse_unique_id?: string;
  courier_aggregator_code?: string | null;
  [k: string]: unknown;
}

export interface StorefrontCheckoutSummaryResponse {   /* closed */
  product_price: StorefrontMoneyValue;
  shipping_cost: StorefrontMoneyValue;
  other_income: StorefrontMoneyValue;   // allOf[$ref]
  // "Store-calculated Other Income for direct checkout. A `payment_link` creation summary returns zero because the
  //  hosted Payment Link quotes this charge after the buyer chooses a concrete payment method."
  other_income_name: string | null;     // required, nullable
  service_fee?: StorefrontMoneyValue;   // D8: absent from the rendered samples, so optional here
  // "Backend-calculated customer service fee using the current Store customer-fee policy. Manual methods and
  //  `payment_link` order creation return zero. This preview value has no confirmation ID."
  gross_revenue: StorefrontMoneyValue;
}

export interface StorefrontDiscountCodeCheckRequest {   // [k: string]: unknown
  code: string;                          // "Discount code to validate." example "SAVE10"
  items?: StorefrontCheckoutItem[];      // minItems 1, maxItems 50
  // "Optional direct item source. If supplied, these items are used for discount eligibility. Otherwise the guest
  //  cart referenced by `X-Scalev-Guest-Token` is used."
  destination?: StorefrontCheckoutDestination;
  courier_service_id?: integer | string;         // oneOf
  warehouse_unique_id?: string;
  courier_aggregator_code?: string | null;
  payment_method?: string;    // "Storefront payment method code selected by the buyer." example "bank_transfer"
  net_product_price?: StorefrontMoneyValue;
  gross_revenue?: StorefrontMoneyValue;
  shipping_cost?: StorefrontMoneyValue;
  [k: string]: unknown;
}

export interface StorefrontDiscountCodeCheckResponse {   /* closed */
  discount_code: StorefrontDiscountCode | null;   // required; nullable allOf[$ref]
  eligibility_details: { [k: string]: unknown };
  is_eligible: boolean;
  discount_code_discount: StorefrontMoneyValue;
}

export interface StorefrontDiscountCode {   // [k: string]: unknown
  id?: integer;
  business_id?: integer;
  is_enabled?: boolean;
  code?: string;
  applied_to?: string | null;
  amount_type?: string | null;
  percentage?: StorefrontMoneyValue;
  is_max_amount?: boolean;
  max_amount?: StorefrontMoneyValue;
  amount?: StorefrontMoneyValue;
  is_usage_limit?: boolean;
  usage_limit?: integer | null;
  current_usage?: integer | null;
  is_expiry?: boolean;
  expiry_time?: string | null;        // date-time
  is_limited_to_pages?: boolean;
  pages?: { [k: string]: unknown }[];
  is_limited_to_payment_methods?: boolean;
  payment_methods?: string[];         // items: "Customer checkout payment method code."
  is_minimum_revenue?: boolean;
  minimum_revenue?: StorefrontMoneyValue;
  inserted_at?: string | null;        // date-time
  updated_at?: string | null;         // date-time
  [k: string]: unknown;
}

export interface PublicCheckoutRequest {   /* closed */
  checkout_intent_token?: string;
  // "Optional cit_ write capability from checkout-intent capture. A valid matching token completes the intent when
  //  the order commits. Invalid, expired, mismatched or consumed tokens never block order creation."
  items?: StorefrontCheckoutItem[];   // minItems 1, maxItems 50
  // "Optional direct item source. If supplied, direct items create the order. If `X-Scalev-Guest-Token` references a
  //  guest cart, that cart is cleared after successful order creation. If omitted, the guest cart referenced by
  //  `X-Scalev-Guest-Token` creates the order."
  customer_name: string;              // maxLength 200
  customer_email: string;             // format email, maxLength 254
  customer_phone?: string | null;     // maxLength 20
  shipping_address?: string | null;
  shipping_province?: string | null;
  shipping_city?: string | null;
  shipping_subdistrict?: string | null;
  shipping_postal_code?: string | null;
  shipping_location_id?: integer | string;   // oneOf [integer, string]
  address?: string | null;      // deprecated
  location?: string | null;     // deprecated
  location_id?: integer | string;            // oneOf [integer, string]
  postal_code?: string | null;  // deprecated
  payment_method: string;       // D4: required in the rendered reference; example "va_bca"
  sub_payment_method?: string | null;   // D5: only in the rendered reference
  // "Storefront payment method code selected by the buyer. Required for normal checkout. May be omitted when the
  //  store uses strict two-step Payment Link checkout; Scalev resolves it to `payment_link`. Virtual Accounts use
  //  flat method codes such as `va_bca`."
  courier_service_id?: integer | null;       // integer only here (not oneOf)
  warehouse_unique_id?: string | null;
  courier_aggregator_code?: string | null;
  discount_code_code?: string | null;
  notes?: string | null;
}

export interface StorefrontPublicOrder {   // [k: string]: unknown  (top-level additionalProperties TRUE)
  id: OrderPrimaryKey;                   // uuid string
  business?: {                           // nullable, closed
    username?: string | null;
    contact_email?: string | null;
    aff_code?: string | null;
    logo?: string | null;
  } | null;
  secret_slug: string;
  public_order_url: string | null;       // required, nullable, format uri
  payment_url: string | null;            // required, nullable, format uri, DEPRECATED
  // "Deprecated for checkout navigation. Retained for compatibility and scoped to the payment step. Always use
  //  `redirect_url` to navigate the buyer after checkout; do not use this field to infer the destination."
  redirect_url?: string | null;          // format uri
  // "Canonical destination the buyer opens after checkout. Always prefer this field over the deprecated
  //  `payment_url`. The server resolves the destination from the payment method and After Checkout setting,
  //  including the payment page, order page, WhatsApp, another page, or a custom URL. When a destination cannot be
  //  resolved because the configuration is missing or unsupported, or a required phone number, page, or URL is
  //  unavailable, it falls back to Scalev's hosted payment instructions page (Halaman Instruksi Pembayaran) at
  //  `/o/{secret_slug}/success`, not the Thank You Page. This fallback requires a valid order identity and host.
  //  Retained attribution parameters are forwarded onto a configured page or custom URL only while it stays on the
  //  buyer's own host or a Scalev-owned one."
  order_id: string;
  status: string;
  payment_status: string | null;         // required, nullable
  // "Buyer-facing payment status. A settled payment is exposed as `paid`; this field never returns `settled`."
  post_payment_redirect_url?: string;    // format uri, maxLength 200 (not nullable; omitted when absent)
  // "Canonical post-payment destination exposed only after a buyer-paid outcome (internal payment status `paid` or
  //  `settled`) when a valid redirect snapshot exists. Omitted before payment and when Scalev's hosted success flow
  //  applies."
  is_probably_spam?: boolean | null;
  draft_time?: string | null;            // date-time
  paid_time?: string | null;             // date-time
  transfer_time?: string | null;         // date-time
  transferproof_url?: string | null;
  handler_phone?: string | null;
  chat_message?: string | null;
  customer_id?: integer | null;
  discount_code_code?: string | null;
  page?: { slug?: string | null } | null;   // closed
  gross_revenue: StorefrontMoneyValue;
  product_price: StorefrontMoneyValue;
  product_discount?: StorefrontMoneyValue;
  shipping_cost: StorefrontMoneyValue;
  shipping_discount?: StorefrontMoneyValue;
  other_income?: StorefrontMoneyValue;   // allOf[$ref]
  // "Other Income stored on the order. New `payment_link` orders return zero until a concrete Payment Request wins;
  //  after payment, the winning request's frozen charge is reconciled onto the order."
  payment_link_income?: StorefrontMoneyValue;   // "Additional PayLink amount paid by the customer."
  other_income_name?: string | null;
  // "Other Income label. For `payment_link`, the winning concrete Payment Request's frozen Store label is reconciled
  //  after payment."
  unique_code_discount?: StorefrontMoneyValue;
  discount_code_discount?: StorefrontMoneyValue;
  pg_payment_info: { [k: string]: unknown };   // required
  // "Buyer-facing payment gateway payload. Manual methods such as `bank_transfer` and `cod` can return an empty
  //  object. Virtual account methods expose provider reference and account details under the provider's
  //  `payment_method` object. QRIS responses expose QR data or a QR image payload. E-wallet, card, and invoice
  //  methods may expose provider actions or hosted provider URLs. SingaPay payments use normalized keys such as
  //  `payment_url`, `deeplink_url`, `qr_string`, `qr_image_url`, `va_number`, and `va_name`."
  status_history?: { [k: string]: unknown }[];
  payment_method: string;                // example "bank_transfer"
  sub_payment_method?: string | null;    // D5: rendered reference only
  epayment_provider?: string | null;
  // "E-payment provider. `xendit` is the current/managed Xendit provider; `xendit_legacy` is the owned legacy Xendit
  //  provider. Other possible values include `duitku`, `midtrans`, `durianpay`, and `singapay`."
  payment_account_holder?: string | null;
  payment_account_number?: string | null;
  shipment_status_history?: {            // items closed
    timestamp_source?: string | null;
    status?: string | null;
    description?: string | null;
  }[];
  shipment_receipt?: string | null;
  courier_service?: {                    // nullable, closed
    name?: string | null;
    courier?: { name?: string | null } | null;   // closed
  } | null;
  variants?: { [k: string]: unknown };
  bundle_price_options?: { [k: string]: unknown };
  orderlines: {                          // items closed
    quantity?: integer;
    product_name?: string | null;
    item_type?: string | null;
    variant_option1_value?: string | null;
    variant_option2_value?: string | null;
    variant_option3_value?: string | null;
    variant_price?: StorefrontMoneyValue;
  }[];
  payment_expiration_at?: string | null;   // date-time
  store_custom_domain?: { full_url?: string | null } | null;   // closed
  store?: {                              // nullable, closed
    name?: string | null;
    payment_accounts?: {                 // items closed
      id?: integer;
      account_holder?: string | null;
      account_number?: string | null;
      method?: string | null;
      financial_entity?: {               // nullable, closed
        id?: integer;
        code?: string | null;
        name?: string | null;
      } | null;
    }[];
    custom_domain?: { full_url?: string | null } | null;   // closed
    days_of_payment_processing?: integer | null;
    is_auto_expire?: boolean | null;
    auto_expire_days?: integer | null;
    is_show_whatsapp?: boolean | null;
    is_show_download_invoice?: boolean | null;
  } | null;
  destination_address?: {                // nullable, closed
    name?: string | null;
    phone?: string | null;
    address?: string | null;
    subdistrict?: string | null;
    city?: string | null;
    province?: string | null;
  } | null;
  customer?: { email?: string | null } | null;   // closed
  [k: string]: unknown;
}

// StorefrontPublicOrderUpdateRequest — "Buyer-facing public order update payload, primarily for payment proof and
//  public order metadata updates."
export interface StorefrontPublicOrderUpdateRequest {   // [k: string]: unknown
  transferproof_url?: string | null;
  transfer_time?: string | null;          // date-time
  financial_entity_id?: integer | null;   // "Financial entity selected from `store.payment_accounts[].financial_entity.id`."
  payment_account?: string | null;        // "Optional payment account unique ID selected by the buyer."
  payment_account_holder?: string | null;
  payment_account_number?: string | null;
  notes?: string | null;
  [k: string]: unknown;
}

export interface StorefrontPublicOrderTransferProofUploadRequest {   /* closed */
  filename: string;                                        // example "transfer-proof.png"
  content_type: "image/jpeg" | "image/png" | "image/webp";
  content_length: integer;   // minimum 1, maximum 10485760; "File size in bytes. Maximum 10 MB."
}

export interface StorefrontPublicOrderTransferProofUpload {   /* closed */
  key: string;            // "Storage object key created by Scalev."
  filename: string;
  content_type: string;
  size_in_bytes: integer;
  file_url: string;       // format uri; "Public file URL to send as `transferproof_url` after upload succeeds."
  upload_url: string;     // format uri; "Presigned URL for direct `PUT` upload."
}

// CreateOrderPaymentResponseBody (response "Payment created successfully")
export type CreateOrderPaymentResponseBody = { [k: string]: unknown }   // type object, additionalProperties: true, no declared properties
// "The payment gateway payload for the order, returned as the response body itself — the same object the order
//  responses expose as `pg_payment_info`. Manual methods such as `bank_transfer` and `cod` return an empty object.
//  Virtual account methods expose provider reference and account details under the provider's `payment_method`
//  object. QRIS responses expose QR data or a QR image payload. E-wallet, card, and invoice methods may expose provider
//  actions or hosted provider URLs. SingaPay payments use normalized keys such as `payment_gateway`, `payment_url`,
//  `deeplink_url`, `qr_string`, `qr_image_url`, `va_number`, and `va_name`. Order-level fields (`public_order_url`,
//  `payment_url`, `redirect_url`, `payment_method`) are not part of this body; read them from the order responses."

export interface StorefrontMetaConversionEventRequest {   // [k: string]: unknown
  event_source_url?: string | null;   // format uri
  // "Full storefront page URL for the event. The API strips query parameters before sending to Meta."
  referrer_url?: string | null;       // format uri
  // "Browser referrer URL. The API uses this with `event_source_url` to choose checkout versus home storefront
  //  analytics configuration."
  user_data: StorefrontMetaConversionUserData;
  events: StorefrontMetaConversionEvent[];        // minItems 1
  variants?: StorefrontAnalyticsVariantItem[];
  bundle_price_options?: StorefrontAnalyticsBundlePriceOptionItem[];
  [k: string]: unknown;
}

export interface StorefrontMetaConversionUserData {   // [k: string]: unknown
  fn?: string | null;        // "Buyer first name."
  ln?: string | null;        // "Buyer last name."
  em?: string | null;        // "Buyer email."
  ph?: string | null;        // "Buyer phone number."
  ct?: string | null;        // "Buyer city."
  st?: string | null;        // "Buyer state or province."
  country?: string | null;   // example "id"
  fbc?: string | null;
  fbp?: string | null;
  external_id?: string | null;
  location_id?: integer | null;
  client_ip_address?: string | null;   // readOnly; "Filled from the observed API request IP."
  client_user_agent?: string | null;   // readOnly; "Filled from the observed API request user agent."
  [k: string]: unknown;
}

export interface StorefrontMetaConversionEvent {   /* closed */
  event_id: string;
  event_name: string;     // example "AddToCart"
  parameters?: { [k: string]: unknown };
}

export interface StorefrontAnalyticsVariantItem {   /* closed */
  variant_unique_id: string;   // "Variant unique ID from the storefront product payload."
  quantity: integer;           // minimum 1
}

export interface StorefrontAnalyticsBundlePriceOptionItem {   /* closed */
  bundle_price_option_unique_id: string;   // "Bundle price option unique ID from the storefront bundle payload."
  quantity: integer;                       // minimum 1
}

export interface StorefrontTiktokConversionEventRequest {   // [k: string]: unknown
  event_source_url: string;   // REQUIRED, format uri, not nullable
  // "Full storefront page URL for the event. The API strips query parameters before sending to TikTok."
  referrer_url?: string | null;   // format uri
  // "Browser referrer URL. The API uses this with `event_source_url` to choose checkout versus home storefront
  //  analytics configuration."
  user: StorefrontTiktokConversionUserData;    // (field is `user`, not `user_data`)
  events: StorefrontTiktokConversionEvent[];   // minItems 1
  variants?: StorefrontAnalyticsVariantItem[];
  bundle_price_options?: StorefrontAnalyticsBundlePriceOptionItem[];
  [k: string]: unknown;
}

export interface StorefrontTiktokConversionUserData {   // [k: string]: unknown
  email?: string | null;
  phone?: string | null;
  external_id?: string | null;
  ttclid?: string | null;
  ttp?: string | null;
  user_agent?: string | null;   // "Defaults to the observed API request user agent when omitted."
  ip?: string | null;           // readOnly; "Filled from the observed API request IP."
  [k: string]: unknown;
}

export interface StorefrontTiktokConversionEvent {   /* closed */
  event_id: string;
  event: string;          // example "AddToCart"   (field is `event`, not `event_name`)
  parameters?: { [k: string]: unknown };
}

export interface StorefrontSnackVideoConversionEventRequest {   // [k: string]: unknown
  click_id: string;     // "SnackVideo click ID."
  event_source_url?: string | null;   // format uri
  // "Optional full storefront page URL used to choose checkout versus home storefront analytics configuration."
  referrer_url?: string | null;       // format uri
  // "Optional browser referrer URL used to choose checkout versus home storefront analytics configuration."
  events: StorefrontSnackVideoConversionEvent[];   // minItems 1
  variants?: StorefrontAnalyticsVariantItem[];
  bundle_price_options?: StorefrontAnalyticsBundlePriceOptionItem[];
  [k: string]: unknown;
}

export interface StorefrontSnackVideoConversionEvent {   /* closed */
  event_name: string;   // example "addToCart"
  properties?: StorefrontSnackVideoConversionEventProperties;
}

export interface StorefrontSnackVideoConversionEventProperties {   // [k: string]: unknown
  content_type?: string | null;
  content_category?: string | null;
  content_name?: string | null;
  currency?: string | null;   // example "IDR"
  value?: integer | null;
  quantity?: integer | null;
  price?: integer | null;
  query?: string | null;
  mapping_id?: string | null;
  [k: string]: unknown;
}

export interface StorefrontCheckoutIntentStartRequest { // additionalProperties: false
  recaptcha_token: string              // minLength 1; "reCAPTCHA token for action checkout_intent_start."
  client_session_id: string            // uuid; "Browser-persistent random UUID scoped to the page or storefront checkout; not a guest-cart token."
  checkout_intent_prefill_token?: string // "Optional cip_ recovery capability. Invalid or mismatched tokens fall back to client_session_id."
  form_widget_id: string               // minLength 1, maxLength 200; "Stable identifier chosen by the storefront, for example storefront-checkout."
  fields?: CheckoutIntentFields
  items?: CheckoutIntentItem[]         // maxItems 100
  attribution?: CheckoutIntentAttribution
  source_url?: string | null           // uri, maxLength 2048; "Current checkout URL. Sensitive query parameters and fragments are stripped. Recovery links are only issued for trusted source origins."
  cart_id?: integer | null             // minimum 1
}

export interface CheckoutIntentFields { // additionalProperties: false; nothing required
  customer_name?: string | null        // maxLength 200
  customer_email?: string | null       // maxLength 320
  customer_phone?: string | null       // maxLength 40
  shipping_address?: string | null     // maxLength 2000
  shipping_province?: string | null    // maxLength 200
  shipping_city?: string | null        // maxLength 200
  shipping_subdistrict?: string | null // maxLength 200
  shipping_postal_code?: string | null // maxLength 20
  payment_method?: string | null       // maxLength 100 (free string here, no enum)
  sub_payment_method?: string | null   // maxLength 100
  notes?: string | null                // maxLength 2000
  discount_code_code?: string | null   // maxLength 100
  shipping_location_id?: integer | null // minimum 1
  custom_fields?: Array<{              // maxItems 50; item additionalProperties: false
    key: string                        // minLength 1, maxLength 200
    label: string                      // minLength 1, maxLength 200
    value?: (string | null) | number | boolean // oneOf: string (nullable, maxLength 2000) | number | boolean
  }>
}

// oneOf, discriminated by `type` (no formal discriminator keyword); each branch additionalProperties: false
export type CheckoutIntentItem =
  | { type: "variant"; variant_id: integer /*min 1*/; quantity: integer /*min 1, max 10000*/ }
  | { type: "bundle_price_option"; bundle_price_option_id: integer /*min 1*/; quantity: integer /*min 1, max 10000*/ }

export interface CheckoutIntentAttribution { // additionalProperties: false; all optional, all `string | null`, maxLength 1000 each
  ad_source?: string | null
  utm_source?: string | null
  utm_medium?: string | null
  utm_campaign?: string | null
  utm_content?: string | null
  utm_term?: string | null
  affiliate_code?: string | null
  fbc?: string | null
  fbp?: string | null
  ttclid?: string | null
  ttp?: string | null
  gclid?: string | null
  kwai_clickid?: string | null
}

export interface CheckoutIntentCapture { // additionalProperties: false; ALL required
  id: string                           // uuid
  form_widget_id: string
  checkout_intent_token: string        // pattern ^cit_ ; "Write capability valid for 24 hours. Start/resume refreshes the window for an unfinished intent. Never include it in URLs or analytics."
  status: "active" | "abandoned" | "completed"
  last_sequence: integer               // minimum 0
  started_at: string                   // date-time
  last_activity_at: string             // date-time
  expires_at: string                   // date-time
}

export interface CheckoutIntentUpdateRequest { // additionalProperties: false
  sequence: integer                    // minimum 1
  fields?: CheckoutIntentFields
  items?: CheckoutIntentItem[]         // maxItems 100
  attribution?: CheckoutIntentAttribution
  source_url?: string | null           // uri, maxLength 2048; same description as in the start request
  cart_id?: integer | null             // minimum 1
}

export interface PageCheckoutIntentStartRequest { // additionalProperties: false; identical fields to StorefrontCheckoutIntentStartRequest
  recaptcha_token: string              // minLength 1; reCAPTCHA token for action checkout_intent_start
  client_session_id: string            // uuid; browser-persistent random UUID scoped to the page or storefront checkout; not a guest-cart token
  checkout_intent_prefill_token?: string // optional cip_ recovery capability; invalid/mismatched tokens fall back to client_session_id
  form_widget_id: string               // minLength 1, maxLength 200; "ID of a MainForm in the current published page, or html-mode-main-form for eligible HTML Mode checkout pages."
  fields?: CheckoutIntentFields
  items?: CheckoutIntentItem[]         // maxItems 100
  attribution?: CheckoutIntentAttribution
  source_url?: string | null           // uri, maxLength 2048 (same description as storefront)
  cart_id?: integer | null             // minimum 1
}

export interface CheckoutIntentPrefillResponse { // additionalProperties: false
  data: { // required; additionalProperties: false; ALL 15 fields required
    name: string | null
    email: string | null
    phone: string | null
    fullPhoneNumber: string | null       // camelCase as written
    address: string | null
    province: string | null
    city: string | null
    subdistrict: string | null
    postalCodeSelected: string | null    // camelCase
    payment_method: string | null
    sub_payment_method: string | null
    notes: string | null
    discountCode: string | null          // camelCase
    destination_subdistrict_id: integer | null
    checkout_intent: { // additionalProperties: false; all required
      id: string                         // uuid
      fields: CheckoutIntentFields
      items: CheckoutIntentPrefillItem[]
    }
  }
}

export interface CheckoutIntentPrefillItem { // additionalProperties: false
  type: "variant" | "bundle_price_option"       // required
  variant_id?: integer
  bundle_price_option_id?: integer
  quantity: integer                             // required
  name?: string | null
  unit_price?: string
  line_total?: string
  currency?: string
  variant_unique_id?: string | null
  product_name?: string | null
  variant_name?: string | null
  bundle_price_option_unique_id?: string | null
  bundle_name?: string | null
  bundle_price_option_name?: string | null
  image?: string | null
  images?: string[]
  display_images?: string[]
  item_type?: string | null
  weight?: number | null
  weight_bump?: number | null
  available_qty?: number | null
  available: boolean                            // required
  is_available: boolean                         // required
  unavailable_reason: "deleted" | "disabled" | "out_of_stock" | null // required, nullable (enum includes null)
  bundlelines?: Array<{ [k: string]: unknown }> // "Current display, variant and availability fields for a bundled line."
}

export interface CustomerLoginRequest {   // [k: string]: unknown
  email: string;      // format email
  password: string;
  login_as?: "customer" | "owner";
  [k: string]: unknown;
}

export type CustomerLoginResponse = CustomerAuthTokenResponseBody | CustomerLoginOtpChallengeResponseBody;   // oneOf, no discriminator

export interface CustomerAuthTokenResponseBody {   // [k: string]: unknown
  access: string;              // "Customer access JWT. Send it as `Authorization: Bearer <token>` to /v3/stores/{store_id}/customers/me/*."
  refresh: string;             // "Refresh token for POST /v3/stores/{store_id}/public/auth/jwt/refresh."
  token_type: "Bearer";        // "Token type to use in the Authorization header."
  expires_in: integer;         // access token lifetime seconds, example 900
  refresh_expires_in: integer; // refresh lifetime seconds, example 2592000; "Refresh tokens rotate on every refresh and are single-use."
  store_unique_id?: string | null;   // "Public store unique ID returned by some OTP verification responses."
  [k: string]: unknown;
}

export interface CustomerLoginOtpChallengeResponseBody {   /* closed */
  message: string;
  // "OTP challenge message. Show the OTP entry UI and continue with POST /v3/stores/{store_id}/public/auth/otp/verify."
  // example "If this email exists in our system, an OTP has been sent to it."
}

export interface CustomerOtpVerifyRequest {   // [k: string]: unknown
  email: string;      // format email
  otp: string;
  login_as?: "customer" | "owner";
  [k: string]: unknown;
}

export interface JwtRefreshRequest {   // [k: string]: unknown
  refresh: string;
  // "Current customer refresh token. Refresh tokens are single-use; store the new `refresh` returned by this endpoint
  //  and discard the previous one."
  [k: string]: unknown;
}

export interface JwtBlacklistRequest {   // [k: string]: unknown
  tokens: string[];
  // "Customer access and refresh tokens to revoke. When a tracked refresh token is supplied, the refresh token
  //  family is revoked."
  [k: string]: unknown;
}

// ForgetPasswordRequest — "Starts a customer password reset. Storefront API reset email links use
//  `http(s)://<allowed-storefront-host>/reset-password?token=<reset-token>`. Browser calls should rely on the
//  registered `Origin` header for reset-link hostname selection; the API falls back to the hosted storefront custom
//  domain when `Origin` is not present."
export interface ForgetPasswordRequest {   // [k: string]: unknown
  email: string;   // format email
  [k: string]: unknown;
}

export interface SavePasswordRequest {   // [k: string]: unknown
  token: string;
  password: string;
  [k: string]: unknown;
}

export interface CustomerProfileResponse {   /* closed */
  customer: CustomerProfile;
  store: CustomerProfileStore;
  is_generated_password_reset: boolean;
}

export interface CustomerProfile {   // [k: string]: unknown
  id?: integer;
  email?: string | null;            // format email
  name?: string | null;
  phone?: string | null;
  avatar?: string | null;           // format uri
  bio_description?: string | null;
  date_of_birth?: string | null;    // format date
  sex?: string | null;
  confirmed_at?: string | null;     // date-time
  created_at?: string | null;       // date-time
  last_updated_at?: string | null;  // date-time
  status?: string | null;
  is_unsubscribe?: boolean;
  business_id?: integer;
  [k: string]: unknown;
}

export interface CustomerProfileStore {   // [k: string]: unknown
  id?: integer;
  unique_id?: string;
  name?: string | null;
  is_customer_otp_required?: boolean | null;
  [k: string]: unknown;
}

// CustomerProfileUpdateRequest — "Customer self-profile fields accepted in public v1. Email is read-only."
export interface CustomerProfileUpdateRequest {   /* closed */
  name?: string;
  phone?: string;
  date_of_birth?: string;   // format date
  sex?: string;
  is_unsubscribe?: boolean;
}

export type CustomerProfileUpdateResponse = CustomerProfileResponse;    // $ref alias

export interface PasswordRequest {   // [k: string]: unknown
  password: string;
  [k: string]: unknown;
}

export type CustomerPasswordUpdateResponse = CustomerProfileResponse;   // $ref alias

export interface CustomerAddressListResponse {   // additionalProperties TRUE (not closed)
  data: CustomerAddress[];
  is_paginated: true;            // enum [true]
  has_next?: boolean;
  has_previous?: boolean;
  next_cursor?: string | null;
  previous_cursor?: string | null;
  page_size?: integer;
  [k: string]: unknown;
}

export interface CustomerAddress {   /* closed */
  id?: integer | string;            // oneOf [integer, string]
  name?: string | null;
  phone?: string | null;
  email?: string | null;            // format email
  location?: {                      // nullable; [k: string]: unknown
    id?: integer;
    subdistrict_name?: string;
    city_name?: string;
    province_name?: string;
    [k: string]: unknown;
  } | null;
  address?: string | null;
  postal_code?: string | null;
  notes?: string | null;
}

export interface CustomerAddressRequest {   // [k: string]: unknown
  name?: string;
  phone?: string;
  email?: string;                   // format email
  location_id?: integer | string;   // oneOf [integer, string]
  address?: string;
  postal_code?: string;
  notes?: string;
  [k: string]: unknown;
}

export type CustomerCart = GuestCart;                    // $ref alias

export type CustomerCartItemAddResponse = CustomerCart;      // $ref alias (-> GuestCart)

export type CustomerCartItemUpdateResponse = CustomerCart;   // $ref alias (-> GuestCart)

export type CustomerCartItemDeleteResponse = CustomerCart;   // $ref alias (-> GuestCart)

export interface CustomerCheckoutAddressListResponse {   /* closed */
  data: CustomerAddress[];
  is_paginated: false;           // enum [false]
}

export interface CustomerCheckoutPaymentMethodsResponse {   /* closed */
  payment_methods: string[];
  // "Store-enabled payment method codes. Virtual Accounts are returned as flat method codes such as
  //  `va_bca`, `va_bni`, and `va_mandiri`."
  payment_accounts: CustomerCheckoutPaymentAccount[];
  xendit_va_bank_codes?: { [k: string]: unknown };   // D12: rendered reference only
}

export interface CustomerCheckoutPaymentAccount {   /* closed */
  id?: integer;
  method?: string | null;
  account_number?: string | null;
  account_holder?: string | null;
  financial_entity_code?: string | null;
  financial_entity_name?: string | null;
}

export interface CustomerCheckoutShippingOptionsRequest {   // [k: string]: unknown
  items?: StorefrontCheckoutItem[];   // minItems 1, maxItems 50
  // "Optional direct item source. If supplied, these items are used for the shipping-options calculation.
  //  Otherwise `cart_id` selects the authenticated customer's active cart."
  cart_id?: integer | string;         // oneOf; "Authenticated customer cart ID to use when `items` is omitted."
  location_id?: integer | string;     // oneOf
  postal_code?: string;
  payment_method?: string;            // "Customer checkout payment method code selected by the buyer." example "bank_transfer"
  [k: string]: unknown;
}

export interface CustomerCheckoutShippingOptionsResponse {   /* closed */
  data: StorefrontShippingOption[];
  is_paginated: false;   // enum [false]
}

export interface CustomerCheckoutSummaryRequest {   // [k: string]: unknown
  items?: StorefrontCheckoutItem[];   // minItems 1, maxItems 50
  // "Optional direct item source. If supplied, these items are used for the checkout summary. Otherwise `cart_id`
  //  selects the authenticated customer's active cart."
  cart_id?: integer | string;         // oneOf; "Authenticated customer cart ID to use when `items` is omitted."
  location_id?: integer | string;     // oneOf
  postal_code?: string;
  shipping_cost?: StorefrontMoneyValue;   // allOf[$ref StorefrontMoneyValue]
  // "Optional compatibility value. Customer checkout summary recomputes the authoritative shipping cost from the
  //  selected courier service, warehouse, payment method, destination, and cart items."
  courier_service_id?: integer | string;  // oneOf
  warehouse_unique_id?: string | null;
  courier_aggregator_code?: string | null;
  shipping_option?: StorefrontSelectedShippingOption;
  selected_shipping_option?: StorefrontSelectedShippingOption;
  payment_method?: string;
  // "Storefront payment method code selected by the buyer. Virtual Accounts use flat method codes such as `va_bca`."
  // example "va_bca"
  discount_code_code?: string | null;
  // "Optional discount code to revalidate and apply to this preview. Ineligible codes contribute zero discount."
  [k: string]: unknown;
}

export type CustomerCheckoutSummaryResponse = StorefrontCheckoutSummaryResponse;   // $ref alias

export interface CustomerCheckoutRequest {   /* closed */
  checkout_intent_token?: string;
  // "Optional cit_ write capability from checkout-intent capture. A valid matching token completes the intent when
  //  the order commits. Invalid, expired, mismatched or consumed tokens never block order creation."
  items?: StorefrontCheckoutItem[];   // minItems 1, maxItems 50
  // "Optional direct item source. If supplied, direct items create the order. If `cart_id` is also supplied, the
  //  referenced cart is cleared after successful order creation."
  cart_id?: integer | string;         // oneOf
  // "Authenticated customer cart ID. Used as the order source when `items` is omitted. When `items` is also
  //  supplied, the cart is only cleared after successful order creation."
  address_id?: integer | string;      // oneOf
  address?: string;
  location_id?: integer | string;     // oneOf
  postal_code?: string;
  payment_method: string;             // D4: required in the rendered reference; example "va_bca"
  sub_payment_method?: string | null; // D5: only in the rendered reference
  // "Customer checkout payment method code selected by the buyer. Required for normal checkout. May be omitted when
  //  the store uses strict two-step Payment Link checkout; Scalev resolves it to `payment_link`. Virtual Accounts use
  //  flat method codes such as `va_bca`."
  courier_service_id?: integer | string;   // oneOf
  warehouse_unique_id?: string | null;
  courier_aggregator_code?: string | null;
  discount_code_code?: string | null;
  notes?: string | null;
}

export interface CustomerOrderListResponse {   // additionalProperties TRUE
  data: StorefrontCustomerFacingOrder[];
  is_paginated: true;   // enum [true]
  has_next?: boolean;
  has_previous?: boolean;
  next_cursor?: string | null;
  previous_cursor?: string | null;
  page_size?: integer;
  [k: string]: unknown;
}

// "Flat buyer-facing order DTO for Storefront API and customer account responses. It keeps the order identity,
//  buyer-owned customer/address data, payment display fields, delivery status, totals including `gross_revenue`,
//  line items, and a small compatibility subset used by the Scalev customer portal (`store.name`, `store.logo`,
//  `store.unique_id`, store display flags, `final_variants`, `status_history`, and dropshipper display totals). It
//  omits business/operator analytics, net revenue, platform fee, provider, CRM, affiliate, and other raw internals."
export interface StorefrontCustomerFacingOrder {   /* closed */
  id: OrderPrimaryKey;
  secret_slug: string;
  public_order_url: string | null;       // format uri
  payment_url: string | null;            // format uri (not marked deprecated here)
  order_id: string;
  store: StorefrontCustomerFacingStore | null;        // (schema nullable) — required
  customer: StorefrontCustomerFacingCustomer | null;  // (schema nullable) — required
  status: string;
  draft_time?: string | null;            // all *_time: date-time, nullable
  pending_time?: string | null;
  confirmed_time?: string | null;
  in_process_time?: string | null;
  ready_time?: string | null;
  shipped_time?: string | null;
  completed_time?: string | null;
  rts_time?: string | null;
  canceled_time?: string | null;
  closed_time?: string | null;
  unpaid_time?: string | null;
  paid_time?: string | null;
  transfer_time?: string | null;
  created_at?: string | null;            // date-time
  last_updated_at?: string | null;       // date-time
  status_history?: { [k: string]: unknown }[];
  // "Buyer-visible order status timeline retained for Scalev customer portal compatibility."
  payment_status: string | null;
  // "Buyer-facing payment status. A settled payment is exposed as `paid`; this field never returns `settled`."
  payment_method: string;                // example "bank_transfer"
  sub_payment_method?: string | null;    // D5: rendered reference only
  payment_account_holder?: string | null;
  payment_account_number?: string | null;
  transferproof_url?: string | null;
  pg_payment_info: { [k: string]: unknown };
  total_quantity?: integer | null;
  unique_code_discount?: StorefrontMoneyValue;
  discount_code_discount?: StorefrontMoneyValue;
  discount_code_code?: string | null;
  discount_code_applied_to?: string | null;
  product_price: StorefrontMoneyValue;
  product_discount?: StorefrontMoneyValue;
  other_income_name?: string | null;
  other_income?: StorefrontMoneyValue;
  payment_link_income?: StorefrontMoneyValue;   // "Additional PayLink amount paid by the customer."
  gross_revenue: StorefrontMoneyValue;
  gross_revenue_for_dropshipper?: StorefrontMoneyValue;
  discount_rate?: StorefrontMoneyValue;
  shipping_cost: StorefrontMoneyValue;
  shipping_discount?: StorefrontMoneyValue;
  destination_address?: StorefrontCustomerFacingDestinationAddress | null;   // (schema nullable)
  final_variants: { [productName: string]: integer };   // additionalProperties: {type: integer}
  // "Product-name to quantity map retained for Scalev customer portal order list compatibility. Use `orderlines`
  //  for new integrations."
  product_weight?: integer | null;
  total_weight?: integer | null;
  is_dropshipping?: boolean | null;
  courier_service?: StorefrontCustomerFacingCourierService | null;   // (schema nullable)
  shipment_receipt?: string | null;
  shipment_status?: string | null;
  awb_status?: string | null;
  shipment_status_history?: { [k: string]: unknown }[];
  orderlines: StorefrontCustomerFacingOrderLine[];
  notes?: string | null;
}

export interface StorefrontCustomerFacingStore {   /* closed */  // schema nullable: true
  name?: string | null;
  logo?: string | null;                  // format uri
  unique_id?: string | null;
  payment_accounts?: StorefrontCustomerFacingPaymentAccount[];
  days_of_payment_processing?: integer | null;
  is_auto_expire?: boolean | null;
  auto_expire_days?: integer | null;
  is_show_whatsapp?: boolean | null;
  is_show_download_invoice?: boolean | null;
}

export interface StorefrontCustomerFacingPaymentAccount {   /* closed */
  id?: integer;
  unique_id?: string | null;
  method?: string | null;
  account_holder?: string | null;
  account_number?: string | null;
  financial_entity?: StorefrontCustomerFacingFinancialEntity | null;   // (schema nullable)
}

export interface StorefrontCustomerFacingFinancialEntity {   /* closed */  // schema nullable: true
  id?: integer;
  code?: string | null;
  entity_type?: string | null;
  name?: string | null;
  platform?: string | null;
  duitku_code?: string | null;
  xendit_code?: string | null;
}

export interface StorefrontCustomerFacingCustomer {   /* closed */  // schema nullable: true
  id?: integer;
  email?: string | null;           // format email
  phone?: string | null;
  name?: string | null;
  confirmed_at?: string | null;    // date-time
  created_at?: string | null;      // date-time
  last_updated_at?: string | null; // date-time
  status?: string | null;
}

export interface StorefrontCustomerFacingDestinationAddress {   /* closed */  // schema nullable: true
  id?: integer;
  name?: string | null;
  phone?: string | null;
  location?: integer | string;     // oneOf [integer, string]
  address?: string | null;
  subdistrict?: string | null;
  city?: string | null;
  province?: string | null;
  postal_code?: string | null;
}

export interface StorefrontCustomerFacingCourierService {   /* closed */  // schema nullable: true
  id?: integer;
  name?: string | null;
  code?: string | null;
  courier?: StorefrontCustomerFacingCourier | null;   // (schema nullable)
}

export interface StorefrontCustomerFacingCourier {   /* closed */  // schema nullable: true
  id?: integer;
  name?: string | null;
  code?: string | null;
}

export interface StorefrontCustomerFacingOrderLine {   /* closed */
  id?: OrderLinePrimaryKey;        // uuid string
  quantity?: integer;
  variant?: integer | null;
  product_name?: string | null;
  item_type?: string | null;
  is_file_enabled?: boolean;       // "Variant-derived file access flag for this order line."
  is_lms_enabled?: boolean;        // "Variant-derived LMS access flag for this order line."
  is_license_enabled?: boolean;    // "Variant-derived license access flag for this order line."
  currency?: string | null;
  pricing_type?: string | null;
  interval?: string | null;
  interval_count?: integer | null;
  variant_sku?: string | null;
  variant_option1_value?: string | null;
  variant_option2_value?: string | null;
  variant_option3_value?: string | null;
  variant_price?: StorefrontMoneyValue;
  product_price?: StorefrontMoneyValue;
  discount?: StorefrontMoneyValue;
  discount_code_discount?: StorefrontMoneyValue;
  weight?: integer | null;
}

// ListCustomerSubscriptionsResponseBody — "Paginated list payload for v3." additionalProperties TRUE
export interface ListCustomerSubscriptionsResponseBody {
  data: Subscription[];
  is_paginated: true;             // enum [true], example true
  has_next?: boolean;             // default false, nullable false
  has_previous?: boolean;
  next_cursor?: string | null;
  previous_cursor?: string | null;
  page_size?: integer;            // default 25, example 25, nullable false
  [k: string]: unknown;
}

// Subscription — "A subscription represents a recurring payment for a product or service." title "Subscription".
// No `required` list; additionalProperties not declared (open by default). All fields optional, none nullable
// unless stated.
export interface Subscription {
  activated_at?: string;          // date-time; "when the subscription was activated"
  business_customer_id?: string;  // format uuid
  business_id?: string;           // format uuid (as published)
  canceled_at?: string;           // date-time
  current_period_end?: string;    // date-time
  current_period_start?: string;  // date-time
  customer?: {                    // title "Customer"; "Customer information"
    confirmed_at?: string;        // date-time
    created_at?: string;          // date-time
    email?: string;               // format email
    id?: integer;
    last_updated_at?: string;     // date-time
    name?: string;
    phone?: string;
    status?: string;
  };
  customer_id?: string;           // format uuid
  expired_at?: string;            // date-time
  id?: string;                    // format uuid; "Unique identifier for the subscription."
  inserted_at?: string;           // date-time
  interval?: "day" | "week" | "month" | "year";   // title PeriodUnit; "Unit of the period"
  interval_count?: integer;       // "The number of intervals between each billing cycle."
  is_active?: boolean;
  is_cancel_at_period_end?: boolean;   // "will cancel at the end of the current period"
  status?: "unactivated" | "active" | "canceled" | "expired" | "failed";   // title SubscriptionStatus
  store?: {                       // title "Store"
    id?: integer;
    logo?: string;                // "Store logo URL"
    name?: string;
    unique_id?: string;
    uuid?: string;                // format uuid
  };
  store_id?: string;              // format uuid (as published)
  subscription_id?: string | null;   // "Human-readable subscription identifier (e.g. YYMMDD + random alpha)."
  subscription_items?: SubscriptionItemListData[];
  updated_at?: string;            // date-time
}

// SubscriptionItemListData — inline schema (title only, not a named component).
// "A simplified representation of a subscription item for listing purposes."
export interface SubscriptionItemListData {
  id?: string;                    // format uuid
  quantity?: integer;
  status?: "unactivated" | "active" | "pending_downgrade" | "pending_upgrade" | "canceled" | "expired" | "failed";
                                  // title SubscriptionItemStatus
  unit_price?: number;            // format decimal
  variant?: {                     // title VariantRelation
    id?: integer;
    item_type?: "physical" | "digital" | "course" | "license" | "subscription";   // title ItemType
    name?: string;                // "Variant Name"
    product_name?: string;
  };
}

// Subscription2 — detail variant. Same description/title "Subscription"; no required; additionalProperties not declared.
// Fields identical to Subscription (activated_at, business_customer_id, business_id, canceled_at, current_period_end,
// current_period_start, customer{...same inline Customer...}, customer_id, expired_at, id, inserted_at, interval,
// interval_count, is_active, is_cancel_at_period_end, status, store{...same inline Store...}, store_id,
// subscription_id: string|null, updated_at) PLUS the fields below; subscription_items has the full item type.
export interface Subscription2 extends Omit<Subscription, 'subscription_items'> {
  latest_renewal_invoice?: {      // nullable; title RenewalInvoice
    // "The latest renewal invoice for the subscription. Contains details about the most recent renewal action."
    amount?: string | null;       // "The total amount of the renewal invoice." (string)
    created_at?: string;          // date-time
    currency?: "IDR" | "USD" | null;
    due_date?: string | null;     // date-time
    id?: string;                  // format uuid; "Unique identifier for the renewal action."
    order_id?: string | null;     // format uuid
    paid_at?: string | null;      // date-time
    status?: "scheduled" | "pending" | "confirmed" | "completed" | "failed" | "replaced" | "canceled";
  } | null;
  order_id?: string | null;       // format uuid; "The order ID associated with the subscription creation. Null for free trial subscriptions."
  subscription_items?: SubscriptionItem[];
}

// SubscriptionItem — inline schema (title only, not a named component).
// "A subscription item representing a purchasable item within a subscription."
export interface SubscriptionItem {
  activated_at?: string | null;   // date-time
  canceled_at?: string | null;    // date-time
  currency?: "IDR";               // title Currency
  expired_at?: string | null;     // date-time
  id?: string;                    // format uuid
  inserted_at?: string;           // date-time
  is_cancel_at_period_end?: boolean;
  license_id?: string | null;     // format uuid
  orderline_id?: string | null;   // format uuid
  pending_action?: SubscriptionAction | null;   // nullable object with oneOf[ inline SubscriptionAction ]
  // "The pending subscription action for this item, if any."
  price?: number;                 // format decimal
  quantity?: integer;
  status?: "unactivated" | "active" | "pending_downgrade" | "pending_upgrade" | "canceled" | "expired" | "failed";
  subscription_id?: string;       // format uuid
  updated_at?: string;            // date-time
  variant?: { id?: integer; item_type?: "physical" | "digital" | "course" | "license" | "subscription";
              name?: string; product_name?: string };   // title VariantRelation
  variant_id?: integer;
}

// SubscriptionAction — inline schema (title only, not a named component).
// "A subscription action represents an action performed on a subscription."
export interface SubscriptionAction {
  action_type?: "create" | "renew" | "expire" | "cancel" | "reactivate" | "activation" | "upgrade" | "downgrade" | "update_qty";
  completed_at?: string | null;   // date-time
  confirmed_at?: string | null;   // date-time
  created_by?: Record<string, unknown> | null;     // "Information about who created this action."
  execution_type?: "immediate" | "at_period_end" | "scheduled";
  id?: string;                    // format uuid
  inserted_at?: string;           // date-time
  next_variant_config?: Record<string, unknown> | null;   // "The configuration for the next variant after the action is executed."
  order_id?: string | null;       // format uuid
  status?: "scheduled" | "pending" | "confirmed" | "completed" | "failed" | "replaced" | "canceled";
  updated_at?: string;            // date-time
}

// ListSubscriptionUpgradeOptionsResponseBody — "Non-paginated list payload for v3." /* closed */
export interface ListSubscriptionUpgradeOptionsResponseBody {
  data: VariantSubscription[];
  is_paginated: false;            // enum [false], example false
}

// VariantSubscription (title VariantSubscription) — upgrade/downgrade option variant; no required
export interface VariantSubscription {
  currency?: "IDR";               // title Currency
  id?: integer;                   // "Variant ID"
  images?: string[];              // items format uri
  interval?: "day" | "week" | "month" | "year";   // PeriodUnit
  interval_count?: integer;       // "Interval count for recurring variants"
  item_type?: "physical" | "digital" | "course" | "license" | "subscription";   // ItemType
  name?: string;                  // "Variant full name"
  price?: number;                 // format decimal
  pricing_type?: "one_time" | "recurring";   // title PricingType
  product_name?: string;
  unique_id?: string;
  validity_period?: integer;      // "Validity period for one time variants"
  validity_period_unit?: "day" | "week" | "month" | "year";   // PeriodUnit
}

export interface UpgradeSubscriptionItemRequest {     // additionalProperties not declared
  variant_id: integer;            // "ID of the variant to upgrade to"
}

export interface DowngradeSubscriptionItemRequest {   // additionalProperties not declared
  variant_id: integer;            // "ID of the variant to downgrade to"
}

export interface SubscriptionVariantChangeRequest {   // [k: string]: unknown
  variant_id: integer | string;   // oneOf [integer, string]
  [k: string]: unknown;
}

export interface CustomerCourseAccessResponse {   // [k: string]: unknown
  id?: integer;
  item_type?: string | null;
  pricing_type?: string | null;
  interval?: string | null;
  interval_count?: integer | null;
  validity_period_unit?: string | null;
  validity_period?: integer | null;
  product_id?: integer;
  description?: string | null;
  product_name?: string | null;
  fullname?: string | null;
  course_settings?: { [k: string]: unknown } | null;
  course_sections?: CustomerCourseSection[];
  [k: string]: unknown;
}

export interface CustomerCourseSection {   // [k: string]: unknown
  uuid?: string;
  title?: string | null;
  type?: string | null;
  sequence_order?: integer | null;
  is_shown?: boolean | null;
  variant_id?: integer | null;
  course_contents?: CustomerCourseContent[];
  progress?: CustomerCourseProgress;
  inserted_at?: string | null;   // date-time
  updated_at?: string | null;    // date-time
  [k: string]: unknown;
}

export interface CustomerCourseContent {   // [k: string]: unknown
  uuid?: string;
  title?: string | null;
  text?: string | null;
  type?: string | null;
  duration?: integer | null;
  video_url?: string | null;
  sequence_order?: integer | null;
  is_shown?: boolean | null;
  is_discussion_active?: boolean;
  // "Effective discussion setting. Uses the course-level override when present, otherwise the variant-level default."
  is_email_notification_active?: boolean;
  // "Effective discussion email notification setting. Uses the course-level override when present, otherwise the
  //  variant-level default."
  section_uuid?: string | null;
  variant_id?: integer | null;
  boosts?: { [k: string]: unknown }[];
  progress?: CustomerCourseProgress;
  is_notification_enabled?: boolean | null;
  inserted_at?: string | null;   // date-time
  updated_at?: string | null;    // date-time
  [k: string]: unknown;
}

export interface CustomerCourseProgress {   /* closed */
  updated_at?: string | null;   // date-time
  progress?: number;            // format float
  is_completed?: boolean;
}

export interface CustomerCourseProgressUpdateRequest {   // [k: string]: unknown
  progress?: number;   // format float, minimum 0, maximum 100
  [k: string]: unknown;
}

export type CustomerCourseProgressUpdateResponse = CustomerCourseContent;   // $ref alias
