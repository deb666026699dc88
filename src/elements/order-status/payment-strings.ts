import { registerMessages } from '../../i18n/localize.js';

/*
 * Words of what an order says about itself under `order-status.`: order and payment statuses,
 * the amounts, the settled notes. Shared by `<scalev-order-status>` and the account's order
 * detail; Indonesian is always here, English loads when an element renders in English. The
 * instructions' own words load with them (`instructions-strings.ts`).
 */
registerMessages(
  {
    id: {
      'order-status.status.draft': 'Draf',
      'order-status.status.pending': 'Menunggu pembayaran',
      'order-status.status.pendingCod': 'Menunggu diproses',
      'order-status.status.confirmed': 'Dikonfirmasi',
      'order-status.status.in_process': 'Sedang diproses',
      'order-status.status.ready': 'Siap dikirim',
      'order-status.status.shipped': 'Dikirim',
      'order-status.status.completed': 'Selesai',
      'order-status.status.canceled': 'Dibatalkan',
      'order-status.status.rts': 'Dikembalikan ke penjual',
      'order-status.status.closed': 'Ditutup',
      'order-status.pay.paid': 'Lunas',
      'order-status.pay.unpaid': 'Belum dibayar',
      'order-status.pay.cod': 'Bayar saat paket tiba',
      'order-status.pay.conflict': 'Ada masalah pada pembayaran',
      'order-status.pay.expired': 'Batas waktu pembayaran habis',
      'order-status.pay.canceled': 'Pesanan dibatalkan',
      'order-status.pay.conflictHelp': 'Pembayaran Anda perlu dicek. Hubungi penjual.',
      'order-status.productPrice': 'Harga produk',
      'order-status.productDiscount': 'Diskon produk',
      'order-status.discountCode': 'Diskon kode {code}',
      'order-status.discount': 'Diskon',
      'order-status.shipping': 'Ongkos kirim',
      'order-status.shippingDiscount': 'Diskon ongkos kirim',
      'order-status.otherIncome': 'Biaya lain',
      'order-status.serviceFee': 'Biaya layanan',
      'order-status.paymentLinkIncome': 'Biaya Payment Link',
      'order-status.uniqueCode': 'Kode unik',
      'order-status.total': 'Total',
      'order-status.paidNote': 'Pembayaran sudah diterima. Terima kasih!',
    },
  },
  { en: () => import('./payment-strings.en.js') },
);
