// Which role reaches which view. Consortium staff (viewer < operator < admin) read every
// operations view; a director reads and decides their own library's review queue only.
import type { ConsoleRole } from './users.js';

export const STAFF: readonly ConsoleRole[] = ['viewer', 'operator', 'admin'];
/** Those who may change something: mark a dead letter handled, run a verification. */
export const OPERATORS: readonly ConsoleRole[] = ['operator', 'admin'];
export const ADMINS: readonly ConsoleRole[] = ['admin'];
export const DIRECTORS: readonly ConsoleRole[] = ['director'];
export const EVERYONE: readonly ConsoleRole[] = ['viewer', 'operator', 'admin', 'director'];

export interface NavItem {
  path: string;
  title: string;
  roles: readonly ConsoleRole[];
}

/** The navigation bar, in order. */
export const NAV: readonly NavItem[] = [
  { path: '/', title: 'Needs attention', roles: STAFF },
  { path: '/flow', title: 'Flow', roles: STAFF },
  { path: '/streams', title: 'Streams', roles: STAFF },
  { path: '/libraries', title: 'Libraries', roles: STAFF },
  { path: '/deadletters', title: 'Dead letters', roles: STAFF },
  { path: '/trace', title: 'Trace', roles: STAFF },
  { path: '/review', title: 'Review queue', roles: STAFF },
  { path: '/audit', title: 'Audit', roles: STAFF },
  { path: '/services', title: 'Services', roles: STAFF },
  { path: '/server', title: 'NATS server', roles: STAFF },
  { path: '/events', title: 'Events', roles: STAFF },
  { path: '/actions', title: 'Operator actions', roles: STAFF },
  { path: '/director', title: 'Review queue', roles: DIRECTORS },
];

/** Where a role lands after login. */
export const homeOf = (role: ConsoleRole): string => (role === 'director' ? '/director' : '/');
