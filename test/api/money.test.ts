import { expect } from '@open-wc/testing';
import { parseMoney } from '../../src/api/money.js';

describe('parseMoney', () => {
  it('reads decimal strings and numbers', () => {
    expect(parseMoney('125000.00')).to.equal(125000);
    expect(parseMoney('12000')).to.equal(12000);
    expect(parseMoney('0')).to.equal(0);
    expect(parseMoney(' 6500.5 ')).to.equal(6500.5);
    expect(parseMoney('-2500')).to.equal(-2500);
    expect(parseMoney('.5')).to.equal(0.5);
    expect(parseMoney(147000)).to.equal(147000);
    expect(parseMoney(99000.25)).to.equal(99000.25);
    expect(parseMoney(0)).to.equal(0);
  });

  it('adds up the guide example to the charged total', () => {
    const parts = ['125000.00', '12000', '6500', '3500'].map(parseMoney) as number[];
    expect(parts.reduce((a, b) => a + b, 0)).to.equal(parseMoney('147000.00'));
  });

  it('returns null for "no value" and for anything that is not a plain decimal', () => {
    for (const value of [null, undefined, '', '   ', 'abc', '12,000', 'Rp 5.000', '1e3', '0x10', '12.5.1', NaN, Infinity, -Infinity, true, {}, [], ['1']]) {
      expect(parseMoney(value), JSON.stringify(value) ?? String(value)).to.equal(null);
    }
  });
});
