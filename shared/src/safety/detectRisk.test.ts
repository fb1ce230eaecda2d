import { describe, expect, it } from 'vitest';
import { detectRisk } from './detectRisk.js';
import { compareRiskLevel, riskLevels, type RiskCategory, type RiskLevel } from './types.js';

function expectRisk(text: string, level: RiskLevel, categories?: RiskCategory[]): void {
  const got = detectRisk(text);
  expect({ text, level: got.level }).toEqual({ text, level });
  if (categories) expect({ text, categories: got.categories }).toEqual({ text, categories });
}

describe('levels', () => {
  it.each([
    ["i've taken all my pills. i'm sorry", 'imminent'],
    ["i'm standing on the bridge and i'm not coming back", 'imminent'],
    ["tonight's the night i end it", 'imminent'],
    ["he's hitting her right now", 'imminent'],
    ['i want to die', 'high'],
    ["i've been cutting again", 'high'],
    ['he hits me', 'high'],
    ['i want to hurt him', 'high'],
    ['i wish i could just disappear', 'concern'],
    ["what's the point", 'concern'],
    ['i attempted two years ago', 'concern'],
    ['had a long day at work but the walk home was nice', 'none'],
  ] as const)('%s → %s', (text, level) => expectRisk(text, level));

  it('returns none with no reasons for an empty or neutral message', () => {
    expect(detectRisk('')).toEqual({ level: 'none', categories: [], reasons: [] });
    expect(detectRisk('   ')).toEqual({ level: 'none', categories: [], reasons: [] });
    expect(detectRisk('how was your weekend?')).toEqual({
      level: 'none',
      categories: [],
      reasons: [],
    });
  });

  it('orders levels none < concern < high < imminent', () => {
    expect([...riskLevels].sort(compareRiskLevel)).toEqual(['none', 'concern', 'high', 'imminent']);
    expect(compareRiskLevel('imminent', 'high')).toBeGreaterThan(0);
    expect(compareRiskLevel('none', 'concern')).toBeLessThan(0);
    expect(compareRiskLevel('high', 'high')).toBe(0);
  });
});

describe('categories', () => {
  it('names suicide, self-harm, harm to others, abuse and medical emergencies', () => {
    expectRisk("i don't want to be alive anymore", 'high', ['suicide']);
    expectRisk('i burned my arm with a lighter again', 'high', ['self_harm']);
    expectRisk("i'm going to stab him", 'high', ['harm_to_others']);
    expectRisk('my stepdad slaps me when he is angry', 'high', ['abuse']);
    expectRisk('my flatmate collapsed and is not breathing', 'imminent', ['medical_emergency']);
  });

  it('combines categories: an overdose someone took themselves is suicide and medical', () => {
    expectRisk('i just swallowed a whole packet of paracetamol', 'imminent', [
      'suicide',
      'medical_emergency',
    ]);
    expectRisk('i cut too deep and it will not stop bleeding', 'imminent', [
      'self_harm',
      'medical_emergency',
    ]);
  });
});

describe('negation', () => {
  it('drops a plain denial', () => {
    expectRisk("i'm not going to hurt myself, i just needed to vent", 'none');
    expectRisk('i would never kill myself', 'none');
    expectRisk("i'm not suicidal, just exhausted by work", 'none');
    expectRisk("i don't want to hurt anyone", 'none');
  });

  it('keeps negations that are themselves the risk', () => {
    expectRisk("i can't promise i won't hurt myself", 'high', ['self_harm']);
    expectRisk("i don't think i can keep myself safe tonight", 'high', ['suicide']);
    expectRisk("i don't want to be here anymore", 'high', ['suicide']);
    expectRisk('no one would even notice if i was gone', 'concern', ['suicide']);
  });

  it('treats a hedged denial as concern, not as safe', () => {
    expectRisk("i don't think i'd actually kill myself", 'concern', ['suicide']);
    expectRisk("i'm trying not to cut tonight", 'concern', ['self_harm']);
  });

  it('does not let a negation leak into the next clause', () => {
    expectRisk("i'm not ok. i want to die", 'high');
    expectRisk("i'm not ok, i want to die", 'high');
    expectRisk("i'm not going to kill myself but i want to die", 'high');
  });
});

describe('past versus present', () => {
  it('caps history at concern', () => {
    expectRisk('i used to self harm', 'concern', ['self_harm']);
    expectRisk('i tried to kill myself when i was 16', 'concern', ['suicide']);
    expectRisk('my ex used to hit me', 'concern', ['abuse']);
    expectRisk("i haven't self harmed in a year", 'concern', ['self_harm']);
    expectRisk('i was in hospital after an overdose last year', 'concern', ['suicide']);
  });

  it('treats recent events and relapse as current', () => {
    expectRisk('i tried to kill myself last night', 'high', ['suicide']);
    expectRisk('i used to cut but i have started again', 'high', ['self_harm']);
    expectRisk('i relapsed and hurt myself yesterday', 'high', ['self_harm']);
  });

  it('drops a medical emergency that is over', () => {
    expectRisk('my grandad had a heart attack years ago but he is doing great', 'none');
  });
});

describe('idioms and hyperbole', () => {
  it.each([
    'this essay is killing me',
    "i'd kill for a coffee",
    'my battery died',
    'wanna hang out later?',
    "i'm dying to see it",
    'she killed it at the gig',
    'can you cut the cake',
    'i overdosed on netflix',
    'shoot me a text later',
    'my mum is going to kill me when she sees my grades',
    'she beat me at chess again',
    "i'd rather die than do karaoke",
  ])('%s → none', (text) => expectRisk(text, 'none'));

  it('keeps joking self-directed death talk at concern', () => {
    expectRisk('kms lol this printer', 'concern', ['suicide']);
    expectRisk("i'm so embarrassed i want to die", 'concern', ['suicide']);
  });

  it('drops joking threats to others', () => {
    expectRisk("i'm going to kill my brother if he eats my chips again 😂", 'none');
  });
});

describe('long messages', () => {
  it('finds the risk in the middle of a ramble and keeps the highest level', () => {
    const text =
      'so the bus was late again and my manager was annoyed, then i got home and the heating was off, ' +
      'and honestly i just sat there thinking i want to kill myself, anyway i made soup and watched telly';
    expectRisk(text, 'high', ['suicide']);
  });

  it('takes the maximum across sentences', () => {
    expectRisk(
      'i used to self harm. now i have the pills lined up and i am going to take them tonight',
      'imminent',
    );
  });
});

describe('third person', () => {
  it('recognises emergencies happening to someone else', () => {
    expectRisk("my friend took a lot of pills and won't wake up", 'imminent', [
      'medical_emergency',
    ]);
    expectRisk("my sister's having a seizure", 'imminent', ['medical_emergency']);
    expectRisk('my best friend says she wants to kill herself', 'high', ['suicide']);
    expectRisk("i'm worried my friend is self harming", 'concern', ['self_harm']);
  });

  it('ignores fiction, games, news and supporter questions', () => {
    expectRisk('the main character kills himself at the end of the film', 'none');
    expectRisk('in the game you have to kill the dragon', 'none');
    expectRisk('are you thinking about suicide?', 'none');
    expectRisk('have you had thoughts of hurting yourself?', 'none');
  });
});

describe('euphemisms, slang and typos', () => {
  it.each([
    ['kms', 'high'],
    ['i want to unalive myself', 'high'],
    ['sewerslide is all i think about', 'high'],
    ['ctb tonight', 'imminent'],
    ['I WANT TO DIEEEE', 'high'],
    ['i wnat to d1e', 'high'],
    ['wanna end it all', 'high'],
    ['i dont want 2 be here anymore', 'high'],
    ['been sh-ing again', 'high'],
    ['i should just kys', 'high'],
  ] as const)('%s → %s', (text, level) => expectRisk(text, level));

  it('reads "kys" aimed at someone else as harm to others', () => {
    expectRisk('lol kys', 'concern', ['harm_to_others']);
  });
});

describe('reasons', () => {
  it('names the rule and the matched text', () => {
    const got = detectRisk('going to kill myself tonight');
    expect(got.reasons[0]).toEqual({ rule: 'suicide.kill_self', match: 'kill myself' });
    expect(got.reasons).toContainEqual({ rule: 'context.now', match: 'tonight' });
  });

  it('explains a downgrade by past tense', () => {
    const got = detectRisk('i used to cut myself at school');
    expect(got.level).toBe('concern');
    expect(got.reasons.map((r) => r.rule)).toEqual(['self_harm.reflexive', 'context.past']);
  });

  it('explains an escalation by a plan', () => {
    const got = detectRisk('i want to die. i have the rope ready');
    expect(got.level).toBe('imminent');
    expect(got.reasons.map((r) => r.rule)).toContain('context.plan');
  });

  it('gives a reason for every category it reports', () => {
    const got = detectRisk('he hit me again and i took a load of tablets');
    expect(got.categories).toEqual(['suicide', 'abuse', 'medical_emergency']);
    expect(got.reasons.length).toBeGreaterThanOrEqual(2);
  });
});

describe('means named once, intent pointed at them later', () => {
  it('reads "the pills … take them all tonight" as imminent', () => {
    const r = detectRisk("honestly i've got the pills here and i'm going to take them all tonight");
    expect(r.level).toBe('imminent');
    expect(r.reasons.map((x) => x.rule)).toContain('plan.take_them_all');
  });
  it('leaves ordinary medication routines and other "them all" alone', () => {
    expect(
      detectRisk("my meds make me sleepy so i'm going to take them all at night now").level,
    ).toBe('none');
    expect(detectRisk("i'm going to take them all to the park tomorrow").level).toBe('none');
  });
});
