/**
 * KVM model costs: copy-on-write snapshot/restore of a VM with 64 MiB of touched guest
 * memory (target: snapshot ≤ 5 ms after touching N pages), ioctl dispatch throughput,
 * and whole-recording replay time.
 */
import { readFileSync } from 'node:fs';
import { Kvm } from '../kvm/index.ts';
import { KVM_REQ } from '../kvm/uapi/ioctl.ts';
import { KVM_CAP } from '../kvm/uapi/caps.ts';
import { parseTruthLog } from '../record/truth.ts';
import { conform } from '../record/conform.ts';
import { engineReplayOptions } from '../record/engine.ts';
import { ratePerSec, summarize, timeMs, type BenchResults } from './stats.ts';

const MiB = 1n << 20n;
const PAGE = 4096;
const GUEST = 0x7f0000000000n;
const PROT_RW = 3;
const MAP_SHARED_ANON = 0x01 | 0x20;
/** Pages dirtied between two snapshots in the incremental measurements. */
export const TOUCH_PAGES = 256;

function setupVm(): { kvm: Kvm; vcpu: number; sys: number } {
  const kvm = new Kvm();
  const sys = kvm.open('/dev/kvm').ret;
  const vm = kvm.ioctl(sys, KVM_REQ.KVM_CREATE_VM, 0n, null).ret;
  const r = kvm.mmap(GUEST, 64n * MiB, PROT_RW, MAP_SHARED_ANON | 0x10, -1, 0n);
  if (r.ret !== GUEST) throw new Error(`mmap failed: errno ${r.errno}`);
  const slot = kvm.ioctl(vm, KVM_REQ.KVM_SET_USER_MEMORY_REGION, 0x7ffe0000n, {
    slot: 0, flags: 0, guest_phys_addr: 0n, memory_size: 64n * MiB, userspace_addr: GUEST,
  });
  if (slot.ret !== 0) throw new Error(`memslot failed: errno ${slot.errno}`);
  const vcpu = kvm.ioctl(vm, KVM_REQ.KVM_CREATE_VCPU, 0n, null).ret;
  return { kvm, vcpu, sys };
}

export default async function kvmBench(): Promise<BenchResults> {
  const { kvm, vcpu, sys } = setupVm();
  const word = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
  const pages = Number((64n * MiB) / BigInt(PAGE));
  // Touch all 64 MiB once (every page private to the VM now).
  const fullTouch = timeMs(() => { for (let p = 0; p < pages; p++) kvm.hostWrite(GUEST + BigInt(p * PAGE), word); }, 1, 0);
  const full = timeMs(() => { kvm.snapshot(); }, 1, 0);
  let cursor = 0;
  const touch = (): void => {
    for (let i = 0; i < TOUCH_PAGES; i++) {
      kvm.hostWrite(GUEST + BigInt(((cursor + i * 61) % pages) * PAGE), word);
    }
    cursor = (cursor + 1) % pages;
  };
  const snapMs: number[] = [];
  const restoreMs: number[] = [];
  for (let i = 0; i < 40; i++) {
    touch();
    const t = timeMs(() => { kvm.snapshot(); }, 1, 0);
    snapMs.push(t[0]!);
  }
  const base = kvm.snapshot();
  for (let i = 0; i < 40; i++) {
    touch();
    restoreMs.push(timeMs(() => kvm.restore(base), 1, 0)[0]!);
  }
  const regs = ratePerSec(() => { kvm.ioctl(vcpu, KVM_REQ.KVM_GET_REGS, 0x7ffe1000n, null); }, 20_000, 9);
  const ext = ratePerSec(() => { kvm.ioctl(sys, KVM_REQ.KVM_CHECK_EXTENSION, BigInt(KVM_CAP.KVM_CAP_NR_MEMSLOTS), null); }, 20_000, 9);

  const lab = new URL('../testdata/lab/', import.meta.url);
  const msr = await parseTruthLog(readFileSync(new URL('msr.truth.json.gz', lab)), 'msr');
  const replay = timeMs(() => { conform(msr, engineReplayOptions()); }, 5, 1);
  return {
    touch_64mib_ms: summarize(fullTouch),
    snapshot_64mib_first_ms: summarize(full),
    snapshot_64mib_ms: summarize(snapMs),
    restore_64mib_ms: summarize(restoreMs),
    ioctl_dispatch_per_s: summarize(regs),
    ioctl_check_extension_per_s: summarize(ext),
    replay_msr_recording_ms: summarize(replay),
  };
}
