import { CONSENT_VERSION, type QueueJoinInput } from '@alongside/shared';
import { RequestError } from '../../lib/requestError';
import { request, whenConnected } from '../../lib/socket';
import { resync } from '../session/resync';
import { ensurePeerSession } from '../session/session';
import { dismissEnded, setConsented, setPeerQueue, withdrawConsentOnScreen } from './peerStore';

/**
 * Records consent on the server. The consent screen's wording is version CONSENT_VERSION:
 * when the wording changes meaningfully, the shared constant is bumped with it.
 */
async function recordConsent(): Promise<void> {
  await whenConnected();
  await request('consent:accept', { version: CONSENT_VERSION });
}

export async function giveConsent(): Promise<void> {
  await ensurePeerSession();
  await recordConsent();
  setConsented();
}

export async function joinQueue(input: QueueJoinInput): Promise<void> {
  try {
    const { entry, status } = await request('queue:join', input);
    setPeerQueue({ entry, status });
  } catch (err) {
    if (!(err instanceof RequestError)) throw err;
    if (err.code === 'already_queued') {
      // Already waiting (another tab, or an answer lost on the way): show that place.
      resync();
    } else if (err.code === 'consent_required') {
      // The server has no current consent for this identity (new wording, or a fresh
      // identity after an expired token): show the consent screen again rather than assume.
      withdrawConsentOnScreen();
    } else {
      throw err;
    }
  }
}

export async function leaveQueue(): Promise<void> {
  await request('queue:leave', {});
  setPeerQueue(null);
}

export function startAgain(conversationId: string): void {
  dismissEnded(conversationId);
}
