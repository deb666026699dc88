/**
 * Budget rows shared by every benchmark table: a figure, its limit, PASS/FAIL, and a note. A row
 * whose figure could not be measured (element missing, page broken) is a FAIL with the reason:
 * a budget nobody could check is not a kept budget.
 */
import { printTable } from '../../test/e2e/lib/table.mjs';

export const KB = 1000;

export function kb(bytes) {
  return bytes == null ? '—' : `${(bytes / KB).toFixed(1)} kB`;
}

export class BudgetTable {
  constructor(title, headers = ['measure', 'figure', 'budget', 'result', 'note']) {
    this.title = title;
    this.headers = headers;
    this.rows = [];
  }

  /**
   * @param {string} measure
   * @param {{ figure?: string, budget?: string, pass?: boolean | null, note?: string, error?: string }} row
   *   `pass: null` prints INFO (a figure without a budget) and is not counted.
   */
  add(measure, { figure = '—', budget = '—', pass = null, note = '', error } = {}) {
    if (error) this.rows.push({ measure, figure, budget, result: 'FAIL', note: error });
    else this.rows.push({ measure, figure, budget, result: pass === null ? 'info' : pass ? 'PASS' : 'FAIL', note });
  }

  fail(measure, budget, error) {
    this.add(measure, { budget, error });
  }

  get passed() {
    return this.rows.filter((r) => r.result === 'PASS').length;
  }

  get failed() {
    return this.rows.filter((r) => r.result === 'FAIL').length;
  }

  print() {
    printTable(
      this.title,
      this.headers,
      this.rows.map((r) => [r.measure, r.figure, r.budget, r.result, r.note]),
    );
  }
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
