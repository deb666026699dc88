/** The XSS corpus (see `xss-payloads.js`): each payload would call `window.__xssHit(n)` or `alert(n)` if it ran. */
export declare const XSS_PAYLOADS: readonly string[];
export default XSS_PAYLOADS;
