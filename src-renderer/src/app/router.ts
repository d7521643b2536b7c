import { useSyncExternalStore } from 'react';

// A small hash router: `#/children`, `#/children/<id>/edit`. Hash routing works the same under
// Electron's app:// protocol and the web harness, and needs no server support.

function currentPath(): string {
  const h = window.location.hash.replace(/^#/, '');
  return h.startsWith('/') ? h : '/';
}

function subscribe(cb: () => void) {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

export function navigate(path: string, opts: { replace?: boolean } = {}) {
  if (opts.replace) {
    history.replaceState(null, '', `#${path}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else window.location.hash = path;
}

export function href(path: string): string {
  return `#${path}`;
}

/** Matches `/children/:id/edit` against a path; the params, or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('?')[0]!.split('/').filter(Boolean);
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const seg = p[i]!;
    if (seg.startsWith(':')) params[seg.slice(1)] = decodeURIComponent(s[i]!);
    else if (seg !== s[i]) return null;
  }
  return params;
}

export const paths = {
  children: () => '/children',
  newChild: () => '/children/new',
  child: (id: string) => `/children/${encodeURIComponent(id)}`,
  childHistory: (id: string) => `/children/${encodeURIComponent(id)}/history`,
  childTab: (id: string, tab: string) => `/children/${encodeURIComponent(id)}/${encodeURIComponent(tab)}`,
  editChild: (id: string) => `/children/${encodeURIComponent(id)}/edit`,
  staff: () => '/staff',
  newStaff: () => '/staff/new',
  staffMember: (id: string, tab?: 'trainings' | 'account' | 'history' | 'documents') =>
    `/staff/${encodeURIComponent(id)}${tab ? `/${tab}` : ''}`,
  editStaff: (id: string) => `/staff/${encodeURIComponent(id)}/edit`,
  audit: () => '/audit',
  settings: (tab?: 'institution' | 'users' | 'security' | 'keys' | 'backups' | 'import') => (tab ? `/settings/${tab}` : '/settings'),
  packages: () => '/packages',
};
