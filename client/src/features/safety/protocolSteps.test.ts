import { describe, expect, it } from 'vitest';
import { protocolSteps } from './protocolSteps';

describe('protocol card steps', () => {
  it('for imminent risk: stay, ask if they are safe, moderator alerted, emergency number', () => {
    expect(protocolSteps('imminent', ['suicide'])).toEqual([
      { kind: 'level', step: 'stay' },
      { kind: 'level', step: 'askSafeNow' },
      { kind: 'level', step: 'moderatorAlerted' },
      { kind: 'level', step: 'emergency' },
    ]);
  });

  it('adds what a category needs beyond the level steps, at most two lines', () => {
    const steps = protocolSteps('high', ['medical_emergency', 'abuse', 'harm_to_others']);
    expect(steps.filter((s) => s.kind === 'category')).toEqual([
      { kind: 'category', category: 'medical_emergency' },
      { kind: 'category', category: 'abuse' },
    ]);
  });

  it('asks about suicide directly at concern level only (higher levels already ask)', () => {
    expect(protocolSteps('concern', ['suicide']).some((s) => s.kind === 'category')).toBe(true);
    expect(protocolSteps('high', ['suicide']).some((s) => s.kind === 'category')).toBe(false);
  });
});
