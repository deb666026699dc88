/** Registered as the elements land. */
export function register() {}
