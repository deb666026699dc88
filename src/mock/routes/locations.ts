import type { StorefrontCity, StorefrontLocation, StorefrontProvince } from '../../api/types.js';
import { badRequest, json, notFound } from '../core/http.js';
import { paginate } from '../core/pagination.js';
import type { Router } from '../core/router.js';
import { readId } from '../core/validate.js';
import type { LocationRecord } from '../model.js';

function renderLocation(l: LocationRecord): StorefrontLocation {
  return {
    id: l.id,
    subdistrict_name: l.subdistrict,
    city_name: l.city,
    province_name: l.province,
    display: `${l.subdistrict}, ${l.city}, ${l.province}`,
  };
}

function contains(haystack: string, needle: string | null): boolean {
  return !needle || haystack.toLowerCase().includes(needle.trim().toLowerCase());
}

/** CONTRACT §3. */
export function registerLocations(router: Router): void {
  router.add({
    method: 'GET',
    pattern: '/public/locations',
    family: 'public',
    handler(ctx) {
      const search = ctx.query.get('search');
      const words = (search ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean);
      // Every word must appear in "subdistrict, city, province" ("gambir jakarta" finds Gambir).
      const matches = [...ctx.db.locations.values()].map(renderLocation).filter((l) => words.every((w) => l.display.toLowerCase().includes(w)));
      const page = paginate(matches, ctx.query, { scope: `locations:${words.join(' ')}`, defaultSize: 20, maxSize: 100, strictSize: true });
      return json(200, page);
    },
  });

  router.add({
    method: 'GET',
    pattern: '/public/locations/provinces',
    family: 'public',
    handler(ctx) {
      const seen = new Map<number, StorefrontProvince>();
      for (const l of ctx.db.locations.values()) {
        if (!seen.has(l.provinceId)) seen.set(l.provinceId, { province_id: l.provinceId, province_name: l.province });
      }
      const data = [...seen.values()]
        .filter((p) => contains(p.province_name, ctx.query.get('search')))
        .sort((a, b) => a.province_name.localeCompare(b.province_name));
      return json(200, { data, is_paginated: false });
    },
  });

  router.add({
    method: 'GET',
    pattern: '/public/locations/cities',
    family: 'public',
    handler(ctx) {
      const raw = ctx.query.get('province_id');
      const provinceId = raw === null || raw === '' ? null : readId(raw);
      if (raw !== null && raw !== '' && provinceId === null) throw badRequest('Invalid province_id', { province_id: ['is invalid'] });
      const seen = new Map<number, StorefrontCity>();
      for (const l of ctx.db.locations.values()) {
        if (provinceId !== null && l.provinceId !== provinceId) continue;
        if (!seen.has(l.cityId)) seen.set(l.cityId, { city_id: l.cityId, city_name: l.city });
      }
      const data = [...seen.values()].filter((c) => contains(c.city_name, ctx.query.get('search'))).sort((a, b) => a.city_name.localeCompare(b.city_name));
      return json(200, { data, is_paginated: false });
    },
  });

  router.add({
    method: 'GET',
    pattern: '/public/locations/subdistricts',
    family: 'public',
    handler(ctx) {
      const raw = ctx.query.get('city_id');
      const cityId = raw === null || raw === '' ? null : readId(raw);
      if (raw !== null && raw !== '' && cityId === null) throw badRequest('Invalid city_id', { city_id: ['is invalid'] });
      const data = [...ctx.db.locations.values()]
        .filter((l) => (cityId === null || l.cityId === cityId) && contains(l.subdistrict, ctx.query.get('search')))
        .sort((a, b) => a.subdistrict.localeCompare(b.subdistrict))
        .map(renderLocation);
      return json(200, { data, is_paginated: false });
    },
  });

  router.add({
    method: 'GET',
    pattern: '/public/locations/:location_id/postal-codes',
    family: 'public',
    handler(ctx) {
      const id = readId(ctx.params['location_id']);
      const location = id === null ? undefined : ctx.db.locations.get(id);
      if (!location) throw notFound('Location', 'location_not_found');
      const data = location.postalCodes.filter((p) => contains(p, ctx.query.get('search'))).map((postal_code) => ({ postal_code }));
      return json(200, { data, is_paginated: false });
    },
  });
}
