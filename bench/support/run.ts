/** Runs a benchmark: a failure prints its stack and makes the exit code 1 (the figures printed so far stay). */
export function runBench(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  });
}

/** How many API and worker processes a scale-out run starts of each (BENCH_PROCESSES, docs/scale.md). */
export const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 1);
