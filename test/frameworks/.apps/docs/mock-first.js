// Imported first by the guide harnesses: the guides' snippets run unchanged (real API base, their
// placeholder store id and key), answered by the in-browser mock.
import { createMockScalev } from 'scalev-elements/mock';

export const mock = createMockScalev({ apiBase: 'https://api.scalev.com', storeId: 'store_XXXXXXXXXX', storefrontKey: 'sfpk_XXXXXXXXXXXXXXXX' });
window.fetch = mock.fetch;
