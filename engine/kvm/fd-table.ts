/**
 * The modelled VMM process's file descriptor table. Entries are immutable
 * records pointing at kernel objects, so a snapshot is an array copy.
 */
import type { Vm } from './vm.ts';
import type { Vcpu } from './vcpu.ts';
import type { GuestMemfd } from './guest-memfd.ts';

export type FdKind = 'system' | 'devnull' | 'vm' | 'vcpu' | 'guest_memfd' | 'plane' | 'plane_vcpu';

export type FdEntry =
  | { readonly kind: 'system' }
  | { readonly kind: 'devnull' }
  | { readonly kind: 'vm'; readonly vm: Vm }
  | { readonly kind: 'vcpu'; readonly vcpu: Vcpu }
  | { readonly kind: 'guest_memfd'; readonly gmem: GuestMemfd; readonly vm: Vm }
  | { readonly kind: 'plane'; readonly vm: Vm; readonly plane: number }
  | { readonly kind: 'plane_vcpu'; readonly vcpu: Vcpu };

/** Linux RLIMIT_NOFILE default soft limit. */
export const FD_LIMIT = 1024;

export class FdTable {
  private entries: Array<FdEntry | undefined> = [];
  constructor(private readonly firstFd = 3) {}

  /** Lowest free descriptor >= firstFd (as open(2)), or -1 (EMFILE). */
  alloc(e: FdEntry): number {
    for (let fd = this.firstFd; fd < FD_LIMIT; fd++) {
      if (this.entries[fd] === undefined) { this.entries[fd] = e; return fd; }
    }
    return -1;
  }
  get(fd: number): FdEntry | undefined {
    return fd >= 0 && fd < this.entries.length ? this.entries[fd] : undefined;
  }
  close(fd: number): boolean {
    if (this.get(fd) === undefined) return false;
    this.entries[fd] = undefined;
    return true;
  }
  /** [fd, entry] pairs in fd order. */
  list(): Array<[number, FdEntry]> {
    const out: Array<[number, FdEntry]> = [];
    this.entries.forEach((e, fd) => { if (e) out.push([fd, e]); });
    return out;
  }
  snapshot(): ReadonlyArray<FdEntry | undefined> { return this.entries.slice(); }
  restore(s: ReadonlyArray<FdEntry | undefined>): void { this.entries = s.slice(); }
}
