/**
 * A benchmark's picture: for each row of its table, throughput and p99 latency as two panels of
 * horizontal bars, its baseline rows in grey. Plain SVG, written beside the JSON (a chart of a
 * few bars needs no plotting library, and SVG shows as it is on GitHub and in any browser).
 */
export interface ChartRow {
  label: string;
  throughput: number;
  p99Ms?: number;
  /** A peer or bare server the other rows are measured against. */
  baseline?: boolean;
}

export interface Chart {
  title: string;
  /** The throughput panel's heading: `requests/s` unless it says. */
  throughputLabel?: string;
  /** The latency panel's heading: `p99 ms` unless it says. */
  latencyLabel?: string;
  rows: ChartRow[];
}

const ROW = 24;
const TOP = 56;
const LABEL_WIDTH = 360;
const PANEL_WIDTH = 300;
const GAP = 90;
const COLOURS = { measured: '#3b6fd8', baseline: '#a3a3a3', text: '#1f2328', axis: '#d0d7de' };

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const formatted = (value: number) => (value >= 100 ? Math.round(value).toLocaleString('en-US') : String(Math.round(value * 10) / 10));

function panel(rows: ChartRow[], values: (number | undefined)[], x: number, heading: string): string {
  const max = Math.max(...values.map((v) => v ?? 0), Number.MIN_VALUE);
  const bars = rows.map((row, i) => {
    const value = values[i];
    const y = TOP + i * ROW;
    if (value === undefined) return `<text x="${x}" y="${y + 16}" fill="${COLOURS.baseline}">–</text>`;
    const width = Math.max(1, (value / max) * PANEL_WIDTH);
    const fill = row.baseline ? COLOURS.baseline : COLOURS.measured;
    return `<rect x="${x}" y="${y + 4}" width="${width.toFixed(1)}" height="${ROW - 8}" rx="2" fill="${fill}"/>`
      + `<text x="${(x + width + 6).toFixed(1)}" y="${y + 16}">${formatted(value)}</text>`;
  });
  return `<text x="${x}" y="${TOP - 12}" font-weight="600">${escape(heading)}</text>`
    + `<line x1="${x}" y1="${TOP}" x2="${x}" y2="${TOP + rows.length * ROW}" stroke="${COLOURS.axis}"/>`
    + bars.join('');
}

export function chartSvg(chart: Chart): string {
  const { rows } = chart;
  const width = LABEL_WIDTH + 2 * PANEL_WIDTH + 2 * GAP;
  const height = TOP + rows.length * ROW + 16;
  const labels = rows.map((row, i) =>
    `<text x="${LABEL_WIDTH - 10}" y="${TOP + i * ROW + 16}" text-anchor="end"${row.baseline ? ` fill="${COLOURS.baseline}"` : ''}>${escape(row.label)}</text>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12" fill="${COLOURS.text}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="12" y="22" font-size="14" font-weight="600">${escape(chart.title)}</text>`,
    ...labels,
    panel(rows, rows.map((r) => r.throughput), LABEL_WIDTH, chart.throughputLabel ?? 'requests/s'),
    panel(rows, rows.map((r) => r.p99Ms), LABEL_WIDTH + PANEL_WIDTH + GAP, chart.latencyLabel ?? 'p99 ms'),
    '</svg>',
    '',
  ].join('\n');
}
