/**
 * Coalesced MMIO / PIO (virt/kvm/coalesced_mmio.c + the io-bus rules of
 * kvm_io_bus_register_dev/kvm_io_bus_write in virt/kvm/kvm_main.c).
 *
 * The ring is one page per VM, shared by all vCPUs (page 2 of every vCPU's
 * mmap, KVM_COALESCED_MMIO_PAGE_OFFSET): `u32 first, u32 last` then 170
 * `struct kvm_coalesced_mmio {u64 phys_addr; u32 len; u32 pio; u8 data[8]}`.
 * `first`/`last` are read from the live bytes, exactly as the kernel does, so
 * the VMM's `first = last` stores (hostWrite into the mapping) are honoured.
 */
import { EINVAL, ENOSPC } from './uapi/errno.ts';

// TODO(kvm-core): move to engine/kvm/uapi
/** x86: the ring is page 2 of the vCPU mapping (arch/x86/include/uapi/asm/kvm.h). */
export const KVM_COALESCED_MMIO_PAGE_OFFSET = 2;
/** (PAGE_SIZE - sizeof(struct kvm_coalesced_mmio_ring)) / sizeof(struct kvm_coalesced_mmio) = (4096 - 8) / 24 */
export const KVM_COALESCED_MMIO_MAX = 170;
export const KVM_COALESCED_MMIO_ENTRY_SIZE = 24;
/** NR_IOBUS_DEVS: per-bus device limit (ioeventfds excluded). */
export const NR_IOBUS_DEVS = 1000;

/** struct kvm_coalesced_mmio_zone. */
export interface CoalescedZone { addr: bigint; size: number; pio: number }

/** Plain-data state (snapshot = structuredClone). */
export interface CoalescedState {
  ring: Uint8Array;                 // the shared page (4096 bytes)
  mmio: CoalescedZone[];            // registration order (the bus sorts by address; outcome is order-independent)
  pio: CoalescedZone[];
}

const U64 = (1n << 64n) - 1n;

/** coalesced_mmio_in_range(): (addr, len) fully inside the zone, u64 arithmetic. */
function inRange(z: CoalescedZone, addr: bigint, len: number): boolean {
  if (len < 0) return false;
  const end = (addr + BigInt(len)) & U64;
  if (end < addr) return false;
  if (addr < z.addr) return false;
  if (end > ((z.addr + BigInt(z.size >>> 0)) & U64)) return false;
  return true;
}

/** kvm_io_bus_cmp() == 0: does the bus even offer this device the access? (int len: sizes >= 2^31 are negative) */
function busMatches(z: CoalescedZone, addr: bigint, len: number): boolean {
  const zlen = z.size | 0;
  if (addr < z.addr) return false;
  if (zlen === 0) return addr === z.addr;
  const a1 = (addr + BigInt(len)) & U64;
  const a2 = (z.addr + BigInt(zlen)) & U64;
  return !(a1 > a2);
}

/** The coalesced MMIO/PIO zones and ring of one VM. */
export class CoalescedMmio {
  state: CoalescedState = { ring: new Uint8Array(4096), mmio: [], pio: [] };
  private view = new DataView(this.state.ring.buffer);

  /** The live ring page (what the VMM sees through its mmap). */
  get ring(): Uint8Array { return this.state.ring; }

  /**
   * KVM_REGISTER_COALESCED_MMIO on a VM fd: pio must be 0 or 1 (EINVAL); size
   * 0, duplicates, overlaps and wrapping ranges are accepted; ENOSPC when the
   * bus already holds NR_IOBUS_DEVS non-ioeventfd devices. `otherDevices` =
   * in-kernel devices (PIT, PIC, IOAPIC...) on that bus. Returns 0 or errno.
   */
  register(zone: CoalescedZone, otherDevices = 0): number {
    if (zone.pio !== 0 && zone.pio !== 1) return EINVAL;
    const list = zone.pio ? this.state.pio : this.state.mmio;
    if (list.length + otherDevices > NR_IOBUS_DEVS - 1) return ENOSPC;
    list.push({ addr: BigInt.asUintN(64, zone.addr), size: zone.size >>> 0, pio: zone.pio });
    return 0;
  }

  /**
   * KVM_UNREGISTER_COALESCED_MMIO: removes every zone of that bus that fully
   * contains the given range (so a sub-range removes the whole zone, a range
   * covering zones removes none). Always 0 except pio not 0/1 (EINVAL).
   */
  unregister(zone: CoalescedZone): number {
    if (zone.pio !== 0 && zone.pio !== 1) return EINVAL;
    const key = zone.pio ? 'pio' : 'mmio';
    const addr = BigInt.asUintN(64, zone.addr);
    this.state[key] = this.state[key].filter((z) => !inRange(z, addr, zone.size | 0));
    return 0;
  }

  /**
   * A guest store to MMIO `addr` (pio false) or an OUT to port `addr` (pio
   * true) of `data.length` bytes (1..8): true when a zone absorbed it into the
   * ring (no exit); false when the access must exit (no zone, not fully inside,
   * ring full: one slot is always kept free, so 169 entries fit). Reads never
   * come here.
   */
  tryWrite(addr: bigint, data: Uint8Array, pio: boolean): boolean {
    const zones = pio ? this.state.pio : this.state.mmio;
    if (zones.length === 0) return false;
    const a = BigInt.asUintN(64, addr);
    const len = data.length;
    for (const z of zones) {
      if (!busMatches(z, a, len) || !inRange(z, a, len)) continue;
      const v = this.view;
      const insert = v.getUint32(4, true);
      if (insert >= KVM_COALESCED_MMIO_MAX || (insert + 1) % KVM_COALESCED_MMIO_MAX === v.getUint32(0, true)) continue;
      const pos = 8 + insert * KVM_COALESCED_MMIO_ENTRY_SIZE;
      v.setBigUint64(pos, a, true);
      v.setUint32(pos + 8, len, true);
      this.state.ring.set(data.subarray(0, Math.min(len, 8)), pos + 16);   // memcpy(len): other data bytes keep old contents
      v.setUint32(pos + 12, z.pio, true);
      v.setUint32(4, (insert + 1) % KVM_COALESCED_MMIO_MAX, true);
      return true;
    }
    return false;
  }

  /** Read back `first`, `last` and the entries first..last-1 (mod 170), as a VMM harvest sees them. */
  pending(): { first: number; last: number; entries: { index: number; phys_addr: bigint; len: number; pio: number; data: Uint8Array }[] } {
    const v = this.view;
    const first = v.getUint32(0, true), last = v.getUint32(4, true);
    const entries = [];
    for (let i = first; i !== last && entries.length < KVM_COALESCED_MMIO_MAX; i = (i + 1) % KVM_COALESCED_MMIO_MAX) {
      if (i >= KVM_COALESCED_MMIO_MAX) break;
      const pos = 8 + i * KVM_COALESCED_MMIO_ENTRY_SIZE;
      entries.push({ index: i, phys_addr: v.getBigUint64(pos, true), len: v.getUint32(pos + 8, true), pio: v.getUint32(pos + 12, true), data: this.state.ring.slice(pos + 16, pos + 24) });
    }
    return { first, last, entries };
  }

  snapshot(): CoalescedState { return structuredClone(this.state); }
  restore(s: CoalescedState): void {
    this.state = structuredClone(s);
    this.view = new DataView(this.state.ring.buffer);
  }
}
