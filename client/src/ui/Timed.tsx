import { useEffect, useState, type ReactNode } from 'react';

/** Renders its children only after `ms` (remount with a new key to restart the wait). */
export function ShowAfter({ ms, children }: { ms: number; children: ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const id = setTimeout(() => {
      setShown(true);
    }, ms);
    return () => {
      clearTimeout(id);
    };
  }, [ms]);
  return shown ? children : null;
}

/** Renders its children for `ms`, then nothing (remount with a new key to show again). */
export function HideAfter({ ms, children }: { ms: number; children: ReactNode }) {
  const [shown, setShown] = useState(true);
  useEffect(() => {
    const id = setTimeout(() => {
      setShown(false);
    }, ms);
    return () => {
      clearTimeout(id);
    };
  }, [ms]);
  return shown ? children : null;
}
