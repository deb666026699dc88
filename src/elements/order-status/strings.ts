import { registerMessages } from '../../i18n/localize.js';

/* The order page's own words; the transfer-proof section brings its own (`proof-strings.ts`). */
registerMessages(
  {
    id: {
      'order-status.title': 'Pesanan {number}',
      'order-status.orderStatus': 'Status pesanan',
      'order-status.paymentStatus': 'Status pembayaran',
      'order-status.paymentMethod': 'Metode pembayaran',
      'order-status.items': 'Produk',
      'order-status.quantity': '{count} ×',
      'order-status.delivery': 'Pengiriman',
      'order-status.receipt': 'No. resi: {receipt}',
      'order-status.payment': 'Pembayaran',
      'order-status.noSlug': 'Pesanan tidak ditemukan. Buka tautan pesanan dari email atau WhatsApp Anda.',
      'order-status.notFound': 'Pesanan ini tidak ditemukan. Periksa kembali tautannya.',
      'order-status.chat': 'Hubungi penjual lewat WhatsApp',
      'order-status.viewOrderPage': 'Buka halaman pesanan',
      'order-status.continue': 'Lanjutkan',
      'order-status.nowPaid': 'Pembayaran diterima.',
    },
  },
  { en: () => import('./strings.en.js') },
);
