import type {
  CheckoutIntentRecord,
  CourseAccessRecord,
  CourseContentRecord,
  CourseRecord,
  CourseSectionRecord,
  SubscriptionRecord,
} from '../model.js';
import { stableUuid } from '../core/ids.js';
import { COURSE_VARIANT_ID, EXPIRED_COURSE_VARIANT_ID } from './catalog.js';
import { DEMO_CUSTOMER_ID } from './customers.js';

const DAY = 86_400_000;

/**
 * The demo customer's subscriptions: one active, one active but cancelling at period end, one
 * cancelled. Ids are stable so stories and tests can address them.
 */
export const DEMO_SUBSCRIPTION_IDS = {
  active: stableUuid('subscription:active'),
  cancelAtPeriodEnd: stableUuid('subscription:cancel-at-period-end'),
  canceled: stableUuid('subscription:canceled'),
} as const;

export const DEMO_SUBSCRIPTION_ITEM_IDS = {
  active: stableUuid('subscription-item:active'),
  cancelAtPeriodEnd: stableUuid('subscription-item:cancel-at-period-end'),
  canceled: stableUuid('subscription-item:canceled'),
} as const;

export function buildSubscriptions(now: number): SubscriptionRecord[] {
  const item = (
    id: string,
    variantId: number,
    price: number,
    status: SubscriptionRecord['items'][number]['status'],
    started: number,
    extra: Partial<SubscriptionRecord['items'][number]> = {},
  ): SubscriptionRecord['items'][number] => ({
    id,
    variantId,
    quantity: 1,
    status,
    price,
    isCancelAtPeriodEnd: false,
    activatedAt: started,
    canceledAt: null,
    expiredAt: null,
    insertedAt: started,
    updatedAt: started,
    orderlineId: stableUuid(`orderline:${id}`),
    pendingAction: null,
    ...extra,
  });
  const activeStart = now - 100 * DAY;
  const cancelStart = now - 200 * DAY;
  const canceledStart = now - 300 * DAY;
  return [
    {
      id: DEMO_SUBSCRIPTION_IDS.active,
      subscriptionId: '250310KOPIPRO',
      customerId: DEMO_CUSTOMER_ID,
      status: 'active',
      isCancelAtPeriodEnd: false,
      interval: 'month',
      intervalCount: 1,
      activatedAt: activeStart,
      canceledAt: null,
      expiredAt: null,
      currentPeriodStart: now - 10 * DAY,
      currentPeriodEnd: now + 20 * DAY,
      insertedAt: activeStart,
      updatedAt: now - 10 * DAY,
      orderId: stableUuid('order:subscription-active'),
      items: [item(DEMO_SUBSCRIPTION_ITEM_IDS.active, 494607, 179000, 'active', activeStart)],
      latestRenewalInvoice: {
        id: stableUuid('renewal:active'),
        amount: '179000.00',
        currency: 'IDR',
        status: 'scheduled',
        due_date: now + 20 * DAY,
        paid_at: null,
        order_id: null,
        created_at: now - 10 * DAY,
      },
    },
    {
      id: DEMO_SUBSCRIPTION_IDS.cancelAtPeriodEnd,
      subscriptionId: '241120UMKMBLN',
      customerId: DEMO_CUSTOMER_ID,
      status: 'active',
      isCancelAtPeriodEnd: true,
      interval: 'month',
      intervalCount: 1,
      activatedAt: cancelStart,
      canceledAt: null,
      expiredAt: null,
      currentPeriodStart: now - 20 * DAY,
      currentPeriodEnd: now + 10 * DAY,
      insertedAt: cancelStart,
      updatedAt: now - 3 * DAY,
      orderId: stableUuid('order:subscription-cancel'),
      items: [
        item(DEMO_SUBSCRIPTION_ITEM_IDS.cancelAtPeriodEnd, 494609, 49000, 'active', cancelStart, {
          isCancelAtPeriodEnd: true,
          updatedAt: now - 3 * DAY,
        }),
      ],
      latestRenewalInvoice: {
        id: stableUuid('renewal:cancel'),
        amount: '49000.00',
        currency: 'IDR',
        status: 'completed',
        due_date: now - 20 * DAY,
        paid_at: now - 20 * DAY,
        order_id: stableUuid('order:renewal-cancel'),
        created_at: now - 23 * DAY,
      },
    },
    {
      id: DEMO_SUBSCRIPTION_IDS.canceled,
      subscriptionId: '240805KOPIPRM',
      customerId: DEMO_CUSTOMER_ID,
      status: 'canceled',
      isCancelAtPeriodEnd: false,
      interval: 'month',
      intervalCount: 1,
      activatedAt: canceledStart,
      canceledAt: now - 60 * DAY,
      expiredAt: now - 60 * DAY,
      currentPeriodStart: now - 90 * DAY,
      currentPeriodEnd: now - 60 * DAY,
      insertedAt: canceledStart,
      updatedAt: now - 60 * DAY,
      orderId: null,
      items: [
        item(DEMO_SUBSCRIPTION_ITEM_IDS.canceled, 494608, 299000, 'canceled', canceledStart, {
          canceledAt: now - 60 * DAY,
          expiredAt: now - 60 * DAY,
          updatedAt: now - 60 * DAY,
        }),
      ],
      latestRenewalInvoice: null,
    },
  ];
}

function content(
  key: string,
  title: string,
  type: CourseContentRecord['type'],
  order: number,
  at: number,
  extra: Partial<CourseContentRecord> = {},
): CourseContentRecord {
  return {
    uuid: stableUuid(`course-content:${key}`),
    title,
    text: null,
    type,
    duration: null,
    videoUrl: null,
    sequenceOrder: order,
    isShown: true,
    isDiscussionActive: true,
    isEmailNotificationActive: false,
    isNotificationEnabled: true,
    insertedAt: at,
    updatedAt: at,
    ...extra,
  };
}

function section(key: string, title: string, order: number, at: number, contents: CourseContentRecord[]): CourseSectionRecord {
  return { uuid: stableUuid(`course-section:${key}`), title, sequenceOrder: order, isShown: true, insertedAt: at, updatedAt: at, contents };
}

/**
 * Two courses. The demo customer owns "Fotografi Produk dengan HP"; their access to "Copywriting
 * Jualan" has expired (403). Content `text` is merchant HTML, including markup a renderer must sanitise.
 */
export function buildCourses(now: number): CourseRecord[] {
  const at = now - 200 * DAY;
  const foto: CourseRecord = {
    variantId: COURSE_VARIANT_ID,
    variantUuid: stableUuid(`variant:${COURSE_VARIANT_ID}`),
    productId: 1022,
    settings: { is_sequential: false, certificate_enabled: true, theme_color: '#8B4513' },
    sections: [
      section('foto-1', 'Pengenalan', 1, at, [
        content('foto-1-1', 'Selamat Datang di Kelas', 'video', 1, at, {
          duration: 245,
          videoUrl: 'https://www.youtube.com/embed/dQw4w9WgXcQ',
          text: '<p>Halo! Di kelas ini kita belajar memotret produk jualan <strong>hanya dengan HP</strong>.</p>',
        }),
        content('foto-1-2', 'Peralatan yang Dibutuhkan', 'text', 2, at, {
          text: '<h2>Peralatan</h2><ul><li>HP dengan kamera minimal 12 MP</li><li>Kertas karton putih (sebagai <em>background</em>)</li><li>Tripod kecil atau tumpukan buku</li></ul><p>Total modal di bawah <strong>Rp100.000</strong>.</p>',
        }),
      ]),
      section('foto-2', 'Teknik Dasar', 2, at, [
        content('foto-2-1', 'Memanfaatkan Cahaya Alami', 'video', 1, at, {
          duration: 612,
          videoUrl: 'https://www.youtube.com/embed/aqz-KE-bpKQ',
        }),
        content('foto-2-2', 'Komposisi Foto Produk', 'text', 2, at, {
          // Merchant HTML with markup a renderer must neutralise.
          text: '<h2>Aturan Sepertiga</h2><p>Letakkan produk di salah satu titik potong garis bantu.</p><img src="https://picsum.photos/seed/komposisi/800/450" alt="Contoh komposisi" onerror="alert(\'xss\')"><script>window.__courseScriptRan = true;</script><p><a href="javascript:alert(1)">Unduh lembar latihan</a></p>',
        }),
        content('foto-2-3', 'Latihan: Foto Flat Lay', 'text', 3, at, {
          text: '<p>Foto 3 produk dari atas (flat lay) dan unggah di grup diskusi.</p><iframe src="https://www.youtube.com/embed/ScMzIvxBSi4" title="Contoh flat lay"></iframe>',
          isDiscussionActive: true,
          isEmailNotificationActive: true,
        }),
      ]),
      section('foto-3', 'Editing & Publikasi', 3, at, [
        content('foto-3-1', 'Edit Foto dengan Aplikasi Gratis', 'video', 1, at, {
          duration: 903,
          videoUrl: 'https://www.youtube.com/embed/9bZkp7q19f0',
        }),
        content('foto-3-2', 'Lembar Kerja (PDF)', 'file', 2, at, {
          text: '<p>Unduh lembar kerja untuk latihan di rumah.</p>',
          isDiscussionActive: false,
        }),
        content('foto-3-3', 'Bonus: Checklist Unggah ke Marketplace', 'text', 3, at, {
          text: '<ol><li>Rasio 1:1</li><li>Minimal 1000 px</li><li>Latar bersih</li></ol>',
          // Hidden by the merchant for now.
          isShown: false,
        }),
      ]),
    ],
  };
  const copy: CourseRecord = {
    variantId: EXPIRED_COURSE_VARIANT_ID,
    variantUuid: stableUuid(`variant:${EXPIRED_COURSE_VARIANT_ID}`),
    productId: 1023,
    settings: { is_sequential: true },
    sections: [
      section('copy-1', 'Dasar Copywriting', 1, at, [
        content('copy-1-1', 'Formula AIDA', 'video', 1, at, { duration: 480, videoUrl: 'https://www.youtube.com/embed/oHg5SJYRHA0' }),
      ]),
    ],
  };
  return [foto, copy];
}

export function buildCourseAccess(): CourseAccessRecord[] {
  return [
    { customerId: DEMO_CUSTOMER_ID, variantUuid: stableUuid(`variant:${COURSE_VARIANT_ID}`), status: 'active' },
    { customerId: DEMO_CUSTOMER_ID, variantUuid: stableUuid(`variant:${EXPIRED_COURSE_VARIANT_ID}`), status: 'expired' },
  ];
}

/** Progress already made by the demo customer (content uuid → percent). */
export function buildCourseProgress(): [contentKey: string, progress: number][] {
  return [
    ['foto-1-1', 100],
    ['foto-1-2', 100],
    ['foto-2-1', 40],
  ];
}

/** The `cip_` token of a seeded, abandoned checkout that `GET /v3/checkout-intents/prefill` restores. */
export const DEMO_PREFILL_TOKEN = 'cip_demo_pemulihan_keranjang_nusantara';

export function buildSeedIntent(now: number): CheckoutIntentRecord {
  return {
    id: stableUuid('checkout-intent:recovery'),
    formWidgetId: 'storefront-checkout',
    clientSessionId: stableUuid('client-session:recovery'),
    token: 'cit_demo_seeded_intent_not_for_clients',
    tokenExpiresAt: now - 1 * DAY,
    prefillToken: DEMO_PREFILL_TOKEN,
    prefillExpiresAt: now + 28 * DAY,
    completed: false,
    lastSequence: 4,
    startedAt: now - 2 * DAY,
    lastActivityAt: now - 2 * DAY + 15 * 60_000,
    fields: {
      customer_name: 'Rina Wulandari',
      customer_email: 'rina.wulandari@example.com',
      customer_phone: '6281398765432',
      shipping_address: 'Jl. Kaliurang Km 5, Gg. Pandega Marta No. 8',
      shipping_province: 'DI Yogyakarta',
      shipping_city: 'Kabupaten Sleman',
      shipping_subdistrict: 'Depok',
      shipping_postal_code: '55281',
      shipping_location_id: 9124,
      payment_method: 'qris',
      sub_payment_method: null,
      notes: 'Tolong dibungkus kado ya',
      discount_code_code: 'HEMAT10',
      custom_fields: [{ key: 'gift_message', label: 'Pesan kartu ucapan', value: 'Selamat ulang tahun, Ibu!' }],
    },
    items: [
      { type: 'variant', variant_id: 494535, quantity: 2 },
      // Out of stock now.
      { type: 'variant', variant_id: 494551, quantity: 1 },
      // No longer sold.
      { type: 'variant', variant_id: 494554, quantity: 1 },
      // Deleted from the catalogue.
      { type: 'variant', variant_id: 499999, quantity: 1 },
      { type: 'bundle_price_option', bundle_price_option_id: 31926, quantity: 1 },
    ],
    attribution: { utm_source: 'instagram', utm_medium: 'social', utm_campaign: 'ramadan_sale' },
    sourceUrl: 'https://toko-nusantara.scalev.test/checkout',
    cartId: null,
    orderSecretSlug: null,
  };
}
