import type { Store } from '@alongside/server/store/types';

type StoreMethod = {
  [K in keyof Store]: Store[K] extends (...args: never[]) => Promise<unknown> ? K : never;
}[keyof Store];

export interface Hold {
  /** Resolves once a matching call is being held. */
  reached: Promise<void>;
  release(): void;
}

/**
 * Holds the next matching call of a store method, before it runs or after it ran but before its
 * caller sees the result, until released. It stands in for the pause a networked store puts
 * between the steps of a request, so a test can slip another request into exactly that gap.
 * The method is put back on release.
 */
export function holdStoreCall<K extends StoreMethod>(
  store: Store,
  method: K,
  options: { at: 'before' | 'after'; when?: (...args: Parameters<Store[K]>) => boolean },
): Hold {
  type Call = (...args: Parameters<Store[K]>) => Promise<unknown>;
  const original = store[method] as unknown as Call;
  const own = Object.prototype.hasOwnProperty.call(store, method);
  const slot = store as unknown as Partial<Record<K, Call>>;
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let reach = () => {};
  const reached = new Promise<void>((resolve) => (reach = resolve));
  let armed = true;
  const held: Call = async (...args) => {
    if (!armed || !(options.when?.(...args) ?? true)) return original.apply(store, args);
    armed = false;
    if (options.at === 'after') {
      const result = await original.apply(store, args);
      reach();
      await released;
      return result;
    }
    reach();
    await released;
    return original.apply(store, args);
  };
  slot[method] = held;
  return {
    reached,
    release: () => {
      if (own) slot[method] = original;
      else Reflect.deleteProperty(slot, method);
      release();
    },
  };
}
