/**
 * Guest CPU speed: retired instructions/s on an ALU/branch/memory loop (flat
 * 32-bit and 64-bit code, hardware backend) and KVM_EXIT_IO exits/s on a
 * tight `out 0x10,al; dec ecx; jnz` loop (the recorded perf guest). The exit
 * loop drives X86Cpu.run directly with the VMM's handling in-engine; it does
 * not yet go through Kvm's KVM_RUN path (kvm_run encoding), see cpu/CONTEXT.md.
 */
import { performance } from 'node:perf_hooks';
import { FlatGuest } from '../cpu/testing/flat.ts';
import { summarize, type BenchResults } from './stats.ts';

/** add eax,[esi+ecx*4]; xor eax,ebx; mov [edi+ecx*4],eax; inc ebx; dec ecx; jnz; then reload and loop forever. */
const LOOP = [
  0xb9, 0x00, 0x04, 0x00, 0x00,       // mov ecx,1024
  0x03, 0x04, 0x8e,                   // add eax,[esi+ecx*4]
  0x31, 0xd8,                         // xor eax,ebx
  0x89, 0x04, 0x8f,                   // mov [edi+ecx*4],eax
  0x43,                               // inc ebx
  0x49,                               // dec ecx
  0x75, 0xf4,                         // jnz -12
  0xeb, 0xe9,                         // jmp start
];

function instrPerSec(mode: 'pm' | 'lm'): number[] {
  const g = new FlatGuest('hardware');
  if (mode === 'pm') g.protMode(0x1000); else g.longMode(0x4000);
  const at = mode === 'pm' ? 0x1000 : 0x4000;
  // 64-bit: same bytes decode to the same operations with 32-bit operands
  g.put(at, LOOP);
  g.setReg('rsi', 0x20000n); g.setReg('rdi', 0x30000n);
  const out: number[] = [];
  g.run(200_000); // warm-up
  for (let k = 0; k < 5; k++) {
    const n0 = g.cpu.instructionCount();
    const t0 = performance.now();
    g.run(2_000_000);
    const dt = (performance.now() - t0) / 1000;
    out.push((g.cpu.instructionCount() - n0) / dt);
  }
  return out;
}

function exitsPerSec(backend: 'emulate' | 'hardware'): number[] {
  const g = new FlatGuest(backend);
  g.realMode(0x1000);
  g.put(0x1000, [0xe6, 0x10, 0x49, 0x75, 0xfb, 0xf4]); // out 0x10,al; dec cx; jnz; hlt  (16-bit: dec cx)
  const out: number[] = [];
  for (let k = 0; k < 6; k++) {
    g.setReg('rip', 0x1000n); g.setReg('rcx', 200_000n);
    let exits = 0;
    const t0 = performance.now();
    for (;;) {
      const e = g.run(1_000_000);
      if (e.kind !== 'io') break;
      exits++;
    }
    const dt = (performance.now() - t0) / 1000;
    if (k > 0) out.push(exits / dt);
  }
  return out;
}

export async function bench(): Promise<BenchResults> {
  return {
    cpu_alu_loop_pm32_instr_per_s: summarize(instrPerSec('pm')),
    cpu_alu_loop_lm64_instr_per_s: summarize(instrPerSec('lm')),
    cpu_out_loop_exits_per_s_emulate: summarize(exitsPerSec('emulate')),
    cpu_out_loop_exits_per_s_hardware: summarize(exitsPerSec('hardware')),
  };
}
export default bench;
