/**
 * General English vocabulary for recognising names in news: titles that precede people's names and the words that
 * end names of organisations, places and other named things. None of it is specific to any article.
 */

/** Words that make a phrase a title or role when written before a name ("Prime Minister", "Adviser"). */
export const TITLE_HEADS = new Set([
  'president', 'vice-president', 'premier', 'minister', 'chancellor', 'secretary', 'adviser', 'advisor', 'governor',
  'mayor', 'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'lawmaker', 'speaker',
  'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'pope', 'sheikh', 'ayatollah', 'imam', 'rabbi',
  'judge', 'justice', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'coo', 'director', 'commissioner',
  'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'general', 'gen', 'colonel', 'col', 'captain',
  'capt', 'lieutenant', 'lt', 'sergeant', 'sgt', 'officer', 'detective', 'sheriff', 'chief', 'dr', 'mr', 'mrs',
  'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'father', 'bishop', 'archbishop', 'cardinal',
  'leader', 'coach', 'professor', 'prof', 'founder', 'co-founder', 'gov', 'admiral', 'adm', 'marshal', 'dean',
  'attorney', 'prosecutor', 'inspector', 'superintendent', 'commander', 'manager', 'executive', 'editor',
  'correspondent', 'analyst', 'economist', 'researcher', 'scientist', 'astronaut', 'pilot', 'actor', 'actress',
  'singer', 'rapper', 'star', 'striker', 'midfielder', 'defender', 'goalkeeper', 'quarterback', 'player',
  'candidate', 'nominee', 'president-elect', 'prime', 'deputy', 'crown', 'administrator',
]);

/** Words that may stand before a title head inside the title ("National Security Adviser", "Deputy Foreign Minister"). */
export const TITLE_MODIFIERS = new Set([
  'vice', 'deputy', 'acting', 'interim', 'former', 'late', 'chief', 'senior', 'first', 'general', 'national',
  'security', 'foreign', 'defence', 'defense', 'finance', 'interior', 'trade', 'economy', 'justice', 'health',
  'education', 'home', 'prime', 'executive', 'attorney', 'assistant', 'associate', 'managing', 'supreme',
  'state', 'federal', 'white', 'house', 'press', 'district', 'police', 'fire',
  'army', 'navy', 'air', 'force', 'head', 'coach', 'crown', 'grand', 'special', 'energy', 'environment',
  'labor', 'labour', 'agriculture', 'transport', 'unification', 'industry', 'commerce', 'culture', 'science',
  'technology', 'communications', 'information', 'affairs', 'and', 'of', 'for', 'the', 'opposition', 'party',
  'majority', 'minority', 'senate', 'team', 'club', 'company', 'group', 'bank', 'central',
]);

/** Final words of organisation names, beyond those compromise knows. */
export const ORGANIZATION_HEADS = new Set([
  'ministry', 'agency', 'police', 'department', 'office', 'party', 'council', 'committee', 'court', 'parliament',
  'assembly', 'congress', 'senate', 'government', 'administration', 'times', 'post', 'news', 'press', 'network',
  'airlines', 'airways', 'motors', 'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'group', 'institute', 'university',
  'college', 'school', 'association', 'federation', 'league', 'union', 'club', 'foundation', 'fund', 'bank',
  'reserve', 'commission', 'organization', 'organisation', 'authority', 'service', 'services', 'forces', 'army',
  'navy', 'guard', 'bureau', 'board', 'corporation', 'company', 'society', 'agency', 'tribunal', 'cabinet',
  'secretariat', 'observatory', 'laboratory', 'laboratories', 'labs', 'studios', 'records', 'media', 'journal',
  'herald', 'tribune', 'gazette', 'telegraph', 'broadcasting', 'television', 'radio', 'channel', 'alliance',
  'coalition', 'movement', 'front', 'brigade', 'brigades', 'militia', 'network', 'systems', 'technologies',
  'holdings', 'partners', 'team', 'house', 'academy', 'symphony', 'orchestra', 'band', 'railways', 'railway',
  'railroad', 'railroads', 'lottery', 'exchange', 'lines', 'trust', 'scouts', 'recordings', 'entertainment',
  'productions', 'pictures', 'films', 'publishing', 'publishers', 'magazine', 'newspaper', 'review', 'chronicle',
  'observer', 'industries', 'enterprises', 'associates', 'properties', 'gmbh', 'ag', 'limited', 'llp', 'cooperative',
  'legislature', 'directorate', 'division', 'corps', 'regiment', 'battalion', 'squadron', 'fleet', 'command',
  'constabulary', 'caucus', 'consortium', 'syndicate', 'firm', 'bancorp', 'pharmaceuticals', 'electronics',
  'force', 'wing',
  // Businesses and institutions that a building is named for: they employ, treat, sue and are sued, and news
  // reports what they say ("Kessa General Hospital said …").
  'hospital', 'hotel', 'casino', 'mall', 'library', 'infirmary', 'clinic',
  // Newspapers' names end in these as they end in "Times" or "Herald".
  'sentinel', 'courier', 'examiner', 'inquirer', 'enquirer', 'dispatch', 'bulletin', 'statesman', 'advertiser', 'intelligencer',
]);

/** Final words of place names. */
export const PLACE_HEADS = new Set([
  'prefecture', 'province', 'county', 'city', 'district', 'region', 'territory', 'territories', 'state', 'island',
  'islands', 'peninsula', 'strip', 'temple', 'shrine', 'palace', 'square', 'street', 'avenue', 'road', 'airport',
  'station', 'park', 'stadium', 'arena', 'bridge', 'valley', 'mountains', 'mountain', 'sea', 'ocean', 'bay',
  'coast', 'plaza', 'castle', 'cathedral', 'church', 'mosque', 'tower', 'towers', 'building', 'port', 'harbour',
  'harbor', 'canal', 'lake', 'river', 'desert', 'forest', 'village', 'town', 'borough', 'municipality', 'oblast',
  'governorate', 'emirate', 'kingdom', 'republic', 'hills', 'heights', 'beach', 'boulevard', 'highway', 'mine',
  'resort', 'museum', 'zoo', 'center', 'centre', 'base', 'camp', 'prison',
  'field', 'falls', 'gate', 'wall', 'basin', 'gulf', 'strait', 'channel', 'reef', 'glacier', 'volcano',
  'parish', 'courthouse', 'empire', 'oval', 'brook', 'reservoir', 'cemetery', 'pier', 'wharf', 'quay', 'dock', 'docks',
  'motorway', 'freeway', 'expressway', 'tunnel', 'speedway', 'marina', 'area',
]);

/** Final words of names of agreements, events, works and awards. */
export const OTHER_HEADS = new Set([
  'agreement', 'treaty', 'accord', 'accords', 'convention', 'pact', 'act', 'protocol', 'initiative',
  'partnership', 'olympics', 'games', 'cup', 'war', 'festival', 'award', 'awards', 'prize', 'expo',
  'championship', 'championships', 'series', 'bowl', 'tournament', 'open', 'summit', 'conference', 'forum',
  'declaration', 'doctrine', 'program', 'programme', 'project', 'mission', 'operation', 'revolution',
  'disaster', 'crisis', 'massacre', 'attack', 'attacks', 'earthquake', 'hurricane', 'typhoon', 'storm',
]);

/** Short words that may join the parts of one name ("Bank of America", "Alliance for Rural …"). */
export const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'del', 'da', 'van', 'von', 'bin', 'al', 'on', '&']);

/** Upper-case abbreviations that name a concept, not an entity. */
export const CONCEPT_ACRONYMS = new Set([
  'AI', 'TV', 'CEO', 'CFO', 'COO', 'CTO', 'GDP', 'FTA', 'IT', 'PR', 'OK', 'AM', 'PM', 'ID', 'DNA', 'RNA', 'HIV',
  'AIDS', 'COVID', 'UFO', 'VIP', 'SUV', 'GPS', 'PC', 'CCTV', 'LGBT', 'LGBTQ', 'MP', 'MPS', 'VR', 'AR', 'API', 'USB',
  'LED', 'LCD', 'CD', 'DVD', 'PDF', 'FAQ', 'ETA', 'RIP', 'AKA', 'DIY', 'TBA', 'SOS', 'IQ', 'PhD', 'MBA', 'ISBN',
  'ATM', 'PIN', 'SMS', 'HD', 'HQ', 'IPO', 'CPU', 'GPU', 'EV', 'EVS', 'UV', 'WWII', 'WWI', 'MPH', 'KM', 'KG', 'US$',
  'A', 'I', 'NEW', 'THE', 'AND', 'OF',
  // Records, sports measures, time zones, formats and post-nominal letters ("Anna Doe, QC").
  'EP', 'LP', 'MVP', 'KO', 'TKO', 'DJ', 'MC', 'ERA', 'RBI', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT',
  'GMT', 'UTC', 'BST', 'CET', 'HTML', 'CAD', 'BMX', 'MP3', 'QC', 'KC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'LLC',
]);

/** Upper-case abbreviations of countries and cities (dots removed). */
export const PLACE_ACRONYMS = new Set(['US', 'USA', 'UK', 'UAE', 'DPRK', 'PRC', 'ROK', 'DRC', 'NYC', 'USSR', 'GB', 'NZ', 'HK', 'DC']);

/** First words of place names: "Port Louis", "Mount Kenya", "Lake Placid", "Fort Worth", "San Diego". */
export const PLACE_PREFIXES = new Set(['port', 'mount', 'mt', 'lake', 'fort', 'saint', 'st', 'san', 'santa', 'cape', 'isle', 'glen', 'los', 'las', 'el', 'la']);

/** Compass words and the like that begin place names ("East Karlin", "Western Velora", "Old Kessa"). */
export const COMPASS_WORDS = new Set(['greater', 'inner', 'outer', 'old', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);

/** compromise tags of function words, whose capital letter says nothing. */
export const CLOSED_CLASS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'QuestionWord', 'Modal', 'Copula', 'Adverb'];
