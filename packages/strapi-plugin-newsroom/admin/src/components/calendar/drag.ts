import * as React from 'react';

export interface DropTarget {
  date: string;
  slot?: string;
}

interface Drag {
  id: string;
  x: number;
  y: number;
  moved: boolean;
  over: HTMLElement | null;
}

const OUTLINE = '2px dashed #4945ff';
const targetAt = (x: number, y: number) =>
  (document.elementFromPoint(x, y) as HTMLElement | null)?.closest<HTMLElement>('[data-drop-date]') ?? null;

/**
 * Drag-to-reschedule with pointer events. Not the browser's HTML5 drag and
 * drop: the admin's react-dnd backend listens on the window and cancels
 * native drags that are not its own. A drop target carries data-drop-date
 * (and data-drop-slot in the week view); a press that does not move is a click.
 */
export function usePointerDrag(onDrop: (id: string, target: DropTarget) => void) {
  const drag = React.useRef<Drag | null>(null);
  const dropped = React.useRef(onDrop);
  dropped.current = onDrop;
  const [dragging, setDragging] = React.useState<string | null>(null);

  React.useEffect(() => {
    const move = (event: PointerEvent) => {
      const current = drag.current;
      if (!current) return;
      if (!current.moved && Math.hypot(event.clientX - current.x, event.clientY - current.y) < 5) return;
      if (!current.moved) {
        current.moved = true;
        setDragging(current.id);
      }
      const over = targetAt(event.clientX, event.clientY);
      if (over === current.over) return;
      current.over?.style.removeProperty('outline');
      over?.style.setProperty('outline', OUTLINE);
      current.over = over;
    };
    const up = (event: PointerEvent) => {
      const current = drag.current;
      drag.current = null;
      if (!current) return;
      current.over?.style.removeProperty('outline');
      setDragging(null);
      const over = current.moved ? targetAt(event.clientX, event.clientY) : null;
      if (over) dropped.current(current.id, { date: over.dataset.dropDate!, slot: over.dataset.dropSlot });
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
  }, []);

  /** onPointerDown for a draggable item. */
  const start = (id: string) => (event: React.PointerEvent) => {
    if (event.button !== 0) return;
    event.preventDefault();
    drag.current = { id, x: event.clientX, y: event.clientY, moved: false, over: null };
  };
  return { start, dragging };
}
