import { compareRiskLevel, riskLevels } from '@alongside/shared';
import type { FlagNote, FlagRecord } from '../types.js';
import type { RedisContext } from './context.js';
import { TOMBSTONE_MS } from './keys.js';
import * as scripts from './recordScripts.js';
import { flagFrom, toFieldList } from './records.js';

/* Safety flags: everything under the {flags} tag. */

function flagKeys({ keys }: RedisContext, id: string) {
  return [keys.flag(id), keys.flagNotes(id)];
}

/**
 * One script in one slot: the coverage check, the flag and its indexes (the peer's index is how
 * erasure finds a peer's flags, its marker how a flag raised during erasure loses the peer).
 */
export async function createFlag(
  ctx: RedisContext,
  flag: FlagRecord,
  options: { unlessCovered?: boolean },
) {
  const k = ctx.keys;
  const { notes, ...fields } = flag;
  // Levels as stored (JSON values), so the script compares strings, not ranks.
  const covering =
    options.unlessCovered && flag.conversationId !== null
      ? JSON.stringify(
          riskLevels
            .filter((level) => compareRiskLevel(level, flag.level) >= 0)
            .map((level) => JSON.stringify(level)),
        )
      : '';
  return flagFrom(
    await ctx.script(
      scripts.createFlag,
      [...flagKeys(ctx, flag.id), k.unresolvedFlags],
      [
        flag.id,
        flag.createdAt,
        flag.status === 'resolved' ? '0' : '1',
        flag.conversationId === null ? '' : k.conversationFlags(flag.conversationId),
        flag.peerId === null ? '' : k.peerFlags(flag.peerId),
        flag.peerId === null ? '' : k.erasedPeer(flag.peerId),
        covering,
        JSON.stringify(flag.categories),
        k.flagPrefix,
        JSON.stringify(flag.reasons.map((r) => ({ rule: r.rule, match: '' }))),
        notes.length,
        ...notes.map((n) => JSON.stringify(n)),
        ...toFieldList(fields),
      ],
    ),
  );
}

export async function getFlag(ctx: RedisContext, id: string) {
  return flagFrom(await ctx.script(scripts.readFlag, flagKeys(ctx, id), []));
}

async function flagsIn(ctx: RedisContext, indexKey: string) {
  const ids = await ctx.redis.zrange(indexKey, '0', '-1');
  const flags = await Promise.all(ids.map((id) => getFlag(ctx, id)));
  return flags.filter((f): f is FlagRecord => f !== null);
}

export async function listUnresolvedFlags(ctx: RedisContext) {
  return (await flagsIn(ctx, ctx.keys.unresolvedFlags)).filter((f) => f.status !== 'resolved');
}

export function listFlagsForConversation(ctx: RedisContext, conversationId: string) {
  return flagsIn(ctx, ctx.keys.conversationFlags(conversationId));
}

export async function acknowledgeFlag(ctx: RedisContext, id: string, by: string, at: number) {
  return flagFrom(
    await ctx.script(scripts.acknowledgeFlag, flagKeys(ctx, id), [JSON.stringify(by), at]),
  );
}

export async function addFlagNote(ctx: RedisContext, id: string, note: FlagNote) {
  return flagFrom(await ctx.script(scripts.addFlagNote, flagKeys(ctx, id), [JSON.stringify(note)]));
}

export async function resolveFlag(
  ctx: RedisContext,
  id: string,
  by: string,
  at: number,
  outcome: string,
) {
  return flagFrom(
    await ctx.script(
      scripts.resolveFlag,
      [...flagKeys(ctx, id), ctx.keys.unresolvedFlags],
      [id, JSON.stringify(by), at, JSON.stringify(outcome)],
    ),
  );
}

/** Erasure: the peer's flags stay, without the peer's id or the words the detector matched. */
export async function anonymiseFlags(ctx: RedisContext, peerId: string): Promise<number> {
  const k = ctx.keys;
  return Number(
    await ctx.script(
      scripts.anonymiseFlags,
      [k.peerFlags(peerId), k.erasedPeer(peerId)],
      [k.flagPrefix, TOMBSTONE_MS],
    ),
  );
}
