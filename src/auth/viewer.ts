export type Role = 'anonymous' | 'member' | 'editor' | 'admin';

export const ROLES: readonly Role[] = ['anonymous', 'member', 'editor', 'admin'];

/** Who is asking. Without credentials it is the anonymous viewer. */
export interface Viewer {
  readonly role: Role;
  /** The professional this person is in the graph, if any. */
  readonly professionalId: string | null;
  /** Subject of the credentials (token `sub` or API key id), recorded as the actor of writes. */
  readonly subject: string | null;
  /** Alliances an editor edits. */
  readonly alliances: readonly string[];
}

export const ANONYMOUS: Viewer = Object.freeze({
  role: 'anonymous',
  professionalId: null,
  subject: null,
  alliances: Object.freeze([]) as readonly string[],
});

/** Who wrote something, as the audit trail records it. */
export interface Actor {
  readonly subject: string | null;
  readonly role: Role;
}

export function actorOf(viewer: Viewer): Actor {
  return { subject: viewer.subject, role: viewer.role };
}

/** Which professional visibilities a viewer may see; people always see themselves. */
export function visibleTo(viewer: Viewer): string[] {
  if (viewer.role === 'admin') return ['PUBLIC', 'MEMBERS', 'PRIVATE'];
  if (viewer.role === 'anonymous') return ['PUBLIC'];
  return ['PUBLIC', 'MEMBERS'];
}

/**
 * The parameters of a statement that leaves out the people a viewer may not see: $visible (their
 * visibilities) and $self (the viewer's own id, never hidden from themself), as maySee decides.
 */
export function seenBy(viewer: Viewer): { visible: string[]; self: string | null } {
  return { visible: visibleTo(viewer), self: viewer.professionalId ?? null };
}

export function maySee(viewer: Viewer, node: { __label: string; id: string; visibility?: unknown }): boolean {
  if (node.__label !== 'Professional') return true;
  if (viewer.professionalId === node.id) return true;
  return visibleTo(viewer).includes(String(node.visibility ?? 'PUBLIC'));
}

/** Private fields (email, notes) are for the person themself and for administrators only. */
export function maySeePrivateFields(viewer: Viewer, professionalId: string): boolean {
  return viewer.role === 'admin' || viewer.professionalId === professionalId;
}
