/**
 * Guest memory for the debugger: linear → physical through the vCPU's own paging (KVM_TRANSLATE,
 * a debugger peek, not logged), physical → host through the memslots (program-memory.ts), then the
 * VMM's mapping. Software breakpoints are never in memory while the guest is stopped, so this shows
 * the guest's own bytes.
 * And the disassembly window around an address (iced-x86, loaded lazily: the wasm is only
 * fetched when a disassembly is first asked for).
 */
import type { DisasmResult, DisasmRow } from '../protocol/program.ts';
import { guestSlots, placeOfLinear } from './program-memory.ts';
import type { ProgramWorkspace } from './program-workspace.ts';

type Disassemble = typeof import('../asm/disasm.ts').disassemble;
let disasmModule: Promise<Disassemble> | null = null;

/** iced-x86 on first use (the worker fetches its wasm then). */
export function loadDisassembler(): Promise<Disassemble> {
  disasmModule ??= import('../asm/disasm.ts').then((m) => m.disassemble);
  return disasmModule;
}

/** Bytes at linear addresses [lin, lin+len) as far as they are readable; `problem` says why reading stopped early. */
export function readLinear(ws: ProgramWorkspace, lin: number, len: number): { bytes: Uint8Array; problem: string | null } {
  const out = new Uint8Array(len);
  const slots = guestSlots(ws.kvm);
  let got = 0;
  while (got < len) {
    const la = lin + got;
    const chunk = Math.min(len - got, 0x1000 - (la & 0xfff));
    const place = placeOfLinear(ws.kvm, ws.vcpuFd, la, slots, chunk);
    if (typeof place === 'string') return { bytes: out.subarray(0, got), problem: place };
    out.set(ws.kvm.hostRead(place.hva, chunk), got);
    got += chunk;
  }
  return { bytes: out, problem: null };
}

/** Largest instruction encoding. */
const MAX_INSN = 15;

/**
 * Rows around `target`: `before` instructions that end exactly at `target` and `after` from it.
 * x86 cannot be decoded backwards, so candidate start addresses are tried until one decodes into
 * `target` without invalid bytes: the assembler's listing addresses first (known boundaries),
 * then every byte offset from far to near.
 */
export async function disasmWindow(ws: ProgramWorkspace, target: number, before: number, after: number): Promise<DisasmResult> {
  const disassemble = await loadDisassembler();
  const bits = ws.bits;
  const lin = ws.linearRip();
  const back = Math.min(before * 8, target);
  const start = target - back;
  const { bytes, problem } = readLinear(ws, start, back + after * MAX_INSN);
  const lines: { address: number; length: number; bytes: string; text: string }[] = [];
  if (bytes.length > back) {
    const candidates: number[] = [];
    for (const a of ws.lineAt.keys()) if (a >= start && a < target) candidates.push(a);
    candidates.sort((a, b) => a - b);
    for (let a = start; a < target; a++) candidates.push(a);
    for (const c of candidates) {
      const seg = disassemble(bytes.subarray(c - start, back), c, bits);
      const last = seg[seg.length - 1];
      if (seg.length && last.address + last.length === target && !seg.some((l) => l.text === '(bad)')) {
        lines.push(...seg.slice(-before));
        break;
      }
    }
    lines.push(...disassemble(bytes.subarray(back), target, bits, { maxInstructions: after }));
  }
  // Memory ended early (unmapped page): a tail of "(bad)" bytes there is a cut-off instruction, not data.
  const end = start + bytes.length;
  if (problem) while (lines.length && lines[lines.length - 1].text === '(bad)' && lines[lines.length - 1].address > end - MAX_INSN) lines.pop();
  const rows: DisasmRow[] = lines.map((l) => ({
      address: l.address, length: l.length, bytes: l.bytes, text: l.text,
      current: l.address === lin, breakpoint: ws.breakpoints.includes(l.address), line: ws.lineAt.get(l.address) ?? null,
    }));
  return { bits, linearRip: lin, rows, problem };
}

/** Does the instruction at the linear RIP return to the next one (so "step over" runs to there)? Returns its end, or null. */
export async function stepOverTarget(ws: ProgramWorkspace): Promise<number | null> {
  const disassemble = await loadDisassembler();
  const lin = ws.linearRip();
  const { bytes } = readLinear(ws, lin, MAX_INSN);
  if (!bytes.length) return null;
  const [insn] = disassemble(bytes, lin, ws.bits, { maxInstructions: 1 });
  if (!insn || insn.text === '(bad)') return null;
  return /^(call|int\d?|into|loop\w*|rep\w*)\b/.test(insn.text) ? lin + insn.length : null;
}
