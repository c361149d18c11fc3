/** A panel area: a tab strip (one tab per registered panel in that area) above the active panel. */
import type { ReactNode } from 'react';

interface Props {
  tabs: { id: string; title: string }[];
  active: string;
  onTab(id: string): void;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}

export function PanelFrame({ tabs, active, onTab, actions, children, testId }: Props) {
  return (
    <section data-testid={testId} className="flex min-h-0 min-w-0 flex-1 flex-col bg-panel">
      <header className="flex h-9 shrink-0 items-stretch border-b border-edge bg-head">
        <div role="tablist" className="flex min-w-0 items-stretch">
          {tabs.map((t) => (
            <button
              key={t.id}
              role="tab"
              aria-selected={t.id === active}
              onClick={() => onTab(t.id)}
              className={`px-3 text-sm font-semibold tracking-wide whitespace-nowrap ${
                t.id === active ? 'border-b-2 border-accent text-fg' : 'text-dim hover:text-fg'
              }`}
            >
              {t.title}
            </button>
          ))}
        </div>
        <div className="ml-auto flex items-center gap-2 pr-2">{actions}</div>
      </header>
      <div className="flex min-h-0 flex-1 flex-col">{children}</div>
    </section>
  );
}
