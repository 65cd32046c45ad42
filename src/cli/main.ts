/// <reference types="node" />
/**
 * `withdrawal-widgets`: the editor's command-line tool (built to dist/cli.js).
 *   validate <story.json...>   the widgets' own validator, every problem with its JSON path
 *   from-csv [folder]          spreadsheets (CSV) to story JSON, problems by file and line
 *   schema                     the story JSON Schema, for editors' tools
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { fromCsv, schema, validate, type FromCsvOptions, type Output } from './commands.js';
import { describeSheets } from './csv-columns.js';
import { EXIT, UsageError } from './report.js';

const io: Output = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** data/story.schema.json ships beside dist/ in the package; from the sources it is two levels up. */
function schemaFile(): string {
  for (const rel of ['../data/story.schema.json', '../../data/story.schema.json']) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new UsageError('data/story.schema.json is missing from this installation');
}

function run(action: () => number): void {
  try {
    process.exitCode = action();
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`withdrawal-widgets: ${err.message}`);
    process.exitCode = EXIT.usage;
  }
}

const program = new Command('withdrawal-widgets')
  .description('Check and build stories for the withdrawal-widgets web components.')
  .exitOverride()
  .showHelpAfterError();

program
  .command('validate')
  .description('check story JSON files with the same validator the widgets use; exit code 1 on any problem')
  .argument('<files...>', 'story JSON files')
  .action((files: string[]) => run(() => validate(files, io)));

program
  .command('from-csv')
  .description(
    'build a story JSON from spreadsheet exports (meta.csv, sources.csv, places.csv, presence.csv, events.csv, milestones.csv)',
  )
  .argument('[folder]', 'folder holding the CSV files by their usual names')
  .option('-o, --out <file>', 'write the story here instead of to standard output')
  .option('--meta <file>', 'meta CSV (columns field,value)')
  .option('--sources <file>', 'sources CSV')
  .option('--places <file>', 'places CSV')
  .option('--presence <file>', 'presence CSV (one row per place and period)')
  .option('--events <file>', 'events CSV')
  .option('--milestones <file>', 'milestones CSV')
  .addHelpText('after', `\nColumns:\n${describeSheets()}`)
  .action((folder: string | undefined, options: FromCsvOptions) => run(() => fromCsv(folder, options, io)));

program
  .command('schema')
  .description('print the story JSON Schema (generated from the same definition as the validator)')
  .action(() => run(() => schema(schemaFile(), io)));

try {
  program.parse(process.argv);
} catch (err) {
  // Help and version exit 0; a usage mistake (unknown command, missing argument) exits 2.
  if (err instanceof CommanderError) process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  else throw err;
}
