import { registerMessages } from '../../i18n/localize.js';

/* Words of the transfer-proof section; they load with it (bank transfers only). */
registerMessages(
  {
    id: {
      'order-status.proofTitle': 'Bukti transfer',
      'order-status.proofSent': 'Bukti transfer sudah dikirim{time}. Penjual akan mengecek pembayaran Anda.',
      'order-status.proofView': 'Lihat bukti transfer',
      'order-status.proofChoose': 'Pilih foto bukti transfer',
      'order-status.proofHint': 'Format JPG, PNG, atau WebP, maksimal 10 MB.',
      'order-status.proofAccount': 'Rekening tujuan transfer',
      'order-status.proofSubmit': 'Kirim bukti transfer',
      'order-status.proofResubmit': 'Kirim ulang bukti transfer',
      'order-status.proofUploading': 'Mengunggah… {percent}%',
      'order-status.proofPreview': 'Pratinjau bukti transfer',
      'order-status.proofType': 'File harus berupa gambar JPG, PNG, atau WebP.',
      'order-status.proofSize': 'Ukuran file maksimal 10 MB.',
      'order-status.proofEmpty': 'File kosong. Pilih foto lain.',
      'order-status.proofDone': 'Bukti transfer terkirim.',
      'order-status.proofFailed': 'Bukti transfer gagal dikirim: {reason}',
    },
  },
  { en: () => import('./proof-strings.en.js') },
);
