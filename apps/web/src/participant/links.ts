import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * The API's task links (`me.tasks`) name a section of a page with a fragment, e.g.
 * `/duo?relationship=<id>#fit-check`. Most are the id of the section's heading; these two name what
 * the person does there.
 */
const SECTION_IDS: Record<string, string> = {
  meetings: 'log-meeting',
  closure: 'duo-actions',
};

/** The id of the element a link's fragment points at, or null when it has none. */
export function sectionTarget(hash: string): string | null {
  let section = hash.replace(/^#/, '');
  try {
    section = decodeURIComponent(section);
  } catch {
    return null;
  }
  if (!/^[\w-]+$/.test(section)) return null;
  return SECTION_IDS[section] ?? section;
}

/** Only links inside this app are followed (a path on this origin, never `//host` or a scheme). */
export function isAppLink(link: string): boolean {
  return link.startsWith('/') && !link.startsWith('//') && !link.includes('\\');
}

/**
 * Brings the section the address's fragment names (or `target`, an element id the page derives from
 * the query string) into view and moves the focus to it once it is on screen (the page's parts load
 * on their own, so it waits for it, a few seconds at most).
 */
export function useLinkedSection(ready: boolean, target?: string | null): void {
  const { hash, search } = useLocation();
  useEffect(() => {
    const id = target === undefined ? sectionTarget(hash) : target;
    if (!ready || !id) return;
    const reveal = () => {
      const el = document.getElementById(id);
      if (!el) return false;
      if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
      el.scrollIntoView?.({ block: 'start' });
      el.focus({ preventScroll: true });
      return true;
    };
    if (reveal()) return;
    const observer = new MutationObserver(() => {
      if (reveal()) stop();
    });
    const timer = setTimeout(() => stop(), 5_000);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(document.body, { childList: true, subtree: true });
    return stop;
  }, [hash, search, ready, target]);
}
