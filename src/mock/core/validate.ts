import type { FieldErrors } from './http.js';
import { UUID_PATTERN } from './ids.js';

/**
 * A small validator for the contract's request schemas. Messages follow the wording of Scalev's
 * backend (Ecto): "can't be blank", "is invalid", "has invalid format"…, keyed by dotted field path
 * (`items.0.quantity`).
 */

interface Base {
  required?: boolean;
  nullable?: boolean;
}

export type Rule =
  | (Base & {
      kind: 'string';
      minLength?: number;
      maxLength?: number;
      format?: 'email' | 'uuid' | 'uri' | 'date' | 'date-time';
      enum?: readonly string[];
      pattern?: RegExp;
    })
  | (Base & { kind: 'integer' | 'number'; min?: number; max?: number })
  | (Base & { kind: 'boolean' })
  /** `oneOf [integer, string]`: an id that may arrive as `123` or `"123"`. */
  | (Base & { kind: 'id' })
  /** `StorefrontMoneyValue`: string, number or null. */
  | (Base & { kind: 'money' })
  | (Base & { kind: 'object'; schema?: Schema })
  | (Base & { kind: 'array'; items?: Rule; minItems?: number; maxItems?: number })
  | (Base & { kind: 'any' })
  | (Base & { kind: 'custom'; check: (value: unknown, path: string, errors: FieldErrors) => void });

export type CustomRule = Extract<Rule, { kind: 'custom' }>;

export interface Schema {
  /** `additionalProperties: false`: unknown fields are errors. */
  closed?: boolean;
  fields: Record<string, Rule>;
}

export const MSG = {
  blank: "can't be blank",
  invalid: 'is invalid',
  format: 'has invalid format',
  notPermitted: 'is not a permitted field',
} as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function addError(errors: FieldErrors, path: string, message: string): void {
  (errors[path || 'body'] ??= []).push(message);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isEmail(value: unknown): boolean {
  return typeof value === 'string' && EMAIL.test(value);
}

/** Validates an object against a schema and returns the field errors (empty when valid). */
export function validate(value: unknown, schema: Schema, path = '', errors: FieldErrors = {}): FieldErrors {
  if (!isPlainObject(value)) {
    addError(errors, path, MSG.invalid);
    return errors;
  }
  for (const [name, rule] of Object.entries(schema.fields)) {
    const fieldPath = join(path, name);
    if (!(name in value) || value[name] === undefined) {
      if (rule.required) addError(errors, fieldPath, MSG.blank);
      continue;
    }
    checkRule(value[name], rule, fieldPath, errors);
  }
  if (schema.closed) {
    for (const name of Object.keys(value)) {
      if (!(name in schema.fields)) addError(errors, join(path, name), MSG.notPermitted);
    }
  }
  return errors;
}

export function checkRule(value: unknown, rule: Rule, path: string, errors: FieldErrors): void {
  if (value === null) {
    if (!rule.nullable) addError(errors, path, rule.required ? MSG.blank : MSG.invalid);
    return;
  }
  switch (rule.kind) {
    case 'any':
      return;
    case 'custom':
      rule.check(value, path, errors);
      return;
    case 'string':
      checkString(value, rule, path, errors);
      return;
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value) || (rule.kind === 'integer' && !Number.isInteger(value))) {
        addError(errors, path, MSG.invalid);
        return;
      }
      if (rule.min !== undefined && value < rule.min) addError(errors, path, `must be greater than or equal to ${rule.min}`);
      if (rule.max !== undefined && value > rule.max) addError(errors, path, `must be less than or equal to ${rule.max}`);
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') addError(errors, path, MSG.invalid);
      return;
    case 'id':
      if (!(typeof value === 'number' && Number.isInteger(value)) && !(typeof value === 'string' && value.trim() !== '')) {
        addError(errors, path, MSG.invalid);
      }
      return;
    case 'money':
      if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) addError(errors, path, MSG.invalid);
      return;
    case 'object':
      if (!isPlainObject(value)) {
        addError(errors, path, MSG.invalid);
        return;
      }
      if (rule.schema) validate(value, rule.schema, path, errors);
      return;
    case 'array': {
      if (!Array.isArray(value)) {
        addError(errors, path, MSG.invalid);
        return;
      }
      if (rule.minItems !== undefined && value.length < rule.minItems) {
        addError(errors, path, `should have at least ${rule.minItems} item(s)`);
      }
      if (rule.maxItems !== undefined && value.length > rule.maxItems) {
        addError(errors, path, `should have at most ${rule.maxItems} item(s)`);
      }
      if (rule.items) {
        const items = rule.items;
        value.forEach((item, i) => {
          if (item === undefined) addError(errors, join(path, String(i)), MSG.blank);
          else checkRule(item, items, join(path, String(i)), errors);
        });
      }
      return;
    }
  }
}

function checkString(value: unknown, rule: Extract<Rule, { kind: 'string' }>, path: string, errors: FieldErrors): void {
  if (typeof value !== 'string') {
    addError(errors, path, MSG.invalid);
    return;
  }
  if (value.trim() === '' && rule.required) {
    addError(errors, path, MSG.blank);
    return;
  }
  if (rule.minLength !== undefined && value.length < rule.minLength) {
    addError(errors, path, rule.minLength === 1 ? MSG.blank : `should be at least ${rule.minLength} character(s)`);
  }
  if (rule.maxLength !== undefined && value.length > rule.maxLength) {
    addError(errors, path, `should be at most ${rule.maxLength} character(s)`);
  }
  if (rule.enum && !rule.enum.includes(value)) addError(errors, path, MSG.invalid);
  if (rule.pattern && !rule.pattern.test(value)) addError(errors, path, MSG.format);
  if (value === '') return;
  switch (rule.format) {
    case 'email':
      if (!EMAIL.test(value)) addError(errors, path, MSG.format);
      break;
    case 'uuid':
      if (!UUID_PATTERN.test(value)) addError(errors, path, MSG.format);
      break;
    case 'uri':
      if (!isAbsoluteUrl(value)) addError(errors, path, MSG.format);
      break;
    case 'date':
      if (!DATE.test(value) || Number.isNaN(Date.parse(value))) addError(errors, path, MSG.format);
      break;
    case 'date-time':
      if (Number.isNaN(Date.parse(value)) || !/T/.test(value)) addError(errors, path, MSG.format);
      break;
  }
}

export function isAbsoluteUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

/** Reads an `integer | string` id; null when it is not a positive integer in either form. */
export function readId(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : null;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) {
    const n = Number(value.trim());
    return Number.isSafeInteger(n) && n > 0 ? n : null;
  }
  return null;
}

/**
 * The closed, `type`-discriminated item union of cart and checkout bodies. `strictIds` (checkout) wants
 * integer ids ≥ 1 and a required quantity; cart requests accept `integer | string` ids and default the
 * quantity to 1.
 */
export function itemUnionRule(opts: { strictIds: boolean; maxQuantity?: number }): CustomRule {
  return {
    kind: 'custom',
    check(value, path, errors) {
      if (!isPlainObject(value)) {
        addError(errors, path, MSG.invalid);
        return;
      }
      const type = value['type'];
      const idField = type === 'variant' ? 'variant_id' : type === 'bundle_price_option' ? 'bundle_price_option_id' : null;
      if (idField === null) {
        addError(errors, join(path, 'type'), type === undefined ? MSG.blank : MSG.invalid);
        return;
      }
      const quantity: Rule = { kind: 'integer', required: opts.strictIds, min: 1 };
      if (opts.maxQuantity !== undefined) quantity.max = opts.maxQuantity;
      validate(
        value,
        {
          closed: true,
          fields: {
            type: { kind: 'any', required: true },
            [idField]: opts.strictIds ? { kind: 'integer', required: true, min: 1 } : { kind: 'id', required: true },
            quantity,
          },
        },
        path,
        errors,
      );
      if (!opts.strictIds && value[idField] !== undefined && readId(value[idField]) === null && !errors[join(path, idField)]) {
        addError(errors, join(path, idField), MSG.invalid);
      }
    },
  };
}
