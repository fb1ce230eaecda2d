import { describe, expect, it } from 'vitest';
import { clauseTense, negationBefore, resolveSubject } from './context.js';
import { maskIdioms } from './idioms.js';
import { normaliseText, splitClauses } from './normalize.js';

describe('normaliseText', () => {
  it('lowercases and repairs apostrophes', () => {
    expect(normaliseText('I’M SO TIRED')).toBe("i'm so tired");
    expect(normaliseText('i dont know')).toBe("i don't know");
  });

  it('undoes stretched letters and leetspeak', () => {
    expect(normaliseText('diiiieee')).toBe('die');
    expect(normaliseText('k1ll mys3lf')).toBe('kill myself');
    expect(normaliseText('i w4nt t0 go')).toBe('i want to go');
  });

  it('keeps numbers and times intact', () => {
    expect(normaliseText('see you at 10pm on the 3rd')).toBe('see you at 10pm on the 3rd');
  });

  it('expands chat slang and risk euphemisms', () => {
    expect(normaliseText('gonna kms tn')).toBe('going to kill myself tonight');
    expect(normaliseText('i want to unalive')).toBe('i want to kill myself');
    expect(normaliseText('sewer slide')).toBe('suicide');
    expect(normaliseText('sh urges rn')).toBe('self harm urges right now');
    expect(normaliseText('my friend ODd')).toBe('my friend overdosed');
  });

  it('tells a self-directed "kys" from one aimed at someone', () => {
    expect(normaliseText('i should just kys')).toBe('i should just kill myself');
    expect(normaliseText('you should kys')).toBe('you should kill yourself');
  });
});

describe('splitClauses', () => {
  it('splits on sentence ends, lines and contrastive conjunctions', () => {
    expect(splitClauses("i'm not ok. i want to die")).toEqual(["i'm not ok", 'i want to die']);
    expect(splitClauses('i used to cut but i stopped\nthanks')).toEqual([
      'i used to cut',
      'i stopped',
      'thanks',
    ]);
  });

  it('does not split inside numbers or abbreviations', () => {
    expect(splitClauses('i took 2.5 mg')).toEqual(['i took 2.5 mg']);
  });
});

describe('maskIdioms', () => {
  it('hides idioms from the rules and leaves the rest', () => {
    expect(maskIdioms('this essay is killing me')).not.toContain('killing');
    expect(maskIdioms("i'd kill for a coffee")).not.toContain('kill');
    expect(maskIdioms('i want to kill myself')).toBe('i want to kill myself');
  });

  it('keeps a hit "with a belt" but masks a hit "with a pun"', () => {
    expect(maskIdioms('he hit me with a pun')).not.toContain('hit me');
    expect(maskIdioms('he hit me with a belt')).toContain('hit me with a belt');
  });
});

describe('negationBefore', () => {
  it('finds a negation that governs the phrase', () => {
    expect(negationBefore("i'm not going to ")).toBe('negated');
    expect(negationBefore('i would never ')).toBe('negated');
  });

  it('stops at a comma, a conjunction or a new subject', () => {
    expect(negationBefore("i'm not ok, i ")).toBe('none');
    expect(negationBefore("i'm not sure what to do and i ")).toBe('none');
  });

  it('does not count phrases that only look negative', () => {
    expect(negationBefore("i can't stop ")).toBe('none');
    expect(negationBefore("not going to lie i've been ")).toBe('none');
  });

  it('recognises hedges and reported questions', () => {
    expect(negationBefore("i don't think i'd ")).toBe('hedged');
    expect(negationBefore('she asked if i ever had thoughts of ')).toBe('negated');
  });
});

describe('resolveSubject', () => {
  it('returns the nearest subject', () => {
    expect(resolveSubject('i keep thinking i ')).toBe('self');
    expect(resolveSubject('my friend told me she ')).toBe('third');
    expect(resolveSubject('are you ')).toBe('you');
    expect(resolveSubject('some people who feel this way ')).toBe('generic');
    expect(resolveSubject('honestly ')).toBeNull();
  });
});

describe('clauseTense', () => {
  it('separates history, recovery, recent events and now', () => {
    expect(clauseTense('i used to cut')).toBe('past');
    expect(clauseTense('i tried to kill myself when i was 16')).toBe('past');
    expect(clauseTense("i've been clean from self harm for 8 months today")).toBe('ceased');
    expect(clauseTense('i cut myself last night')).toBe('recent');
    expect(clauseTense('i took them an hour ago')).toBe('now');
    expect(clauseTense('i want to die')).toBe('present');
  });

  it('treats "again" and relapse as present, whatever else the clause says', () => {
    expect(clauseTense('i used to cut and now i have started again')).toBe('present');
  });
});
