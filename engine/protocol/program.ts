/**
 * Protocol types of the "program" workspace kind: a NASM-syntax guest program assembled in the
 * engine, loaded by the built-in VMM into a fresh KVM model and run under debugger control.
 * Type-only module (the app imports it through engine/protocol.ts); the engine side is
 * engine/session/program.ts.
 *
 * Positions of a program workspace count guest instructions retired by the vCPU
 * (`Kvm.instructionCount`): `position` = instructions so far, `events` = the furthest
 * instruction count this timeline has reached, so `seek` and the reverse step work on it.
 */
import type { Position, StepResult } from '../protocol.ts';

type Empty = Record<string, never>;

/** Execution backend of the KVM model: VMX/SVM-like ('hardware') or KVM's x86 emulator for every instruction ('emulate'). */
export type ProgramBackend = 'hardware' | 'emulate';

/** `open` argument that creates a program workspace ("assemble and load"). */
export interface ProgramSource { kind: 'program'; name: string; source: string; backend?: ProgramBackend }

/** A built-in example program for the workspace picker. */
export interface ProgramExample { name: string; title: string; description: string; source: string }

/** An assembler diagnostic, 1-based line/column, endColumn exclusive (Monaco marker ranges). */
export interface ProgramDiagnostic {
  line: number; column: number; endColumn: number;
  severity: 'error' | 'warning'; code: string; message: string;
}

export interface LintResult {
  ok: boolean;
  diagnostics: ProgramDiagnostic[];
  /** Size of the assembled image, its load address and the mode it starts in. */
  size: number; origin: number; bits: 16 | 32 | 64;
  /** First address of each source line that produced bytes (gutter breakpoints map lines to addresses). */
  lines: { line: number; address: number }[];
}

/** Why execution stopped. `limit` = the request's instruction slice ended (call again to go on). */
export type ProgramStop =
  | { kind: 'step' }
  | { kind: 'limit' }
  | { kind: 'breakpoint'; address: number }
  | { kind: 'hlt' }
  | { kind: 'shutdown' }
  | { kind: 'exception'; vector: number }
  | { kind: 'exit'; reason: number; name: string }
  | { kind: 'error'; errno: number; errname: string };

/** Where the program stands (sent with every program stepping result). */
export interface ProgramState extends Position {
  name: string;
  backend: ProgramBackend;
  bits: 16 | 32 | 64;
  origin: number;
  vcpuFd: number;
  /** Instructions retired so far (= position). */
  instructions: number;
  rip: bigint;
  /** CS.base + RIP (64-bit: RIP): the address breakpoints and the disassembly use. */
  linearRip: number;
  /** Source line of the instruction at the linear RIP, from the assembler's listing (null outside the image). */
  line: number | null;
  /** The last stop; terminal stops (hlt, shutdown, exception, exit, error) end the run. */
  stop: ProgramStop | null;
  /** Bytes written to the serial console so far. */
  serialLength: number;
  /** Linear addresses of the breakpoints (hardware backend: INT3 + KVM_GUESTDBG_USE_SW_BP, any number; emulate: DR0-DR3, at most 4). */
  breakpoints: number[];
}

export interface ProgramStepResult extends StepResult { program: ProgramState }

/** One disassembled instruction of guest memory. */
export interface DisasmRow {
  /** Linear address. */
  address: number;
  length: number;
  /** "0f 01 d9" */
  bytes: string;
  text: string;
  current: boolean;
  breakpoint: boolean;
  /** Source line from the listing when the address starts a listed instruction. */
  line: number | null;
}

export interface DisasmResult {
  bits: 16 | 32 | 64;
  linearRip: number;
  rows: DisasmRow[];
  /** Why part of the window could not be read (no translation / not RAM), if so. */
  problem: string | null;
}

export interface SerialResult { text: string; total: number }

/** Requests of the program workspace (merged into engine/protocol.ts `Requests`). */
export interface ProgramRequests {
  programExamples: { args: Empty; result: ProgramExample[] };
  /** Assemble only (per keystroke, debounced): diagnostics for Monaco markers. Needs no workspace. */
  programLint: { args: { source: string }; result: LintResult };
  programState: { args: Empty; result: ProgramState };
  /** Execute `count` (default 1) instructions (KVM_RUN with a one-call watchdog budget). */
  programStep: { args: { count?: number }; result: ProgramStepResult };
  /** Like programStep, but a CALL/INT/LOOP/REP instruction runs until the next instruction (temporary breakpoint). */
  programStepOver: { args: Empty; result: ProgramStepResult };
  /** Run until a breakpoint, the program's end, or `slice` instructions (default 1,000,000): call again while stop is `limit`. */
  programContinue: { args: { slice?: number; ignoreBreakpoints?: boolean }; result: ProgramStepResult };
  /** Go back `count` (default 1) instructions: nearest snapshot + deterministic re-execution. */
  programStepBack: { args: { count?: number }; result: ProgramStepResult };
  /** Replace the breakpoint set (linear addresses). */
  programSetBreakpoints: { args: { addresses: number[] }; result: ProgramState };
  /** Disassemble guest memory around the linear RIP (or `address`), read through the vCPU's paging. */
  programDisasm: { args: { address?: number; before?: number; after?: number }; result: DisasmResult };
  /** Serial console output from byte `from` on. */
  programSerial: { args: { from?: number }; result: SerialResult };
}
