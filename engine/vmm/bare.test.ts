import { describe, expect, it } from 'vitest';
import { loadProgram } from './program.ts';
import { KVM_REQ } from '../kvm/uapi/ioctl.ts';

const hello16 = `bits 16
org 0x1000
    mov si, msg
.next:
    lodsb
    test al, al
    jz .done
    mov dx, 0x3f8
    out dx, al
    jmp .next
.done:
    mov cx, 1000
.loop:
    add ax, cx
    loop .loop
    cli
    hlt
msg: db "hi16", 10, 0
`;

const pm32 = `bits 32
org 0x1000
    mov esi, msg
    mov dx, 0x3f8
.n: lodsb
    test al, al
    jz .d
    out dx, al
    jmp .n
.d: mov eax, [0x200000]     ; RAM above 1 MiB (slot 1)
    mov dword [0x200000], 0xdeadbeef
    mov ebx, [0x200000]
    cli
    hlt
msg: db "pm32", 0
`;

const lm64 = `bits 64
org 0x1000
    mov rax, 0x123456789abcdef0
    mov ecx, 1000
.l: add rbx, rax
    ror rax, 3
    dec ecx
    jnz .l
    mov rdx, [0x3f00000]        ; identity-mapped through 2 MiB pages
    cli
    hlt
`;

function run(src: string, backend: 'hardware' | 'emulate' = 'hardware', max = 1_000_000) {
  const p = loadProgram(src, { backend });
  if (!p.vmm) throw new Error(p.asm.diagnostics.map((d) => d.message).join('; '));
  return { ...p, r: p.vmm.run(max) };
}

describe('built-in VMM for bare programs', () => {
  for (const backend of ['hardware', 'emulate'] as const) {
    it(`real mode: serial output, exits, loop result (${backend})`, () => {
      const { r } = run(hello16, backend);
      expect(r.serial).toBe('hi16\n');
      expect(r.stop).toEqual({ kind: 'hlt' });
      expect(r.exits).toEqual({ KVM_EXIT_IO: 5, KVM_EXIT_HLT: 1 });
      expect(r.regs.rax & 0xffffn).toBe(BigInt((1000 * 1001) / 2) & 0xffffn);
      expect(r.regs.rip).toBe(0x1017n); // after the hlt (cli at 0x1015, hlt at 0x1016)
    });
  }

  it('32-bit protected mode: flat segments, high RAM slot', () => {
    const { r } = run(pm32);
    expect(r.serial).toBe('pm32');
    expect(r.regs.rax).toBe(0n);
    expect(r.regs.rbx).toBe(0xdeadbeefn);
  });

  it('64-bit long mode with identity paging', () => {
    const { r, kvm, vmm } = run(lm64);
    expect(r.stop).toEqual({ kind: 'hlt' });
    // rotating right by 3, 1000 times = by 3000 mod 64 = 56
    const rol = (v: bigint, n: bigint) => ((v >> n) | (v << (64n - n))) & 0xffffffffffffffffn;
    expect(r.regs.rax).toBe(rol(0x123456789abcdef0n, 56n));
    expect(r.instructions).toBe(2 + 4 * 1000 + 3);
    const sregs = kvm.ioctl(vmm.vcpu, KVM_REQ.KVM_GET_SREGS, 0n, null).out as { efer: bigint; cr0: bigint };
    expect(sregs.efer & 0x500n).toBe(0x500n);
    expect(sregs.cr0 >> 31n).toBe(1n);
  });

  it('stops at the instruction limit without hanging', () => {
    const { r } = run('bits 16\norg 0x1000\njmp $\n', 'hardware', 5000);
    expect(r.stop).toEqual({ kind: 'limit' });
    expect(r.instructions).toBe(5000);
  });

  it('reports a real-mode exception through the IVT stubs', () => {
    const { r } = run('bits 16\norg 0x1000\nxor ax, ax\ndiv al\n');
    expect(r.stop).toEqual({ kind: 'exception', vector: 0 });
  });

  it('returns the assembler diagnostics instead of a VM for bad source', () => {
    const p = loadProgram('bits 16\nfrob ax\n');
    expect(p.vmm).toBeNull();
    expect(p.asm.diagnostics[0]).toMatchObject({ line: 2, code: 'PS201' });
  });
});
