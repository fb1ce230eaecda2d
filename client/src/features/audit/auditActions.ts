import type { AuditRecordView } from '@alongside/shared';
import { request } from '../../lib/socket';

export interface AuditFilters {
  action: string;
  actorId: string;
}

const LIMIT = 200;

/** Newest first. Reading the log is itself recorded, so it is fetched only when asked. */
export async function loadAudit(filters: AuditFilters): Promise<AuditRecordView[]> {
  const { records } = await request('audit:list', {
    limit: LIMIT,
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
  });
  return records;
}

/** Actions the server records today; anything newer still shows, under its own name. */
export const knownAuditActions = [
  'flag.raise',
  'flag.acknowledge',
  'flag.note',
  'flag.resolve',
  'conversation.open',
  'conversation.join',
  'account.invite',
  'account.disable',
  'account.enable',
  'peer.erase',
  'audit.read',
] as const;
