import { describe, expect, it } from 'vitest';
import { storeContract } from '../store.contract.js';
import { MemoryStore } from './memoryStore.js';

storeContract('memory', () => Promise.resolve(new MemoryStore()));

describe('MemoryStore', () => {
  it('lets go of expired sessions as new ones are made, without a full scan per call', async () => {
    const store = new MemoryStore();
    const held = () => (store as unknown as { sessions: Map<string, unknown> }).sessions.size;
    const session = (tokenHash: string, createdAt: number, expiresAt: number) =>
      store.createSession({ tokenHash, subjectId: 'u', role: 'peer', createdAt, expiresAt });
    for (let i = 0; i < 1000; i++) await session(`old${i}`, 1, 100);
    for (let i = 0; i < 2000; i++) await session(`new${i}`, 200, 1e15);
    expect(held()).toBe(2000);
    expect(await store.getSession('new0', 300)).toMatchObject({ tokenHash: 'new0' });
    expect(await store.revokeSessions('u')).toBe(2000);
  });
});
