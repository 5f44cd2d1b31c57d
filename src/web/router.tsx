import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

// A tiny router over the History API: the path is the state, <Link> and navigate() push to it.
const NAVIGATE_EVENT = 'platewise:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const currentPath = (): string => window.location.pathname;

/** The current location's path, re-rendering on navigation and Back/Forward. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath, () => '/');
}

const currentSearch = (): string => window.location.search;

/** The current location's query string ("?date=2026-11-21"), re-rendering on navigation and Back/Forward. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, () => '');
}

/** Goes to a path in the app without reloading the page. */
export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (to === window.location.pathname + window.location.search) return;
  if (opts.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  window.scrollTo(0, 0);
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/** An ordinary link that navigates inside the app on a plain left click (new-tab clicks still work). */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handle} {...rest} />;
}
