// Prints what the importer finds in a report: `npm run --silent report:import -- --json FILE` (.docx or .md);
// with `--regulation QUY-CHE.json`, also the indicators that regulation declares (format 2 `indicators`).
import { readFile } from 'node:fs/promises';
import { declaredIndicators, type GroupIndicator } from '../indicators/group-indicators';
import { toImportSummary } from '../import/import-summary.mapper';
import { importReportFile } from '../import/report-file.importer';
import { ReportImportError } from '../import/report-import.error';

const USAGE =
  'Cách dùng: npm run --silent report:import -- --json [--regulation QUY-CHE.json] TỆP (.docx hoặc .md)';

/** Returns the exit code; writes the JSON to stdout and any problem to stderr. */
export async function runReportImport(args: readonly string[]): Promise<number> {
  const at = args.indexOf('--regulation');
  const regulation = at < 0 ? undefined : args[at + 1];
  const files = args.filter((a, i) => a !== '--json' && (at < 0 || (i !== at && i !== at + 1)));
  if (files.length !== 1 || files[0].startsWith('-') || (at >= 0 && (regulation ?? '-').startsWith('-'))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const [file] = files;
  let declared: GroupIndicator[];
  try {
    declared =
      regulation === undefined ? [] : declaredIndicators(JSON.parse(await readFile(regulation, 'utf8')));
  } catch (error) {
    process.stderr.write(`${regulation}: không đọc được quy chế (${(error as Error).message}).\n`);
    return 1;
  }
  try {
    const report = await importReportFile(file, await readFile(file), undefined, { declared });
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
