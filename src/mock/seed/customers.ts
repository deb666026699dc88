import type { CustomerRecord } from '../model.js';
import { CEMPAKA_PUTIH_LOCATION_ID } from './locations.js';

const DAY = 86_400_000;

/** The demo customer: signs in with `email` + `password`; `otp` is the code when the store requires OTP. */
export const DEMO_CUSTOMER = {
  email: 'budi@example.com',
  password: 'rahasia123',
  otp: '123456',
  name: 'Budi Santoso',
} as const;

/** A second customer with no orders, to prove one customer never sees another's data. */
export const SECOND_CUSTOMER = {
  email: 'siti@example.com',
  password: 'rahasia123',
  name: 'Siti Rahmawati',
} as const;

export function buildCustomers(now: number): CustomerRecord[] {
  return [
    {
      id: 5001,
      email: DEMO_CUSTOMER.email,
      password: DEMO_CUSTOMER.password,
      name: DEMO_CUSTOMER.name,
      phone: '6281234567890',
      dateOfBirth: '1990-08-17',
      sex: 'male',
      avatar: null,
      bio: null,
      isUnsubscribe: false,
      status: 'active',
      confirmedAt: now - 400 * DAY,
      createdAt: now - 400 * DAY,
      lastUpdatedAt: now - 30 * DAY,
      isGeneratedPasswordReset: false,
    },
    {
      id: 5002,
      email: SECOND_CUSTOMER.email,
      password: SECOND_CUSTOMER.password,
      name: SECOND_CUSTOMER.name,
      phone: '6285712345678',
      dateOfBirth: null,
      sex: 'female',
      avatar: null,
      bio: null,
      isUnsubscribe: true,
      status: 'active',
      confirmedAt: now - 90 * DAY,
      createdAt: now - 90 * DAY,
      lastUpdatedAt: now - 90 * DAY,
      isGeneratedPasswordReset: false,
    },
  ];
}

export const DEMO_ADDRESSES = [
  {
    id: 801,
    customerId: 5001,
    name: 'Budi Santoso (Rumah)',
    phone: '6281234567890',
    email: 'budi@example.com',
    locationId: CEMPAKA_PUTIH_LOCATION_ID,
    address: 'Jl. Cempaka Putih Tengah XIII No. 21, RT 05/RW 07',
    postalCode: '10510',
    notes: 'Pagar hijau, titip ke satpam kalau tidak ada orang.',
  },
  {
    id: 802,
    customerId: 5001,
    name: 'Budi Santoso (Kantor)',
    phone: '6281234567890',
    email: null,
    // Setiabudi, Jakarta Selatan.
    locationId: 9095,
    address: 'Menara Nusantara Lt. 12, Jl. H.R. Rasuna Said Kav. 5',
    postalCode: '12910',
    notes: null,
  },
];

/** One seeded order of the demo customer. `b:` ids are bundle price options. */
export interface SeedOrderSpec {
  daysAgo: number;
  lines: [ref: number | `b:${number}`, quantity: number][];
  paymentMethod: string;
  status: string;
  paymentStatus: 'unpaid' | 'paid' | 'conflict';
  courierId: number | null;
  shipmentReceipt?: string;
  moneyAsNumbers: boolean;
  /** Stable secret slug so stories and tests can open the order. */
  slug: string;
}

/** Named seeded orders (public order routes take the slug). */
export const DEMO_ORDER_SLUGS = {
  bankTransferPending: 'nus7k2m9xq4wd3bt',
  virtualAccountPending: 'nus5v8a1cb6eq2va',
  qrisPaid: 'nus3q9r7is2dp8qr',
  shipped: 'nus8s4h1pd6jn0sh',
  cod: 'nus2c0d6ab9kr5cd',
  expired: 'nus6x1p3rd8ez4ex',
} as const;

const PHYSICAL_PICKS: [number | `b:${number}`, number][][] = [
  [[494535, 1], [494545, 1]],
  [[494550, 2]],
  [[494553 + 2, 1]],
  [[494547, 2], [494549, 3]],
  [['b:31925', 1]],
  [[494592, 1]],
  [[494599, 1], [494600, 1]],
  [[494541, 1]],
  [[494594, 1]],
  [[494586 + 2, 1]],
  [[494562 + 8, 2]],
  [['b:31926', 1]],
];

const METHOD_CYCLE = ['bank_transfer', 'va_mandiri', 'qris', 'cod', 'bank_transfer', 'shopeepay', 'va_bca', 'alfamart'];
const COURIER_CYCLE = [11, 31, 21, 41];

export function buildOrderSpecs(): SeedOrderSpec[] {
  const specs: SeedOrderSpec[] = [
    { daysAgo: 0.1, lines: [[494535, 2], [494545, 1]], paymentMethod: 'bank_transfer', status: 'pending', paymentStatus: 'unpaid', courierId: 11, moneyAsNumbers: false, slug: DEMO_ORDER_SLUGS.bankTransferPending },
    { daysAgo: 0.5, lines: [[494561, 1]], paymentMethod: 'va_bca', status: 'pending', paymentStatus: 'unpaid', courierId: 12, moneyAsNumbers: false, slug: DEMO_ORDER_SLUGS.virtualAccountPending },
    { daysAgo: 2, lines: [[494550, 1], [494547, 1]], paymentMethod: 'qris', status: 'in_process', paymentStatus: 'paid', courierId: 31, moneyAsNumbers: false, slug: DEMO_ORDER_SLUGS.qrisPaid },
    { daysAgo: 4, lines: [[494571, 1]], paymentMethod: 'gopay', status: 'shipped', paymentStatus: 'paid', courierId: 21, shipmentReceipt: 'JP4810293847', moneyAsNumbers: false, slug: DEMO_ORDER_SLUGS.shipped },
    { daysAgo: 5, lines: [[494546, 2]], paymentMethod: 'cod', status: 'shipped', paymentStatus: 'unpaid', courierId: 11, shipmentReceipt: 'JNE0012345678', moneyAsNumbers: false, slug: DEMO_ORDER_SLUGS.cod },
    { daysAgo: 9, lines: [['b:31925', 1]], paymentMethod: 'bank_transfer', status: 'completed', paymentStatus: 'paid', courierId: 11, shipmentReceipt: 'JNE0012340001', moneyAsNumbers: false, slug: 'nus1c9m4pl7tw2bt' },
    { daysAgo: 12, lines: [[494592, 1]], paymentMethod: 'va_bni', status: 'canceled', paymentStatus: 'unpaid', courierId: 31, moneyAsNumbers: false, slug: DEMO_ORDER_SLUGS.expired },
    { daysAgo: 15, lines: [[494602, 1]], paymentMethod: 'qris', status: 'completed', paymentStatus: 'paid', courierId: null, moneyAsNumbers: false, slug: 'nus4e8b2kd0ok1eb' },
    { daysAgo: 26, lines: [[494604, 1]], paymentMethod: 'va_bca', status: 'completed', paymentStatus: 'paid', courierId: null, moneyAsNumbers: false, slug: 'nus9k3l6fo2to7kf' },
  ];
  for (let i = specs.length; i < 31; i++) {
    const method = METHOD_CYCLE[i % METHOD_CYCLE.length]!;
    const canceled = i % 9 === 4;
    specs.push({
      daysAgo: 30 + (i - specs.length) * 11,
      lines: PHYSICAL_PICKS[i % PHYSICAL_PICKS.length]!,
      paymentMethod: method,
      status: canceled ? 'canceled' : i % 13 === 7 ? 'rts' : 'completed',
      paymentStatus: canceled || (method === 'cod' && i % 13 === 7) ? 'unpaid' : 'paid',
      // COD needs a courier that collects cash.
      courierId: method === 'cod' ? 11 : COURIER_CYCLE[i % COURIER_CYCLE.length]!,
      shipmentReceipt: canceled ? undefined : `SCV${String(100000 + i * 7919).slice(0, 6)}${i}`,
      // Older orders come back with JSON numbers for money, as migrated orders do.
      moneyAsNumbers: i >= 20,
      slug: `nusold${String(i).padStart(2, '0')}q${(i * 7919).toString(36)}`,
    });
  }
  // The course whose access has since expired was bought a year ago.
  specs.push({ daysAgo: 380, lines: [[494605, 1]], paymentMethod: 'bank_transfer', status: 'completed', paymentStatus: 'paid', courierId: null, moneyAsNumbers: true, slug: 'nusold99copyw1ex' });
  return specs;
}

export const DEMO_CUSTOMER_ID = 5001;
export const SECOND_CUSTOMER_ID = 5002;
