/**
 * Register-file structs of the x86 KVM uAPI (arch/x86/include/uapi/asm/kvm.h),
 * field names exactly as in the header. 64-bit fields are bigint; u8/u16/u32
 * fields are number. Shared by engine/kvm (ioctls) and engine/cpu (execution).
 */

/** struct kvm_regs (144 bytes). */
export interface kvm_regs {
  rax: bigint; rbx: bigint; rcx: bigint; rdx: bigint;
  rsi: bigint; rdi: bigint; rsp: bigint; rbp: bigint;
  r8: bigint; r9: bigint; r10: bigint; r11: bigint;
  r12: bigint; r13: bigint; r14: bigint; r15: bigint;
  rip: bigint; rflags: bigint;
}

/** struct kvm_segment (24 bytes). */
export interface kvm_segment {
  base: bigint;
  limit: number;
  selector: number;
  type: number;
  present: number; dpl: number; db: number; s: number; l: number; g: number; avl: number;
  unusable: number;
  padding: number;
}

/** struct kvm_dtable (16 bytes). */
export interface kvm_dtable {
  base: bigint;
  limit: number;
  padding: [number, number, number];
}

/** struct kvm_sregs (312 bytes). */
export interface kvm_sregs {
  cs: kvm_segment; ds: kvm_segment; es: kvm_segment; fs: kvm_segment;
  gs: kvm_segment; ss: kvm_segment; tr: kvm_segment; ldt: kvm_segment;
  gdt: kvm_dtable; idt: kvm_dtable;
  cr0: bigint; cr2: bigint; cr3: bigint; cr4: bigint; cr8: bigint;
  efer: bigint; apic_base: bigint;
  interrupt_bitmap: [bigint, bigint, bigint, bigint];
}

/** struct kvm_debugregs (128 bytes). */
export interface kvm_debugregs {
  db: [bigint, bigint, bigint, bigint];
  dr6: bigint;
  dr7: bigint;
  flags: number;
  reserved: bigint[]; // 9 x u64
}
