// Word lists the rules share: speaker verbs, talk nouns, event and organization name shapes.

/** Verbs that make their subject a speaker on their own: "George Dunlap talked about ...". */
export const SPEAKER_VERBS = new Set([
  'talk', 'talks', 'talked', 'talking', 'spoke', 'speaks', 'speak', 'speaking',
  'present', 'presents', 'presented', 'presenting', 'co-presented', 'co-presenting', 'copresented',
  'cover', 'covers', 'covered', 'covering', 'discussed', 'discusses', 'discussing',
  'demonstrated', 'demonstrates', 'demoed', 'demos', 'showed', 'shows', 'showcased',
  'shared', 'shares', 'explained', 'explains', 'walked', 'went', 'introduced', 'announced',
  'described', 'outlined', 'detailed', 'reviewed', 'keynoted', 'unveiled', 'argued',
]);

/** Verbs that make a speaker only with a talk noun close after: "Dan Walsh gave a detailed overview". */
export const TALK_NOUN_VERBS = new Set([
  'gave', 'gives', 'give', 'giving', 'delivered', 'delivers', 'led', 'leads', 'hosted', 'hosts',
  'ran', 'runs', 'had', 'has', 'did', 'does', 'started', 'kicked', 'opened', 'closed', 'wrapped',
  'offered', 'held', 'taught', 'moderated', 'do', 'doing',
]);

/** Nouns naming a talk: "keynote by X", "X's session", "their presentation". */
export const TALK_NOUNS = new Set([
  'talk', 'talks', 'keynote', 'keynotes', 'presentation', 'presentations', 'session', 'sessions',
  'demo', 'demos', 'demonstration', 'overview', 'update', 'lab', 'workshop', 'tutorial', 'panel',
  'slide', 'slides', 'speech', 'lecture', 'address', 'breakout', 'q&a', 'bof', 'webinar', 'deep', 'lightning', 'roadmap',
]);

/** Last words of conference series names: "Xen Summit", "Texas Linux Fest". */
export const EVENT_WORDS = /^(Summit|Summits|Conference|Conf|Expo|Forum|Fest|Festival|Symposium|Meetup|Hackathon|Days|Camp)$/;

/** One-word series built on a suffix: "FUDCon", "PyCon", "DockerCon", "DevConf". */
export const EVENT_WORD_SUFFIX = /^\p{Lu}[\p{L}]*(Con|Conf|Fest|Camp|Days)$/u;

/** Last words of organization names: "OpenStack Security Team", "University of ...". */
export const ORG_SUFFIXES = /^(Foundation|University|Institute|College|Inc|Corp|Corporation|Ltd|LLC|GmbH|Labs|Laboratories|Team|Group|Government|Agency|Association|Society|Consortium|Alliance|Council|Department|Ministry|Commission|Company|Co)$/i;

/** Words that make a person's name a title, not a person: "Moore's Law". */
export const NOT_NAME_WORDS = /^(Law|Summit|Day|Days|Keynote|Session|Talk|Award|Prize|Street|Avenue|Center|Centre|Building|Stadium)$/;

/** Abbreviations that may stand inside a person's name with their dot: "Mark St. Laurent". */
export const NAME_ABBREVIATIONS = /^(St|Jr|Sr|Dr|Mt|[A-Z])$/;

/** Lower-case particles inside names: "University of California", "Ludwig van Beethoven". */
export const NAME_PARTICLES = new Set(['of', 'de', 'van', 'von', 'der', 'den', 'da', 'del', 'du', 'la', 'le', 'y', 'bin']);

/** Relations of a person to the organization that follows: "X from AMD", "X of GE". */
export const AFFILIATION_PREPOSITIONS = new Set(['from', 'of', 'at', 'with']);

/** Roles between an organization and a person: "Red Hat's CTO, Brian Stevens". */
export const ROLE_WORDS = /^(own|CTO|CEO|CFO|CIO|COO|CISO|VP|SVP|EVP|founder|co-founder|president|chairman|director|engineer|manager|head|chief|architect|lead|evangelist|developer|maintainer|fellow)$/i;
