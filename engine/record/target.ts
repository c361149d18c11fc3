/**
 * The part of `Kvm` (engine/kvm/index.ts, prompts/api.md) the replayer drives. Declared
 * structurally so the replayer's bookkeeping can be unit-tested against a scripted fake;
 * the real `Kvm` satisfies it (checked where the default target is built, replay.ts).
 */

export interface TargetSysResult { ret: number; errno?: number }
export interface TargetMmapResult { ret: bigint; errno?: number }
export interface TargetIoctlResult { ret: number; errno?: number; out?: Record<string, unknown>; skipped?: string }

/** Per-call context of an ioctl: which process makes it. */
export interface TargetIoctlCtx { process?: 'main' | 'forked_child' }

export interface ReplayTarget {
  open(path: string, flags?: number): TargetSysResult;
  close(fd: number): TargetSysResult;
  mmap(addr: bigint, len: bigint, prot: number, flags: number, fd: number, offset: bigint): TargetMmapResult;
  munmap(addr: bigint, len: bigint): TargetSysResult;
  mprotect(addr: bigint, len: bigint, prot: number): TargetSysResult;
  ioctl(fd: number, nr: number, raw: bigint, struct: object | null, ctx?: TargetIoctlCtx): TargetIoctlResult;
  hostWrite(hva: bigint, bytes: Uint8Array): void;
  hostRead(hva: bigint, len: number): Uint8Array;
  runArea(vcpuFd: number): Uint8Array | null;
  dirtyRing(vcpuFd: number): Uint8Array | null;
  snapshot(): unknown;
  restore(s: unknown): void;
}
