/**
 * The demo shop's catalogue: "Toko Nusantara", an Indonesian shop with coffee and food, batik and
 * fashion, crafts, e-books, online courses and subscriptions. Ids are fixed so tests and docs can
 * name them; variant 494535 and bundle price option 31925 are the ids of the implementation guide's
 * example payloads.
 */

export interface CategorySeed {
  id: number;
  name: string;
  fullPath: string;
}

export interface VariantSeed {
  id: number;
  /** option1..3 values. */
  values?: (string | null)[];
  price: string | number;
  /** Units in stock; null = non-inventory (unlimited). */
  stock: number | null;
  /** Grams. */
  weight: number;
  active?: boolean;
  sku: string;
  recurring?: { interval: 'month' | 'year'; count: number };
  images?: string[];
}

export interface ProductSeed {
  id: number;
  slug: string;
  name: string;
  description: string;
  rich: string | null;
  itemType: 'physical' | 'digital' | 'course' | 'subscription';
  categoryId: number;
  daysAgo: number;
  optionNames: string[];
  /** Image names; turned into URLs with the image base. */
  images: string[];
  variants: VariantSeed[];
  listed?: boolean;
}

export interface BundleSeed {
  id: number;
  bundleId: number;
  slug: string;
  uniqueId: string;
  name: string;
  bundleName: string;
  optionName: string;
  description: string;
  rich: string | null;
  price: string | number;
  weightBump: number;
  lines: [variantId: number, quantity: number][];
  images: string[];
  categoryId: number;
  daysAgo: number;
}

export const CATEGORIES: CategorySeed[] = [
  { id: 101, name: 'Kopi & Teh', fullPath: 'Makanan & Minuman > Kopi & Teh' },
  { id: 102, name: 'Makanan Khas', fullPath: 'Makanan & Minuman > Makanan Khas' },
  { id: 201, name: 'Batik', fullPath: 'Fashion > Batik' },
  { id: 202, name: 'Kaos & Aksesori', fullPath: 'Fashion > Kaos & Aksesori' },
  { id: 301, name: 'Kerajinan Tangan', fullPath: 'Kerajinan Tangan' },
  { id: 401, name: 'E-book & Kelas', fullPath: 'Produk Digital > E-book & Kelas' },
  { id: 501, name: 'Langganan', fullPath: 'Langganan' },
];

function kaosVariants(): VariantSeed[] {
  const sizes = ['S', 'M', 'L', 'XL'];
  const colours = ['Hitam', 'Putih', 'Hijau Army'];
  const sleeves = ['Pendek', 'Panjang'];
  const out: VariantSeed[] = [];
  let id = 494562;
  for (const size of sizes) {
    for (const colour of colours) {
      for (const sleeve of sleeves) {
        const soldOut = (colour === 'Hijau Army' && size === 'XL' && sleeve === 'Panjang') || (colour === 'Putih' && size === 'S' && sleeve === 'Pendek');
        out.push({
          id: id++,
          values: [size, colour, sleeve],
          price: sleeve === 'Pendek' ? 99000 : 119000,
          stock: soldOut ? 0 : 20,
          weight: sleeve === 'Pendek' ? 200 : 250,
          // Hijau Army is not produced in size S.
          active: !(colour === 'Hijau Army' && size === 'S'),
          sku: `KAOS-${size}-${colour.replace(' ', '').toUpperCase()}-${sleeve === 'Pendek' ? 'PDK' : 'PJG'}`,
          images: [`kaos-katun-nusantara-${colour.toLowerCase().replace(' ', '-')}`],
        });
      }
    }
  }
  return out;
}

function sizeColourVariants(
  firstId: number,
  sizes: string[],
  colours: string[],
  build: (size: string, colour: string) => Omit<VariantSeed, 'id' | 'values'>,
): VariantSeed[] {
  let id = firstId;
  const out: VariantSeed[] = [];
  for (const size of sizes) for (const colour of colours) out.push({ id: id++, values: [size, colour], ...build(size, colour) });
  return out;
}

export const PRODUCTS: ProductSeed[] = [
  {
    id: 1001,
    slug: 'kopi-arabika-gayo',
    name: 'Kopi Arabika Gayo',
    description: 'Kopi arabika single origin dari dataran tinggi Gayo, Aceh. Aroma rempah, rasa cokelat dan keasaman yang lembut.',
    rich: '<p>Dipetik merah dari kebun rakyat di <strong>Takengon, Aceh Tengah</strong> pada ketinggian 1.400 mdpl, lalu diproses <em>semi-washed</em>.</p><ul><li>Catatan rasa: cokelat, rempah, gula aren</li><li>Sangrai: medium</li><li>Cocok untuk V60, tubruk dan espresso</li></ul>',
    itemType: 'physical',
    categoryId: 101,
    daysAgo: 3,
    optionNames: ['Gilingan', 'Berat'],
    images: ['kopi-arabika-gayo-1', 'kopi-arabika-gayo-2', 'kopi-arabika-gayo-3'],
    variants: [
      { id: 494535, values: ['Biji Utuh', '250 g'], price: '89000.00', stock: 40, weight: 300, sku: 'GAYO-BJ-250' },
      { id: 494536, values: ['Biji Utuh', '500 g'], price: '165000.00', stock: 25, weight: 550, sku: 'GAYO-BJ-500' },
      { id: 494537, values: ['Bubuk Halus', '250 g'], price: '89000.00', stock: 12, weight: 300, sku: 'GAYO-BH-250' },
      { id: 494538, values: ['Bubuk Halus', '500 g'], price: '165000.00', stock: 8, weight: 550, sku: 'GAYO-BH-500' },
      { id: 494539, values: ['Bubuk Kasar', '250 g'], price: '89000.00', stock: 3, weight: 300, sku: 'GAYO-BK-250' },
      { id: 494540, values: ['Bubuk Kasar', '500 g'], price: '165000.00', stock: 0, weight: 550, sku: 'GAYO-BK-500' },
    ],
  },
  {
    id: 1002,
    slug: 'kopi-toraja-sapan',
    name: 'Kopi Toraja Sapan 250 g',
    description: 'Arabika Toraja dari desa Sapan. Body tebal, rasa karamel dan sedikit herbal.',
    rich: '<p>Ditanam di lereng <strong>Gunung Sesean</strong>, Toraja Utara. Diroasting seminggu sekali supaya selalu segar.</p>',
    itemType: 'physical',
    categoryId: 101,
    daysAgo: 10,
    optionNames: [],
    images: ['kopi-toraja-sapan-1', 'kopi-toraja-sapan-2'],
    variants: [{ id: 494541, price: 95000, stock: 30, weight: 300, sku: 'TORAJA-250' }],
  },
  {
    id: 1003,
    slug: 'kopi-luwak-kintamani',
    name: 'Kopi Luwak Liar Kintamani 100 g',
    description: 'Kopi luwak liar (bukan tangkaran) dari Kintamani, Bali. Stok sangat terbatas.',
    rich: '<p>Dikumpulkan dari luwak liar di perkebunan Kintamani. <strong>Bersertifikat halal.</strong></p>',
    itemType: 'physical',
    categoryId: 101,
    daysAgo: 21,
    optionNames: [],
    images: ['kopi-luwak-kintamani-1'],
    variants: [{ id: 494542, price: '350000.00', stock: 3, weight: 150, sku: 'LUWAK-100' }],
  },
  {
    id: 1004,
    slug: 'teh-hijau-tambi',
    name: 'Teh Hijau Tambi Wonosobo',
    description: 'Teh hijau dari perkebunan Tambi di lereng Gunung Sindoro. Segar, sepat ringan, wangi daun.',
    rich: null,
    itemType: 'physical',
    categoryId: 101,
    daysAgo: 30,
    optionNames: ['Jenis'],
    images: ['teh-hijau-tambi-1', 'teh-hijau-tambi-2'],
    variants: [
      // Packed to order: no stock limit.
      { id: 494543, values: ['Tubruk 100 g'], price: '32000.00', stock: null, weight: 150, sku: 'TAMBI-TBK' },
      { id: 494544, values: ['Celup 25 sachet'], price: '28000.00', stock: 60, weight: 100, sku: 'TAMBI-CLP' },
    ],
  },
  {
    id: 1005,
    slug: 'gula-aren-cair',
    name: 'Gula Aren Cair 500 ml',
    description: 'Gula aren murni dari Banten, pas untuk kopi susu dan es teh.',
    rich: null,
    itemType: 'physical',
    categoryId: 101,
    daysAgo: 41,
    optionNames: [],
    images: ['gula-aren-cair-1'],
    variants: [{ id: 494545, price: 28000, stock: 50, weight: 600, sku: 'AREN-500' }],
  },
  {
    id: 1006,
    slug: 'sambal-roa-manado',
    name: 'Sambal Roa Khas Manado',
    description: 'Sambal ikan roa asap dengan cabai rawit dan bawang. Tahan 3 bulan tanpa pengawet.',
    rich: '<h3>Komposisi</h3><p>Ikan roa asap, cabai rawit, bawang merah, bawang putih, minyak kelapa, garam.</p><p><em>Simpan di lemari es setelah dibuka.</em></p>',
    itemType: 'physical',
    categoryId: 102,
    daysAgo: 5,
    optionNames: ['Level Pedas'],
    images: ['sambal-roa-manado-1', 'sambal-roa-manado-2'],
    variants: [
      { id: 494546, values: ['Sedang'], price: 45000, stock: 35, weight: 250, sku: 'ROA-SDG' },
      { id: 494547, values: ['Pedas'], price: 45000, stock: 40, weight: 250, sku: 'ROA-PDS' },
      { id: 494548, values: ['Extra Pedas'], price: 45000, stock: 0, weight: 250, sku: 'ROA-XPD' },
    ],
  },
  {
    id: 1007,
    slug: 'keripik-tempe-sagu',
    name: 'Keripik Tempe Sagu Malang 200 g',
    description: 'Keripik tempe tipis renyah khas Malang, bumbu bawang daun.',
    rich: null,
    itemType: 'physical',
    categoryId: 102,
    daysAgo: 12,
    optionNames: [],
    images: ['keripik-tempe-sagu-1'],
    variants: [{ id: 494549, price: 18000, stock: 120, weight: 220, sku: 'TEMPE-200' }],
  },
  {
    id: 1008,
    slug: 'rendang-daging-kemasan',
    name: 'Rendang Daging Sapi Kemasan 250 g',
    description: 'Rendang Minang dimasak 8 jam, dikemas vakum. Tinggal hangatkan.',
    rich: '<p>Resep keluarga dari <strong>Bukittinggi</strong>. Daging sapi lokal, santan kelapa tua dan 14 jenis rempah.</p><p>Daya simpan 6 bulan pada suhu ruang.</p>',
    itemType: 'physical',
    categoryId: 102,
    daysAgo: 2,
    optionNames: [],
    images: ['rendang-daging-kemasan-1', 'rendang-daging-kemasan-2'],
    variants: [{ id: 494550, price: '125000.00', stock: 15, weight: 350, sku: 'RENDANG-250' }],
  },
  {
    id: 1009,
    slug: 'madu-hutan-sumbawa',
    name: 'Madu Hutan Sumbawa',
    description: 'Madu liar dari hutan Sumbawa, dipanen dengan cara tradisional. Sedang habis, panen berikutnya bulan depan.',
    rich: null,
    itemType: 'physical',
    categoryId: 102,
    daysAgo: 60,
    optionNames: ['Ukuran'],
    images: ['madu-hutan-sumbawa-1'],
    variants: [
      { id: 494551, values: ['500 ml'], price: 110000, stock: 0, weight: 700, sku: 'MADU-500' },
      { id: 494552, values: ['250 ml'], price: 65000, stock: 0, weight: 380, sku: 'MADU-250' },
    ],
  },
  {
    id: 1010,
    slug: 'kemeja-batik-parang',
    name: 'Kemeja Batik Parang Lengan Panjang',
    description: 'Kemeja batik cap motif Parang dari Solo, katun primisima, kerah tegak.',
    rich: '<p>Motif <strong>Parang Rusak</strong> melambangkan semangat yang tidak pernah padam.</p><table><tr><th>Ukuran</th><th>Lebar dada</th><th>Panjang</th></tr><tr><td>S</td><td>50 cm</td><td>70 cm</td></tr><tr><td>M</td><td>53 cm</td><td>72 cm</td></tr><tr><td>L</td><td>56 cm</td><td>74 cm</td></tr><tr><td>XL</td><td>59 cm</td><td>76 cm</td></tr></table>',
    itemType: 'physical',
    categoryId: 201,
    daysAgo: 7,
    optionNames: ['Ukuran', 'Warna'],
    images: ['kemeja-batik-parang-1', 'kemeja-batik-parang-2', 'kemeja-batik-parang-3'],
    variants: sizeColourVariants(494553, ['S', 'M', 'L', 'XL'], ['Biru Indigo', 'Cokelat Sogan'], (size, colour) => ({
      price: size === 'XL' ? '295000.00' : '285000.00',
      stock: size === 'XL' && colour === 'Biru Indigo' ? 0 : size === 'L' && colour === 'Cokelat Sogan' ? 2 : 10,
      weight: 400,
      // Cokelat Sogan is not made in S.
      active: !(size === 'S' && colour === 'Cokelat Sogan'),
      sku: `PARANG-${size}-${colour === 'Biru Indigo' ? 'BIRU' : 'COKLAT'}`,
      images: [`kemeja-batik-parang-${colour === 'Biru Indigo' ? 'biru' : 'cokelat'}`],
    })),
  },
  {
    id: 1011,
    slug: 'kain-batik-tulis-lasem',
    name: 'Kain Batik Tulis Lasem 2 m',
    description: 'Batik tulis tiga negeri dari Lasem, dikerjakan tiga bulan. Satu motif, satu lembar.',
    rich: '<p>Pewarnaan alami: <em>merah mengkudu, biru indigo, cokelat soga</em>. Dilengkapi sertifikat keaslian.</p>',
    itemType: 'physical',
    categoryId: 201,
    daysAgo: 15,
    optionNames: [],
    images: ['kain-batik-tulis-lasem-1', 'kain-batik-tulis-lasem-2'],
    variants: [{ id: 494561, price: '750000.00', stock: 2, weight: 500, sku: 'LASEM-TULIS' }],
  },
  {
    id: 1012,
    slug: 'kaos-katun-nusantara',
    name: 'Kaos Katun Combed "Nusantara"',
    description: 'Kaos katun combed 30s dengan sablon peta Nusantara. Adem, tidak menerawang.',
    rich: '<p>Bahan <strong>cotton combed 30s</strong>, sablon plastisol tahan cuci.</p>',
    itemType: 'physical',
    categoryId: 202,
    daysAgo: 1,
    optionNames: ['Ukuran', 'Warna', 'Lengan'],
    images: ['kaos-katun-nusantara-hitam', 'kaos-katun-nusantara-putih', 'kaos-katun-nusantara-hijau-army'],
    variants: kaosVariants(),
  },
  {
    id: 1013,
    slug: 'dress-batik-mega-mendung',
    name: 'Dress Batik Mega Mendung',
    description: 'Dress midi motif Mega Mendung Cirebon, rayon premium, ada saku samping.',
    rich: null,
    itemType: 'physical',
    categoryId: 201,
    daysAgo: 9,
    optionNames: ['Ukuran', 'Warna'],
    images: ['dress-batik-mega-mendung-merah', 'dress-batik-mega-mendung-biru'],
    variants: sizeColourVariants(494586, ['S', 'M', 'L'], ['Merah', 'Biru'], (size, colour) => ({
      price: '325000.00',
      stock: size === 'M' && colour === 'Merah' ? 1 : 5,
      weight: 350,
      sku: `MEGA-${size}-${colour.toUpperCase()}`,
      images: [`dress-batik-mega-mendung-${colour.toLowerCase()}`],
    })),
  },
  {
    id: 1014,
    slug: 'tote-bag-tenun-sumba',
    name: 'Tote Bag Tenun Ikat Sumba',
    description: 'Tote bag kanvas dengan panel tenun ikat Sumba Timur asli.',
    rich: null,
    itemType: 'physical',
    categoryId: 202,
    daysAgo: 25,
    optionNames: [],
    images: ['tote-bag-tenun-sumba-1'],
    variants: [{ id: 494592, price: 165000, stock: 9, weight: 300, sku: 'TOTE-SUMBA' }],
  },
  {
    id: 1015,
    slug: 'sarung-tenun-samarinda',
    name: 'Sarung Tenun Samarinda',
    description: 'Sarung tenun gedogan khas Samarinda. Hanya lewat tautan langsung, tidak tampil di katalog.',
    rich: null,
    itemType: 'physical',
    categoryId: 202,
    daysAgo: 33,
    optionNames: [],
    images: ['sarung-tenun-samarinda-1'],
    variants: [{ id: 494593, price: '210000.00', stock: 6, weight: 450, sku: 'SARUNG-SMD' }],
    listed: false,
  },
  {
    id: 1016,
    slug: 'keranjang-rotan-serbaguna',
    name: 'Keranjang Rotan Serbaguna',
    description: 'Keranjang anyaman rotan dari Cirebon untuk pakaian, mainan, atau tanaman.',
    rich: null,
    itemType: 'physical',
    categoryId: 301,
    daysAgo: 18,
    optionNames: ['Ukuran'],
    images: ['keranjang-rotan-serbaguna-1', 'keranjang-rotan-serbaguna-2'],
    variants: [
      { id: 494594, values: ['Kecil (25 cm)'], price: 75000, stock: 20, weight: 400, sku: 'ROTAN-S' },
      { id: 494595, values: ['Sedang (35 cm)'], price: 95000, stock: 12, weight: 700, sku: 'ROTAN-M' },
      { id: 494596, values: ['Besar (45 cm)'], price: 125000, stock: 6, weight: 1200, sku: 'ROTAN-L' },
    ],
  },
  {
    id: 1017,
    slug: 'wayang-kulit-arjuna',
    name: 'Wayang Kulit Arjuna (Hiasan Dinding)',
    description: 'Wayang kulit kerbau tatahan tangan perajin Wonogiri, lengkap dengan bingkai kaca.',
    rich: '<p>Tinggi tokoh 45 cm. Setiap wayang dibuat satu per satu, warna bisa sedikit berbeda dari foto.</p>',
    itemType: 'physical',
    categoryId: 301,
    daysAgo: 45,
    optionNames: [],
    images: ['wayang-kulit-arjuna-1'],
    variants: [{ id: 494597, price: '450000.00', stock: 1, weight: 800, sku: 'WAYANG-ARJ' }],
  },
  {
    id: 1018,
    slug: 'vas-gerabah-kasongan',
    name: 'Vas Bunga Gerabah Kasongan',
    description: 'Vas gerabah terakota dari Kasongan, Bantul. Finishing natural.',
    rich: null,
    itemType: 'physical',
    categoryId: 301,
    daysAgo: 50,
    optionNames: [],
    images: ['vas-gerabah-kasongan-1'],
    variants: [{ id: 494598, price: 85000, stock: 14, weight: 1500, sku: 'KASONGAN-VAS' }],
  },
  {
    id: 1019,
    slug: 'lilin-aromaterapi-bali',
    name: 'Lilin Aromaterapi Bali',
    description: 'Lilin soy wax dengan minyak atsiri khas Bali, nyala 30 jam.',
    rich: null,
    itemType: 'physical',
    categoryId: 301,
    daysAgo: 20,
    optionNames: ['Aroma'],
    images: ['lilin-aromaterapi-bali-1'],
    variants: [
      { id: 494599, values: ['Kamboja'], price: 55000, stock: 25, weight: 200, sku: 'LILIN-KMB' },
      { id: 494600, values: ['Sereh'], price: 55000, stock: 25, weight: 200, sku: 'LILIN-SRH' },
      { id: 494601, values: ['Cendana'], price: 55000, stock: 4, weight: 200, sku: 'LILIN-CDN' },
    ],
  },
  {
    id: 1020,
    slug: 'ebook-resep-warisan-nusantara',
    name: 'E-book: Resep Warisan Nusantara',
    description: '120 resep masakan rumahan dari Sabang sampai Merauke, PDF 240 halaman.',
    rich: '<p>Berisi resep <strong>rendang, gudeg, coto Makassar, papeda</strong> dan lainnya, lengkap dengan foto langkah demi langkah.</p><p>File PDF dikirim ke email setelah pembayaran.</p>',
    itemType: 'digital',
    categoryId: 401,
    daysAgo: 40,
    optionNames: [],
    images: ['ebook-resep-warisan-nusantara-1'],
    variants: [{ id: 494602, price: '49000.00', stock: null, weight: 0, sku: 'EBOOK-RESEP' }],
  },
  {
    id: 1021,
    slug: 'ebook-panduan-jualan-online',
    name: 'E-book: Panduan Jualan Online untuk UMKM',
    description: 'Langkah praktis membuka toko online, dari foto produk sampai iklan pertama.',
    rich: null,
    itemType: 'digital',
    categoryId: 401,
    daysAgo: 70,
    optionNames: [],
    images: ['ebook-panduan-jualan-online-1'],
    variants: [{ id: 494603, price: 29000, stock: null, weight: 0, sku: 'EBOOK-UMKM' }],
  },
  {
    id: 1022,
    slug: 'kelas-fotografi-produk-hp',
    name: 'Kelas Online: Fotografi Produk dengan HP',
    description: 'Belajar memotret produk jualan hanya dengan ponsel: cahaya, komposisi, editing. 7 materi video.',
    rich: '<p>Akses selamanya. Cocok untuk pemula, tidak perlu kamera mahal.</p>',
    itemType: 'course',
    categoryId: 401,
    daysAgo: 35,
    optionNames: [],
    images: ['kelas-fotografi-produk-hp-1'],
    variants: [{ id: 494604, price: '199000.00', stock: null, weight: 0, sku: 'KELAS-FOTO' }],
  },
  {
    id: 1023,
    slug: 'kelas-copywriting-jualan',
    name: 'Kelas Online: Copywriting Jualan',
    description: 'Menulis caption dan deskripsi produk yang menjual. Akses 1 tahun.',
    rich: null,
    itemType: 'course',
    categoryId: 401,
    daysAgo: 80,
    optionNames: [],
    images: ['kelas-copywriting-jualan-1'],
    variants: [{ id: 494605, price: 149000, stock: null, weight: 0, sku: 'KELAS-COPY' }],
  },
  {
    id: 1024,
    slug: 'kopi-club-langganan',
    name: 'Kopi Club: Langganan Kopi Bulanan',
    description: 'Setiap bulan dikirimi kopi pilihan dari berbagai daerah. Bisa naik atau turun paket kapan saja.',
    rich: '<ul><li><strong>Basic</strong>: 1 kopi 200 g</li><li><strong>Pro</strong>: 2 kopi 200 g</li><li><strong>Premium</strong>: 3 kopi 200 g + 1 kopi spesial</li></ul>',
    itemType: 'subscription',
    categoryId: 501,
    daysAgo: 90,
    optionNames: ['Paket'],
    images: ['kopi-club-langganan-1'],
    variants: [
      { id: 494606, values: ['Basic'], price: 99000, stock: null, weight: 0, sku: 'KOPICLUB-BASIC', recurring: { interval: 'month', count: 1 } },
      { id: 494607, values: ['Pro'], price: 179000, stock: null, weight: 0, sku: 'KOPICLUB-PRO', recurring: { interval: 'month', count: 1 } },
      { id: 494608, values: ['Premium'], price: 299000, stock: null, weight: 0, sku: 'KOPICLUB-PREMIUM', recurring: { interval: 'month', count: 1 } },
    ],
  },
  {
    id: 1025,
    slug: 'membership-komunitas-umkm',
    name: 'Membership Komunitas UMKM Nusantara',
    description: 'Akses grup mentoring, webinar bulanan dan template konten untuk pelaku UMKM.',
    rich: null,
    itemType: 'subscription',
    categoryId: 501,
    daysAgo: 100,
    optionNames: ['Periode'],
    // A product without pictures: cards fall back to a placeholder.
    images: [],
    variants: [
      { id: 494609, values: ['Bulanan'], price: 49000, stock: null, weight: 0, sku: 'UMKM-BLN', recurring: { interval: 'month', count: 1 } },
      { id: 494610, values: ['Tahunan'], price: 490000, stock: null, weight: 0, sku: 'UMKM-THN', recurring: { interval: 'year', count: 1 } },
    ],
  },
  {
    id: 1026,
    slug: 'kain-songket-palembang',
    name: 'Kain Songket Palembang Benang Emas',
    description: 'Songket tenun tangan motif lepus berakam, benang emas Jepang.',
    rich: '<p>Proses tenun sekitar 2 bulan oleh perajin di Kelurahan 30 Ilir, Palembang.</p>',
    itemType: 'physical',
    categoryId: 201,
    daysAgo: 4,
    optionNames: [],
    images: ['kain-songket-palembang-1', 'kain-songket-palembang-2'],
    variants: [{ id: 494611, price: '1250000.00', stock: 1, weight: 600, sku: 'SONGKET-PLG' }],
  },
];

export const BUNDLES: BundleSeed[] = [
  {
    id: 31925,
    bundleId: 8801,
    slug: 'paket-ngopi-nusantara',
    uniqueId: 'bpo_ngopi_nusantara_hemat',
    name: 'Paket Ngopi Nusantara',
    bundleName: 'Paket Ngopi Nusantara',
    optionName: 'Paket Hemat',
    description: 'Kopi Gayo biji 250 g, Kopi Toraja 250 g dan Gula Aren Cair. Hemat Rp13.000.',
    rich: '<p>Paket lengkap untuk ngopi di rumah. <strong>Gratis kartu resep kopi susu gula aren.</strong></p>',
    price: '199000.00',
    weightBump: 200,
    lines: [
      [494535, 1],
      [494541, 1],
      [494545, 1],
    ],
    images: ['paket-ngopi-nusantara-1'],
    categoryId: 101,
    daysAgo: 6,
  },
  {
    id: 31926,
    bundleId: 8802,
    slug: 'paket-oleh-oleh-khas',
    uniqueId: 'bpo_oleh_oleh_isi4',
    name: 'Paket Oleh-oleh Khas Nusantara',
    bundleName: 'Paket Oleh-oleh Khas Nusantara',
    optionName: 'Isi 4',
    description: 'Rendang kemasan, Sambal Roa Pedas dan 2 Keripik Tempe Sagu dalam kotak kado.',
    rich: null,
    price: 185000,
    weightBump: 150,
    lines: [
      [494550, 1],
      [494547, 1],
      [494549, 2],
    ],
    images: ['paket-oleh-oleh-khas-1'],
    categoryId: 102,
    daysAgo: 8,
  },
  {
    id: 31927,
    bundleId: 8803,
    slug: 'paket-belajar-jualan',
    uniqueId: 'bpo_belajar_jualan_lengkap',
    name: 'Paket Belajar Jualan Online',
    bundleName: 'Paket Belajar Jualan Online',
    optionName: 'E-book + Kelas',
    description: 'E-book Panduan Jualan Online dan Kelas Copywriting Jualan. Produk digital, tanpa ongkir.',
    rich: null,
    price: '159000.00',
    weightBump: 0,
    lines: [
      [494603, 1],
      [494605, 1],
    ],
    images: ['paket-belajar-jualan-1'],
    categoryId: 401,
    daysAgo: 11,
  },
];

/** Where bundles sit among the products in `/public/items`, so the first page shows both kinds. */
export const BUNDLE_LISTING_POSITIONS: Record<number, number> = { 31925: 2, 31926: 6, 31927: 14 };

export const COURSE_VARIANT_ID = 494604;
export const EXPIRED_COURSE_VARIANT_ID = 494605;
