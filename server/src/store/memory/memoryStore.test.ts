import { storeContract } from '../store.contract.js';
import { MemoryStore } from './memoryStore.js';

storeContract('memory', () => Promise.resolve(new MemoryStore()));
