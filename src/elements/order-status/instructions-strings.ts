import { registerMessages } from '../../i18n/localize.js';

/*
 * Words of the per-method payment instructions (copy buttons, deadline, accounts, VA, QRIS,
 * e-wallets, hosted pages, the check button): registered by the instructions kit, so they load
 * with the first instructions a page shows.
 */
registerMessages(
  {
    id: {
      'order-status.copy': 'Salin',
      'order-status.copyLabel': 'Salin {label}',
      'order-status.copied': '{label} disalin',
      'order-status.amount': 'Jumlah yang harus dibayar',
      'order-status.exactAmount': 'Transfer tepat sampai 3 digit terakhir agar pembayaran cepat dicek.',
      'order-status.bankTitle': 'Transfer ke salah satu rekening berikut',
      'order-status.accountNumber': 'Nomor rekening',
      'order-status.accountHolder': 'Atas nama',
      'order-status.noAccounts': 'Rekening tujuan belum tersedia. Hubungi penjual untuk instruksi transfer.',
      'order-status.vaTitle': 'Bayar ke Virtual Account {bank}',
      'order-status.vaNumber': 'Nomor Virtual Account',
      'order-status.vaHelp': 'Bayar lewat ATM, m-banking, atau internet banking {bank}. Nomor ini hanya untuk pesanan ini.',
      'order-status.retailTitle': 'Bayar di gerai {name}',
      'order-status.retailNumber': 'No Pembayaran',
      'order-status.retailHelp': 'Tunjukkan nomor pembayaran ini ke kasir.',
      'order-status.qrisTitle': 'Scan QRIS untuk membayar',
      'order-status.qrisHelp': 'Buka aplikasi bank atau e-wallet yang mendukung QRIS, lalu scan kode ini.',
      'order-status.qrisMobileHelp': 'Simpan atau screenshot kode QR ini dulu, lalu buka dari aplikasi pembayaran Anda.',
      'order-status.qrisCode': 'Kode QRIS',
      'order-status.qrisDownload': 'Unduh gambar QR',
      'order-status.qrisImage': 'Kode QR QRIS untuk pembayaran',
      'order-status.payWith': 'Bayar dengan {name}',
      'order-status.payNow': 'Lanjutkan pembayaran',
      'order-status.ewalletHelp': 'Anda akan diarahkan ke {name} untuk menyelesaikan pembayaran.',
      'order-status.ewalletScan': 'Atau scan kode ini dengan ponsel Anda',
      'order-status.ovoHelp': 'Buka aplikasi OVO yang terhubung dengan nomor telepon Anda dan selesaikan pembayaran di sana.',
      'order-status.cardHelp': 'Pembayaran kartu diselesaikan di halaman penyedia pembayaran.',
      'order-status.codTitle': 'Bayar di tempat (COD)',
      'order-status.codHelp': 'Siapkan uang tunai {amount} dan bayar kepada kurir saat pesanan tiba.',
      'order-status.payLinkHelp': 'Pilih metode pembayaran di halaman pembayaran.',
      'order-status.waiting': 'Menyiapkan instruksi pembayaran…',
      'order-status.notReady': 'Instruksi pembayaran belum tersedia.',
      'order-status.retryPayment': 'Muat instruksi pembayaran',
      'order-status.deadline': 'Bayar sebelum {date}',
      'order-status.remaining': 'Sisa waktu {time}',
      'order-status.checkStatus': 'Cek status pembayaran',
      'order-status.checking': 'Mengecek…',
      'order-status.otherMethod': 'Metode pembayaran: {name}',
    },
  },
  { en: () => import('./instructions-strings.en.js') },
);
