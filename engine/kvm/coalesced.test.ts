/**
 * Coalesced MMIO/PIO against the lab recording coalesced.truth.json: every
 * zone (un)registration on the VM fd, and every guest run: the entries the
 * VMM harvested after an exit must be accepted into the ring (in order), the
 * access that caused the exit must be refused, and the ring (first, last,
 * entries) must read back exactly as recorded. Plus unit checks of the rules.
 */
import { describe, expect, it } from 'vitest';
import { CoalescedMmio, KVM_COALESCED_MMIO_MAX } from './coalesced.ts';
import { EINVAL, ENOSPC } from './uapi/errno.ts';
import { big, loadLab } from './x86/msr/lab-fixture.testutil.ts';
import { bytesOf, hexOf } from './x86/msr/values.ts';

describe('coalesced MMIO replayed from lab coalesced.truth.json', () => {
  it('matches zones, ring contents and which accesses exit', () => {
    const { events } = loadLab('coalesced');
    const c = new CoalescedMmio();
    let checks = 0, absorbed = 0, refused = 0, reads = 0;
    for (let k = 0; k < events.length; k++) {
      const ev = events[k];
      if (ev.t === 'ioctl' && (ev.req === 'KVM_REGISTER_COALESCED_MMIO' || ev.req === 'KVM_UNREGISTER_COALESCED_MMIO') && ev.fd_kind === 'vm') {
        const zone = { addr: big(ev.arg.addr), size: Number(ev.arg.size), pio: Number(ev.arg.pio) };
        const e = ev.req === 'KVM_REGISTER_COALESCED_MMIO' ? c.register(zone) : c.unregister(zone);
        expect(e, `${ev.req} at seq ${ev.seq}`).toBe(ev.ret < 0 ? ev.errno : 0);
        checks++;
      } else if (ev.t === 'exit') {
        const rr = events.slice(k + 1).find((x) => x.t === 'ring_read' || (x.t === 'ioctl' && x.req === 'KVM_RUN'));
        expect(rr?.t, `ring_read after exit seq ${ev.seq}`).toBe('ring_read');
        for (const en of rr!.entries) {
          const data = bytesOf(en.data, 'data').subarray(0, en.len);
          expect(c.tryWrite(big(en.phys_addr), data, en.pio === 1), `coalesce ${en.phys_addr} before exit seq ${ev.seq}`).toBe(true);
          absorbed++;
        }
        if (ev.exit_name === 'KVM_EXIT_MMIO' && ev.mmio.is_write) {
          expect(c.tryWrite(big(ev.mmio.phys_addr), bytesOf(ev.mmio.data, 'data'), false), `MMIO write exit seq ${ev.seq}`).toBe(false);
          refused++;
        } else if (ev.exit_name === 'KVM_EXIT_IO' && ev.io.direction === 'out') {
          expect(c.tryWrite(BigInt(ev.io.port), bytesOf(ev.io.data, 'data').subarray(0, ev.io.size), true), `OUT exit seq ${ev.seq}`).toBe(false);
          refused++;
        } else reads++;   // reads/INs never reach the coalescing code
      } else if (ev.t === 'ring_read' && ev.ring === 'coalesced') {
        const p = c.pending();
        expect([p.first, p.last], `first/last at seq ${ev.seq}`).toEqual([ev.first, ev.last]);
        expect(p.entries.map((e) => [e.index, '0x' + e.phys_addr.toString(16), e.len, e.pio, hexOf(e.data.subarray(0, e.len))]), `entries at seq ${ev.seq}`)
          .toEqual(ev.entries.map((e: any) => [e.index, e.phys_addr, e.len, e.pio, String(e.data).slice(0, e.len * 2)]));
        checks++;
      } else if (ev.t === 'ring_write' && ev.ring === 'coalesced') {
        new DataView(c.ring.buffer).setUint32(ev.offset, ev.value, true);
      }
    }
    expect(absorbed).toBe(6 + 1 + 1 + 169 + 30);
    expect(refused).toBeGreaterThanOrEqual(8);
    expect(reads).toBeGreaterThan(0);
    expect(checks).toBeGreaterThan(1000);
  });
});

describe('coalesced MMIO rules', () => {
  it('keeps one slot free: 169 entries fit, the 170th store exits, consuming the ring resumes coalescing', () => {
    const c = new CoalescedMmio();
    expect(c.register({ addr: 0xa0000n, size: 0x1000, pio: 0 })).toBe(0);
    for (let i = 0; i < KVM_COALESCED_MMIO_MAX - 1; i++) expect(c.tryWrite(0xa0000n + BigInt(i), Uint8Array.of(i), false)).toBe(true);
    expect(c.tryWrite(0xa0100n, Uint8Array.of(1), false)).toBe(false);
    new DataView(c.ring.buffer).setUint32(0, c.pending().last, true);   // VMM: first = last
    expect(c.tryWrite(0xa0100n, Uint8Array.of(1), false)).toBe(true);
    expect(c.pending().entries[0]).toMatchObject({ index: 169, phys_addr: 0xa0100n, len: 1, pio: 0 });
  });

  it('refuses stores that are not fully inside a zone, and zones of the other bus', () => {
    const c = new CoalescedMmio();
    c.register({ addr: 0xa0000n, size: 0x1000, pio: 0 });
    expect(c.tryWrite(0xa0fffn, Uint8Array.of(1, 2), false)).toBe(false);   // straddles the end
    expect(c.tryWrite(0xa0ffen, Uint8Array.of(1, 2), false)).toBe(true);
    expect(c.tryWrite(0xa0010n, Uint8Array.of(1), true)).toBe(false);       // PIO bus has no zone
  });

  it('validates pio, accepts size 0 / overlap / wrap, and unregisters only zones containing the range', () => {
    const c = new CoalescedMmio();
    expect(c.register({ addr: 0n, size: 4, pio: 2 })).toBe(EINVAL);
    expect(c.unregister({ addr: 0n, size: 4, pio: 5 })).toBe(EINVAL);
    expect(c.register({ addr: 0xb1000n, size: 0, pio: 0 })).toBe(0);
    expect(c.tryWrite(0xb1000n, Uint8Array.of(1), false)).toBe(false);   // a size-0 zone never absorbs
    expect(c.register({ addr: 0xfffffffffffff000n, size: 0x2000, pio: 0 })).toBe(0);
    expect(c.register({ addr: 0xb2000n, size: 0x100, pio: 0 })).toBe(0);
    expect(c.unregister({ addr: 0xb0000n, size: 0x10000, pio: 0 })).toBe(0);   // covers the zone: nothing removed
    expect(c.state.mmio.length).toBe(3);
    expect(c.unregister({ addr: 0xb2000n, size: 0x10, pio: 0 })).toBe(0);      // inside the zone: whole zone removed
    expect(c.state.mmio.length).toBe(2);
  });

  it('enforces the io-bus device limit per bus', () => {
    const c = new CoalescedMmio();
    for (let i = 0; i < 1000; i++) expect(c.register({ addr: BigInt(i), size: 1, pio: 1 })).toBe(0);
    expect(c.register({ addr: 5000n, size: 1, pio: 1 })).toBe(ENOSPC);
    expect(c.register({ addr: 5000n, size: 1, pio: 0 })).toBe(0);
    expect(c.register({ addr: 0n, size: 1, pio: 0 }, 999)).toBe(ENOSPC);
  });

  it('snapshot/restore round-trips ring and zones', () => {
    const c = new CoalescedMmio();
    c.register({ addr: 0x80n, size: 4, pio: 1 });
    const s = c.snapshot();
    c.tryWrite(0x80n, Uint8Array.of(9), true);
    c.restore(s);
    expect(c.pending().entries.length).toBe(0);
    expect(c.tryWrite(0x81n, Uint8Array.of(7), true)).toBe(true);
    expect(c.pending().entries[0]).toMatchObject({ phys_addr: 0x81n, pio: 1 });
  });
});
