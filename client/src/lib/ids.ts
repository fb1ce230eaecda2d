/**
 * A client id for idempotent sends. crypto.randomUUID exists only in secure contexts
 * (https or localhost), so a plain-http LAN deployment falls back to getRandomValues.
 */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
