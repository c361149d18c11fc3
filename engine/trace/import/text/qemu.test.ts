import { describe, expect, it } from 'vitest';
import { QemuTraceParser, sniffQemuTrace } from './qemu.ts';
import { RecordingSink, bytes, feed } from './test-sink.ts';

function parse(text: string, opts = {}) {
  const sink = new RecordingSink();
  return { sink, r: feed(new QemuTraceParser(sink, opts), bytes(text), 13) };
}

describe('QEMU -trace kvm_* (log backend)', () => {
  it('PID@TIME: prefixed lines decode with accel/kvm/trace-events field names', () => {
    const text = [
      '3596@1700000000.123456:kvm_vcpu_ioctl cpu_index 0, type 0xae80, arg (nil)',
      '3596@1700000000.123460:kvm_run_exit cpu_index 0, reason 8',
      '3596@1700000000.123470:kvm_set_user_memory AddrSpace#0 Slot#1 flags=0x2 gpa=0xc0000 size=0x20000 ua=0x7f0000000000 ret=0',
      '3596@1700000000.123480:kvm_irqchip_commit_routes ',
      '3596@1700000000.123490:virtio_notify vdev 0x55d0 vq 0x7f',
    ].join('\n');
    expect(sniffQemuTrace(bytes(text))).toBe(true);
    const { sink, r } = parse(text, { strict: true });
    expect(r.events).toBe(5);
    expect(r.syntheticTime).toBe(false);
    expect(sink.events.map((e) => [e.system, e.name, e.cpu, e.pid, e.ts])).toEqual([
      ['qemu', 'kvm_vcpu_ioctl', 0, 3596, 1700000000123456000],
      ['qemu', 'kvm_run_exit', 0, 3596, 1700000000123460000],
      ['qemu', 'kvm_set_user_memory', -1, 3596, 1700000000123470000],
      ['qemu', 'kvm_irqchip_commit_routes', -1, 3596, 1700000000123480000],
      ['qemu', 'virtio_notify', -1, 3596, 1700000000123490000],
    ]);
    expect(sink.events[0]!.fields).toEqual({ cpu_index: 0, type: 0xae80, arg: '(nil)', type_name: 'KVM_RUN' });
    expect(sink.events[1]!.fields).toEqual({ cpu_index: 0, reason: 8, reason_name: 'KVM_EXIT_SHUTDOWN' });
    expect(sink.events[2]!.fields).toEqual({
      as: 0, slot: 1, flags: 2, guest_phys_addr: 0xc0000, memory_size: 0x20000, userspace_addr: 0x7f0000000000, fd: '', fd_offset: '', ret: 0,
    });
    expect(sink.events[4]!.fields).toEqual({ payload: 'vdev 0x55d0 vq 0x7f' });
  });

  it('without prefixes: ordinal time; console noise is skipped, not an error', () => {
    const { sink, r } = parse('kvm_run_exit cpu_index 1, reason 2\nProbing EDD (edd=off to disable)... ok\nkvm_run_exit cpu_index 1, reason 6\n');
    expect(sink.events.map((e) => [e.ts, e.cpu, e.fields.reason])).toEqual([[0, 1, 2], [1, 1, 6]]);
    expect(r.syntheticTime).toBe(true);
    expect([r.skipped, r.bad]).toEqual([1, 0]);
  });

  it('without prefixes, kvm_* names the table lacks are events (target/i386 ones), other unknown words are not', () => {
    // QEMU 7.2 target/i386/kvm/trace-events: kvm_x86_update_msi_routes "Updated %d MSI routes"
    const { sink, r } = parse('kvm_x86_update_msi_routes Updated 3 MSI routes\nvirtio_notify vdev 0x1\nkvm_run_exit cpu_index 0, reason 2\n');
    expect(sink.events.map((e) => [e.system, e.name, e.fields])).toEqual([
      ['qemu', 'kvm_x86_update_msi_routes', { payload: 'Updated 3 MSI routes' }],
      ['qemu', 'kvm_run_exit', { cpu_index: 0, reason: 2, reason_name: 'KVM_EXIT_IO' }],
    ]);
    expect([r.skipped, r.undecoded]).toEqual([1, 0]);
  });

  it('a broken prefix is a PS305 with the line number', () => {
    const { r } = parse('12@oops:kvm_run_exit cpu_index 0, reason 2\n');
    expect(r.errors.map((e) => [e.code, e.where.line])).toEqual([['PS305', 1]]);
  });
});
