// What every benchmark prints beside its figures: the machine, and how busy it was when a figure was taken.
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/** p50 / p95 / p99 / max of some latencies, in ms. */
export function latencyFigures(latencies: number[]): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : 0)} ms`;
  return `p50 ${ms(percentile(sorted, 0.5))}, p95 ${ms(percentile(sorted, 0.95))}, p99 ${ms(percentile(sorted, 0.99))}, max ${ms(sorted[sorted.length - 1])}`;
}

export function machine(): string {
  const cores = cpus();
  return `${cores.length} × ${cores[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}`;
}

/** The 1-minute load average now: the machine is shared, so every figure says how loaded it was. */
export const load = () => `load ${loadavg()[0].toFixed(2)}`;

/** Peak resident memory of another process so far (the kernel's high-water mark, VmHWM), in MB. */
export function peakRssMb(pid: number): number {
  const line = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return line ? Number(line[1]) / 1024 : NaN;
}
