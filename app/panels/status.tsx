/** Shared rendering of a conformance status (pass / fail / skip / pending) and its colours. */
import type { EventStatus } from '../../engine/protocol.ts';

const STYLE: Record<EventStatus, string> = {
  pass: 'text-pass',
  fail: 'text-fail font-bold',
  skip: 'text-skip',
  input: 'text-dim',
  info: 'text-dim',
  pending: 'text-faint',
};

export function StatusBadge({ status, title }: { status: EventStatus; title?: string }) {
  return (
    <span data-status={status} title={title} className={`font-semibold uppercase text-[12px] tracking-wide ${STYLE[status]}`}>
      {status === 'pending' ? '·' : status}
    </span>
  );
}
