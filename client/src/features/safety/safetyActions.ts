import type { EventInput, FlagView } from '@alongside/shared';
import { request } from '../../lib/socket';

/** A supporter (or moderator) raises a flag by hand; the protocol card arrives as flag:raised. */
export async function raiseConcern(input: EventInput<'flag:raise'>): Promise<FlagView> {
  return (await request('flag:raise', input)).flag;
}
