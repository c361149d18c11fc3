/**
 * Disassembly of guest memory around RIP (read by the engine through the vCPU's paging, formatted
 * by iced-x86): the current instruction highlighted, a breakpoint toggle per row (linear addresses:
 * software breakpoints, INT3 + KVM_GUESTDBG_USE_SW_BP, on the hardware backend, any number; debug
 * registers DR0-DR3 on the emulate backend, at most 4), and the source line each instruction came from.
 */
import { useProgram } from '../editor/programStore.ts';

const hex = (n: number) => n.toString(16).padStart(4, '0');

/** What a breakpoint is on each backend (the engine's PS511 says the same when the emulate limit is hit). */
const BP_TITLE = {
  hardware: 'toggle software breakpoint: INT3 + KVM_GUESTDBG_USE_SW_BP, any number (F9 at RIP)',
  emulate: 'toggle hardware breakpoint: DR0-DR3, at most 4 on the emulate backend, whose KVM executes INT3 itself (F9 at RIP)',
} as const;

export function DisasmView() {
  const d = useProgram((s) => s.disasm);
  const toggle = useProgram((s) => s.toggleBreakpoint);
  const backend = useProgram((s) => s.state?.backend ?? 'hardware');
  if (!d) return <p className="p-3 text-dim">No program loaded.</p>;
  return (
    <div data-testid="disasm" className="min-h-0 flex-1 overflow-auto font-mono text-[14px]">
      <table className="w-full border-collapse">
        <tbody>
          {d.rows.map((r) => (
            <tr
              key={r.address}
              data-testid="disasm-row"
              data-address={r.address}
              data-current={r.current ? 'true' : undefined}
              data-breakpoint={r.breakpoint ? 'true' : undefined}
              className={r.current ? 'bg-accent/20 text-fg' : 'text-dim hover:bg-head'}
            >
              <td className="w-6 pl-1">
                <button
                  aria-label={`${r.breakpoint ? 'remove' : 'set'} breakpoint at 0x${r.address.toString(16)}`}
                  title={BP_TITLE[backend]}
                  onClick={() => void toggle(r.address)}
                  className={`block h-3 w-3 rounded-full ${r.breakpoint ? 'bg-fail' : 'border border-edge hover:bg-fail/40'}`}
                />
              </td>
              <td className="w-4 text-accent">{r.current ? '▶' : ''}</td>
              <td className="pr-3 whitespace-nowrap">{hex(r.address)}</td>
              <td className="pr-3 whitespace-nowrap text-faint">{r.bytes}</td>
              <td className={`pr-3 whitespace-nowrap ${r.current ? 'font-bold text-fg' : 'text-fg'}`}>{r.text}</td>
              <td className="pr-2 text-right text-faint">{r.line !== null ? `:${r.line}` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {d.problem ? <p className="px-3 py-1 text-warn">{d.problem}</p> : null}
    </div>
  );
}
