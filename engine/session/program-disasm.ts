/**
 * Guest memory for the debugger: linear → physical through the vCPU's own paging (KVM_TRANSLATE,
 * a debugger peek, not logged), physical → host through the memslots, then the VMM's mapping.
 * And the disassembly window around an address (iced-x86, loaded lazily: the wasm is only
 * fetched when a disassembly is first asked for).
 */
import type { DisasmResult, DisasmRow } from '../protocol/program.ts';
import { KVM_REQ } from '../kvm/uapi/ioctl.ts';
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
  const slots = ws.kvm.inspect().vms.flatMap((vm) => vm.memslots);
  let got = 0;
  while (got < len) {
    const la = lin + got;
    const chunk = Math.min(len - got, 0x1000 - (la & 0xfff));
    const tr = ws.kvm.quiet(() => ws.kvm.ioctl(ws.vcpuFd, KVM_REQ.KVM_TRANSLATE, 0n, { linear_address: BigInt(la) }));
    const o = tr.out as Record<string, unknown> | undefined;
    if (tr.ret < 0 || !o || Number(o.valid) !== 1) return { bytes: out.subarray(0, got), problem: `linear 0x${la.toString(16)} does not translate (KVM_TRANSLATE valid=0)` };
    const gpa = BigInt(o.physical_address as bigint);
    const slot = slots.find((s) => gpa >= s.guest_phys_addr && gpa + BigInt(chunk) <= s.guest_phys_addr + s.memory_size);
    if (!slot) return { bytes: out.subarray(0, got), problem: `physical 0x${gpa.toString(16)} is not guest RAM (no memslot)` };
    out.set(ws.kvm.hostRead(slot.userspace_addr + (gpa - slot.guest_phys_addr), chunk), got);
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
