import { cpus, freemem, totalmem, release } from 'node:os';

// One measured figure beside its target (the project's speed and size targets), as printed and as
// written to bench/results.json.

export interface Figure {
  name: string;
  value: number;
  /** None: measured and shown, with no target of its own. */
  target?: { atLeast: number } | { atMost: number };
  note?: string;
}

export function met(figure: Figure): boolean | null {
  if (!figure.target) return null;
  if (!Number.isFinite(figure.value)) return false;
  return 'atLeast' in figure.target ? figure.value >= figure.target.atLeast : figure.value <= figure.target.atMost;
}

const shown = (value: number) =>
  !Number.isFinite(value) ? String(value) : Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3);

export function targetText(figure: Figure): string {
  if (!figure.target) return '';
  return 'atLeast' in figure.target ? `≥ ${figure.target.atLeast}` : `≤ ${figure.target.atMost}`;
}

export function figureTable(figures: Figure[]): string {
  const rows = figures.map((f) => {
    const verdict = met(f);
    return [f.name, shown(f.value), targetText(f), verdict === null ? '' : verdict ? 'met' : 'MISSED', f.note ?? ''];
  });
  const header = ['figure', 'value', 'target', '', 'note'];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 1 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The machine a run was made on, for the README's figures. */
export function machine() {
  const cores = cpus();
  return {
    cpus: cores.length,
    cpuModel: cores[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    freeMemoryGiB: Math.round(freemem() / 2 ** 30),
    kernel: release(),
    node: process.version,
  };
}
