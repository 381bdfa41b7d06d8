import type { Label } from '../domain/labels.js';
import { Forbidden, Unauthenticated } from '../errors.js';
import type { Viewer } from './viewer.js';

/** What the rules need to know about an existing node. */
export interface TargetFacts {
  readonly id: string;
  readonly label: Label;
  readonly createdBy: string | null;
  /** The alliance itself, or the alliances one relationship away (empty for people). */
  readonly alliances: readonly string[];
}

export type Action =
  | { readonly kind: 'create'; readonly label: Label }
  | { readonly kind: 'update' | 'delete'; readonly target: TargetFacts }
  | {
      readonly kind: 'connect' | 'disconnect';
      readonly from: TargetFacts;
      readonly to: TargetFacts;
      /** The relationship type and the role it grants (MEMBER_OF), when known. */
      readonly type?: string;
      readonly role?: string | null;
    }
  | { readonly kind: 'erase'; readonly professionalId: string }
  | { readonly kind: 'administer' };

/** Members add knowledge; everything else is for editors of alliances and for administrators. */
const MEMBER_CREATES: ReadonlySet<Label> = new Set(['Insight', 'Bottleneck', 'Commitment', 'ConditionCheck']);

/**
 * The access rules, as one pure function (see docs/security.md):
 * - anonymous: reads only;
 * - member: edit their own profile, add insights and bottlenecks, change what they created, and
 *   link or unlink themselves or what they created, but never give themselves a leading role
 *   (MEMBER_OF with a role other than MEMBER: requestMembership, approved by the unit's
 *   coordinator or initiator or an editor);
 * - editor: as a member, plus create any node, and change or link nodes that belong to an alliance
 *   they edit (the alliance, or a node one relationship away from it); never other people's profiles;
 * - admin: everything, including erasure and the audit trail.
 */
export function authorize(viewer: Viewer, action: Action): void {
  if (viewer.role === 'anonymous') throw new Unauthenticated('sign in to change the graph');
  if (viewer.role === 'admin') return;
  if (!allowed(viewer, action)) throw new Forbidden(denial(action));
}

function allowed(viewer: Viewer, action: Action): boolean {
  switch (action.kind) {
    case 'create':
      return viewer.role === 'editor' || MEMBER_CREATES.has(action.label);
    case 'update':
    case 'delete':
      if (action.kind === 'delete' && action.target.label === 'Professional') return false;
      return owns(viewer, action.target) || inScope(viewer, action.target);
    case 'connect':
      // Nobody grants themselves a leading role: that goes through requestMembership.
      if (action.type === 'MEMBER_OF' && (action.role ?? 'MEMBER') !== 'MEMBER') {
        return inScope(viewer, action.to);
      }
      return [action.from, action.to].some((t) => owns(viewer, t) || inScope(viewer, t));
    case 'disconnect':
      return [action.from, action.to].some((t) => owns(viewer, t) || inScope(viewer, t));
    case 'erase':
      return viewer.professionalId === action.professionalId;
    case 'administer':
      return false;
  }
}

/** The person's own profile, or a node they created. */
function owns(viewer: Viewer, target: TargetFacts): boolean {
  if (target.label === 'Professional') return viewer.professionalId === target.id;
  return target.createdBy !== null && target.createdBy === viewer.subject;
}

function inScope(viewer: Viewer, target: TargetFacts): boolean {
  if (viewer.role !== 'editor' || target.label === 'Professional') return false;
  return target.alliances.some((a) => viewer.alliances.includes(a));
}

function denial(action: Action): string {
  switch (action.kind) {
    case 'create':
      return `you may not create a ${action.label}`;
    case 'update':
    case 'delete':
      return `you may not ${action.kind} ${action.target.label} '${action.target.id}'`;
    case 'connect':
    case 'disconnect':
      return `you may not ${action.kind} '${action.from.id}' and '${action.to.id}'`;
    case 'erase':
      return 'only the person or an administrator may erase a person';
    case 'administer':
      return 'administrators only';
  }
}
