import type { LocationRecord } from '../model.js';

/**
 * Delivery locations: provinces → cities → subdistricts (kecamatan) → postal codes, for a realistic
 * subset of Indonesia. Province and city ids follow BPS codes; subdistrict ids are the legacy numeric
 * location ids (9089 Cempaka Putih and 9090 Gambir are the guide's examples). Some locations have a
 * single postal code, so a form can pick it automatically.
 */

interface CitySeed {
  id: number;
  name: string;
  subdistricts: [name: string, postalCodes: string[]][];
}

interface ProvinceSeed {
  id: number;
  name: string;
  /** Shipping zone from the Jakarta warehouse: 1 same city … 6 Papua. */
  zone: number;
  cities: CitySeed[];
}

function range(from: number, to: number, step = 1): string[] {
  const out: string[] = [];
  for (let n = from; n <= to; n += step) out.push(String(n));
  return out;
}

export const PROVINCES: ProvinceSeed[] = [
  {
    id: 31,
    name: 'DKI Jakarta',
    zone: 1,
    cities: [
      {
        id: 3171,
        name: 'Kota Jakarta Pusat',
        subdistricts: [
          ['Kemayoran', range(10610, 10650, 10)],
          ['Johar Baru', range(10530, 10560, 10)],
          ['Menteng', range(10310, 10350, 10)],
          ['Senen', range(10410, 10460, 10)],
          ['Cempaka Putih', ['10510', '10520', '10570']],
          ['Gambir', range(10110, 10160, 10)],
          ['Sawah Besar', range(10710, 10750, 10)],
          ['Tanah Abang', range(10210, 10270, 10)],
        ],
      },
      {
        id: 3174,
        name: 'Kota Jakarta Selatan',
        subdistricts: [
          ['Kebayoran Baru', range(12110, 12180, 10)],
          ['Tebet', range(12810, 12870, 10)],
          ['Setiabudi', range(12910, 12980, 10)],
          ['Pancoran', range(12760, 12790, 10)],
          ['Cilandak', range(12410, 12460, 10)],
          ['Mampang Prapatan', range(12710, 12750, 10)],
        ],
      },
      {
        id: 3173,
        name: 'Kota Jakarta Barat',
        subdistricts: [
          ['Grogol Petamburan', range(11440, 11470, 10)],
          ['Kebon Jeruk', range(11510, 11560, 10)],
          ['Palmerah', ['11410', '11420', '11430', '11480']],
        ],
      },
      {
        id: 3175,
        name: 'Kota Jakarta Timur',
        subdistricts: [
          ['Jatinegara', range(13310, 13350, 10)],
          ['Duren Sawit', range(13440, 13470, 10)],
        ],
      },
      {
        id: 3172,
        name: 'Kota Jakarta Utara',
        subdistricts: [
          ['Kelapa Gading', ['14240', '14250']],
          ['Penjaringan', range(14440, 14470, 10)],
        ],
      },
    ],
  },
  {
    id: 32,
    name: 'Jawa Barat',
    zone: 2,
    cities: [
      {
        id: 3273,
        name: 'Kota Bandung',
        subdistricts: [
          ['Coblong', range(40131, 40135)],
          ['Sukajadi', range(40161, 40164)],
          ['Bandung Wetan', range(40114, 40117)],
          ['Lengkong', range(40261, 40264)],
          ['Cicendo', range(40171, 40175)],
          ['Sumur Bandung', range(40111, 40113)],
        ],
      },
      { id: 3275, name: 'Kota Bekasi', subdistricts: [['Bekasi Selatan', range(17141, 17148)]] },
      { id: 3276, name: 'Kota Depok', subdistricts: [['Beji', range(16421, 16425)]] },
      { id: 3271, name: 'Kota Bogor', subdistricts: [['Bogor Tengah', range(16121, 16129)]] },
    ],
  },
  {
    id: 36,
    name: 'Banten',
    zone: 2,
    cities: [
      { id: 3671, name: 'Kota Tangerang', subdistricts: [['Tangerang', range(15111, 15119)]] },
      {
        id: 3674,
        name: 'Kota Tangerang Selatan',
        subdistricts: [
          ['Serpong', ['15310', '15311', '15312', '15318']],
          ['Pondok Aren', range(15220, 15229)],
          ['Ciputat', range(15411, 15419)],
        ],
      },
    ],
  },
  {
    id: 33,
    name: 'Jawa Tengah',
    zone: 3,
    cities: [
      { id: 3374, name: 'Kota Semarang', subdistricts: [['Semarang Tengah', range(50131, 50139)]] },
      { id: 3372, name: 'Kota Surakarta', subdistricts: [['Laweyan', range(57141, 57149)]] },
    ],
  },
  {
    id: 34,
    name: 'DI Yogyakarta',
    zone: 3,
    cities: [
      {
        id: 3471,
        name: 'Kota Yogyakarta',
        subdistricts: [
          ['Gondokusuman', range(55221, 55225)],
          ['Kraton', range(55131, 55133)],
          ['Mergangsan', range(55151, 55153)],
        ],
      },
      {
        id: 3404,
        name: 'Kabupaten Sleman',
        subdistricts: [
          ['Depok', range(55281, 55283)],
          ['Mlati', range(55284, 55288)],
        ],
      },
    ],
  },
  {
    id: 35,
    name: 'Jawa Timur',
    zone: 3,
    cities: [
      {
        id: 3578,
        name: 'Kota Surabaya',
        subdistricts: [
          ['Gubeng', range(60281, 60286)],
          ['Tegalsari', range(60261, 60265)],
          ['Wonokromo', range(60241, 60245)],
          ['Sukolilo', range(60111, 60119)],
          ['Genteng', range(60271, 60275)],
        ],
      },
      {
        id: 3573,
        name: 'Kota Malang',
        subdistricts: [
          ['Klojen', range(65111, 65119)],
          ['Lowokwaru', range(65141, 65146)],
        ],
      },
    ],
  },
  {
    id: 51,
    name: 'Bali',
    zone: 4,
    cities: [
      {
        id: 5171,
        name: 'Kota Denpasar',
        subdistricts: [
          ['Denpasar Selatan', range(80221, 80228)],
          ['Denpasar Barat', range(80111, 80119)],
        ],
      },
      {
        id: 5103,
        name: 'Kabupaten Badung',
        subdistricts: [
          ['Kuta', ['80361']],
          ['Kuta Selatan', ['80361', '80362', '80363', '80364']],
        ],
      },
    ],
  },
  {
    id: 12,
    name: 'Sumatera Utara',
    zone: 5,
    cities: [
      {
        id: 1275,
        name: 'Kota Medan',
        subdistricts: [
          ['Medan Baru', range(20153, 20156)],
          ['Medan Maimun', ['20151']],
        ],
      },
    ],
  },
  {
    id: 73,
    name: 'Sulawesi Selatan',
    zone: 5,
    cities: [
      {
        id: 7371,
        name: 'Kota Makassar',
        subdistricts: [
          ['Panakkukang', range(90231, 90234)],
          ['Ujung Pandang', ['90111']],
        ],
      },
    ],
  },
  {
    id: 64,
    name: 'Kalimantan Timur',
    zone: 5,
    cities: [
      { id: 6472, name: 'Kota Samarinda', subdistricts: [['Samarinda Ulu', range(75121, 75127)]] },
      { id: 6471, name: 'Kota Balikpapan', subdistricts: [['Balikpapan Kota', ['76111']]] },
    ],
  },
  {
    id: 94,
    name: 'Papua',
    zone: 6,
    cities: [{ id: 9471, name: 'Kota Jayapura', subdistricts: [['Jayapura Utara', ['99111']]] }],
  },
];

/** Location ids start here, in the order above: Cempaka Putih lands on 9089 and Gambir on 9090. */
const FIRST_LOCATION_ID = 9085;

export function buildLocations(): { locations: LocationRecord[]; zoneByProvince: Map<number, number> } {
  const locations: LocationRecord[] = [];
  const zoneByProvince = new Map<number, number>();
  let id = FIRST_LOCATION_ID;
  for (const province of PROVINCES) {
    zoneByProvince.set(province.id, province.zone);
    for (const city of province.cities) {
      for (const [subdistrict, postalCodes] of city.subdistricts) {
        locations.push({
          id: id++,
          subdistrict,
          cityId: city.id,
          city: city.name,
          provinceId: province.id,
          province: province.name,
          postalCodes: [...postalCodes],
        });
      }
    }
  }
  return { locations, zoneByProvince };
}

export const CEMPAKA_PUTIH_LOCATION_ID = 9089;
export const GAMBIR_LOCATION_ID = 9090;
