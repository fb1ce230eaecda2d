import type { ServerEventName, ServerPayload } from '@alongside/shared';
import type { AppServer } from './types.js';
import { userRoom } from './types.js';

/** Typed pushes to people and rooms; through the adapter they reach every node. */
export class Notifier {
  constructor(readonly io: AppServer) {}

  toUsers<E extends ServerEventName>(userIds: string[], event: E, payload: ServerPayload<E>): void {
    if (userIds.length === 0) return;
    this.emit(this.io.to(userIds.map(userRoom)), event, payload);
  }

  toRooms<E extends ServerEventName>(rooms: string[], event: E, payload: ServerPayload<E>): void {
    this.emit(this.io.to(rooms), event, payload);
  }

  private emit(target: { emit: (...args: never[]) => unknown }, event: string, payload: unknown) {
    (target.emit as (event: string, payload: unknown) => void)(event, payload);
  }

  joinRoom(userId: string, room: string): void {
    this.io.in(userRoom(userId)).socketsJoin(room);
  }
  leaveRoom(userId: string, room: string): void {
    this.io.in(userRoom(userId)).socketsLeave(room);
  }
  disconnectUser(userId: string): void {
    this.io.in(userRoom(userId)).disconnectSockets(true);
  }
}
