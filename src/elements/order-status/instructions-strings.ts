import { registerMessages } from '../../i18n/localize.js';

/*
 * Words every payment instruction uses (copy buttons, amount, deadline, the check button) and the
 * bank transfer's: registered by the instructions kit, so they load with the first instructions a
 * page shows. The gateway kit and the other methods register their own words (`gateway-kit.ts`,
 * `pay-*.ts`); English is all here.
 */
registerMessages(
  {
    id: {
      'order-status.copy': 'Salin',
      'order-status.copied': '{label} disalin',
      'order-status.copyDone': 'Tersalin',
      'order-status.copyFailed': 'Tidak bisa menyalin otomatis. Pilih nomornya lalu salin secara manual.',
      'order-status.amount': 'Jumlah yang harus dibayar',
      'order-status.exactAmount': 'Transfer tepat sampai 3 digit terakhir agar pembayaran cepat dicek.',
      'order-status.bankTitle': 'Transfer ke salah satu rekening berikut',
      'order-status.accountNumber': 'Nomor rekening',
      'order-status.accountHolder': 'Atas nama',
      'order-status.noAccounts': 'Rekening tujuan belum tersedia. Hubungi penjual untuk instruksi transfer.',
      'order-status.deadline': 'Bayar sebelum {date}',
      'order-status.remaining': 'Sisa waktu {time}',
      'order-status.checkStatus': 'Cek status pembayaran',
      'order-status.checking': 'Mengecek…',
      'order-status.stillUnpaid': 'Pembayaran belum kami terima. Kami akan terus memeriksa.',
      'order-status.stillUnpaidCheckAgain': 'Pembayaran belum kami terima. Cek lagi setelah Anda membayar.',
    },
  },
  { en: () => import('./instructions-strings.en.js') },
);
