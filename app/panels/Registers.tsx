/**
 * Register panel of the selected vCPU: GPRs, RIP, RFLAGS, segments, descriptor tables and
 * control registers with their architectural bits decoded. Values changed by the last step
 * are highlighted; values that differ from what real KVM reported at this point of the
 * recording are marked, with the real value in the tooltip.
 */
import { useApp } from '../store/index.ts';
import { selectKind } from '../store/kind.ts';
import type { RegistersResult, RegsView, SegmentView, SregsView } from '../../engine/protocol.ts';
import { APIC_BASE_BITS, CR0_BITS, CR3_BITS, CR4_BITS, EFER_BITS, RFLAGS_BITS, decodeBits, segmentTypeName, type BitDef } from '../lib/bits.ts';
import { hex, hex64 } from '../lib/format.ts';

const GPRS: (keyof RegsView)[] = ['rax', 'rbx', 'rcx', 'rdx', 'rsi', 'rdi', 'rsp', 'rbp', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15'];
const SEGS = ['cs', 'ds', 'es', 'fs', 'gs', 'ss', 'tr', 'ldt'] as const;

function recordedValue(r: RegistersResult, key: string): bigint | null {
  const [a, b] = key.split('.');
  const { regs, sregs } = r.recorded;
  if (regs && a in regs && !b) return regs[a as keyof RegsView];
  if (!sregs || !(a in sregs)) return null;
  const v = (sregs as unknown as Record<string, unknown>)[a];
  if (b) {
    const f = (v as Record<string, unknown>)[b];
    return f === undefined ? null : BigInt(f as number | bigint);
  }
  return typeof v === 'bigint' ? v : null;
}

interface CellProps { r: RegistersResult; k: string; v: bigint | number; text: string; className?: string }

/** One value cell: highlighted when changed by the last step, marked when it disagrees with real KVM. */
function Val({ r, k, v, text, className = '' }: CellProps) {
  const changed = r.changed.includes(k);
  const rec = recordedValue(r, k);
  const mismatch = rec !== null && rec !== BigInt(v);
  return (
    <span
      data-reg={k}
      data-changed={changed || undefined}
      data-mismatch={mismatch || undefined}
      title={mismatch ? `engine ${hex(v)} · real KVM ${hex(rec)}` : undefined}
      className={`justify-self-start rounded px-1 font-mono tabular-nums whitespace-nowrap ${changed ? 'bg-changed/20 text-changed font-semibold' : 'text-fg'} ${
        mismatch ? 'underline decoration-fail decoration-2 underline-offset-4' : ''
      } ${className}`}
    >
      {text}
    </span>
  );
}

function Bits({ v, defs, all }: { v: bigint; defs: readonly BitDef[]; all: boolean }) {
  const bits = decodeBits(v, defs).filter((b) => all || b.set);
  return (
    <span className="flex flex-wrap gap-1">
      {bits.map((b) => (
        <span
          key={b.name}
          title={`${b.name}: ${b.title}`}
          data-bit={b.name}
          data-set={b.set || undefined}
          className={`rounded px-1 text-[12px] leading-5 font-semibold ${b.set ? 'bg-accent/20 text-accent' : 'text-faint'}`}
        >
          {defs.find((d) => d.name === b.name)?.width ? `${b.name}=${b.value}` : b.name}
        </span>
      ))}
      {!all && bits.length === 0 ? <span className="text-[12px] text-faint">none set</span> : null}
    </span>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mb-3">
      <h3 className="mb-1 text-[12px] font-bold uppercase tracking-wider text-dim">{title}</h3>
      {children}
    </div>
  );
}

/** Descriptor attribute bits that are set, compactly ("P S DPL0 DB G"); the full list is in the tooltip. */
function segAttrs(s: SegmentView): { short: string; full: string } {
  const set = [s.present && 'P', s.s && 'S', `DPL${s.dpl}`, s.db && 'DB', s.l && 'L', s.g && 'G', s.avl && 'AVL', s.unusable && 'unusable'].filter(Boolean);
  return { short: set.join(' '), full: `present=${s.present} s=${s.s} dpl=${s.dpl} db=${s.db} l=${s.l} g=${s.g} avl=${s.avl} unusable=${s.unusable}` };
}

function ControlRow({ r, k, v, defs, all }: { r: RegistersResult; k: keyof SregsView; v: bigint; defs?: readonly BitDef[]; all?: boolean }) {
  return (
    <tr className="align-top">
      <th className="w-20 py-0.5 pr-2 text-left font-mono font-semibold whitespace-nowrap uppercase text-dim">{k}</th>
      <td className="py-0.5 pr-2"><Val r={r} k={k} v={v} text={hex64(v)} /></td>
      <td className="py-0.5">{defs ? <Bits v={v} defs={defs} all={all ?? true} /> : null}</td>
    </tr>
  );
}

export function RegistersPanel() {
  const r = useApp((s) => s.registers);
  const info = useApp((s) => s.info);
  // Only a recording has real KVM's registers to compare with; a program's vCPU is the engine's alone.
  const recording = useApp((s) => selectKind(s) === 'recording');
  if (!info) return <p className="p-3 text-dim">No workspace open.</p>;
  if (!r) return <p className="p-3 text-dim">No vCPU fd is open at this point{recording ? ' of the recording' : ''}.</p>;
  const { regs, sregs } = r;
  const recSeq = r.recorded.regsSeq ?? r.recorded.sregsSeq;
  return (
    <div data-testid="registers" className="min-h-0 flex-1 overflow-auto p-3 text-[14px]">
      <p className="text-[14px] font-semibold text-fg">vCPU {r.vcpuId} <span className="font-normal text-dim">fd {r.vcpuFd}</span></p>
      <p className="mb-2 text-[13px] text-dim" data-testid="registers-legend">
        {recording ? <>{recSeq !== null ? <>compared with real KVM at seq {recSeq}</> : <>no register report from real KVM yet</>}{' · '}</> : null}
        <span className="rounded bg-changed/20 px-1 text-changed">changed</span>{recording ? <>{' '}
        <span className="underline decoration-fail decoration-2 underline-offset-4">≠ real KVM</span></> : <> by the last step</>}
      </p>
      <Section title="General purpose">
        <div className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5 font-mono sm:grid-cols-[auto_1fr_auto_1fr]">
          {GPRS.map((k) => (
            <div key={k} className="contents">
              <span className="font-semibold uppercase text-dim">{k}</span>
              <Val r={r} k={k} v={regs[k]} text={hex64(regs[k])} />
            </div>
          ))}
        </div>
      </Section>
      <Section title="Instruction pointer and flags">
        <table className="font-mono"><tbody>
          <tr><th className="w-24 pr-2 text-left font-semibold text-dim">RIP</th><td><Val r={r} k="rip" v={regs.rip} text={hex64(regs.rip)} /></td></tr>
          <tr className="align-top">
            <th className="pr-2 text-left font-semibold text-dim">RFLAGS</th>
            <td>
              <Val r={r} k="rflags" v={regs.rflags} text={hex(regs.rflags, 8)} />
              <div className="mt-1"><Bits v={regs.rflags} defs={RFLAGS_BITS} all /></div>
            </td>
          </tr>
        </tbody></table>
      </Section>
      <Section title="Segments">
        <table className="w-full font-mono text-[13px]">
          <thead className="text-left text-dim">
            <tr><th className="pr-2 font-semibold">seg</th><th className="pr-2 font-semibold">sel</th><th className="pr-2 font-semibold">base</th><th className="pr-2 font-semibold">limit</th><th className="pr-2 font-semibold">type</th><th className="font-semibold">attrs</th></tr>
          </thead>
          <tbody>
            {SEGS.map((k) => {
              const s = sregs[k];
              return (
                <tr key={k}>
                  <th className="pr-2 text-left font-semibold uppercase text-dim">{k}</th>
                  <td className="pr-2"><Val r={r} k={`${k}.selector`} v={s.selector} text={hex(s.selector, 4)} /></td>
                  <td className="pr-2"><Val r={r} k={`${k}.base`} v={s.base} text={hex(s.base)} /></td>
                  <td className="pr-2"><Val r={r} k={`${k}.limit`} v={s.limit} text={hex(s.limit)} /></td>
                  <td className="pr-2 whitespace-nowrap"><Val r={r} k={`${k}.type`} v={s.type} text={`${s.type} ${segmentTypeName(s.type, s.s)}`} /></td>
                  <td className="whitespace-nowrap text-dim" title={segAttrs(s).full}>{segAttrs(s).short}</td>
                </tr>
              );
            })}
            {(['gdt', 'idt'] as const).map((k) => (
              <tr key={k}>
                <th className="pr-2 text-left font-semibold uppercase text-dim">{k}</th>
                <td />
                <td className="pr-2"><Val r={r} k={`${k}.base`} v={sregs[k].base} text={hex(sregs[k].base)} /></td>
                <td className="pr-2"><Val r={r} k={`${k}.limit`} v={sregs[k].limit} text={hex(sregs[k].limit)} /></td>
                <td colSpan={2} />
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title="Control registers">
        <table className="w-full"><tbody>
          <ControlRow r={r} k="cr0" v={sregs.cr0} defs={CR0_BITS} />
          <ControlRow r={r} k="cr2" v={sregs.cr2} />
          <ControlRow r={r} k="cr3" v={sregs.cr3} defs={CR3_BITS} all={false} />
          <ControlRow r={r} k="cr4" v={sregs.cr4} defs={CR4_BITS} all={false} />
          <ControlRow r={r} k="cr8" v={sregs.cr8} />
          <ControlRow r={r} k="efer" v={sregs.efer} defs={EFER_BITS} />
          <ControlRow r={r} k="apic_base" v={sregs.apic_base} defs={APIC_BASE_BITS} />
        </tbody></table>
      </Section>
    </div>
  );
}
