/** Object tree: the KVM system → VMs → vCPUs, memslots, guest_memfds, plus every open fd. Click a vCPU to inspect it. */
import { useApp } from '../store/index.ts';
import { selectVcpuFd } from '../store/workspace.ts';
import { bytes, hex } from '../lib/format.ts';
import type { ReactNode } from 'react';

function Node({ label, children, testId }: { label: ReactNode; children?: ReactNode; testId?: string }) {
  return (
    <li data-testid={testId} className="leading-7">
      <div className="whitespace-nowrap">{label}</div>
      {children ? <ul className="ml-3 border-l border-edge pl-3">{children}</ul> : null}
    </li>
  );
}

const KVM_MEM_FLAGS: [number, string][] = [[1, 'LOG_DIRTY_PAGES'], [2, 'READONLY'], [4, 'GUEST_MEMFD']];

export function ObjectTreePanel() {
  const tree = useApp((s) => s.tree);
  const info = useApp((s) => s.info);
  const current = useApp(selectVcpuFd);
  const selectVcpu = useApp((s) => s.selectVcpu);
  if (!tree || !info) return <p className="p-3 text-dim">No workspace open.</p>;
  const system = tree.fds.filter((f) => f.kind === 'system');
  const others = tree.fds.filter((f) => !['system', 'vm', 'vcpu', 'guest_memfd'].includes(f.kind));
  return (
    <div data-testid="object-tree" className="min-h-0 flex-1 overflow-auto p-3 font-mono text-[14px]">
      <ul>
        <Node label={<span className="text-fg">KVM <span className="text-dim">/dev/kvm {system.length ? `fd ${system.map((f) => f.fd).join(', ')}` : '(closed)'}</span></span>}>
          {tree.vms.length === 0 ? <li className="text-dim">no VMs</li> : null}
          {tree.vms.map((vm, k) => (
            <Node key={k} testId={`vm-${vm.fd}`} label={<span>VM <span className="text-dim">{vm.fd === null ? 'no fd' : `fd ${vm.fd}`} · type {vm.type}{vm.irqchip !== 'none' ? ` · irqchip ${vm.irqchip}` : ''}</span></span>}>
              <Node label={<span className="text-dim">vCPUs ({vm.vcpus.length})</span>}>
                {vm.vcpus.map((v) => (
                  <li key={`${v.plane}:${v.vcpu_id}`} className="leading-7">
                    <button
                      data-testid={`vcpu-${v.fd}`}
                      aria-pressed={v.fd === current}
                      disabled={v.fd === null}
                      onClick={() => v.fd !== null && selectVcpu(v.fd)}
                      className={`rounded px-1.5 text-left whitespace-nowrap ${v.fd === current ? 'bg-accent/25 text-fg ring-1 ring-accent' : 'hover:bg-head'}`}
                    >
                      vCPU {v.vcpu_id}
                      <span className="text-dim"> {v.fd === null ? 'no fd' : `fd ${v.fd}`}{v.plane ? ` · plane ${v.plane}` : ''}</span>
                      {v.lastExit ? <span className="block text-[12px] text-dim">last exit {v.lastExit.name.replace(/^KVM_EXIT_/, '')}</span> : null}
                    </button>
                  </li>
                ))}
              </Node>
              <Node label={<span className="text-dim">memslots ({vm.memslots.length})</span>}>
                {vm.memslots.map((m) => {
                  const flags = KVM_MEM_FLAGS.filter(([b]) => m.flags & b).map(([, n]) => n);
                  return (
                    <li key={m.slot} className="leading-6 whitespace-nowrap" title={`userspace_addr ${hex(m.userspace_addr)}`}>
                      slot {m.slot & 0xffff}{m.slot >> 16 ? ` (as ${m.slot >> 16})` : ''}: <span className="text-dim">gpa</span> {hex(m.guest_phys_addr)}
                      <span className="block text-[12px] text-dim">{bytes(m.memory_size)}{flags.length ? <span className="text-warn"> {flags.join('|')}</span> : null}</span>
                    </li>
                  );
                })}
              </Node>
              {vm.gmems.length ? (
                <Node label={<span className="text-dim">guest_memfds ({vm.gmems.length})</span>}>
                  {vm.gmems.map((g, k) => (
                    <li key={k} className="leading-7 whitespace-nowrap">{g.fd === null ? 'no fd' : `fd ${g.fd}`}: {bytes(g.size)} <span className="text-dim">flags {hex(g.flags)}</span></li>
                  ))}
                </Node>
              ) : null}
              {Object.keys(vm.capsEnabled).length ? (
                <Node label={<span className="text-dim">enabled caps</span>}>
                  {Object.entries(vm.capsEnabled).map(([k, v]) => <li key={k} className="leading-7 whitespace-nowrap">{k} <span className="text-dim">{v}</span></li>)}
                </Node>
              ) : null}
            </Node>
          ))}
        </Node>
        {others.length ? (
          <Node label={<span className="text-dim">other fds</span>}>
            {others.map((f) => <li key={f.fd} className="leading-7">fd {f.fd} <span className="text-dim">{f.kind}</span></li>)}
          </Node>
        ) : null}
      </ul>
    </div>
  );
}
