/** Plain-text tables: `|`-separated columns padded to their widest cell, readable in any CI log. */
export function printTable(title, headers, rows, write = (s) => process.stdout.write(s)) {
  const widths = headers.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c ?? '').padEnd(widths[i])).join(' | ')} |\n`;
  write(`\n${title}\n`);
  write(line(headers));
  write(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n`);
  for (const row of rows) write(line(row));
}
