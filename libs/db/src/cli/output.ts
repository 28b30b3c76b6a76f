/** CLI output goes to stdout as plain lines (generated SQL is meant to be copied as is). */
export const out = (line: string) => process.stdout.write(`${line}\n`);
