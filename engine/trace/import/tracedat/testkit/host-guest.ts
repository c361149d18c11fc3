/**
 * Test/e2e-only host + guest trace.dat pair as `trace-cmd record -A` writes them, with known
 * clock corrections: the host has TRACEID, TSC2NSEC (ns = tsc * 3 >> 1) and a GUEST option
 * ("vm1": guest CPU 0 → host thread 5000, CPU 1 → 5001); the guest has TRACEID, the same
 * TSC2NSEC and a TIME_SHIFT option naming the host (interpolated samples, a scaled CPU, a
 * negative-offset CPU). Expected merged times are in engine/trace/merge.test.ts.
 */
import { entry, exit, KVM_FORMATS } from './kvm-fixture.ts';
import { formatText, guestOption, PageWriter, Rec, timeShiftOption, traceIdOption, tsc2nsecOption, writeTraceDat } from './writer.ts';

export const HOST_ID = 0x1111n, GUEST_ID = 0x2222n;
const IRQ = 500;
const IRQ_FORMAT = formatText('irq_handler_entry', IRQ, [['int irq', 8, 4, 1]]);
const irq = (pid: number, n: number): Uint8Array => new Rec(IRQ, pid).u32(n).done();

/** Host: TSC clock (ns = tsc * 3 >> 1), vCPU 0 on thread 5000 (CPU 0), vCPU 1 on 5001 (CPU 1). */
export function hostFile(guestId = GUEST_ID): Uint8Array {
  const c0 = new PageWriter().startPage(1000).record(0, entry(5000, 0)).record(2000, exit(5000, 0, 12));
  const c1 = new PageWriter().startPage(2000).record(0, entry(5001, 1));
  return writeTraceDat({
    version: 7, systems: [{ name: 'kvm', formats: KVM_FORMATS }], cmdlines: '5000 qemu-system-x86\n5001 qemu-system-x86\n',
    options: [traceIdOption(HOST_ID), tsc2nsecOption(3, 1), guestOption('vm1', guestId, [{ vcpu: 0, hostPid: 5000 }, { vcpu: 1, hostPid: 5001 }])],
    buffers: [{ name: '', clock: 'x86-tsc', cpus: [{ cpu: 0, data: c0.finish() }, { cpu: 1, data: c1.finish() }] }],
  });
}

/**
 * Guest: 3 CPUs with TIME_SHIFT (interpolated): CPU 0 samples (100 → +900, 1100 → +1000);
 * CPU 1 scaling 3 with 1 fraction bit, offset 10; CPU 2 negative offsets (0 → -100, 1000 → -300).
 * Guest PIDs (1, 2) collide with nothing on purpose; PID 5000 collides with the host's vCPU thread.
 */
export function guestFile(): Uint8Array {
  const c0 = new PageWriter().startPage(100).record(0, irq(5000, 1)).record(500, irq(5000, 2)).record(1000, irq(5000, 3));
  const c1 = new PageWriter().startPage(400).record(0, irq(2, 4));
  const c2 = new PageWriter().startPage(333).record(0, irq(1, 5));
  return writeTraceDat({
    version: 7, systems: [{ name: 'irq', formats: [IRQ_FORMAT] }], cmdlines: '1 init\n2 kworker\n5000 guestapp\n',
    options: [traceIdOption(GUEST_ID), tsc2nsecOption(3, 1), timeShiftOption(HOST_ID, 1, [
      { time: [1100n, 100n], offset: [1000n, 900n] }, // unsorted on purpose: trace-cmd sorts the samples
      { time: [0n, 1000n], offset: [10n, 10n], scaling: [3n, 3n], fraction: [1n, 1n] },
      { time: [0n, 1000n], offset: [-100n, -300n] },
    ])],
    buffers: [{ name: '', clock: 'x86-tsc', cpus: [{ cpu: 0, data: c0.finish() }, { cpu: 1, data: c1.finish() }, { cpu: 2, data: c2.finish() }] }],
  });
}

