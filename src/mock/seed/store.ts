import type {
  CourierServiceRecord,
  DiscountCodeRecord,
  PaymentAccountRecord,
  PaymentMethodRecord,
  StoreRecord,
} from '../model.js';
import { iso } from '../core/ids.js';

const DAY = 86_400_000;

export function buildStore(uniqueId: string, storefrontKey: string, imageUrl: (name: string) => string): StoreRecord {
  return {
    id: 7001,
    uniqueId,
    storefrontKey,
    name: 'Toko Nusantara',
    logo: imageUrl('logo-toko-nusantara'),
    customDomain: 'https://toko-nusantara.scalev.test',
    business: {
      username: 'tokonusantara',
      contact_email: 'halo@tokonusantara.test',
      aff_code: null,
      logo: imageUrl('logo-toko-nusantara'),
    },
    handlerPhone: '6281311112222',
    warehouseUniqueId: 'wh_nusantara_jakarta',
    otherCharge: { amount: 2500, name: 'Biaya Penanganan' },
    otherChargeByMethod: { cod: { amount: 5000, name: 'Biaya Penanganan COD' } },
    daysOfPaymentProcessing: 1,
    isAutoExpire: true,
    autoExpireDays: 2,
    isShowWhatsapp: true,
    isShowDownloadInvoice: true,
  };
}

function method(
  code: string,
  label: string,
  kind: PaymentMethodRecord['kind'],
  fee: [percent: number, flat: number],
  extra: Partial<PaymentMethodRecord> = {},
): PaymentMethodRecord {
  const redirect = kind === 'ewallet' || kind === 'card' || kind === 'invoice' || kind === 'paylink';
  return {
    code,
    label,
    description: null,
    kind,
    enabled: true,
    requiresRedirect: redirect,
    metadata: null,
    feePercent: fee[0],
    feeFlat: fee[1],
    ...extra,
  };
}

/**
 * Enabled payment methods. Manual methods carry no service fee (GUIDES §3); e-payment methods pass a
 * fee on to the buyer (QRIS and e-wallets 0.7 %, virtual accounts a flat Rp4.000, cards 2.9 % + Rp2.000).
 */
export function buildPaymentMethods(): PaymentMethodRecord[] {
  const va = (bank: string, name: string) =>
    method(`va_${bank}`, `Virtual Account ${name}`, 'va', [0, 4000], {
      description: `Bayar lewat ATM, m-banking atau internet banking ${name}.`,
      metadata: { group: 'virtual_account', bank_code: bank.toUpperCase() },
    });
  return [
    method('bank_transfer', 'Transfer Bank', 'manual', [0, 0], {
      description: 'Transfer manual ke rekening BCA, Mandiri atau BRI, lalu unggah bukti transfer.',
      metadata: { group: 'manual' },
    }),
    va('bca', 'BCA'),
    va('bni', 'BNI'),
    va('bri', 'BRI'),
    va('mandiri', 'Mandiri'),
    va('permata', 'Permata'),
    method('qris', 'QRIS', 'qris', [0.7, 0], {
      description: 'Scan kode QR dengan aplikasi bank atau e-wallet apa pun.',
      metadata: { group: 'qris' },
    }),
    method('gopay', 'GoPay', 'ewallet', [0.7, 0], { metadata: { group: 'ewallet' } }),
    method('ovo', 'OVO', 'ewallet', [0.7, 0], {
      description: 'Konfirmasi pembayaran di aplikasi OVO yang terhubung dengan nomor HP Anda.',
      metadata: { group: 'ewallet' },
    }),
    method('dana', 'DANA', 'ewallet', [0.7, 0], { metadata: { group: 'ewallet' } }),
    method('shopeepay', 'ShopeePay', 'ewallet', [0.7, 0], { metadata: { group: 'ewallet' } }),
    method('alfamart', 'Alfamart', 'retail', [0, 5000], {
      description: 'Bayar tunai di kasir Alfamart dengan kode pembayaran.',
      metadata: { group: 'retail_outlet' },
    }),
    method('card', 'Kartu Kredit/Debit', 'card', [2.9, 2000], { metadata: { group: 'card' } }),
    method('invoice', 'Pembayaran Online (Xendit Invoice)', 'invoice', [0, 0], { metadata: { group: 'invoice' } }),
    method('cod', 'Bayar di Tempat (COD)', 'cod', [0, 0], {
      description: 'Bayar tunai ke kurir saat paket diterima. Hanya untuk kurir yang mendukung COD.',
      metadata: { group: 'manual' },
    }),
  ];
}

export function buildPaymentAccounts(): PaymentAccountRecord[] {
  return [
    {
      id: 301,
      uniqueId: 'pa_bca_nusantara',
      method: 'bank_transfer',
      accountHolder: 'PT Toko Nusantara Sejahtera',
      accountNumber: '8730123456',
      financialEntity: { id: 14, code: 'bca', name: 'Bank Central Asia (BCA)', entityType: 'bank' },
    },
    {
      id: 302,
      uniqueId: 'pa_mandiri_nusantara',
      method: 'bank_transfer',
      accountHolder: 'PT Toko Nusantara Sejahtera',
      accountNumber: '1230009876543',
      financialEntity: { id: 8, code: 'mandiri', name: 'Bank Mandiri', entityType: 'bank' },
    },
    {
      id: 303,
      uniqueId: 'pa_bri_nusantara',
      method: 'bank_transfer',
      accountHolder: 'PT Toko Nusantara Sejahtera',
      accountNumber: '034101000123567',
      financialEntity: { id: 2, code: 'bri', name: 'Bank Rakyat Indonesia (BRI)', entityType: 'bank' },
    },
  ];
}

/** Base cost per kg by shipping zone (1 same city … 6 Papua). */
export const ZONE_BASE_RATE: Record<number, number> = { 1: 9000, 2: 11000, 3: 16000, 4: 22000, 5: 28000, 6: 55000 };

export function buildCouriers(): CourierServiceRecord[] {
  const all = [1, 2, 3, 4, 5, 6];
  const java = [1, 2, 3];
  return [
    {
      id: 11,
      courierCode: 'jne',
      courierName: 'JNE',
      serviceCode: 'REG',
      name: 'Reguler',
      aggregator: null,
      isCod: true,
      multiplier: 1,
      zones: all,
      etd: { 1: '1-2 hari', 2: '2-3 hari', 3: '2-3 hari', 4: '3-4 hari', 5: '3-5 hari', 6: '5-8 hari' },
    },
    {
      id: 12,
      courierCode: 'jne',
      courierName: 'JNE',
      serviceCode: 'YES',
      name: 'Yakin Esok Sampai',
      aggregator: null,
      isCod: false,
      multiplier: 1.8,
      zones: java,
      etd: { 1: '1 hari', 2: '1 hari', 3: '1 hari' },
    },
    {
      id: 21,
      courierCode: 'jnt',
      courierName: 'J&T Express',
      serviceCode: 'EZ',
      name: 'Reguler',
      aggregator: null,
      isCod: true,
      multiplier: 1.05,
      zones: all,
      etd: { 1: '1-2 hari', 2: '2-3 hari', 3: '2-4 hari', 4: '3-5 hari', 5: '4-6 hari', 6: '6-9 hari' },
    },
    {
      id: 31,
      courierCode: 'sicepat',
      courierName: 'SiCepat',
      serviceCode: 'REG',
      name: 'Reguler',
      aggregator: 'lincah',
      isCod: true,
      multiplier: 0.95,
      zones: [1, 2, 3, 4, 5],
      etd: { 1: '1-2 hari', 2: '2-3 hari', 3: '2-3 hari', 4: '3-4 hari', 5: '4-5 hari' },
    },
    {
      id: 32,
      courierCode: 'sicepat',
      courierName: 'SiCepat',
      serviceCode: 'BEST',
      name: 'Besok Sampai Tujuan',
      aggregator: 'lincah',
      isCod: false,
      multiplier: 1.6,
      zones: java,
      etd: { 1: '1 hari', 2: '1 hari', 3: '1 hari' },
    },
    {
      id: 41,
      courierCode: 'anteraja',
      courierName: 'AnterAja',
      serviceCode: 'REG',
      name: 'Regular',
      aggregator: 'lincah',
      isCod: false,
      multiplier: 0.95,
      zones: [1, 2, 3, 4, 5],
      // The courier integration does not always return an estimate.
      etd: { 1: '1-2 hari', 2: '2-3 hari', 3: '2-4 hari', 4: '', 5: '' },
    },
  ];
}

function code(
  id: number,
  codeText: string,
  now: number,
  fields: Omit<DiscountCodeRecord, 'json'>,
  extra: Partial<DiscountCodeRecord['json']> = {},
): DiscountCodeRecord {
  const created = now - 40 * DAY;
  return {
    ...fields,
    json: {
      id,
      business_id: 5101,
      is_enabled: true,
      code: codeText,
      applied_to: fields.appliedTo,
      amount_type: fields.amountType,
      percentage: fields.amountType === 'percentage' ? String(fields.percentage) : '0',
      is_max_amount: fields.maxAmount !== null,
      max_amount: fields.maxAmount !== null ? String(fields.maxAmount) : null,
      amount: fields.amountType === 'fixed' ? String(fields.amount) : '0',
      is_usage_limit: false,
      usage_limit: null,
      current_usage: 17,
      is_expiry: fields.expiresAt !== null,
      expiry_time: fields.expiresAt !== null ? iso(fields.expiresAt) : null,
      is_limited_to_pages: false,
      pages: [],
      is_limited_to_payment_methods: fields.paymentMethods !== null,
      payment_methods: fields.paymentMethods ?? [],
      is_minimum_revenue: fields.minimumRevenue !== null,
      minimum_revenue: fields.minimumRevenue !== null ? String(fields.minimumRevenue) : null,
      inserted_at: iso(created),
      updated_at: iso(created),
      ...extra,
    },
  };
}

/**
 * Discount codes: HEMAT10 (10 % off products, max Rp50.000), ONGKIRGRATIS (shipping up to Rp20.000),
 * KEDALUWARSA (expired), MIN500RB (Rp50.000 off from Rp500.000) and QRISHEMAT (QRIS only).
 */
export function buildDiscountCodes(now: number): DiscountCodeRecord[] {
  return [
    code(601, 'HEMAT10', now, {
      appliedTo: 'product_price',
      amountType: 'percentage',
      percentage: 10,
      amount: 0,
      maxAmount: 50000,
      minimumRevenue: null,
      expiresAt: now + 60 * DAY,
      paymentMethods: null,
    }),
    code(602, 'ONGKIRGRATIS', now, {
      appliedTo: 'shipping_cost',
      amountType: 'fixed',
      percentage: 0,
      amount: 20000,
      maxAmount: null,
      minimumRevenue: null,
      expiresAt: null,
      paymentMethods: null,
    }),
    code(603, 'KEDALUWARSA', now, {
      appliedTo: 'product_price',
      amountType: 'percentage',
      percentage: 20,
      amount: 0,
      maxAmount: null,
      minimumRevenue: null,
      expiresAt: now - 5 * DAY,
      paymentMethods: null,
    }),
    code(604, 'MIN500RB', now, {
      appliedTo: 'product_price',
      amountType: 'fixed',
      percentage: 0,
      amount: 50000,
      maxAmount: null,
      minimumRevenue: 500000,
      expiresAt: null,
      paymentMethods: null,
    }),
    code(605, 'QRISHEMAT', now, {
      appliedTo: 'product_price',
      amountType: 'fixed',
      percentage: 0,
      amount: 15000,
      maxAmount: null,
      minimumRevenue: null,
      expiresAt: null,
      paymentMethods: ['qris'],
    }),
  ];
}
