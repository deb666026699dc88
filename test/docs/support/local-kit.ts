/**
 * Stands in for `https://cdn.jsdelivr.net/npm/scalev-elements/dist/scalev.js` in docs snippet
 * pages: the mock first, then every element (the drop-in's lazy loader needs Vite; the built
 * drop-in itself is covered by the end-to-end runs).
 */
import './install-mock.js';
import '../../../src/elements/store/define.js';
import '../../../src/elements/catalog/define.js';
import '../../../src/elements/product/define.js';
import '../../../src/elements/cart/define.js';
import '../../../src/elements/checkout/define.js';
import '../../../src/elements/order-status/define.js';
import '../../../src/elements/login/define.js';
import '../../../src/elements/account/define.js';
import '../../../src/elements/storefront/define.js';
import { setMessages } from '../../../src/i18n/localize.js';

// What the drop-in puts on the page.
(window as unknown as { ScalevElements: unknown }).ScalevElements = { setMessages, load: () => Promise.resolve() };
