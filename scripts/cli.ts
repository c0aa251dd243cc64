/**
 * What every command-line entry point does the same way: read its options (node:util parseArgs,
 * with positionals), answer --help with its usage, and refuse a bad option or a bad call with
 * the usage, prefixed by the command's name, exiting 1. Scripts stay thin: the work is in src/lib/.
 */
import { parseArgs, type ParseArgsOptionsConfig } from "node:util";

export interface Command<O extends ParseArgsOptionsConfig> {
  values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>["values"];
  positionals: string[];
  /** Says what is wrong, with the command's name, and exits 1. */
  fail: (message: string) => never;
  /** Fails with the usage after the message: a call the command cannot take. */
  misuse: (message: string) => never;
}

export function command<const O extends ParseArgsOptionsConfig>(name: string, usage: string, options: O): Command<O> {
  const fail = (message: string): never => {
    console.error(`${name}: ${message}`);
    process.exit(1);
  };
  const misuse = (message: string): never => fail(`${message}\n\n${usage}`);
  let parsed: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { ...options, help: { type: "boolean" } } as O });
  } catch (error) {
    return misuse((error as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return { values: parsed.values as Command<O>["values"], positionals: parsed.positionals, fail, misuse };
}
