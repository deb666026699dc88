import { expect } from '@open-wc/testing';
import { fetchText } from './support/harness.js';

const GUIDES = ['setup-checklist.md', 'plain-html.md', 'wordpress.md', 'webflow.md', 'react.md', 'vue.md', 'theming.md', 'languages.md', 'events.md'];

describe('docs/index.md', () => {
  it('links every guide, and every link of every guide to a file that exists', async () => {
    const index = await fetchText('/docs/index.md');
    for (const guide of GUIDES) expect(index, `index links ${guide}`).to.contain(`](${guide})`);
    for (const page of ['index.md', ...GUIDES]) {
      const markdown = await fetchText(`/docs/${page}`);
      for (const [, target] of markdown.matchAll(/\]\(([^)#\s]+\.md)(#[^)]*)?\)/g)) {
        const response = await fetch(`/docs/${target}`);
        expect(response.ok, `docs/${page} links docs/${target}`).to.equal(true);
      }
    }
  });

  it('is linked from the README', async () => {
    expect(await fetchText('/README.md')).to.contain('docs/index.md');
  });

  it('every snippet marker in a guide names a file of test/docs/pages', async () => {
    for (const page of GUIDES) {
      const markdown = await fetchText(`/docs/${page}`);
      for (const [, file] of markdown.matchAll(/<!-- snippet: ([\w.-]+) -->/g)) {
        const response = await fetch(`/test/docs/pages/${file}`);
        expect(response.ok, `docs/${page}: test/docs/pages/${file}`).to.equal(true);
      }
    }
  });
});
