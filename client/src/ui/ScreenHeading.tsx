import { useEffect, useRef, type ReactNode } from 'react';

// The first screen of a page load keeps the browser's natural focus; later screen changes
// move focus to the new heading so screen-reader and keyboard users know where they are.
let firstScreen = true;

export function ScreenHeading({
  children,
  id,
  takeFocus = true,
}: {
  children: ReactNode;
  id?: string;
  /** False when focus belongs elsewhere on arrival (e.g. someone mid-sentence). */
  takeFocus?: boolean;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const first = firstScreen;
    firstScreen = false;
    if (!first && takeFocus) ref.current?.focus();
  }, [takeFocus]);
  return (
    <h1 ref={ref} id={id} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}
