import { DomainError, type Shift } from '@alongside/shared';
import type { ShiftRecord, Store } from '../store/types.js';

export class ShiftsService {
  constructor(private readonly store: Store) {}

  async view(record: ShiftRecord | null): Promise<Shift | null> {
    if (!record) return null;
    return {
      ...record,
      activeChats: await this.store.countActiveConversations(record.supporterId),
    };
  }

  async current(supporterId: string): Promise<Shift | null> {
    return this.view(await this.store.getShift(supporterId));
  }

  /** Starting again while on shift changes the capacity and keeps the start time. */
  async start(supporterId: string, capacity: number): Promise<Shift> {
    const existing = await this.store.getShift(supporterId);
    const record: ShiftRecord = {
      supporterId,
      status: 'active',
      capacity,
      startedAt: existing?.startedAt ?? Date.now(),
    };
    await this.store.putShift(record);
    return (await this.view(record)) as Shift;
  }

  private async require(supporterId: string): Promise<ShiftRecord> {
    const shift = await this.store.getShift(supporterId);
    if (!shift) throw new DomainError('not_on_shift');
    return shift;
  }

  async setStatus(supporterId: string, status: 'active' | 'paused'): Promise<Shift | null> {
    const shift = await this.require(supporterId);
    const record = { ...shift, status };
    await this.store.putShift(record);
    return this.view(record);
  }

  /**
   * With chats open the shift drains: no new chats, and it closes with its last chat.
   * (The handover feature will offer to pass open chats on instead.)
   */
  async end(supporterId: string): Promise<Shift | null> {
    await this.require(supporterId);
    return this.closeIfIdle(supporterId, true);
  }

  /** Called when a chat ends: an ending shift with no chats left is closed. */
  async closeIfIdle(supporterId: string, ending = false): Promise<Shift | null> {
    const shift = await this.store.getShift(supporterId);
    if (!shift) return null;
    const status = ending ? 'ending' : shift.status;
    if (status !== 'ending') return this.view(shift);
    if ((await this.store.countActiveConversations(supporterId)) === 0) {
      await this.store.deleteShift(supporterId);
      return null;
    }
    const record = { ...shift, status } as const;
    await this.store.putShift(record);
    return this.view(record);
  }

  async countOnShift(): Promise<{ supporters: number; freeSlots: number; capacity: number }> {
    const shifts = (await this.store.listShifts()).filter((s) => s.status === 'active');
    let freeSlots = 0;
    let capacity = 0;
    for (const s of shifts) {
      capacity += s.capacity;
      freeSlots += Math.max(
        0,
        s.capacity - (await this.store.countActiveConversations(s.supporterId)),
      );
    }
    return { supporters: shifts.length, freeSlots, capacity };
  }
}
