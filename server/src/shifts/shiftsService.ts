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
    return (await this.view(
      await this.store.startShift(supporterId, capacity, Date.now()),
    )) as Shift;
  }

  // Each transition is one store step: a read here and a write later could undo a change made
  // in between (a pause overwriting an end, an end missing the last chat closing).
  async setStatus(supporterId: string, status: 'active' | 'paused'): Promise<Shift | null> {
    const shift = await this.store.setShiftStatus(supporterId, status);
    if (!shift) throw new DomainError('not_on_shift');
    return this.view(shift);
  }

  /**
   * With chats open the shift drains: no new chats, and it closes with its last chat.
   * (The handover feature will offer to pass open chats on instead.)
   */
  async end(supporterId: string): Promise<Shift | null> {
    const shift = await this.store.endShift(supporterId);
    if (shift === 'not_on_shift') throw new DomainError('not_on_shift');
    return this.view(shift);
  }

  /** Called when a chat ends: an ending shift with no chats left is closed. */
  async closeIfIdle(supporterId: string): Promise<Shift | null> {
    return this.view(await this.store.closeShiftIfIdle(supporterId));
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
