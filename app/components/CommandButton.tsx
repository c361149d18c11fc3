/**
 * A labelled command button with its keyboard shortcut in the tooltip (and, in the toolbar, beside the
 * label). Shared by the shell toolbar and the program command bar so both read the same on a projector.
 */
export function CommandButton({ label, keys, onClick, testId, disabled, showKeys = false, compact = false, title }: {
  label: string; keys: string; onClick(): void; testId: string; disabled?: boolean; showKeys?: boolean; compact?: boolean;
  /** Tooltip when it should say more than "label (keys)", e.g. every key of the command. */
  title?: string;
}) {
  return (
    <button
      data-testid={testId}
      onClick={onClick}
      disabled={disabled}
      title={title ?? `${label} (${keys})`}
      className={`rounded-md border border-edge ${compact ? 'bg-panel px-2.5 py-1' : 'bg-head px-3 py-1.5'} text-[14px] font-semibold text-fg hover:border-accent hover:bg-accent/15 disabled:cursor-not-allowed disabled:opacity-40`}
    >
      {label}
      {showKeys && <span className="ml-1 font-mono text-[12px] font-normal text-dim">{keys}</span>}
    </button>
  );
}
