import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * Command-line arguments of the project's scripts, read the same way everywhere: `--help` (or
 * `-h`) prints the usage on stdout and exits 0 before anything else runs; an unknown option, a
 * missing value or an invalid one prints what is wrong and the usage on stderr and exits 2,
 * without a stack trace.
 */
export function readArgs<T extends ParseArgsConfig>(
  usage: string,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  const argv = config.args ?? process.argv.slice(2);
  const end = argv.indexOf('--');
  const flags = end < 0 ? argv : argv.slice(0, end);
  if (flags.includes('--help') || flags.includes('-h')) {
    process.stdout.write(`${usage.trim()}\n`);
    process.exit(0);
  }
  try {
    return parseArgs<T>({ strict: true, ...config });
  } catch (error) {
    return usageError(usage, error instanceof Error ? error.message : String(error));
  }
}

/** Ends the script for a wrong argument: the reason and the usage on stderr, exit code 2. */
export function usageError(usage: string, message: string): never {
  process.stderr.write(`${message}\n\n${usage.trim()}\n`);
  process.exit(2);
}

/** A whole number option at least `min` (and at most `max`), or the script ends with its usage. */
export function wholeNumber(
  usage: string,
  name: string,
  raw: string | undefined,
  min = 0,
  max?: number,
): number {
  const value = Number(raw);
  if (
    raw === undefined ||
    raw.trim() === '' ||
    !Number.isInteger(value) ||
    value < min ||
    (max !== undefined && value > max)
  ) {
    const range = max === undefined ? `at least ${min}` : `from ${min} to ${max}`;
    return usageError(
      usage,
      `--${name} takes a whole number ${range} (got ${raw === undefined ? 'nothing' : `"${raw}"`})`,
    );
  }
  return value;
}

/** A list option of known values, comma-separated, or the script ends with its usage. */
export function listOf<V extends string>(usage: string, name: string, raw: string, known: readonly V[]): V[] {
  const items = raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  const unknown = items.filter((item) => !(known as readonly string[]).includes(item));
  if (items.length === 0 || unknown.length > 0) {
    return usageError(usage, `--${name} takes a comma-separated list of ${known.join(', ')} (got "${raw}")`);
  }
  return items as V[];
}
