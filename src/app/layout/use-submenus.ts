import { useEffect, type RefObject } from 'react';

/**
 * The menu's sub-menus (`<details data-submenu>`) close as a menu does: when a
 * link in the menu shows the next view, on Escape (focus back on their
 * toggle), on a click elsewhere, and when another one opens.
 */
export function useSubmenus(container: RefObject<HTMLElement | null>, locationKey: string): void {
  useEffect(() => {
    for (const open of container.current?.querySelectorAll<HTMLDetailsElement>('details[data-submenu][open]') ?? []) open.open = false;
  }, [container, locationKey]);

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const openMenus = () => [...root.querySelectorAll<HTMLDetailsElement>('details[data-submenu][open]')];
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !(event.target instanceof Element)) return;
      const details = event.target.closest<HTMLDetailsElement>('details[data-submenu][open]');
      if (!details) return;
      // Only the sub-menu closes, not the phone's whole menu around it.
      event.stopPropagation();
      event.preventDefault();
      details.open = false;
      details.querySelector<HTMLElement>(':scope > summary')?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      for (const details of openMenus()) if (!(event.target instanceof Node && details.contains(event.target))) details.open = false;
    };
    const onToggle = (event: Event) => {
      const opened = event.target;
      if (!(opened instanceof HTMLDetailsElement) || !opened.open) return;
      for (const details of openMenus()) if (details !== opened && !details.contains(opened)) details.open = false;
    };
    root.addEventListener('keydown', onKeyDown);
    root.addEventListener('toggle', onToggle, true);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      root.removeEventListener('keydown', onKeyDown);
      root.removeEventListener('toggle', onToggle, true);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [container]);
}
