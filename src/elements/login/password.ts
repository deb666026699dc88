import './password.strings.js';

/** Shortest new password the forms accept (the contract sets none; 8 is the common floor). */
export const MIN_PASSWORD_LENGTH = 8;

export type NewPasswordProblem = { field: 'password' | 'confirmation'; key: string } | null;

/**
 * Checks a new password and its confirmation. Returns the string key of the first problem
 * (`login.passwordTooShort` on the password, `login.passwordMismatch` on the confirmation), or null.
 */
export function newPasswordProblem(password: string, confirmation: string): NewPasswordProblem {
  if (password.length < MIN_PASSWORD_LENGTH) return { field: 'password', key: 'login.passwordTooShort' };
  if (password !== confirmation) return { field: 'confirmation', key: 'login.passwordMismatch' };
  return null;
}

/**
 * Removes the reset token from the address bar (it must not stay in history, bookmarks or a
 * shared link), keeping the path, every other query parameter and the hash.
 */
export function removeResetToken(param = 'token'): void {
  try {
    const url = new URL(location.href);
    if (!url.searchParams.has(param)) return;
    url.searchParams.delete(param);
    history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
  } catch {
    // A sandboxed frame may refuse history changes; the flow itself is done.
  }
}
