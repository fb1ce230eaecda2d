/**
 * Concept families shared by the rules, as regular-expression source fragments. Rules combine
 * them ("an intent verb, then a harm verb, then a person") instead of listing sentences.
 * All fragments assume normalised text (see normalize.ts).
 */

/** Join alternatives into a non-capturing group. */
export const alt = (...parts: string[]): string => `(?:${parts.join('|')})`;

/** Up to `n` filler words, each followed by a space. */
export const gap = (n: number): string => `(?:[a-z'0-9]+ ){0,${n}}`;

/** People someone may talk about (a relation, a friend, a role). */
export const RELATION = alt(
  'friends?',
  'mates?',
  'bestie',
  'bff',
  'sis(?:ter)?s?',
  'bro(?:ther)?s?',
  'mum',
  'mom',
  'mam',
  'mother',
  'dad',
  'father',
  'step ?dad',
  'step ?mum',
  'step ?mom',
  'parents?',
  'sons?',
  'daughters?',
  'kids?',
  'child(?:ren)?',
  'baby',
  'boyfriend',
  'girlfriend',
  'partner',
  'husband',
  'wife',
  'ex',
  'cousins?',
  'aunt(?:ie)?',
  'uncle',
  'nan',
  'gran(?:ny)?',
  'grandma',
  'grand(?:ad|pa|father|mother)',
  'flatmates?',
  'roommates?',
  'housemates?',
  'classmates?',
  'colleagues?',
  'co-?workers?',
  'neighbou?rs?',
  'teachers?',
  'coach',
  'boss',
  'carer',
  'nephew',
  'niece',
  'fianc[eé]e?',
  'guy',
  'girl',
  'boy',
  'man',
  'woman',
  'lad',
  'bull(?:y|ies)',
  'students?',
  'family',
  'people',
);

/** Partners and people someone may live with: the usual subjects of abuse disclosures. */
export const ABUSER = `(?:he|she|they|(?:my|his|her|their|our|mum's|mom's|dad's|[a-z]+'s)(?: [a-z]+)? ${RELATION})`;

/** Someone who can be hurt: an object pronoun or a noun phrase naming a person. */
export const PERSON = alt(
  'him',
  'her',
  'them',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'everyone',
  'everybody',
  'people',
  'you',
  "y'all",
  `(?:my|his|her|their|our|the|that|this|those|these|a|some|every)(?: [a-z]+)? ${RELATION}`,
);

/** Medicines and things taken in an overdose. */
export const PILLS = alt(
  'pills?',
  'tablets?',
  'meds',
  'medications?',
  'medicines?',
  'paracetamol',
  'acetaminophen',
  'tylenol',
  'ibuprofen',
  'aspirin',
  'co-?codamol',
  'codeine',
  'anti-?depressants?',
  'sertraline',
  'citalopram',
  'fluoxetine',
  'amitriptyline',
  'painkillers',
  'prescription',
  'insulin',
  'lithium',
  'quetiapine',
  'diazepam',
  'benzos',
  'xanax',
  'opioids',
  'heroin',
  'sleeping (?:pills|tablets)',
  'medicine (?:cabinet|cupboard|box)',
);

/** Stems of {@link PILLS}, for rule hints. */
export const PILL_HINTS: readonly string[] = [
  'pill',
  'tablet',
  'meds',
  'medic',
  'paracetamol',
  'acetaminophen',
  'tylenol',
  'ibuprofen',
  'aspirin',
  'codamol',
  'codeine',
  'depressant',
  'sertraline',
  'citalopram',
  'fluoxetine',
  'amitriptyline',
  'painkiller',
  'prescription',
  'insulin',
  'lithium',
  'quetiapine',
  'diazepam',
  'benzo',
  'xanax',
  'opioid',
  'heroin',
];

/** How much: a quantity that turns "took pills" into an overdose. */
export const LOTS = alt(
  'all',
  'every',
  'everything',
  'whole',
  'entire',
  'lots?',
  'loads?',
  'bunch',
  'handful',
  'too many',
  'massive',
  'heaps',
  'dozens?',
  '\\d{2,}',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'hundred',
  'box(?:es)?',
  'packs?',
  'packets?',
  'bottles?',
  'strips?',
  'tub',
);

export const WEAPON = alt(
  'gun|pistol|shotgun|rifle|knife|knives|blade|razor|machete|bat|hammer|axe|weapon',
);

/** Body parts involved in self-harm. */
export const BODY = alt(
  'wrists?|arms?|forearms?|legs?|thighs?|skin|stomach|belly|hips?|chest|ankles?|body|flesh',
  'veins?|hands?',
);

/** Verb tails just before a match that make it a wish or a thought, not an act. */
export const DESIRE_TAIL = new RegExp(
  `\\b${alt(
    'want(?:s|ed)?',
    'wish(?:es|ed)?',
    'think(?:ing)?',
    'thought(?:s)?',
    'fantasi[sz]\\w*',
    'dream\\w*',
    'imagin\\w*',
    'pictur\\w*',
    'consider\\w*',
    'tempted',
    'urges?',
    'feel(?:ing)? like',
    'scared (?:that )?i',
    'afraid (?:that )?i',
    'might',
    'could',
    'would',
    'rather',
    'researching',
    'looking up',
    'googling',
  )}\\b ${gap(3)}$`,
);

/** Fear of losing control ("i'm scared i'm going to…") is not an intention to act. */
export const FEAR_TAIL =
  /\b(?:scared|afraid|worried|terrified|frightened|fear|panicking)\b(?: [a-z']+){0,4} ?$/;

/** Verb tails that make it an intention (which a time marker can turn imminent). */
export const INTENT_TAIL = new RegExp(
  `${alt(
    '\\bgoing to',
    "'ll",
    '\\bwill',
    '\\babout to',
    '\\bplan(?:ning)? to',
    '\\bdecided to',
    '\\bready to',
    '\\bthreaten(?:s|ed|ing)? to',
    '\\bintend to',
    '\\bgot to',
  )} ${gap(2)}$`,
);

/** "Now": the time markers that make an intention imminent. */
export const NOW = new RegExp(
  `\\b${alt(
    'right now',
    'now',
    'tonight',
    'today',
    'this (?:evening|afternoon|morning)',
    'in (?:a|an|one|two|half an|a few|\\d+) (?:mins?|minutes?|hours?|hrs?)',
    'tomorrow',
    'after (?:this|everyone|they|he|she|mum|mom|dad|my [a-z]+)',
    'as we speak',
    'about to',
    'already',
    'when (?:the house|everyone|they|he|she|mum|mom|dad)',
    'once (?:mum|mom|dad|everyone|they|he|she)',
  )}\\b`,
);

/** Laughter and joke markers (message level). "not joking" is removed before testing. */
export const JOKE =
  /\b(?:lol+|lmf?ao+|rofl|ha(?:ha)+h?|he(?:he)+|jk|just kidding|joking|xd)\b|\u{1F602}|\u{1F923}|\u{1F606}|\u{1F639}|\u{1F480}/u;
export const NOT_JOKE = /\b(?:not (?:joking|kidding)|no joke|i'm serious|seriously though)\b/;

/** Hyperbole: a trivial cause ("so hungover i want to die", "if i have to sit through one more…"). */
export const HYPERBOLE =
  /\bso (?:[a-z]+ )?(?:hungover|embarrassed|bored|full|stuffed|hungry|cringe|awkward|hot|sunburnt|sleepy|sore|itchy) (?:that |rn |right now )?i\b|\bif i (?:have to|gotta|got to|need to) (?:sit|do|listen|watch|go|hear|read|write|work|deal|see|eat|sing|take|wait)\b.*\b(?:again|one more|another)\b/;

/** Fiction, games and news (message level): third-person and violent talk is not about the writer. */
export const MEDIA =
  /\b(?:film|movie|show|series|episode|season|finale|book|novel|story|character|game|level|boss fight|villain|hero|protagonist|plot|scene|song|lyrics|album|news|article|documentary|podcast|anime|manga|comic|netflix|trailer|actor|actress|theatre|youtube|video)s?\b/;
