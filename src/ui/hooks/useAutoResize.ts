import { useEffect, type RefObject } from 'react';

/** Tell the host our content height whenever it changes (ResizeObserver), deduplicated. */
export function useAutoResize(ref: RefObject<HTMLElement>, resize: ((height: number) => void) | null): void {
  useEffect(() => {
    const el = ref.current;
    if (!el || !resize) return undefined;
    let last = -1;
    const report = () => {
      const h = Math.ceil(el.getBoundingClientRect().height);
      if (h !== last) {
        last = h;
        resize(h);
      }
    };
    report();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const ro = new ResizeObserver(report);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, resize]);
}
