// Small inline SVG charts for the report: horizontal bars and a histogram, no library, no network.
const escapeXml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

export function barChart(title: string, data: [label: string, value: number][], width = 420): string {
  const rowHeight = 22;
  const labelWidth = 170;
  const max = Math.max(1, ...data.map(([, v]) => v));
  const height = data.length * rowHeight + 28;
  const bars = data
    .map(([label, value], i) => {
      const y = 24 + i * rowHeight;
      const w = ((width - labelWidth - 50) * value) / max;
      return `<text x="${labelWidth - 6}" y="${y + 14}" text-anchor="end">${escapeXml(label.length > 26 ? `${label.slice(0, 25)}…` : label)}</text><rect x="${labelWidth}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowHeight - 6}" rx="2"/><text x="${labelWidth + w + 4}" y="${y + 14}">${value}</text>`;
    })
    .join("");
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}"><text class="title" x="0" y="14">${escapeXml(title)}</text>${bars}</svg>`;
}

export function histogram(title: string, values: number[], buckets = 10, width = 420): string {
  const max = Math.max(1, ...values);
  const size = Math.max(1, Math.ceil((max + 1) / buckets));
  const counts = new Array<number>(Math.ceil((max + 1) / size)).fill(0);
  for (const v of values) counts[Math.floor(v / size)]!++;
  const top = Math.max(1, ...counts);
  const barWidth = (width - 40) / counts.length;
  const height = 170;
  const bars = counts
    .map((c, i) => {
      const h = (110 * c) / top;
      const x = 30 + i * barWidth;
      return `<rect x="${x.toFixed(1)}" y="${(140 - h).toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${h.toFixed(1)}" rx="2"><title>${i * size}–${(i + 1) * size - 1}: ${c}</title></rect><text x="${(x + barWidth / 2).toFixed(1)}" y="156" text-anchor="middle">${i * size}</text>`;
    })
    .join("");
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}"><text class="title" x="0" y="14">${escapeXml(title)}</text>${bars}</svg>`;
}
