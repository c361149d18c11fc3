/**
 * The "program" workspace kind of the session (worker side). `Session` hands every request to
 * `ProgramMode.dispatch` first:
 * - `programExamples` / `programLint` need no workspace (lint = assemble → diagnostics, per keystroke);
 * - `open` with `{ kind: 'program', source, backend }` assembles and loads a program workspace
 *   (any other `open` closes it and falls through to the recording workspace);
 * - `program*` requests drive the program (step, step over, continue, reverse step, breakpoints,
 *   disassembly, serial);
 * - while a program workspace is open, the shell's generic requests (stepEvent/stepIoctl = one
 *   instruction, stepBack, runToEnd = continue, seek/seekRow/reset by instruction count, summary,
 *   tree, registers, logRows, exitRows) are answered for it, so the existing panels show it.
 * Everything else returns NOT_HANDLED.
 */
import { PsError } from '../errors.ts';
import { assemble } from '../asm/index.ts';
import type { StepResult } from '../protocol.ts';
import type { DisasmResult, LintResult, ProgramBackend, ProgramState, ProgramStepResult, SerialResult } from '../protocol/program.ts';
import { PROGRAM_EXAMPLES } from './program-examples.ts';
import { CONTINUE_SLICE, ProgramWorkspace } from './program-workspace.ts';
import { ProgramViews } from './program-views.ts';
import { disasmWindow, stepOverTarget } from './program-disasm.ts';

export const NOT_HANDLED: unique symbol = Symbol('not handled');

/** Largest source accepted (the assembler itself caps output at 64 MiB). */
const MAX_SOURCE = 1 << 20;
const MAX_STEP = 1_000_000;
const MAX_SLICE = 50_000_000;

/** Assemble only: the diagnostics Monaco shows as markers. */
export function lint(source: string): LintResult {
  const r = assemble(source);
  return {
    ok: r.ok,
    diagnostics: r.diagnostics.map((d) => ({ line: d.line, column: d.column, endColumn: d.endColumn, severity: d.severity === 'error' ? 'error' : 'warning', code: d.code, message: d.message })),
    size: r.bytes.length, origin: r.origin, bits: r.bits,
    lines: firstAddresses(r.lines),
  };
}

function firstAddresses(lines: readonly { line: number; address: number; bytes: Uint8Array }[]): { line: number; address: number }[] {
  const seen = new Set<number>();
  const out: { line: number; address: number }[] = [];
  for (const l of lines) if (l.bytes.length && !seen.has(l.line)) { seen.add(l.line); out.push({ line: l.line, address: l.address }); }
  return out;
}

function sourceArg(args: Record<string, unknown>): string {
  const s = args.source;
  if (typeof s !== 'string') throw new PsError('PS502', "'source' must be a string");
  if (s.length > MAX_SOURCE) throw new PsError('PS502', `source is ${s.length} characters; at most ${MAX_SOURCE} are accepted`);
  return s;
}

function optInt(args: Record<string, unknown>, key: string, def: number, min: number, max: number): number {
  const v = args[key];
  if (v === undefined) return def;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new PsError('PS502', `'${key}' must be an integer in [${min}, ${max}], got ${JSON.stringify(v) ?? String(v)}`);
  }
  return v;
}

export class ProgramMode {
  private ws: ProgramWorkspace | null = null;
  private views: ProgramViews | null = null;

  /** Is a program workspace open? */
  get active(): boolean { return this.ws !== null; }

  /** Close the program workspace (a recording is being opened). */
  close(): void { this.ws = null; this.views = null; }

  /** Serve `method` if it belongs to the program workspace; NOT_HANDLED otherwise. */
  async dispatch(method: string, args: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case 'programExamples': return PROGRAM_EXAMPLES.map((e) => ({ ...e }));
      case 'programLint': return lint(sourceArg(args));
      case 'open':
        if (args.kind === 'program') return this.open(args);
        this.close();
        return NOT_HANDLED;
      case 'programState': return this.need().views.state();
      case 'programStep': {
        const n = optInt(args, 'count', 1, 1, MAX_STEP);
        return this.programMove((ws) => ws.step(n));
      }
      case 'programStepOver': {
        const { ws } = this.need();
        const next = await stepOverTarget(ws);
        return this.programMove((w) => (next === null ? w.step(1) : w.runUntil(next, CONTINUE_SLICE)));
      }
      case 'programContinue': {
        const slice = optInt(args, 'slice', CONTINUE_SLICE, 1, MAX_SLICE);
        return this.programMove((ws) => ws.cont(slice, args.ignoreBreakpoints === true));
      }
      case 'programStepBack': {
        const n = optInt(args, 'count', 1, 1, MAX_STEP);
        return this.programMove((ws) => ws.goTo(Math.max(0, ws.icount - n)));
      }
      case 'programSetBreakpoints': {
        const a = args.addresses;
        if (!Array.isArray(a) || !a.every((x) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0)) {
          throw new PsError('PS502', "'addresses' must be an array of non-negative integers (linear addresses)");
        }
        const { ws, views } = this.need();
        ws.setBreakpoints(a as number[]);
        return views.state();
      }
      case 'programDisasm': return this.disasm(args);
      case 'programSerial': {
        const { ws } = this.need();
        const from = optInt(args, 'from', 0, 0, 0x7fffffff);
        return { text: ws.serial(from), total: ws.serialLength } satisfies SerialResult;
      }
    }
    if (!this.ws) return NOT_HANDLED;
    return this.generic(method, args);
  }

  /** The shell's recording requests, answered for the open program workspace. */
  private generic(method: string, args: Record<string, unknown>): unknown {
    const { views } = this.need();
    switch (method) {
      case 'stepEvent':
      case 'stepIoctl': return this.move((ws) => ws.step(1));
      case 'stepBack': return this.move((ws) => ws.goTo(Math.max(0, ws.icount - 1)));
      case 'runToEnd': return this.move((ws) => ws.cont(CONTINUE_SLICE, false));
      case 'seek': {
        const p = optInt(args, 'position', 0, 0, Number.MAX_SAFE_INTEGER);
        return this.move((ws) => ws.goTo(p));
      }
      case 'seekRow': {
        const row = optInt(args, 'row', 0, 0, 0x7fffffff);
        const target = views.icountAfterRow(row);
        if (target === null) throw new PsError('PS502', `no log row ${row}`);
        return this.move((ws) => ws.goTo(target));
      }
      case 'reset': return this.move((ws) => ws.reset());
      case 'summary': return views.summary();
      case 'tree': return views.tree();
      case 'registers': return views.registers(optInt(args, 'vcpuFd', -1, -1, 0x7fffffff));
      case 'logRows': return views.logRows(optInt(args, 'from', 0, 0, 0x7fffffff), optInt(args, 'to', 0, 0, 0x7fffffff));
      case 'exitRows': return views.exitRows(optInt(args, 'from', 0, 0, 0x7fffffff), optInt(args, 'to', 0, 0, 0x7fffffff));
      default: return NOT_HANDLED;
    }
  }

  private need(): { ws: ProgramWorkspace; views: ProgramViews } {
    if (!this.ws || !this.views) throw new PsError('PS504', 'no program workspace is open (assemble and load a program first)');
    return { ws: this.ws, views: this.views };
  }

  private open(args: Record<string, unknown>) {
    const source = sourceArg(args);
    const name = typeof args.name === 'string' && args.name ? args.name : 'program';
    const backend = args.backend ?? 'hardware';
    if (backend !== 'hardware' && backend !== 'emulate') throw new PsError('PS502', "'backend' must be 'hardware' or 'emulate'");
    const ws = ProgramWorkspace.load(name, source, backend as ProgramBackend);
    this.ws = ws;
    this.views = new ProgramViews(ws);
    this.views.markBefore();
    const pos = this.views.position();
    return {
      ...pos, name, scenario: 'program',
      description: `${ws.bits}-bit program, ${ws.asm.bytes.length} bytes at 0x${ws.asm.origin.toString(16)}, built-in VMM, ${backend} backend`,
      kernel: '', hostBackend: backend, profile: 'none', exits: 0, guestExecution: true,
    };
  }

  /** Run one position-changing operation; report where it ended (StepResult shape of the shell). */
  private move(op: (ws: ProgramWorkspace) => void): StepResult {
    const { ws, views } = this.need();
    views.markBefore();
    const from = ws.icount;
    op(ws);
    const last = ws.kvm.events.length - 1;
    return { ...views.position(), applied: Math.abs(ws.icount - from), lastIndex: last, lastSeq: last };
  }

  private programMove(op: (ws: ProgramWorkspace) => void): ProgramStepResult {
    const r = this.move(op);
    return { ...r, program: this.need().views.state() satisfies ProgramState };
  }

  private disasm(args: Record<string, unknown>): Promise<DisasmResult> {
    const { ws } = this.need();
    const before = optInt(args, 'before', 6, 0, 64);
    const after = optInt(args, 'after', 24, 1, 256);
    const address = optInt(args, 'address', ws.linearRip(), 0, Number.MAX_SAFE_INTEGER);
    return disasmWindow(ws, address, before, after);
  }
}
