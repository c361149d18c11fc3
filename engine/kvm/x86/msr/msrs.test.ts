/**
 * The MSR matrix of the lab host, replayed from the recording msr.truth.json:
 * every KVM_X86_SET_MSR_FILTER, KVM_ENABLE_CAP(X86_USER_SPACE_MSR), MSR list /
 * KVM_GET_MSRS / KVM_SET_MSRS ioctl and every guest RDMSR/WRMSR probe (the
 * VMM's KVM_SET_REGS + KVM_RUN + exit + respond sequence) is fed to the MSR
 * modules, and their answers are compared with what real KVM did. The
 * outcome strings are also compared row by row with the recording's
 * results.access_table / results.x2apic_table (= lab/out/FACTS.md tables).
 */
import { describe, expect, it } from 'vitest';
import { VcpuCpuid } from '../cpuid.ts';
import { KVM_MSR_EXIT_REASON_FILTER, KVM_MSR_EXIT_REASON_INVAL, KVM_MSR_EXIT_REASON_UNKNOWN } from './constants.ts';
import { validateMsrFilter, type MsrFilter } from './filter.ts';
import { HOST_PVM_618_X86 } from './host-pvm-6.18.ts';
import { big, loadLab, num, type LabEvent } from './lab-fixture.testutil.ts';
import { getMsrIndexList, VcpuMsrs } from './msrs.ts';
import { completeUserSpaceMsr, validateUserSpaceMsrMask } from './user-space.ts';
import { X2Apic } from './x2apic.ts';
import type { MsrOutcome } from '../../../cpu/types.ts';

const RD_STUB = 0x1000n, WR_STUB = 0x1010n;
const REASON_NAME: Record<number, string> = {
  [KVM_MSR_EXIT_REASON_INVAL]: 'INVAL', [KVM_MSR_EXIT_REASON_UNKNOWN]: 'UNKNOWN', [KVM_MSR_EXIT_REASON_FILTER]: 'FILTER',
};

interface VcpuModel {
  msrs: VcpuMsrs; cpuid: VcpuCpuid; hasRun: boolean; efer: bigint;
  op: { write: boolean; index: number; value: bigint } | null;
  pending: MsrOutcome | null;   // outcome of the current KVM_RUN
  respond: { error: number; data: bigint } | null;
  row: { outcome: string; value: bigint | null } | null;
}
interface VmModel { filter: MsrFilter | null; mask: number; irqchip: boolean; vcpus: number[] }

interface Replay {
  checks: number; exits: number; rows: { outcome: string; value: bigint | null; index: number; write: boolean }[];
  filterResults: { seq: number; ret: number; errno: number }[];
}

function replayMsrLog(events: LabEvent[]): Replay {
  const host = HOST_PVM_618_X86;
  const vms = new Map<number, VmModel>();
  const vcpus = new Map<number, VcpuModel>();
  const out: Replay = { checks: 0, exits: 0, rows: [], filterResults: [] };
  let tsc = 1000n;
  const ctxOf = (v: () => VcpuModel, cpuid: VcpuCpuid) => ({
    hostTsc: () => (tsc += 7n),
    getEfer: () => v().efer, setEfer: (x: bigint) => { v().efer = x; },
    paging: () => false, getSegBase: () => 0n, setSegBase: () => {},
    cpuid, lapic: null as X2Apic | null, hasRun: () => v().hasRun,
  });
  const eq = (actual: unknown, expected: unknown, what: string, seq: number) => {
    expect(actual, `${what} at seq ${seq}`).toEqual(expected);
    out.checks++;
  };
  const endRow = (vc: VcpuModel, outcome: string, value: bigint | null) => {
    const op = vc.op!;
    out.rows.push({ outcome, value, index: op.index, write: op.write });
    vc.row = null;
  };

  for (let k = 0; k < events.length; k++) {
    const ev = events[k];
    if (ev.t === 'respond' && ev.what === 'msr') {
      const vc = vcpus.get(ev.vcpu_fd)!;
      vc.respond = { error: ev.error, data: big(ev.data) };
      continue;
    }
    if (ev.t !== 'ioctl') continue;
    const errno = ev.ret < 0 ? ev.errno : 0;
    switch (ev.req) {
      case 'KVM_CREATE_VM': if (ev.ret >= 0) vms.set(ev.ret, { filter: null, mask: 0, irqchip: false, vcpus: [] }); break;
      case 'KVM_CREATE_IRQCHIP': if (ev.ret === 0) vms.get(ev.fd)!.irqchip = true; break;
      case 'KVM_CREATE_VCPU': {
        if (ev.ret < 0) break;
        const vm = vms.get(ev.fd)!;
        const cpuid = new VcpuCpuid(host.supportedCpuid);
        let model!: VcpuModel;
        const ctx = ctxOf(() => model, cpuid);
        const msrs = new VcpuMsrs(host.msr, host.msrIndexList, ctx, num(ev.arg.vcpu_id));
        if (vm.irqchip) ctx.lapic = new X2Apic(num(ev.arg.vcpu_id), msrs.state.apicBase);
        model = { msrs, cpuid, hasRun: false, efer: 0n, op: null, pending: null, respond: null, row: null };
        vcpus.set(ev.ret, model);
        vm.vcpus.push(ev.ret);
        break;
      }
      case 'KVM_SET_CPUID2': {
        const vc = vcpus.get(ev.fd)!;
        eq(vc.cpuid.setCpuid2(ev.arg, vc.hasRun), errno, 'KVM_SET_CPUID2 errno', ev.seq);
        break;
      }
      case 'KVM_ENABLE_CAP': {
        if (ev.arg.cap !== 'KVM_CAP_X86_USER_SPACE_MSR') break;
        const mask = big(ev.arg.args[0]);
        const e = validateUserSpaceMsrMask(mask);
        eq(e, errno, 'KVM_ENABLE_CAP(X86_USER_SPACE_MSR) errno', ev.seq);
        if (!e) vms.get(ev.fd)!.mask = Number(mask);
        break;
      }
      case 'KVM_X86_SET_MSR_FILTER': {
        if (ev.fd_kind !== 'vm') break;   // fd-type errors are kvm-core's dispatch
        const r = validateMsrFilter(ev.arg);
        eq(r.ok ? 0 : r.errno, errno, 'KVM_X86_SET_MSR_FILTER errno', ev.seq);
        out.filterResults.push({ seq: ev.seq, ret: r.ok ? 0 : -1, errno: r.ok ? 0 : r.errno });
        if (r.ok) vms.get(ev.fd)!.filter = r.filter;
        break;
      }
      case 'KVM_GET_MSR_INDEX_LIST':
      case 'KVM_GET_MSR_FEATURE_INDEX_LIST': {
        const list = ev.req === 'KVM_GET_MSR_INDEX_LIST' ? host.msrIndexList : host.msrFeatureIndexList;
        const r = getMsrIndexList(list, ev.arg);
        eq(r.ret, ev.ret, `${ev.req} ret`, ev.seq);
        eq(r.errno ?? 0, errno, `${ev.req} errno`, ev.seq);
        eq(r.out.nmsrs, ev.out.nmsrs, `${ev.req} out.nmsrs`, ev.seq);
        if (ev.out.indices) eq(r.out.indices!.map((x) => '0x' + x.toString(16)), ev.out.indices, `${ev.req} out.indices`, ev.seq);
        break;
      }
      case 'KVM_GET_MSRS':
      case 'KVM_SET_MSRS': {
        if (ev.fd_kind !== 'vcpu') break;
        const vc = vcpus.get(ev.fd)!;
        const r = ev.req === 'KVM_GET_MSRS' ? vc.msrs.hostGetMsrs(ev.arg) : vc.msrs.hostSetMsrs(ev.arg);
        eq(r.ret, ev.ret, `${ev.req} ret`, ev.seq);
        if (ev.out) eq(r.out!.entries.map((e) => '0x' + e.data.toString(16)), ev.out.entries.map((e: any) => e.data), `${ev.req} out.entries[].data`, ev.seq);
        break;
      }
      case 'KVM_SET_REGS': {
        const vc = vcpus.get(ev.fd)!;
        const rip = big(ev.arg.rip);
        if (rip !== RD_STUB && rip !== WR_STUB) { vc.op = null; break; }
        const value = (big(ev.arg.rdx) & 0xffffffffn) << 32n | (big(ev.arg.rax) & 0xffffffffn);
        vc.op = { write: rip === WR_STUB, index: num(ev.arg.rcx) >>> 0, value };
        vc.row = { outcome: '', value: null };
        vc.respond = null;
        break;
      }
      case 'KVM_RUN': {
        const vc = vcpus.get(ev.fd)!;
        vc.hasRun = true;
        const exit = events[k + 1];
        expect(exit.t).toBe('exit');
        if (!vc.op || !vc.row) break;
        const vm = vms.get([...vms.entries()].find(([, m]) => m.vcpus.includes(ev.fd))![0])!;
        const op = vc.op;
        let o: MsrOutcome;
        let afterExit = false;
        if (vc.respond) {
          o = completeUserSpaceMsr(vc.respond.error, vc.respond.data, op.write);
          afterExit = true;
          vc.respond = null;
        } else {
          o = op.write ? vc.msrs.wrmsr(op.index, op.value, vm.filter, vm.mask) : vc.msrs.rdmsr(op.index, vm.filter, vm.mask);
        }
        out.exits++;
        if (o.kind === 'exit') {
          eq(exit.exit_name, op.write ? 'KVM_EXIT_X86_WRMSR' : 'KVM_EXIT_X86_RDMSR', 'exit_name', exit.seq);
          eq(exit.msr.reason, o.reason, 'exit.msr.reason', exit.seq);
          eq(num(exit.msr.index), op.index, 'exit.msr.index', exit.seq);
          if (op.write) eq(big(exit.msr.data), op.value, 'exit.msr.data', exit.seq);
          vc.row.outcome = `exit_${op.write ? 'WRMSR' : 'RDMSR'}(${REASON_NAME[o.reason]})->`;
        } else if (o.kind === 'gp') {
          eq(exit.exit_name, 'KVM_EXIT_IO', 'exit_name (#GP stub)', exit.seq);
          eq(exit.io.port, 0xee, 'exit.io.port (#GP stub)', exit.seq);
          eq(Number(big(exit.regs.rax) & 0xffn), 13, 'vector in AL', exit.seq);
          endRow(vc, vc.row.outcome + '#GP', null);
        } else {
          eq(exit.exit_name, 'KVM_EXIT_IO', 'exit_name (done)', exit.seq);
          eq(exit.io.port, 0xf0, 'exit.io.port (done)', exit.seq);
          let value: bigint | null = null;
          if (!op.write) {
            value = (big(exit.regs.rdx) & 0xffffffffn) << 32n | (big(exit.regs.rax) & 0xffffffffn);
            if (op.index !== 0x10) eq('0x' + o.value.toString(16), '0x' + value.toString(16), `RDMSR 0x${op.index.toString(16)} value`, exit.seq);
          }
          endRow(vc, afterExit ? vc.row.outcome + 'completed' : 'kernel', value);
        }
        break;
      }
    }
  }
  return out;
}

describe('MSR matrix replayed from lab msr.truth.json', () => {
  it('matches every MSR-related ioctl, guest exit and table row of the recording', () => {
    const log = loadLab('msr');
    const r = replayMsrLog(log.events);
    // every guest probe was compared (316 KVM_RUNs in the log, all of them MSR probes)
    expect(r.exits).toBe(log.events.filter((e) => e.t === 'ioctl' && e.req === 'KVM_RUN').length);
    const table = [...log.results.access_table, ...log.results.x2apic_table];
    expect(r.rows.length).toBe(table.length);
    for (let i = 0; i < table.length; i++) {
      const row = table[i];
      const mine = r.rows[i];
      expect(`0x${mine.index.toString(16)} ${mine.write ? 'wrmsr' : 'rdmsr'}`, `row ${i} (${row.phase} ${row.name})`).toBe(`${row.msr} ${row.op}`);
      expect(mine.outcome, `row ${i} (${row.phase} ${row.op} ${row.msr} ${row.name})`).toBe(row.outcome);
      if (typeof row.read_value === 'string' && row.read_value.startsWith('0x')) expect('0x' + mine.value!.toString(16)).toBe(row.read_value);
    }
    expect(r.checks).toBeGreaterThan(900);
  });

  it('reproduces the KVM_X86_SET_MSR_FILTER configuration table', () => {
    const log = loadLab('msr');
    const r = replayMsrLog(log.events);
    const table = log.results.invalid_filter_configs as { test: string; ret: number; errno: string }[];
    // The configuration battery is the last contiguous block of filter ioctls of VM 1.
    const names: Record<number, string> = { 0: '', 14: 'EFAULT', 22: 'EINVAL' };
    const battery = r.filterResults.slice(3, 3 + table.length);   // filter A, filter B, clear, then the battery
    expect(battery.map((x) => [x.ret, names[x.errno]])).toEqual(table.map((t) => [t.ret, t.errno]));
  });
});
