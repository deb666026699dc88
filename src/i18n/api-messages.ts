/**
 * The API's validation messages in the reader's language, for any form that shows a 400/422
 * answer's field errors (checkout, account). Loaded with those forms, not with the elements.
 */
import { registerMessages } from './localize.js';

registerMessages(
  {
    id: {
      'api.required': 'Wajib diisi.',
      'api.invalid': 'Isian ini tidak valid.',
      'api.format': 'Formatnya tidak benar.',
      'api.tooLong': 'Terlalu panjang (maksimal {max} karakter).',
      'api.tooShort': 'Terlalu pendek (minimal {min} karakter).',
      'api.notFound': 'Tidak ditemukan. Periksa kembali isian ini.',
      'api.minimum': 'Minimal {min}.',
      'api.above': 'Harus lebih dari {min}.',
      'api.maximum': 'Maksimal {max}.',
      'api.below': 'Harus kurang dari {max}.',
    },
  },
  { en: () => import('./api-messages.en.js') },
);

export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The phrasings recognised; each is said with `api.<kind>` unless the form gives its own key. */
export type ApiMessageKind = 'required' | 'invalid' | 'format' | 'tooLong' | 'tooShort' | 'notFound' | 'minimum' | 'above' | 'maximum' | 'below';

/**
 * One API validation message in the form's words. The backend (Ecto) phrasings the contract's
 * validation produces are recognised; anything else is the API's own text. `keys` lets a form say
 * some of them with its own strings (the checkout's email and phone say what is expected).
 */
export function translateApiMessage(message: string, t: Translate, keys: Partial<Record<ApiMessageKind, string>> = {}): string {
  const say = (kind: ApiMessageKind, params?: Record<string, unknown>) => t(keys[kind] ?? `api.${kind}`, params);
  const text = message.trim();
  if (text === "can't be blank") return say('required');
  if (text === 'is invalid') return say('invalid');
  if (text === 'has invalid format') return say('format');
  if (text === 'does not exist') return say('notFound');
  let m = /^should be at (most|least) (\d+) character\(s\)$/.exec(text);
  if (m) return say(m[1] === 'most' ? 'tooLong' : 'tooShort', { max: Number(m[2]), min: Number(m[2]) });
  m = /^must be (greater|less) than( or equal to)? (-?\d+(?:\.\d+)?)$/.exec(text);
  if (m) return say(m[1] === 'greater' ? (m[2] ? 'minimum' : 'above') : m[2] ? 'maximum' : 'below', { min: m[3], max: m[3] });
  return message;
}
