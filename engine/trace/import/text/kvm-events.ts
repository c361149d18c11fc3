/**
 * Per-event field patterns for kvm/kvmmmu tracepoints as they appear in text:
 * the kernel's TP_printk formats (arch/x86/kvm/trace.h, include/trace/events/kvm.h,
 * arch/x86/kvm/mmu/mmutrace.h, arch/arm64/kvm/trace_arm.h; current and older
 * kernels) and libtraceevent's plugin_kvm.c printers used by `trace-cmd report`
 * and `perf script`. Field names are the TP_STRUCT__entry names, so a text
 * import and a trace.dat import of the same run give the same columns; where the
 * text prints a symbol (reason name, APIC register) the number is recovered and
 * the printed name kept in an extra field. Template syntax: see template.ts.
 */
import type { FieldValue } from '../../types.ts';
import { APIC_REGS, EXCEPTION_VECTORS, resolveExitReason } from './kvm-names.ts';

export interface EventDef {
  readonly name: string;
  readonly system: string;
  /** Canonical field order (one eventType() per event and import). */
  readonly fields: readonly string[];
  /** Print formats, tried in order (the last one that matched is tried first next time). */
  readonly formats: readonly string[];
  /** Derive numbers from printed symbols after a successful match. */
  readonly post?: (f: FieldValue[]) => void;
  /** The reverse, after libtraceevent's `[FAILED TO PARSE] name=value…` form gave the raw fields (failed-to-parse.ts). */
  readonly fromRaw?: (f: FieldValue[]) => void;
}

const EXCEPTION_NAMES: ReadonlyMap<number, string> = new Map(Object.entries(EXCEPTION_VECTORS).map(([n, v]) => [v, n]));

const VCPU_PRINTK_REASON_HOOK = (iReason: number, iCode: number, iIsa: number) => (f: FieldValue[]): void => {
  const r = resolveExitReason(f[iReason] as string);
  f[iCode] = r.code;
  f[iIsa] = r.isa;
};

const HOSTCLOCK = '{host_clock:e:none=0,tsc=1}';
const DM = '{delivery_mode:w}';

const KVM: EventDef[] = [
  {
    name: 'kvm_entry', system: 'kvm',
    fields: ['vcpu_id', 'rip', 'inj_info', 'inj_info_err', 'immediate_exit', 'guest_mode', 'vcpu_pc'],
    formats: [
      'vcpu {vcpu_id:u}, rip 0x{rip:x}',
      'vcpu {vcpu_id:u}, rip 0x{rip:x}{immediate_exit:?[immediate exit]}',
      'vcpu {vcpu_id:u}, rip 0x{rip:x} inj 0x{inj_info:x} inj_error_code 0x{inj_info_err:x}{immediate_exit:?[immediate exit]}{guest_mode:?[guest]}',
      'vcpu {vcpu_id:u} rip 0x{rip:x}', // plugin_kvm.c
      'vcpu {vcpu_id:u}', // before 5.x
      'PC: 0x{vcpu_pc:x}', // arm64
    ],
  },
  {
    name: 'kvm_exit', system: 'kvm',
    fields: ['exit_reason', 'reason', 'guest_rip', 'isa', 'info1', 'info2', 'intr_info', 'error_code', 'vcpu_id',
      'ret', 'esr_ec', 'ec', 'vcpu_pc'],
    formats: [
      'vcpu {vcpu_id:u} reason {reason:t: rip 0x} rip 0x{guest_rip:x} info1 0x{info1:x} info2 0x{info2:x} intr_info 0x{intr_info:x} error_code 0x{error_code:x}',
      // plugin_kvm.c, and the kernel's own format before 5.10
      'reason {reason:t: rip 0x} rip 0x{guest_rip:x} info {info1:x} {info2:x}',
      'reason {reason:t: rip 0x} rip 0x{guest_rip:x}',
      '{ret:w}: HSR_EC: 0x{esr_ec:x} ({ec:t:)}), PC: 0x{vcpu_pc:x}', // arm64
    ],
    post: (f) => {
      if (f[1] === '') return; // arm64 form: no x86 reason
      VCPU_PRINTK_REASON_HOOK(1, 0, 3)(f);
    },
  },
  {
    name: 'kvm_hypercall', system: 'kvm', fields: ['nr', 'a0', 'a1', 'a2', 'a3'],
    formats: ['nr 0x{nr:x} a0 0x{a0:x} a1 0x{a1:x} a2 0x{a2:x} a3 0x{a3:x}'],
  },
  {
    name: 'kvm_hv_hypercall', system: 'kvm', fields: ['rep_cnt', 'rep_idx', 'ingpa', 'outgpa', 'code', 'var_cnt', 'fast'],
    formats: [
      'code 0x{code:x} {fast:e:fast=1,slow=0} var_cnt 0x{var_cnt:x} rep_cnt 0x{rep_cnt:x} idx 0x{rep_idx:x} in 0x{ingpa:x} out 0x{outgpa:x}',
      'code 0x{code:x} {fast:e:fast=1,slow=0} cnt 0x{rep_cnt:x} idx 0x{rep_idx:x} in 0x{ingpa:x} out 0x{outgpa:x}',
    ],
  },
  { name: 'kvm_hv_hypercall_done', system: 'kvm', fields: ['result'], formats: ['result 0x{result:x}'] },
  {
    name: 'kvm_xen_hypercall', system: 'kvm', fields: ['cpl', 'nr', 'a0', 'a1', 'a2', 'a3', 'a4', 'a5'],
    formats: ['cpl {cpl:d} nr 0x{nr:x} a0 0x{a0:x} a1 0x{a1:x} a2 0x{a2:x} a3 0x{a3:x} a4 0x{a4:x} a5 {a5:x}'],
  },
  {
    name: 'kvm_pio', system: 'kvm', fields: ['rw', 'port', 'size', 'count', 'val', 'more'],
    formats: ['pio_{rw:e:read=0,write=1} at 0x{port:x} size {size:u} count {count:u} val 0x{val:x}{more:? (...)}'],
  },
  { name: 'kvm_fast_mmio', system: 'kvm', fields: ['gpa'], formats: ['fast mmio at gpa 0x{gpa:x}'] },
  {
    name: 'kvm_cpuid', system: 'kvm', fields: ['function', 'index', 'rax', 'rbx', 'rcx', 'rdx', 'found', 'used_max_basic'],
    formats: [
      'func {function:x} idx {index:x} rax {rax:x} rbx {rbx:x} rcx {rcx:x} rdx {rdx:x}, cpuid entry {found:e:not found=0,found=1}{used_max_basic:?, used max basic}',
      'func {function:x} rax {rax:x} rbx {rbx:x} rcx {rcx:x} rdx {rdx:x}, cpuid entry {found:e:not found=0,found=1}',
      'func {function:x} rax {rax:x} rbx {rbx:x} rcx {rcx:x} rdx {rdx:x}',
    ],
  },
  {
    name: 'kvm_apic', system: 'kvm', fields: ['rw', 'reg', 'val', 'reg_name'],
    formats: ['apic_{rw:e:read=0,write=1} {reg_name:w} = 0x{val:x}'],
    post: (f) => {
      const n = f[3] as string;
      const r = APIC_REGS[n];
      f[1] = r !== undefined ? r : /^0x[0-9a-f]+$/i.test(n) ? Number.parseInt(n.slice(2), 16) : '';
    },
  },
  {
    name: 'kvm_inj_virq', system: 'kvm', fields: ['vector', 'soft', 'reinjected', 'irq'],
    formats: ['{soft:e:Soft/INTn=1,IRQ=0} 0x{vector:x}{reinjected:? [reinjected]}', 'irq {irq:u}'],
  },
  {
    // has_error: TP_STRUCT field; the printed forms show it as the presence of "(0x…)".
    name: 'kvm_inj_exception', system: 'kvm', fields: ['exception', 'error_code', 'reinjected', 'name', 'has_error'],
    formats: ['{name:w} (0x{error_code:x}){reinjected:? [reinjected]}', '{name:w}{reinjected:? [reinjected]}'],
    post: (f) => {
      const n = f[3] as string;
      const v = EXCEPTION_VECTORS[n];
      f[0] = v !== undefined ? v : /^0x[0-9a-f]+$/i.test(n) ? Number.parseInt(n.slice(2), 16) : '';
      f[4] = f[1] === '' ? 0 : 1;
    },
    fromRaw: (f) => {
      if (typeof f[0] === 'number') f[3] = EXCEPTION_NAMES.get(f[0]) ?? `0x${f[0].toString(16)}`;
    },
  },
  {
    name: 'kvm_page_fault', system: 'kvm', fields: ['vcpu_id', 'guest_rip', 'fault_address', 'error_code'],
    formats: [
      'vcpu {vcpu_id:u} rip 0x{guest_rip:x} address 0x{fault_address:x} error_code 0x{error_code:x}',
      'address {fault_address:x} error_code {error_code:x}',
    ],
  },
  {
    name: 'kvm_msr', system: 'kvm', fields: ['write', 'ecx', 'data', 'exception'],
    formats: ['msr_{write:e:read=0,write=1} {ecx:x} = 0x{data:x}{exception:? (#GP)}'],
  },
  {
    name: 'kvm_cr', system: 'kvm', fields: ['rw', 'cr', 'val'],
    formats: ['cr_{rw:e:read=0,write=1} {cr:x} = 0x{val:x}'],
  },
  {
    name: 'kvm_pic_set_irq', system: 'kvm', fields: ['chip', 'pin', 'level', 'masked', 'coalesced'],
    formats: ['chip {chip:u} pin {pin:u} ({level:e:level=1,edge=0}{masked:?|masked}){coalesced:? (coalesced)}'],
  },
  {
    name: 'kvm_apic_ipi', system: 'kvm',
    fields: ['dest_id', 'vec', 'delivery_mode', 'dest_mode', 'level', 'trig_mode', 'shorthand'],
    formats: [`dst {dest_id:x} vec {vec:u} (${DM}|{dest_mode:e:logical,physical}|{level:e:assert=1,de-assert=0}|{trig_mode:e:level,edge}|{shorthand:e:all-but-self,dst,self,all})`],
  },
  {
    name: 'kvm_apic_accept_irq', system: 'kvm', fields: ['apicid', 'vec', 'delivery_mode', 'trig_mode', 'coalesced'],
    formats: [`apicid {apicid:x} vec {vec:u} (${DM}|{trig_mode:e:level,edge}){coalesced:? (coalesced)}`],
  },
  { name: 'kvm_eoi', system: 'kvm', fields: ['apicid', 'vector'], formats: ['apicid {apicid:x} vector {vector:d}'] },
  { name: 'kvm_pv_eoi', system: 'kvm', fields: ['apicid', 'vector'], formats: ['apicid {apicid:x} vector {vector:d}'] },
  {
    name: 'kvm_nested_vmexit', system: 'kvm',
    fields: ['rip', 'exit_code', 'reason', 'isa', 'exit_info1', 'exit_info2', 'exit_int_info', 'exit_int_info_err', 'vcpu_id'],
    formats: [
      'rip: 0x{rip:x} reason: {reason:t: ext_inf1:} ext_inf1: 0x{exit_info1:x} ext_inf2: 0x{exit_info2:x} ext_int: 0x{exit_int_info:x} ext_int_err: 0x{exit_int_info_err:x}',
      'vcpu {vcpu_id:u} reason {reason:t: rip 0x} rip 0x{rip:x} info1 0x{exit_info1:x} info2 0x{exit_info2:x} intr_info 0x{exit_int_info:x} error_code 0x{exit_int_info_err:x}',
      'rip {rip:x} reason {reason:t: info1} info1 {exit_info1:x} info2 {exit_info2:x} int_info {exit_int_info:x} int_info_err {exit_int_info_err:x}',
    ],
    post: VCPU_PRINTK_REASON_HOOK(2, 1, 3),
  },
  {
    name: 'kvm_nested_vmexit_inject', system: 'kvm',
    fields: ['exit_code', 'reason', 'isa', 'exit_info1', 'exit_info2', 'exit_int_info', 'exit_int_info_err'],
    formats: [
      'reason: {reason:t: ext_inf1:} ext_inf1: 0x{exit_info1:x} ext_inf2: 0x{exit_info2:x} ext_int: 0x{exit_int_info:x} ext_int_err: 0x{exit_int_info_err:x}',
      'reason {reason:t: info1} info1 {exit_info1:x} info2 {exit_info2:x} int_info {exit_int_info:x} int_info_err {exit_int_info_err:x}',
    ],
    post: VCPU_PRINTK_REASON_HOOK(1, 0, 2),
  },
  { name: 'kvm_nested_intr_vmexit', system: 'kvm', fields: ['rip'], formats: ['rip: 0x{rip:x}'] },
  {
    name: 'kvm_invlpga', system: 'kvm', fields: ['rip', 'asid', 'address'],
    formats: ['rip: 0x{rip:x} asid: {asid:d} address: 0x{address:x}'],
  },
  { name: 'kvm_skinit', system: 'kvm', fields: ['rip', 'slb'], formats: ['rip: 0x{rip:x} slb: 0x{slb:x}'] },
  {
    name: 'kvm_emulate_insn', system: 'kvm', fields: ['rip', 'csbase', 'len', 'insn', 'flags', 'failed'],
    formats: [
      '{csbase:x}:{rip:x}:{insn:b:len} ({flags:e:real=0,vm16=3,prot16=1,prot32=5,prot64=9}){failed:? failed}',
      '{csbase:x}:{rip:x}: {insn:b:len}{failed:? FAIL}', // plugin_kvm.c without a disassembler
    ],
  },
  {
    name: 'vcpu_match_mmio', system: 'kvm', fields: ['gva', 'gpa', 'write', 'gpa_match'],
    formats: ['gva {gva:X} gpa {gpa:X} {write:e:Write=1,Read=0} {gpa_match:e:GPA=1,GVA=0}'],
  },
  {
    name: 'kvm_write_tsc_offset', system: 'kvm', fields: ['vcpu_id', 'previous_tsc_offset', 'next_tsc_offset'],
    formats: ['vcpu={vcpu_id:u} prev={previous_tsc_offset:u} next={next_tsc_offset:u}'],
  },
  {
    name: 'kvm_update_master_clock', system: 'kvm', fields: ['use_master_clock', 'host_clock', 'offset_matched'],
    formats: [
      `masterclock {use_master_clock:d} hostclock ${HOSTCLOCK} offsetmatched {offset_matched:u}`,
      // trace-cmd cannot resolve the __print_symbolic table and prints the value
      'masterclock {use_master_clock:d} hostclock 0x{host_clock:x} offsetmatched {offset_matched:u}',
    ],
  },
  {
    name: 'kvm_track_tsc', system: 'kvm',
    fields: ['vcpu_id', 'nr_vcpus_matched_tsc', 'online_vcpus', 'use_master_clock', 'host_clock'],
    formats: [
      `vcpu_id {vcpu_id:u} masterclock {use_master_clock:u} offsetmatched {nr_vcpus_matched_tsc:u} nr_online {online_vcpus:u} hostclock ${HOSTCLOCK}`,
      'vcpu_id {vcpu_id:u} masterclock {use_master_clock:u} offsetmatched {nr_vcpus_matched_tsc:u} nr_online {online_vcpus:u} hostclock 0x{host_clock:x}',
    ],
  },
  { name: 'kvm_pml_full', system: 'kvm', fields: ['vcpu_id'], formats: ['vcpu {vcpu_id:d}: PML full'] },
  {
    name: 'kvm_ple_window_update', system: 'kvm', fields: ['vcpu_id', 'new', 'old', 'grown'],
    formats: ['vcpu {vcpu_id:u} old {old:u} new {new:u} ({grown:e:growed=1,shrinked=0})'],
  },
  {
    name: 'kvm_pvclock_update', system: 'kvm',
    fields: ['vcpu_id', 'version', 'tsc_timestamp', 'system_time', 'tsc_to_system_mul', 'tsc_shift', 'flags'],
    formats: ['vcpu_id {vcpu_id:u}, pvclock {{ version {version:u}, tsc_timestamp 0x{tsc_timestamp:x}, system_time 0x{system_time:x}, tsc_to_system_mul 0x{tsc_to_system_mul:x}, tsc_shift {tsc_shift:d}, flags 0x{flags:x} }'],
  },
  {
    name: 'kvm_wait_lapic_expire', system: 'kvm', fields: ['vcpu_id', 'delta', 'late'],
    formats: ['vcpu {vcpu_id:u}: delta {delta:d} ({late:e:early=0,late=1})'],
  },
  {
    name: 'kvm_enter_smm', system: 'kvm', fields: ['vcpu_id', 'smbase', 'entering'],
    formats: ['vcpu {vcpu_id:u}: {entering:e:entering=1,leaving=0} SMM, smbase 0x{smbase:x}'],
  },
  {
    name: 'kvm_smm_transition', system: 'kvm', fields: ['vcpu_id', 'smbase', 'entering'],
    formats: ['vcpu {vcpu_id:u}: {entering:e:entering=1,leaving=0} SMM, smbase 0x{smbase:x}'],
  },
  {
    name: 'kvm_pi_irte_update', system: 'kvm', fields: ['host_irq', 'vcpu_id', 'gsi', 'gvec', 'pi_desc_addr', 'set'],
    formats: ['VT-d PI is {set:e:enabled and being updated=1,disabled=0} for irq {host_irq:u}, vcpu {vcpu_id:u}, gsi: 0x{gsi:x}, gvec: 0x{gvec:x}, pi_desc_addr: 0x{pi_desc_addr:x}'],
  },
  { name: 'kvm_hv_notify_acked_sint', system: 'kvm', fields: ['vcpu_id', 'sint'], formats: ['vcpu_id {vcpu_id:d} sint {sint:u}'] },
  {
    name: 'kvm_hv_synic_set_irq', system: 'kvm', fields: ['vcpu_id', 'sint', 'vector', 'ret'],
    formats: ['vcpu_id {vcpu_id:d} sint {sint:u} vector {vector:d} ret {ret:d}'],
  },
  { name: 'kvm_hv_synic_send_eoi', system: 'kvm', fields: ['vcpu_id', 'vector'], formats: ['vcpu_id {vcpu_id:d} vector {vector:d}'] },
  {
    name: 'kvm_hv_synic_set_msr', system: 'kvm', fields: ['vcpu_id', 'msr', 'data', 'host'],
    formats: ['vcpu_id {vcpu_id:d} msr 0x{msr:x} data 0x{data:x} host {host:d}'],
  },
  {
    name: 'kvm_hv_stimer_set_config', system: 'kvm', fields: ['vcpu_id', 'timer_index', 'config', 'host'],
    formats: ['vcpu_id {vcpu_id:d} timer {timer_index:d} config 0x{config:x} host {host:d}'],
  },
  {
    name: 'kvm_hv_stimer_set_count', system: 'kvm', fields: ['vcpu_id', 'timer_index', 'count', 'host'],
    formats: ['vcpu_id {vcpu_id:d} timer {timer_index:d} count {count:u} host {host:d}'],
  },
  {
    name: 'kvm_hv_stimer_start_periodic', system: 'kvm', fields: ['vcpu_id', 'timer_index', 'time_now', 'exp_time'],
    formats: ['vcpu_id {vcpu_id:d} timer {timer_index:d} time_now {time_now:u} exp_time {exp_time:u}'],
  },
  {
    name: 'kvm_hv_stimer_start_one_shot', system: 'kvm', fields: ['vcpu_id', 'timer_index', 'time_now', 'count'],
    formats: ['vcpu_id {vcpu_id:d} timer {timer_index:d} time_now {time_now:u} count {count:u}'],
  },
  { name: 'kvm_hv_stimer_callback', system: 'kvm', fields: ['vcpu_id', 'timer_index'], formats: ['vcpu_id {vcpu_id:d} timer {timer_index:d}'] },
  {
    name: 'kvm_hv_stimer_expiration', system: 'kvm', fields: ['vcpu_id', 'timer_index', 'direct', 'msg_send_result'],
    formats: ['vcpu_id {vcpu_id:d} timer {timer_index:d} direct {direct:d} send result {msg_send_result:d}'],
  },
  { name: 'kvm_hv_stimer_cleanup', system: 'kvm', fields: ['vcpu_id', 'timer_index'], formats: ['vcpu_id {vcpu_id:d} timer {timer_index:d}'] },
  {
    name: 'kvm_hv_timer_state', system: 'kvm', fields: ['vcpu_id', 'hv_timer_in_use'],
    formats: ['vcpu_id {vcpu_id:x} hv_timer {hv_timer_in_use:x}'],
  },
  {
    name: 'kvm_hv_flush_tlb', system: 'kvm', fields: ['processor_mask', 'address_space', 'flags', 'guest_mode'],
    formats: [
      'processor_mask 0x{processor_mask:x} address_space 0x{address_space:x} flags 0x{flags:x}',
      'processor_mask 0x{processor_mask:x} address_space 0x{address_space:x} flags 0x{flags:x} {guest_mode:e:guest mode=1,l1=0}',
    ],
  },
  {
    name: 'kvm_hv_flush_tlb_ex', system: 'kvm', fields: ['valid_bank_mask', 'format', 'address_space', 'flags'],
    formats: ['valid_bank_mask 0x{valid_bank_mask:x} format 0x{format:x} address_space 0x{address_space:x} flags 0x{flags:x}'],
  },
  {
    name: 'kvm_hv_send_ipi', system: 'kvm', fields: ['vector', 'processor_mask'],
    formats: ['vector {vector:x} processor_mask 0x{processor_mask:x}'],
  },
  {
    name: 'kvm_hv_send_ipi_ex', system: 'kvm', fields: ['vector', 'format', 'valid_bank_mask'],
    formats: ['vector {vector:x} format {format:x} valid_bank_mask 0x{valid_bank_mask:x}'],
  },
  {
    name: 'kvm_hv_syndbg_set_msr', system: 'kvm', fields: ['vcpu_id', 'vp_index', 'msr', 'data'],
    formats: ['vcpu_id {vcpu_id:d} vp_index {vp_index:u} msr 0x{msr:x} data 0x{data:x}'],
  },
  {
    name: 'kvm_hv_syndbg_get_msr', system: 'kvm', fields: ['vcpu_id', 'vp_index', 'msr', 'data'],
    formats: ['vcpu_id {vcpu_id:d} vp_index {vp_index:u} msr 0x{msr:x} data 0x{data:x}'],
  },
  {
    name: 'kvm_apicv_update_request', system: 'kvm', fields: ['activate', 'bit'],
    formats: ['{activate:e:activate=1,deactivate=0} bit={bit:u}'],
  },
  {
    name: 'kvm_apicv_inhibit_changed', system: 'kvm', fields: ['set', 'reason', 'inhibits', 'names'],
    formats: ['{set:e:set=1,cleared=0} reason={reason:u}, inhibits=0x{inhibits:x}{names:r}'],
  },
  {
    name: 'kvm_avic_incomplete_ipi', system: 'kvm', fields: ['vcpu', 'icrh', 'icrl', 'id', 'index'],
    formats: ['vcpu={vcpu:u}, icrh:icrl={icrh:X}:{icrl:x}, id={id:u}, index={index:u}'],
  },
  {
    name: 'kvm_avic_unaccelerated_access', system: 'kvm', fields: ['vcpu', 'offset', 'reg_name', 'ft', 'rw', 'vec'],
    formats: ['vcpu={vcpu:u}, offset={offset:X}({reg_name:t:)}), {ft:e:trap=1,fault=0}, {rw:e:write=1,read=0}, vec={vec:X}'],
  },
  { name: 'kvm_avic_ga_log', system: 'kvm', fields: ['vmid', 'vcpuid'], formats: ['vmid={vmid:u}, vcpuid={vcpuid:u}'] },
  {
    name: 'kvm_pv_tlb_flush', system: 'kvm', fields: ['vcpu_id', 'need_flush_tlb'],
    formats: ['vcpu {vcpu_id:u} need_flush_tlb {need_flush_tlb:e:true=1,false=0}'],
  },
  { name: 'kvm_nested_vmenter_failed', system: 'kvm', fields: ['msg'], formats: ['{msg:r}'] },
  {
    name: 'kvm_vmgexit_enter', system: 'kvm', fields: ['vcpu_id', 'exit_reason', 'info1', 'info2', 'valid_bitmap'],
    formats: ['vcpu {vcpu_id:u}, exit_reason {exit_reason:x}, exit_info1 {info1:x}, exit_info2 {info2:x}{valid_bitmap:?, valid_bitmap}'],
  },
  {
    name: 'kvm_vmgexit_exit', system: 'kvm', fields: ['vcpu_id', 'exit_reason', 'info1', 'info2'],
    formats: ['vcpu {vcpu_id:u}, exit_reason {exit_reason:x}, exit_info1 {info1:x}, exit_info2 {info2:x}'],
  },
  {
    name: 'kvm_vmgexit_msr_protocol_enter', system: 'kvm', fields: ['vcpu_id', 'ghcb_gpa'],
    formats: ['vcpu {vcpu_id:u}, ghcb_gpa {ghcb_gpa:x}'],
  },
  {
    name: 'kvm_vmgexit_msr_protocol_exit', system: 'kvm', fields: ['vcpu_id', 'ghcb_gpa', 'result'],
    formats: ['vcpu {vcpu_id:u}, ghcb_gpa {ghcb_gpa:x}, result {result:d}'],
  },
  // include/trace/events/kvm.h (arch independent)
  {
    name: 'kvm_userspace_exit', system: 'kvm', fields: ['reason', 'errno', 'reason_name'],
    formats: ['reason {reason_name:w} ({reason:u})'],
    post: (f) => {
      // "restart (4)" / "error (14)": the number is -errno and the exit reason is not printed.
      const n = f[2] as string;
      if (n === 'restart' || n === 'error') {
        f[1] = -(f[0] as number);
        f[0] = '';
      } else {
        f[1] = 0;
      }
    },
  },
  {
    name: 'kvm_vcpu_wakeup', system: 'kvm', fields: ['ns', 'waited', 'valid'],
    formats: ['{waited:e:wait=1,poll=0} time {ns:d} ns, polling {valid:e:valid=1,invalid=0}'],
  },
  {
    name: 'kvm_set_irq', system: 'kvm', fields: ['gsi', 'level', 'irq_source_id'],
    formats: ['gsi {gsi:u} level {level:d} source {irq_source_id:d}'],
  },
  {
    name: 'kvm_ioapic_set_irq', system: 'kvm',
    fields: ['pin', 'dst', 'vec', 'delivery_mode', 'dest_mode', 'trig_mode', 'masked', 'coalesced'],
    formats: [
      `pin {pin:u} dst {dst:x} vec {vec:u} (${DM}|{dest_mode:e:logical,physical}|{trig_mode:e:level,edge}{masked:?|masked}){coalesced:? (coalesced)}`,
      `pin {pin:u} dst {dst:x} vec={vec:u} (${DM}|{dest_mode:e:logical,physical}|{trig_mode:e:level,edge}{masked:?|masked}){coalesced:? (coalesced)}`,
    ],
  },
  {
    name: 'kvm_ioapic_delayed_eoi_inj', system: 'kvm',
    fields: ['dst', 'vec', 'delivery_mode', 'dest_mode', 'trig_mode', 'masked'],
    formats: [`dst {dst:x} vec {vec:u} (${DM}|{dest_mode:e:logical,physical}|{trig_mode:e:level,edge}{masked:?|masked})`],
  },
  {
    name: 'kvm_msi_set_irq', system: 'kvm', fields: ['dst', 'vec', 'delivery_mode', 'dest_mode', 'trig_mode', 'rh'],
    formats: [`dst {dst:u} vec {vec:x} (${DM}|{dest_mode:e:logical,physical}|{trig_mode:e:level,edge}{rh:?|rh})`],
  },
  {
    name: 'kvm_ack_irq', system: 'kvm', fields: ['irqchip', 'pin'],
    formats: ['irqchip {irqchip:e:PIC master=0,PIC slave=1,IOAPIC=2} pin {pin:u}'],
  },
  {
    name: 'kvm_mmio', system: 'kvm', fields: ['type', 'len', 'gpa', 'val'],
    formats: ['mmio {type:e:unsatisfied-read=0,read=1,write=2} len {len:u} gpa 0x{gpa:x} val 0x{val:x}'],
  },
  { name: 'kvm_fpu', system: 'kvm', fields: ['load'], formats: ['{load:e:unload=0,load=1}'] },
  {
    name: 'kvm_age_page', system: 'kvm', fields: ['hva', 'gfn', 'referenced'],
    formats: ['hva {hva:x} gfn {gfn:x} {referenced:e:YOUNG=1,OLD=0}'],
  },
  { name: 'kvm_age_hva', system: 'kvm', fields: ['start', 'end'], formats: ['mmu notifier age hva: {start:X} -- {end:X}'] },
  { name: 'kvm_test_age_hva', system: 'kvm', fields: ['hva'], formats: ['mmu notifier test age hva: {hva:X}'] },
  { name: 'kvm_unmap_hva_range', system: 'kvm', fields: ['start', 'end'], formats: ['mmu notifier unmap range: {start:X} -- {end:X}'] },
  { name: 'kvm_set_spte_hva', system: 'kvm', fields: ['hva'], formats: ['mmu notifier set pte hva: {hva:X}'] },
  {
    name: 'kvm_halt_poll_ns', system: 'kvm', fields: ['vcpu_id', 'new', 'grow', 'old'],
    formats: ['vcpu {vcpu_id:u}: halt_poll_ns {new:u} ({grow:e:grow=1,shrink=0} {old:u})'],
  },
  {
    name: 'kvm_dirty_ring_push', system: 'kvm', fields: ['index', 'dirty_index', 'reset_index', 'slot', 'offset', 'used'],
    formats: ['ring {index:d}: dirty 0x{dirty_index:x} reset 0x{reset_index:x} slot {slot:u} offset 0x{offset:x} (used {used:u})'],
  },
  {
    name: 'kvm_dirty_ring_reset', system: 'kvm', fields: ['index', 'dirty_index', 'reset_index', 'used'],
    formats: ['ring {index:d}: dirty 0x{dirty_index:x} reset 0x{reset_index:x} (used {used:u})'],
  },
  { name: 'kvm_dirty_ring_exit', system: 'kvm', fields: ['vcpu_id'], formats: ['vcpu {vcpu_id:d}'] },
  { name: 'kvm_try_async_get_page', system: 'kvm', fields: ['gva', 'gfn'], formats: ['gva = {gva:X}, gfn = {gfn:X}'] },
  { name: 'kvm_async_pf_doublefault', system: 'kvm', fields: ['gva', 'gfn'], formats: ['gva = {gva:X}, gfn = {gfn:X}'] },
  { name: 'kvm_async_pf_repeated_fault', system: 'kvm', fields: ['gva', 'gfn'], formats: ['gva = {gva:X}, gfn = {gfn:X}'] },
  { name: 'kvm_async_pf_not_present', system: 'kvm', fields: ['token', 'gva'], formats: ['token {token:X} gva {gva:X}'] },
  { name: 'kvm_async_pf_ready', system: 'kvm', fields: ['token', 'gva'], formats: ['token {token:X} gva {gva:X}'] },
  {
    name: 'kvm_async_pf_completed', system: 'kvm', fields: ['gva', 'address', 'pfn'],
    formats: ['gva {gva:X} address {address:X} pfn {pfn:X}'],
  },
  // arch/x86/kvm/mmu/mmutrace.h (system kvmmmu); the rest of that file keeps its payload.
  {
    name: 'kvm_mmu_pagetable_walk', system: 'kvmmmu', fields: ['addr', 'pferr', 'pferr_flags'],
    formats: ['addr {addr:x} pferr {pferr:x} {pferr_flags:r}', 'addr {addr:x} pferr {pferr:x}'],
  },
  { name: 'kvm_mmu_paging_element', system: 'kvmmmu', fields: ['pte', 'level'], formats: ['pte {pte:x} level {level:u}'] },
  { name: 'kvm_mmu_set_accessed_bit', system: 'kvmmmu', fields: ['gpa'], formats: ['gpa {gpa:x}'] },
  { name: 'kvm_mmu_set_dirty_bit', system: 'kvmmmu', fields: ['gpa'], formats: ['gpa {gpa:x}'] },
  {
    name: 'kvm_mmu_walker_error', system: 'kvmmmu', fields: ['pferr', 'pferr_flags'],
    formats: ['pferr {pferr:x} {pferr_flags:r}', 'pferr {pferr:x}'],
  },
  {
    name: 'handle_mmio_page_fault', system: 'kvmmmu', fields: ['addr', 'gfn', 'access'],
    formats: ['addr:{addr:x} gfn {gfn:x} access {access:x}'],
  },
  {
    name: 'kvm_mmu_spte_requested', system: 'kvmmmu', fields: ['gfn', 'pfn', 'level'],
    formats: ['gfn {gfn:x} pfn {pfn:x} level {level:d}'],
  },
  {
    name: 'kvm_tdp_mmu_spte_changed', system: 'kvmmmu', fields: ['as_id', 'gfn', 'level', 'old_spte', 'new_spte'],
    formats: ['as id {as_id:d} gfn {gfn:x} level {level:d} old_spte {old_spte:x} new_spte {new_spte:x}'],
  },
  {
    name: 'check_mmio_spte', system: 'kvmmmu', fields: ['spte', 'kvm_gen', 'spte_gen', 'valid'],
    formats: ['spte {spte:x} kvm_gen {kvm_gen:x} spte-gen {spte_gen:x} valid {valid:d}'],
  },
];

/** Names of mmutrace.h events this table keeps as payload only: they still belong to kvmmmu. */
const KVMMMU_PREFIXES = ['kvm_mmu_', 'kvm_tdp_mmu_'];
const KVMMMU_OTHERS = new Set(['mark_mmio_spte', 'fast_page_fault', 'handle_mmio_page_fault', 'check_mmio_spte']);

/** Every event def by name. */
export const KVM_EVENTS: ReadonlyMap<string, EventDef> = new Map(KVM.map((d) => [d.name, d]));

/**
 * The trace system an event name belongs to when the text does not say
 * (tracefs and trace-cmd print only the name). '' when unknown.
 */
export function systemOf(name: string): string {
  const d = KVM_EVENTS.get(name);
  if (d) return d.system;
  if (KVMMMU_OTHERS.has(name) || KVMMMU_PREFIXES.some((p) => name.startsWith(p))) return 'kvmmmu';
  if (name.startsWith('kvm_') || name === 'vcpu_match_mmio') return 'kvm';
  return '';
}
