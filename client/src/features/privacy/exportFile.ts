import type { PeerExport } from '@alongside/shared';
import { useCallback, useEffect, useRef, useState } from 'react';

/** e.g. alongside-my-data-2026-03-14.json */
export function exportFileName(exportedAt: number): string {
  return `alongside-my-data-${new Date(exportedAt).toISOString().slice(0, 10)}.json`;
}

export function exportJson(data: PeerExport): string {
  return JSON.stringify(data, null, 2);
}

export interface ExportFile {
  data: PeerExport;
  /** A blob: URL made in this browser: the copy is never uploaded anywhere. */
  url: string;
  name: string;
}

/** Holds the latest export as a downloadable file; its URL is freed when replaced or unmounted. */
export function useExportFile(): { file: ExportFile | null; keep: (data: PeerExport) => void } {
  const [file, setFile] = useState<ExportFile | null>(null);
  const current = useRef<string | null>(null);
  const keep = useCallback((data: PeerExport) => {
    if (current.current) URL.revokeObjectURL(current.current);
    const url = URL.createObjectURL(new Blob([exportJson(data)], { type: 'application/json' }));
    current.current = url;
    setFile({ data, url, name: exportFileName(data.exportedAt) });
  }, []);
  useEffect(
    () => () => {
      if (current.current) URL.revokeObjectURL(current.current);
    },
    [],
  );
  return { file, keep };
}
