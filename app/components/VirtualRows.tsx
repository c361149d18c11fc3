/**
 * A virtualized list with a fixed row height: only the visible rows (plus a small
 * overscan) are rendered, and only they are fetched from the engine, by range. Rows of
 * an older `version` stay on screen until the new ones arrive, so stepping never flickers.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface Props<T> {
  total: number;
  rowHeight: number;
  /** Changes whenever the underlying data may have changed (cache key). */
  version: string | number;
  fetchRows(from: number, to: number): Promise<T[]>;
  renderRow(item: T | undefined, index: number): ReactNode;
  /** Keep this row index scrolled into view whenever it changes. */
  follow?: number | null;
  testId?: string;
  label: string;
}

const OVERSCAN = 24;

export function VirtualRows<T>({ total, rowHeight, version, fetchRows, renderRow, follow, testId, label }: Props<T>) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(400);
  const cache = useRef<{ version: string | number; rows: Map<number, T> }>({ version, rows: new Map() });
  const [, setTick] = useState(0);
  const inflight = useRef<string | null>(null);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    setHeight(el.clientHeight);
    return () => ro.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight));
  const visible = Math.ceil(height / rowHeight) + 1;
  const from = Math.max(0, first - OVERSCAN);
  const to = Math.min(total, first + visible + OVERSCAN);

  const load = useCallback(async (v: string | number, a: number, b: number) => {
    const key = `${v}:${a}:${b}`;
    if (inflight.current === key) return;
    inflight.current = key;
    try {
      const rows = await fetchRows(a, b);
      if (inflight.current !== key) return; // superseded by a newer range
      const c = cache.current;
      const map = c.version === v ? c.rows : new Map<number, T>();
      rows.forEach((r, k) => map.set(a + k, r));
      cache.current = { version: v, rows: map };
      setTick((t) => t + 1);
    } finally {
      if (inflight.current === key) inflight.current = null;
    }
  }, [fetchRows]);

  useEffect(() => {
    const c = cache.current;
    let complete = c.version === version;
    for (let i = from; complete && i < to; i++) if (!c.rows.has(i)) complete = false;
    if (!complete && to > from) void load(version, from, to);
  }, [version, from, to, load]);

  useEffect(() => {
    const el = box.current;
    if (!el || follow === null || follow === undefined || follow < 0) return;
    const top = follow * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
  }, [follow, rowHeight, total]);

  const items: ReactNode[] = [];
  const end = Math.min(total, first + visible);
  for (let i = first; i < end; i++) {
    items.push(
      <div key={i} className="absolute inset-x-0" style={{ top: i * rowHeight, height: rowHeight }}>
        {renderRow(cache.current.rows.get(i), i)}
      </div>,
    );
  }

  return (
    <div
      ref={box}
      data-testid={testId}
      aria-label={label}
      role="list"
      className="relative min-h-0 flex-1 overflow-auto"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div style={{ height: total * rowHeight }} className="relative">{items}</div>
    </div>
  );
}
