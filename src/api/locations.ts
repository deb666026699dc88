import { cursorQuery, listData } from './body.js';
import { path, type ScalevHttp } from './http.js';
import { toPage, type CursorParams, type Page } from './pagination.js';
import type {
  StorefrontCity,
  StorefrontCityListResponse,
  StorefrontLocation,
  StorefrontLocationListResponse,
  StorefrontPostalCode,
  StorefrontPostalCodeListResponse,
  StorefrontProvince,
  StorefrontProvinceListResponse,
} from './types.js';

export interface LocationSearchParams extends CursorParams {
  /** Province, city, district or subdistrict name. */
  search?: string;
}

/**
 * Direct location search (pattern B): `GET /public/locations?search=`. Each result is a
 * subdistrict whose `id` is the `location_id` of checkout and postal codes.
 */
export function searchLocations(
  http: ScalevHttp,
  params: LocationSearchParams = {},
  signal?: AbortSignal,
): Promise<Page<StorefrontLocation>> {
  return http
    .request<StorefrontLocationListResponse>({
      family: 'public',
      path: '/public/locations',
      query: { search: params.search, ...cursorQuery(params) },
      signal,
    })
    .then(toPage);
}

/** `GET /public/locations/provinces` (pattern A, step 1). */
export async function listProvinces(
  http: ScalevHttp,
  params: { search?: string } = {},
  signal?: AbortSignal,
): Promise<StorefrontProvince[]> {
  const body = await http.request<StorefrontProvinceListResponse>({
    family: 'public',
    path: '/public/locations/provinces',
    query: { search: params.search },
    signal,
  });
  return listData(body);
}

/** `GET /public/locations/cities?province_id=` (pattern A, step 2). */
export async function listCities(
  http: ScalevHttp,
  params: { province_id?: number | string; search?: string } = {},
  signal?: AbortSignal,
): Promise<StorefrontCity[]> {
  const body = await http.request<StorefrontCityListResponse>({
    family: 'public',
    path: '/public/locations/cities',
    query: { province_id: params.province_id, search: params.search },
    signal,
  });
  return listData(body);
}

/**
 * `GET /public/locations/subdistricts?city_id=` (pattern A, step 3). The answer uses the location
 * search envelope but the route declares no cursor parameters, so its `data` is the whole list.
 */
export async function listSubdistricts(
  http: ScalevHttp,
  params: { city_id?: number | string; search?: string } = {},
  signal?: AbortSignal,
): Promise<StorefrontLocation[]> {
  const body = await http.request<StorefrontLocationListResponse>({
    family: 'public',
    path: '/public/locations/subdistricts',
    query: { city_id: params.city_id, search: params.search },
    signal,
  });
  return listData(body);
}

/** `GET /public/locations/{location_id}/postal-codes`. */
export async function listPostalCodes(
  http: ScalevHttp,
  locationId: number | string,
  params: { search?: string } = {},
  signal?: AbortSignal,
): Promise<StorefrontPostalCode[]> {
  const body = await http.request<StorefrontPostalCodeListResponse>({
    family: 'public',
    path: path`/public/locations/${locationId}/postal-codes`,
    query: { search: params.search },
    signal,
  });
  return listData(body);
}
