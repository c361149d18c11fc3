/** One panel area of the shell: the registered panels of that area for the open workspace's kind, as tabs. */
import { PanelFrame } from '../components/PanelFrame.tsx';
import { panelsIn } from '../panels/registry.tsx';
import { useApp } from '../store/index.ts';
import { selectKind } from '../store/kind.ts';
import type { PanelArea } from '../store/layout.ts';

export function Area({ area }: { area: PanelArea }) {
  const kind = useApp(selectKind);
  const panels = panelsIn(area, kind);
  const chosen = useApp((s) => s.tabs[area]);
  const setTab = useApp((s) => s.setTab);
  const active = panels.find((p) => p.id === chosen) ?? panels[0];
  if (!active) {
    return area === 'main'
      ? <p data-testid="no-workspace" className="p-6 text-[16px] text-dim">No workspace open: pick a recording, a program or a trace under Workspace, or open a file.</p>
      : null;
  }
  const Panel = active.component;
  const Actions = active.actions;
  return (
    <PanelFrame testId={`area-${area}`} tabs={panels.map((p) => ({ id: p.id, title: p.title }))} active={active.id} onTab={(id) => setTab(area, id)} actions={Actions ? <Actions /> : null}>
      <Panel />
    </PanelFrame>
  );
}
