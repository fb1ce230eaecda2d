/** Thrown by a store when its backend cannot be reached; the boundary answers `unavailable`. */
export class StoreUnavailableError extends Error {
  constructor(cause?: unknown) {
    super('store unavailable', { cause });
    this.name = 'StoreUnavailableError';
  }
}
