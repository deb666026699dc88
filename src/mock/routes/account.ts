import type { CustomerAddress, CustomerProfileResponse } from '../../api/types.js';
import { badRequest, json, noContent, notFound, type FieldErrors } from '../core/http.js';
import { iso } from '../core/ids.js';
import { paginate } from '../core/pagination.js';
import type { RouteContext, Router } from '../core/router.js';
import { addError, readId, validate, type Schema } from '../core/validate.js';
import type { AddressRecord, CustomerRecord } from '../model.js';
import { MIN_PASSWORD_LENGTH } from './auth.js';
import { requireObject } from './shared.js';

export function renderProfile(ctx: RouteContext, customer: CustomerRecord): CustomerProfileResponse {
  return {
    customer: {
      id: customer.id,
      email: customer.email,
      name: customer.name,
      phone: customer.phone,
      avatar: customer.avatar,
      bio_description: customer.bio,
      date_of_birth: customer.dateOfBirth,
      sex: customer.sex,
      confirmed_at: customer.confirmedAt ? iso(customer.confirmedAt) : null,
      created_at: iso(customer.createdAt),
      last_updated_at: iso(customer.lastUpdatedAt),
      status: customer.status,
      is_unsubscribe: customer.isUnsubscribe,
      business_id: 5101,
    },
    store: {
      id: ctx.db.store.id,
      unique_id: ctx.db.store.uniqueId,
      name: ctx.db.store.name,
      is_customer_otp_required: ctx.options.otpRequired,
    },
    is_generated_password_reset: customer.isGeneratedPasswordReset,
  };
}

export function renderAddress(ctx: RouteContext, address: AddressRecord): CustomerAddress {
  const location = address.locationId !== null ? ctx.db.locations.get(address.locationId) : undefined;
  return {
    id: address.id,
    name: address.name,
    phone: address.phone,
    email: address.email,
    location: location
      ? { id: location.id, subdistrict_name: location.subdistrict, city_name: location.city, province_name: location.province }
      : null,
    address: address.address,
    postal_code: address.postalCode,
    notes: address.notes,
  };
}

const PHONE = /^\+?[0-9][0-9 -]{6,19}$/;

const ADDRESS_SCHEMA: Schema = {
  fields: {
    name: { kind: 'string', maxLength: 200 },
    phone: { kind: 'string', maxLength: 20 },
    email: { kind: 'string', format: 'email' },
    location_id: { kind: 'id' },
    address: { kind: 'string', maxLength: 2000 },
    postal_code: { kind: 'string', maxLength: 10 },
    notes: { kind: 'string', maxLength: 2000 },
  },
};

/**
 * Address bodies declare no required field; a saved address still needs a name, a street address and
 * a delivery location to be usable at checkout, so creation asks for those three.
 */
function applyAddress(ctx: RouteContext, body: Record<string, unknown>, target: AddressRecord, creating: boolean): void {
  const errors: FieldErrors = validate(body, ADDRESS_SCHEMA);
  if (creating) {
    for (const field of ['name', 'address', 'location_id']) {
      const value = body[field];
      if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) addError(errors, field, "can't be blank");
    }
  }
  if (typeof body['phone'] === 'string' && body['phone'] !== '' && !PHONE.test(body['phone']) && !errors['phone']) addError(errors, 'phone', 'has invalid format');
  let locationId = target.locationId;
  if (body['location_id'] !== undefined && !errors['location_id']) {
    const id = readId(body['location_id']);
    if (id === null || !ctx.db.locations.has(id)) addError(errors, 'location_id', 'does not exist');
    else locationId = id;
  }
  const postal = typeof body['postal_code'] === 'string' ? body['postal_code'].trim() : target.postalCode;
  const location = locationId !== null ? ctx.db.locations.get(locationId) : undefined;
  if (postal && location && !location.postalCodes.includes(postal) && !errors['location_id']) {
    addError(errors, 'postal_code', 'does not belong to the location');
  }
  if (Object.keys(errors).length > 0) throw badRequest('Invalid address', errors, 'invalid_address');
  const str = (field: string, current: string | null) => (typeof body[field] === 'string' ? (body[field] as string).trim() || null : current);
  target.name = str('name', target.name);
  target.phone = str('phone', target.phone);
  target.email = str('email', target.email);
  target.address = str('address', target.address);
  target.notes = str('notes', target.notes);
  target.postalCode = postal || null;
  target.locationId = locationId;
}

function ownAddress(ctx: RouteContext): AddressRecord {
  const id = readId(ctx.params['address_id']);
  const address = id === null ? undefined : ctx.db.addresses.get(id);
  if (!address || address.customerId !== ctx.customer!.id) throw notFound('Address', 'address_not_found');
  return address;
}

export function customerAddresses(ctx: RouteContext): AddressRecord[] {
  return [...ctx.db.addresses.values()].filter((a) => a.customerId === ctx.customer!.id).sort((a, b) => a.id - b.id);
}

/** CONTRACT §10. */
export function registerAccount(router: Router): void {
  router.add({ method: 'GET', pattern: '/customers/me', family: 'customer', handler: (ctx) => json(200, renderProfile(ctx, ctx.customer!)) });

  router.add({
    method: 'PATCH',
    pattern: '/customers/me',
    family: 'customer',
    handler(ctx) {
      const body = requireObject(ctx);
      // Closed body: email is read-only, so sending it is an error like any unknown field.
      const errors = validate(body, {
        closed: true,
        fields: {
          name: { kind: 'string', minLength: 1, maxLength: 200 },
          phone: { kind: 'string', maxLength: 20 },
          date_of_birth: { kind: 'string', format: 'date' },
          sex: { kind: 'string', maxLength: 20 },
          is_unsubscribe: { kind: 'boolean' },
        },
      });
      if (typeof body['phone'] === 'string' && body['phone'] !== '' && !PHONE.test(body['phone']) && !errors['phone']) addError(errors, 'phone', 'has invalid format');
      if (Object.keys(errors).length > 0) throw badRequest('Invalid profile', errors, 'invalid_profile');
      const customer = ctx.customer!;
      if (typeof body['name'] === 'string') customer.name = body['name'].trim();
      if (typeof body['phone'] === 'string') customer.phone = body['phone'].trim() || null;
      if (typeof body['date_of_birth'] === 'string') customer.dateOfBirth = body['date_of_birth'];
      if (typeof body['sex'] === 'string') customer.sex = body['sex'];
      if (typeof body['is_unsubscribe'] === 'boolean') customer.isUnsubscribe = body['is_unsubscribe'];
      customer.lastUpdatedAt = ctx.now;
      return json(200, renderProfile(ctx, customer));
    },
  });

  router.add({
    method: 'POST',
    pattern: '/customers/me/set-new-password',
    family: 'customer',
    handler(ctx) {
      const body = requireObject(ctx);
      const errors = validate(body, { fields: { password: { kind: 'string', required: true } } });
      if (!errors['password'] && (body['password'] as string).length < MIN_PASSWORD_LENGTH) {
        addError(errors, 'password', `should be at least ${MIN_PASSWORD_LENGTH} character(s)`);
      }
      if (Object.keys(errors).length > 0) throw badRequest('Invalid password', errors, 'invalid_password');
      const customer = ctx.customer!;
      customer.password = body['password'] as string;
      customer.isGeneratedPasswordReset = false;
      customer.lastUpdatedAt = ctx.now;
      return json(200, renderProfile(ctx, customer));
    },
  });

  router.add({
    method: 'GET',
    pattern: '/customers/me/addresses',
    family: 'customer',
    handler(ctx) {
      const page = paginate(customerAddresses(ctx), ctx.query, { scope: `addresses:${ctx.customer!.id}`, defaultSize: 25, maxSize: 100, strictSize: false });
      return json(200, { ...page, data: page.data.map((a) => renderAddress(ctx, a)) });
    },
  });

  router.add({
    method: 'POST',
    pattern: '/customers/me/addresses',
    family: 'customer',
    handler(ctx) {
      const body = requireObject(ctx);
      const address: AddressRecord = {
        id: 0,
        customerId: ctx.customer!.id,
        name: null,
        phone: null,
        email: null,
        locationId: null,
        address: null,
        postalCode: null,
        notes: null,
      };
      applyAddress(ctx, body, address, true);
      address.id = ctx.db.nextId('address');
      ctx.db.addresses.set(address.id, address);
      // 200, not 201 (CONTRACT §1.6).
      return json(200, renderAddress(ctx, address));
    },
  });

  router.add({ method: 'GET', pattern: '/customers/me/addresses/:address_id', family: 'customer', handler: (ctx) => json(200, renderAddress(ctx, ownAddress(ctx))) });

  router.add({
    method: 'PATCH',
    pattern: '/customers/me/addresses/:address_id',
    family: 'customer',
    handler(ctx) {
      const address = ownAddress(ctx);
      const draft = { ...address };
      applyAddress(ctx, requireObject(ctx), draft, false);
      Object.assign(address, draft);
      return json(200, renderAddress(ctx, address));
    },
  });

  router.add({
    method: 'DELETE',
    pattern: '/customers/me/addresses/:address_id',
    family: 'customer',
    handler(ctx) {
      ctx.db.addresses.delete(ownAddress(ctx).id);
      return noContent();
    },
  });
}
