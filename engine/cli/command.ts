/** One `planescope` sub-command. */
export interface Command {
  name: string;
  summary: string;
  help: string;
  /** Returns the exit code: 0 ok, 1 failure (mismatch, bad input), 2 usage error. */
  run(args: string[]): Promise<number>;
}
