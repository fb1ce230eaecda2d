import { describe, expect, it } from 'vitest';
import { exportFileName, exportJson } from './exportFile';

describe('the export file', () => {
  it('is named by the day it was made', () => {
    expect(exportFileName(Date.UTC(2026, 2, 14, 10))).toBe('alongside-my-data-2026-03-14.json');
  });

  it('is readable JSON of exactly what the server sent', () => {
    const data = { exportedAt: 1, consentVersion: 1, conversations: [] };
    expect(JSON.parse(exportJson(data))).toEqual(data);
    expect(exportJson(data)).toContain('\n  "consentVersion": 1');
  });
});
