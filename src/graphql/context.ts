import type { Logger } from '../logger.js';
import type { Services } from '../services.js';
import type { Loaders } from './loaders.js';

import type { Viewer } from '../auth/viewer.js';

export type { Role, Viewer } from '../auth/viewer.js';

export interface GraphQLContext {
  readonly viewer: Viewer;
  readonly services: Services;
  readonly loaders: Loaders;
  readonly logger: Logger;
  readonly requestId: string;
  /** Language of explanations, from the Accept-Language header (Dutch unless English is preferred). */
  readonly language: 'NL' | 'EN';
}
