/** Runs a benchmark: a failure prints its stack and makes the exit code 1 (the figures printed so far stay). */
export function runBench(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  });
}
