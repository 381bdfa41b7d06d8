import { actorOf } from '../../auth/viewer.js';
import { BadInput } from '../../errors.js';
import { fromFiles, locateRejections } from '../../importing/sources.js';
import type { Resolvers } from '../generated/resolvers-types.js';

/** Larger imports go through `npm run import`, which batches and shows progress. */
const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const bulkResolvers: Resolvers = {
  Mutation: {
    importGraph: async (_p, { input }, ctx) => {
      ctx.services.access.administer(ctx.viewer);
      const size = input.files.reduce((n, f) => n + f.content.length, 0);
      if (size > MAX_IMPORT_BYTES) {
        throw new BadInput('files', `an import through the API holds at most ${MAX_IMPORT_BYTES} bytes`);
      }
      for (const file of input.files) {
        if (!/\.(csv|json)$/i.test(file.name))
          throw new BadInput('files.name', `'${file.name}' is not .json or .csv`);
      }
      const source = fromFiles(input.files.map((f) => ({ name: f.name, text: f.content })));
      const actor = actorOf(ctx.viewer);
      const report = await ctx.services.importer.import(
        { nodes: source.nodes, relationships: source.relationships },
        actor.subject,
        input.dryRun ?? false,
        {
          afterWrite: (tx, written) =>
            ctx.services.audit.record(tx, actor, {
              action: 'importGraph',
              targetId: null,
              label: null,
              detail: `${written.nodesCreated} created, ${written.nodesUpdated} updated, ${written.relationships} relationships`,
            }),
        },
      );
      ctx.services.live.imported(report.created);
      return { ...report, rejected: locateRejections(source, report), warnings: source.warnings };
    },
  },
};
