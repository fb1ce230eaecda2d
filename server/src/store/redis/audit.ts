import type { AuditQuery, AuditRecord } from '../types.js';
import type { RedisContext } from './context.js';

/* The audit log: one append-only stream. */

const PAGE = 200;

export async function appendAudit({ redis, keys }: RedisContext, record: AuditRecord) {
  await redis.xadd(keys.audit, '*', 'record', JSON.stringify(record));
}

function matches(record: AuditRecord, query: AuditQuery): boolean {
  return (
    (query.actorId === undefined || record.actorId === query.actorId) &&
    (query.action === undefined || record.action === query.action) &&
    (query.targetId === undefined || record.targetId === query.targetId)
  );
}

/** Newest first, a page at a time; '(' starts the next page just below the last id seen. */
export async function listAudit({ redis, keys }: RedisContext, query: AuditQuery) {
  const out: AuditRecord[] = [];
  let end = '+';
  while (out.length < query.limit) {
    const page = await redis.xrevrange(keys.audit, end, '-', 'COUNT', PAGE);
    for (const [, fields] of page) {
      const record = JSON.parse(fields[1] ?? 'null') as AuditRecord | null;
      if (!record || !matches(record, query)) continue;
      out.push(record);
      if (out.length === query.limit) break;
    }
    const last = page.at(-1);
    if (!last || page.length < PAGE) break;
    end = `(${last[0]}`;
  }
  return out;
}
