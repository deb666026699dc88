import { svg, type SVGTemplateResult } from 'lit';
import { encode } from 'uqr';

/**
 * A QR code drawn in the browser from text (QRIS `qr_string`, GUIDES §5), as one SVG path: no
 * image request, no HTML injection. Loaded lazily, only when a QR is shown.
 */
export function qrSvg(text: string, label: string): SVGTemplateResult {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  let d = '';
  for (let y = 0; y < size; y++) {
    const row = data[y] ?? [];
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x++;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  }
  return svg`<svg class="qr" part="qr" viewBox="0 0 ${size} ${size}" role="img" aria-label=${label} shape-rendering="crispEdges"
    ><rect width=${size} height=${size} fill="#fff"></rect><path d=${d} fill="#000"></path
  ></svg>`;
}
