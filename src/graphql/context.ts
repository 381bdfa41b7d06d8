import type { Logger } from '../logger.js';
import type { Services } from '../services.js';
import type { Loaders } from './loaders.js';

export type Role = 'anonymous' | 'member' | 'editor' | 'admin';

/** Who is asking. Authentication fills this in; without credentials it is the anonymous viewer. */
export interface Viewer {
  readonly role: Role;
  /** The professional id of the person, when the viewer is one. */
  readonly professionalId: string | null;
  /** Subject of the credentials, recorded as the actor of writes. */
  readonly subject: string | null;
}

export interface GraphQLContext {
  readonly viewer: Viewer;
  readonly services: Services;
  readonly loaders: Loaders;
  readonly logger: Logger;
  readonly requestId: string;
  /** Language of explanations, from the Accept-Language header (Dutch unless English is preferred). */
  readonly language: 'NL' | 'EN';
}

export const ANONYMOUS: Viewer = Object.freeze({ role: 'anonymous', professionalId: null, subject: null });
