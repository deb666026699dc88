import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { tokens } from '../../../src/styles/host.js';
import '../../../src/elements/order-status/define.js';
import { loadMethodInstructions } from '../../../src/elements/order-status/method-loader.js';
import { transferProofStyles } from '../../../src/elements/order-status/transfer-proof.js';
import { paymentInstructionsStyles } from '../../../src/elements/order-status/payment-instructions.js';

const declared = (css: string) => new Set([...css.matchAll(/(--_scalev-[\w-]+)\s*:/g)].map((m) => m[1]!));
const used = (css: string) => new Set([...css.matchAll(/var\(\s*(--_scalev-[\w-]+)/g)].map((m) => m[1]!));

const METHODS = ['bank_transfer', 'va_bca', 'alfamart', 'qris', 'gopay', 'ovo', 'card', 'invoice', 'payment_link', 'cod', 'something_new'];

describe('order status: instructions loaded per method', () => {
  it('every method code has an instructions module, and codes of one family share it', async () => {
    const modules = await Promise.all(METHODS.map((code) => loadMethodInstructions(code)));
    for (const [i, module] of modules.entries()) {
      expect(module.render, METHODS[i]).to.be.a('function');
      expect(module.ready, METHODS[i]).to.be.a('function');
      expect(module.styles.cssText, METHODS[i]).to.contain('.pay-row');
    }
    expect(modules[1]).to.equal(modules[2]); // VA and retail
    expect(modules[4]).to.equal(modules[5]); // e-wallets and OVO
    expect(modules[6]).to.equal(modules[10]); // card and any other method
    expect(modules[0]).to.not.equal(modules[1]);
  });

  it('styles adopted when instructions load read only declared tokens', async () => {
    const element = customElements.get('scalev-order-status') as unknown as { elementStyles: CSSResult[] };
    const own = element.elementStyles.map((s) => s.cssText).join('\n');
    const available = new Set([...declared(tokens.cssText), ...declared(own)]);
    const late = [(await loadMethodInstructions('qris')).styles, transferProofStyles, paymentInstructionsStyles];
    for (const sheet of late) {
      const missing = [...used(sheet.cssText)].filter((token) => !available.has(token));
      expect(missing).to.deep.equal([]);
    }
  });
});
