/**
 * The shell: toolbar, then three columns (object tree | main area over the exit stream |
 * registers) separated by draggable splitters, then the status bar. A column or the bottom
 * area without panels for the open workspace's kind is left out (a trace has no object tree).
 */
import { useEffect } from 'react';
import { Splitter } from './components/Splitter.tsx';
import { Area } from './shell/Area.tsx';
import { Banner } from './shell/Banner.tsx';
import { StatusBar } from './shell/StatusBar.tsx';
import { Toolbar } from './shell/Toolbar.tsx';
import { useShortcuts } from './shell/shortcuts.ts';
import { useFileDrop } from './panels/timeline/drop.ts';
import { useApp } from './store/index.ts';
import { selectKind } from './store/kind.ts';
import { panelsIn } from './panels/registry.tsx';

export function App() {
  const sizes = useApp((s) => s.sizes);
  const setSize = useApp((s) => s.setSize);
  const kind = useApp(selectKind);
  const has = { left: panelsIn('left', kind).length > 0, bottom: panelsIn('bottom', kind).length > 0, right: panelsIn('right', kind).length > 0 };
  useShortcuts();
  useFileDrop();
  useEffect(() => { void useApp.getState().init(); }, []);
  return (
    <div className="flex h-screen flex-col bg-bg text-fg">
      <Toolbar />
      <Banner />
      <div className="flex min-h-0 flex-1">
        {has.left ? <>
          <div style={{ width: sizes.left }} className="flex min-h-0 shrink-0 flex-col"><Area area="left" /></div>
          <Splitter orientation="vertical" size={sizes.left} onSize={(px) => setSize('left', px)} label="resize object tree" />
        </> : null}
        <div className="flex min-h-0 min-w-0 flex-1 flex-col">
          <div className="flex min-h-0 flex-1 flex-col"><Area area="main" /></div>
          {has.bottom ? <>
            <Splitter orientation="horizontal" size={sizes.bottom} onSize={(px) => setSize('bottom', px)} invert label="resize exit stream" />
            <div style={{ height: sizes.bottom }} className="flex min-h-0 shrink-0 flex-col"><Area area="bottom" /></div>
          </> : null}
        </div>
        {has.right ? <>
          <Splitter orientation="vertical" size={sizes.right} onSize={(px) => setSize('right', px)} invert label="resize registers" />
          <div style={{ width: sizes.right }} className="flex min-h-0 shrink-0 flex-col"><Area area="right" /></div>
        </> : null}
      </div>
      <StatusBar />
    </div>
  );
}
