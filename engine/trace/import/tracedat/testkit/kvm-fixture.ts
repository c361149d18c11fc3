/**
 * Synthetic KVM traces for tests: real kernel layouts of kvm_entry, kvm_exit
 * (x86, with isa and vcpu_id), kvm_userspace_exit, plus a "test:fields"
 * event exercising every field kind. Timestamps are raw ns.
 */
import { formatText, PageWriter, Rec, writeTraceDat, type TraceDatSpec } from './writer.ts';

export const ID_ENTRY = 301;
export const ID_EXIT = 302;
export const ID_UEXIT = 303;
export const ID_FIELDS = 900;

export const KVM_FORMATS = [
  formatText('kvm_entry', ID_ENTRY, [['unsigned int vcpu_id', 8, 4, 0], ['unsigned long rip', 16, 8, 0]]),
  formatText('kvm_exit', ID_EXIT, [
    ['unsigned int exit_reason', 8, 4, 0], ['unsigned long guest_rip', 16, 8, 0], ['u32 isa', 24, 4, 0],
    ['u64 info1', 32, 8, 0], ['u64 info2', 40, 8, 0], ['u32 intr_info', 48, 4, 0], ['u32 error_code', 52, 4, 0],
    ['unsigned int vcpu_id', 56, 4, 0],
  ]),
  formatText('kvm_userspace_exit', ID_UEXIT, [['__u32 reason', 8, 4, 0], ['int errno', 12, 4, 1]]),
];

export const FIELDS_FORMAT = formatText('fields', ID_FIELDS, [
  ['__data_loc char[] name', 8, 4, 0], ['char comm[16]', 12, 16, 0], ['u8 insn[4]', 28, 4, 0], ['int neg', 32, 4, 1],
  ['u64 big', 40, 8, 0], ['__rel_loc char[] rel', 48, 4, 0], ['__data_loc u32[] arr', 52, 4, 0], ['short s16', 56, 2, 1],
]);

export const entry = (pid: number, vcpu: number, rip = 0x1000): Uint8Array =>
  new Rec(ID_ENTRY, pid).u32(vcpu).u32(0).u64(rip).done();
export const exit = (pid: number, vcpu: number, reason: number, isa = 1, rip = 0x1000): Uint8Array =>
  new Rec(ID_EXIT, pid).u32(reason).u32(0).u64(rip).u32(isa).u32(0).u64(0).u64(0).u32(0).u32(0).u32(vcpu).done();
export const uexit = (pid: number, reason: number, errno = 0): Uint8Array =>
  new Rec(ID_UEXIT, pid).u32(reason).u32(errno >>> 0).done();

/** The test:fields record: name "hello" via __data_loc, comm "vcpu-thread", insn 0f 01 d9 c3, neg -5, big 2^60+1, rel "rel!", arr [1,2,3], s16 -2. */
export function fieldsRecord(pid: number): Uint8Array {
  const enc = new TextEncoder();
  const comm = new Uint8Array(16); comm.set(enc.encode('vcpu-thread'));
  const name = enc.encode('hello\0');   // 6 bytes at 60
  const rel = enc.encode('rel!\0');     // 5 bytes at 66
  const arr = new Uint8Array(12); new DataView(arr.buffer).setUint32(0, 1, true); new DataView(arr.buffer).setUint32(4, 2, true); new DataView(arr.buffer).setUint32(8, 3, true);
  // layout: [0..60) fixed fields, 60 name, 66 rel, 72 arr (12 bytes) = 84 bytes
  return new Rec(ID_FIELDS, pid)
    .u32((name.length << 16) | 60).bytes(comm).bytes(new Uint8Array([0x0f, 0x01, 0xd9, 0xc3])).u32(-5 >>> 0).u32(0)
    .u64((1n << 60n) + 1n).u32((rel.length << 16) | (66 - 52)).u32((12 << 16) | 72).u16(0xfffe).u16(0)
    .bytes(name).bytes(rel).u8(0).bytes(arr).done();
}

/**
 * Two vCPUs (threads 1001 and 1002, comm "CPU n/KVM") on host CPUs 0 and 1:
 * vCPU 0 exits HLT(12)×2 and IO_INSTRUCTION(30)×1 (one IO goes to userspace);
 * vCPU 1 exits EPT_VIOLATION(48)×2. Durations exit→entry are exact integers (ns).
 */
export function kvmScenario(version: 6 | 7, compression: 'none' | 'zlib' = 'none', compress?: (b: Uint8Array) => Uint8Array): Uint8Array {
  const c0 = new PageWriter();
  // vCPU 0: entry @1000, exit HLT @1500 (+500), entry @1600 (100 ns), exit IO @2000, uexit @2050, entry @2300 (300 ns), exit HLT @3000, entry @3010 (10 ns)
  c0.startPage(1000)
    .record(0, entry(1001, 0))
    .record(500, exit(1001, 0, 12))
    .record(100, entry(1001, 0))
    .record(400, exit(1001, 0, 30))
    .record(50, uexit(1001, 2))
    .record(250, entry(1001, 0))
    .record(700, exit(1001, 0, 12))
    .record(10, entry(1001, 0));
  const c1 = new PageWriter();
  // vCPU 1: entry @1200, exit EPT @1700, entry @1900 (200), exit EPT @2500, entry @2900 (400)
  c1.startPage(1200)
    .record(0, entry(1002, 1))
    .record(500, exit(1002, 1, 48))
    .record(200, entry(1002, 1))
    .record(600, exit(1002, 1, 48))
    .record(400, entry(1002, 1));
  const spec: TraceDatSpec = {
    version, compression, ...(compress ? { compress } : {}),
    systems: [{ name: 'kvm', formats: KVM_FORMATS }],
    cmdlines: '1001 CPU 0/KVM\n1002 CPU 1/KVM\n',
    buffers: [{ name: '', clock: 'local', cpus: [{ cpu: 0, data: c0.finish() }, { cpu: 1, data: c1.finish() }] }],
  };
  return writeTraceDat(spec);
}
