/**
 * A draggable divider between two panels (hand-written: pointer capture, no package).
 * `size` is the size of the panel the splitter resizes; `invert` when that panel sits
 * after the splitter (right or bottom), so dragging towards it makes it smaller.
 * Arrow keys resize by 16 px for keyboard users.
 */
import { useRef } from 'react';

interface Props {
  orientation: 'vertical' | 'horizontal';
  size: number;
  onSize(px: number): void;
  invert?: boolean;
  label: string;
}

export function Splitter({ orientation, size, onSize, invert = false, label }: Props) {
  const start = useRef<{ pos: number; size: number } | null>(null);
  const vertical = orientation === 'vertical';
  const sign = invert ? -1 : 1;
  return (
    <div
      role="separator"
      aria-orientation={vertical ? 'vertical' : 'horizontal'}
      aria-label={label}
      aria-valuenow={size}
      tabIndex={0}
      className={`shrink-0 bg-edge hover:bg-accent/70 focus:bg-accent/70 focus:outline-none transition-colors ${
        vertical ? 'w-1.5 cursor-col-resize' : 'h-1.5 cursor-row-resize'
      }`}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        start.current = { pos: vertical ? e.clientX : e.clientY, size };
        e.preventDefault();
      }}
      onPointerMove={(e) => {
        if (!start.current) return;
        const d = (vertical ? e.clientX : e.clientY) - start.current.pos;
        onSize(start.current.size + sign * d);
      }}
      onPointerUp={(e) => {
        start.current = null;
        e.currentTarget.releasePointerCapture(e.pointerId);
      }}
      onKeyDown={(e) => {
        const dec = vertical ? 'ArrowLeft' : 'ArrowUp';
        const inc = vertical ? 'ArrowRight' : 'ArrowDown';
        if (e.key === dec) onSize(size - 16 * sign);
        else if (e.key === inc) onSize(size + 16 * sign);
        else return;
        e.preventDefault();
        e.stopPropagation();
      }}
    />
  );
}
