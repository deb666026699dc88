import { expect } from '@open-wc/testing';
import { describeErrorBody } from '../../src/api/error-response.js';

describe('describeErrorBody', () => {
  it('prefers message, then a string error', () => {
    expect(describeErrorBody({ message: 'm', error: 'e' }).message).to.equal('m');
    expect(describeErrorBody({ error: 'Store not found', error_code: 'not_found' })).to.deep.include({
      message: 'Store not found',
      code: 'not_found',
    });
  });
  it('collects field errors from object and array shapes', () => {
    expect(describeErrorBody({ errors: { customer_email: ['is invalid'] } }).fieldErrors).to.deep.equal({
      customer_email: ['is invalid'],
    });
    expect(describeErrorBody({ errors: [{ field: 'customer_phone', message: "can't be blank" }] }).fieldErrors).to.deep.equal({
      customer_phone: ["can't be blank"],
    });
    expect(describeErrorBody({ errors: { customer: { phone: ["can't be blank"] } } }).fieldErrors).to.deep.equal({
      'customer.phone': ["can't be blank"],
    });
  });
  it('reads plain text and odd shapes without throwing', () => {
    expect(describeErrorBody('Too many requests').message).to.equal('Too many requests');
    expect(describeErrorBody({ error: 42, errors: true }).message).to.equal(null);
    expect(describeErrorBody(null).message).to.equal(null);
    expect(describeErrorBody([1, 2]).message).to.equal(null);
  });
});
