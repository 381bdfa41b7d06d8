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
 * visibilities) and $self (the viewer's own id, never hidden from themself), as maySee decides;
 * and $seen, for their work (workSeenBy).
 */
export function seenBy(viewer: Viewer): {
  visible: string[];
  self: string | null;
  seen: ReturnType<typeof workSeenBy>;
} {
  return { visible: visibleTo(viewer), self: viewer.professionalId ?? null, seen: workSeenBy(viewer) };
}

/** The labels whose nodes are someone's work: hidden with the person who wrote or asked them. */
export const WORK_LABELS: ReadonlySet<string> = new Set(['Insight', 'Question']);

/** A person who wrote or asked a piece of work, as rows of work carry them (`__by`). */
export interface WorkPerson {
  readonly id: string;
  readonly visibility?: unknown;
}

/**
 * The $seen parameter of the statements that leave out work the viewer may not see (partial
 * entity/_work-seen): the visibilities the viewer may see and their own id; null for an
 * administrator, who sees all.
 */
export function workSeenBy(viewer: Viewer): WorkSeen | null {
  return viewer.role === 'admin' ? null : workSeenOf(visibleTo(viewer), viewer.professionalId ?? null);
}

/** $seen of entity/_work-seen: the visibilities allowed (and, for counting, those not), and who is themself. */
export interface WorkSeen {
  readonly allowed: readonly string[];
  readonly hidden: readonly string[];
  readonly self: string | null;
}

/**
 * Whether the viewer may see a node: a person by their visibility (people always see themselves);
 * an insight or a question when every person who wrote or asked it (`__by`) may be seen. Work read
 * without `__by` was filtered by the statement that read it (see entity/_work-seen).
 */
export function maySee(
  viewer: Viewer,
  node: { __label: string; id: string; visibility?: unknown; __by?: readonly WorkPerson[] | null },
): boolean {
  if (node.__label === 'Professional') return seesPerson(viewer, node);
  if (!WORK_LABELS.has(node.__label) || !node.__by) return true;
  return node.__by.every((person) => seesPerson(viewer, person));
}

function seesPerson(viewer: Viewer, person: WorkPerson): boolean {
  if (viewer.professionalId === person.id) return true;
  return visibleTo(viewer).includes(String(person.visibility ?? 'PUBLIC'));
}

/** Private fields (email, notes) are for the person themself and for administrators only. */
export function maySeePrivateFields(viewer: Viewer, professionalId: string): boolean {
  return viewer.role === 'admin' || viewer.professionalId === professionalId;
}

const VISIBILITIES = ['PUBLIC', 'MEMBERS', 'PRIVATE'] as const;

/**
 * $seen for these visibilities (entity/_work-seen): the work of the people left out goes with
 * them. `self` is the viewer's own id, or null where no viewer is themself (the network's
 * projection is shared by all of the same visibilities, an export by no one). With every
 * visibility nothing is left out: null.
 */
export function workSeenOf(visible: readonly string[], self: string | null = null): WorkSeen | null {
  if (VISIBILITIES.every((v) => visible.includes(v))) return null;
  return { allowed: visible, hidden: VISIBILITIES.filter((v) => !visible.includes(v)), self };
}
