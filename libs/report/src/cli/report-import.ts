// Prints what the importer finds in a report: `npm run --silent report:import -- --json FILE` (.docx or .md).
import { readFile } from 'node:fs/promises';
import { toImportSummary } from '../import/import-summary.mapper';
import { importReportFile } from '../import/report-file.importer';
import { ReportImportError } from '../import/report-import.error';

const USAGE = 'Cách dùng: npm run --silent report:import -- --json TỆP (.docx hoặc .md)';

/** Returns the exit code; writes the JSON to stdout and any problem to stderr. */
export async function runReportImport(args: readonly string[]): Promise<number> {
  const files = args.filter((a) => a !== '--json');
  if (files.length !== 1 || files[0].startsWith('-')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const [file] = files;
  try {
    const report = await importReportFile(file, await readFile(file));
    process.stdout.write(`${JSON.stringify(toImportSummary(report), null, 2)}\n`);
    return 0;
  } catch (error) {
    const reason =
      error instanceof ReportImportError
        ? error.message
        : (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'tệp không tồn tại.'
          : `không đọc được tệp (${(error as Error).message}).`;
    process.stderr.write(`${file}: ${reason}\n`);
    return 1;
  }
}

if (require.main === module) {
  void runReportImport(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
