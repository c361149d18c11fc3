/** One panel area of the shell: the registered panels of that area as tabs. */
import { PanelFrame } from '../components/PanelFrame.tsx';
import { panelsIn } from '../panels/registry.tsx';
import { useApp } from '../store/index.ts';
import type { PanelArea } from '../store/layout.ts';

export function Area({ area }: { area: PanelArea }) {
  const panels = panelsIn(area);
  const chosen = useApp((s) => s.tabs[area]);
  const setTab = useApp((s) => s.setTab);
  const active = panels.find((p) => p.id === chosen) ?? panels[0];
  if (!active) return null;
  const Panel = active.component;
  const Actions = active.actions;
  return (
    <PanelFrame testId={`area-${area}`} tabs={panels.map((p) => ({ id: p.id, title: p.title }))} active={active.id} onTab={(id) => setTab(area, id)} actions={Actions ? <Actions /> : null}>
      <Panel />
    </PanelFrame>
  );
}
