import { expectGuideEmbeds } from './support/harness.js';

/* The React and Vue snippets run in real apps in `test/frameworks/run.mjs`; here: the guides show them as they are. */
describe('docs/react.md and docs/vue.md', () => {
  it('embed their snippets exactly', async () => {
    await expectGuideEmbeds('react.md', 'react-shop.jsx');
    await expectGuideEmbeds('vue.md', 'vue-shop.js');
  });
});
