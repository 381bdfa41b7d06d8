import { filter, map, pipe } from 'graphql-yoga';
import { maySeePrivateFields } from '../../auth/viewer.js';
import type { NodeRow } from '../../db/rows.js';
import { expectLabels } from '../../entities/expect-labels.js';
import { LiveService, type AllianceChangeRow, type Change, type DigestItemRow } from '../../live/service.js';
import type { FacingRow } from '../../structure/service.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';

const SINCE_EVER = '1970-01-01T00:00:00Z';

/** Reads only the changes of one kind; the others are skipped. */
function ofKind<K extends Change['kind'], T>(
  kind: K,
  read: (change: Extract<Change, { kind: K }>) => Promise<T | null>,
): (change: Change) => Promise<T | null> {
  return (change) =>
    change.kind === kind ? read(change as Extract<Change, { kind: K }>) : Promise.resolve(null);
}

/**
 * Events of this process as the subscriber may see them: each change is read again as the
 * subscriber (`read` gives null to skip it), and each node reaches a subscription at most once.
 */
function deliver<T>(
  ctx: GraphQLContext,
  read: (change: Change) => Promise<T | null>,
  keyOf: (value: T) => string,
) {
  const seen = new Set<string>();
  return pipe(
    ctx.services.live.pubsub.subscribe('change'),
    map(async (change: Change) => {
      try {
        return await read(change);
      } catch (error) {
        ctx.logger.warn({ err: error }, 'live event skipped');
        return null;
      }
    }),
    filter((value: T | null): value is T => {
      if (value === null) return false;
      const key = keyOf(value);
      if (seen.has(key)) return false;
      if (seen.size > 10_000) seen.clear();
      seen.add(key);
      return true;
    }),
  );
}

/**
 * A subscription's filters must name nodes of their kind (NOT_FOUND otherwise, before anything is
 * delivered): a filter on an unknown id would stay silent forever.
 */
function expectFilters(ctx: GraphQLContext, filters: [string | null | undefined, string][]): Promise<void> {
  const given = filters.map(([id, label]): [string | null, readonly string[]] => [id ?? null, [label]]);
  return expectLabels(ctx.services.db, ctx.services.cypher, given, ctx.viewer);
}

export const liveResolvers: Resolvers = {
  Query: {
    digest: (_p, { since, first, lang }, ctx) =>
      ctx.services.live.digest(ctx.viewer, since, first ?? 20, lang ?? ctx.language),
  },
  Mutation: {
    follow: (_p, { input }, ctx) =>
      ctx.services.live.follow(ctx.viewer, input.targetId, input.professionalId),
    unfollow: (_p, { input }, ctx) =>
      ctx.services.live.unfollow(ctx.viewer, input.targetId, input.professionalId),
  },
  FollowPayload: {
    professional: async (payload, _a, ctx) =>
      (await ctx.loaders.node.load(payload.professionalId)) as NodeRow,
    target: (payload) => payload.target,
  },
  DigestItem: {
    kind: (item) => item.kind,
    node: (item) => item.node,
    about: (item) => item.about,
  },
  Professional: {
    following: (person, _a, ctx) =>
      maySeePrivateFields(ctx.viewer, person.id)
        ? ctx.loaders
            .batch(
              'following',
              async (ids) => {
                const lists = await ctx.services.live.following(ctx.viewer, ids);
                return new Map(ids.map((id, i) => [id, lists[i]!]));
              },
              [] as NodeRow[],
            )
            .load(person.id)
        : null,
  },
  Subscription: {
    insightAdded: {
      subscribe: async (_p, args, ctx) => {
        await expectFilters(ctx, [
          [args.themeId, 'Theme'],
          [args.bottleneckId, 'Bottleneck'],
          [args.allianceId, 'Alliance'],
        ]);
        return deliver(
          ctx,
          ofKind('insight', (change) => ctx.services.live.insightFor(ctx.viewer, change.id, args, change)),
          (node) => node.id,
        );
      },
      resolve: (node: NodeRow) => node,
    },
    questionAsked: {
      subscribe: async (_p, args, ctx) => {
        await expectFilters(ctx, [
          [args.themeId, 'Theme'],
          [args.regionId, 'Region'],
        ]);
        return deliver(
          ctx,
          ofKind('question', (change) => ctx.services.live.questionFor(ctx.viewer, change.id, args, change)),
          (node) => node.id,
        );
      },
      resolve: (node: NodeRow) => node,
    },
    bottleneckStatusChanged: {
      subscribe: async (_p, { allianceId }, ctx) => {
        await expectFilters(ctx, [[allianceId, 'Alliance']]);
        return deliver(
          ctx,
          ofKind('facing', (change) =>
            ctx.services.live.facingFor(change.allianceId, change.bottleneckId, allianceId, change),
          ),
          (facing) => `${facing.alliance.id}:${facing.bottleneckId}:${facing.status}:${facing.since ?? ''}`,
        );
      },
      resolve: (facing: FacingRow) => facing,
    },
    allianceChanged: {
      // Every change counts (no deduplication by alliance): each one is a reason to ask again.
      subscribe: async (_p, { allianceId }, ctx) => {
        await expectFilters(ctx, [[allianceId, 'Alliance']]);
        let sequence = 0;
        return deliver(
          ctx,
          async (change) => {
            const found = await ctx.services.live.allianceChangeFor(ctx.viewer, change, allianceId);
            return found ? { ...found, sequence: (sequence += 1) } : null;
          },
          (row) => String(row.sequence),
        );
      },
      resolve: (row: AllianceChangeRow) => row,
    },
    myFeed: {
      subscribe: (_p, { lang }, ctx) => {
        LiveService.expectSignedIn(ctx.viewer, 'follow your feed');
        return deliver(
          ctx,
          async (change) => {
            // Ties are announced with their meaning too (insight, question, facing, node); an
            // update of a node's own properties is not news.
            if (change.kind === 'tie' || change.kind === 'updated') return null;
            const items = await ctx.services.live.digest(
              ctx.viewer,
              SINCE_EVER,
              1,
              lang ?? ctx.language,
              LiveService.subjectOf(change),
            );
            return items[0] ?? null;
          },
          (item) => `${item.kind}:${item.node.id}:${item.at}`,
        );
      },
      resolve: (item: DigestItemRow) => item,
    },
  },
};
