import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../../server/src/engine/analyze';

function entities(body: string): string[] {
  const text = `Headline for the test article\n${body}`;
  return analyzeArticle(text).entities.map((e) => `${e.kind}: ${e.text}${e.canonical !== e.text ? ` → ${e.canonical}` : ''}`);
}

// Texts written for these tests. `has` must all be found; `hasNot` must not appear in any form.
const cases: Array<{ text: string; has: string[]; hasNot?: string[] }> = [
  {
    text: 'Chancellor Maria Okonkwo met Prime Minister Tomasz Lindqvist in Vienna. Okonkwo later flew home.',
    has: ['person: Maria Okonkwo', 'person: Tomasz Lindqvist', 'place: Vienna', 'person: Okonkwo → Maria Okonkwo'],
    hasNot: ['person: Chancellor Maria Okonkwo', 'person: Prime Minister'],
  },
  {
    text: 'The World Health Organization (WHO) warned on Friday. WHO officials said the Ministry of Health agreed.',
    has: ['organization: World Health Organization', 'organization: WHO → World Health Organization', 'organization: Ministry of Health'],
  },
  {
    text: 'National Security Adviser Dana Whitfield spoke to reporters. Whitfield said talks with Pyongyang would go on.',
    has: ['person: Dana Whitfield', 'person: Whitfield → Dana Whitfield'],
    hasNot: ['person: National Security Adviser Dana Whitfield'],
  },
  {
    text: 'Rescuers reached Kagoshima Prefecture and the Sendai River after the quake. Residents of Kagoshima returned.',
    has: ['place: Kagoshima Prefecture', 'place: Sendai River'],
  },
  {
    text: 'Workers at the Varnell coal mine were trapped. Relatives gathered near Varnell.',
    has: ['place: Varnell'],
  },
  {
    text: 'Lee Min-jun and Lee Soo-ah both spoke. Later, Lee Soo-ah added that Lee would stay.',
    has: ['person: Lee Min-jun', 'person: Lee Soo-ah', 'person: Lee → Lee Soo-ah'],
  },
  {
    text: 'The Treaty of Lisbon and the Paris Agreement were discussed at the summit.',
    has: ['other: Treaty of Lisbon', 'other: Paris Agreement'],
  },
  {
    text: 'LISBON, Portugal — Officials from U.S.-China trade talks met executives of Acme Corp on Monday.',
    has: ['place: LISBON', 'place: U.S.', 'place: China', 'organization: Acme Corp'],
    hasNot: ['person: Monday'],
  },
  {
    text: 'Security Concerns Rise Across Region\nThe report said security concerns were rising.',
    has: [],
    hasNot: ['person: Security Concerns', 'person: Concerns Rise', 'person: Security Concerns Rise'],
  },
  {
    text: 'In a statement, the agency said Although the plan was approved, The AI model and GDP figures were not shared.',
    has: [],
    hasNot: ['organization: AI', 'organization: GDP', 'person: Although', 'person: In'],
  },
  // Middle initials and abbreviations with a dot stay inside the name.
  {
    text: 'The firm was founded by Anna H. Doe and Karel B. Vostrak Jr. in St. Kessel, and later bought Velora Ltd. outright.',
    has: ['person: Anna H. Doe', 'person: Karel B. Vostrak Jr.', 'place: St. Kessel', 'organization: Velora Ltd.'],
    hasNot: ['person: Anna H', 'person: Doe'],
  },
  // A compass word before a place is part of its name.
  {
    text: 'Storms reached Western Nagoya, East Karlin and North Velstad on the same day.',
    has: ['place: Western Nagoya', 'place: East Karlin', 'place: North Velstad'],
    hasNot: ['place: Nagoya', 'place: Karlin'],
  },
  // Given names that are also words ("Art", "Rose") make a person only before name words.
  {
    text: 'The prize went to Art Vornholt and Ingeborg Kasprzak, while the Rose Garden stayed closed.',
    has: ['person: Art Vornholt', 'person: Ingeborg Kasprzak'],
    hasNot: ['person: Vornholt', 'person: Rose Garden'],
  },
  // A place followed by a plural nickname, or a name with a club abbreviation, is a team; its nickname alone too.
  {
    text: 'The Kenosha Harriers beat FC Velstad on Sunday. Later the Harriers lost to the St. Kessel Comets.',
    has: ['organization: Kenosha Harriers', 'organization: FC Velstad', 'organization: Harriers → Kenosha Harriers', 'organization: St. Kessel Comets'],
    hasNot: ['place: Kenosha', 'place: St. Kessel'],
  },
  // "and" after a complete name starts the next one.
  {
    text: 'Reporters from the Velora Evening Tribune and Karlin Post covered the Varnell River and Lake Osk.',
    has: ['organization: Velora Evening Tribune', 'place: Varnell River'],
    hasNot: ['organization: Velora Evening Tribune and Karlin Post', 'place: Varnell River and Lake Osk'],
  },
  // A lone first word of an organisation's name is a short form of it; a demonym never is.
  {
    text: 'Velstor Mining Corp said the Kenyan Broadcasting Service had erred. Velstor will appeal, a Kenyan official said.',
    has: ['organization: Velstor → Velstor Mining Corp'],
    hasNot: ['organization: Kenyan'],
  },
  // A place followed by ordinary capitalised words in running text names an organisation of that place.
  {
    text: 'Passengers of the Nagoya Central Railroad were told to wait.',
    has: ['organization: Nagoya Central Railroad'],
    hasNot: ['place: Nagoya'],
  },
  // City names (GeoNames) are places when nothing says person; a language is no name; countries' short forms.
  {
    text: 'Talks moved from Gliwice to Britain, where the documents were written in Swahili. Later Kenosha said no.',
    has: ['place: Gliwice', 'place: Britain'],
    hasNot: ['place: Swahili', 'person: Swahili', 'organization: Swahili', 'place: Kenosha'],
  },
  {
    text: 'The Research Vessel Zwolle was moved.',
    has: [],
    hasNot: ['place: Zwolle'],
  },
  // A common noun before a name or in an appositive after it says what the name is.
  {
    text: 'He joined the band Velvet Karlin and signed to record label Osk. Velstor, a mining company, was the village of Oskby.',
    has: ['organization: Velvet Karlin', 'organization: Osk', 'organization: Velstor', 'place: Oskby'],
    hasNot: ['person: Velvet Karlin'],
  },
  {
    text: 'A group of Kenyan pupils won.',
    has: [],
    hasNot: ['organization: Kenyan'],
  },
  // In a match report, a country next to a score or a match verb is a team, at every mention; the venue's town is not.
  {
    text: 'Norway beat Latvia 2-1 in Riga on Sunday. A late goal for Norway settled the match, and the coach praised the league. Latvia had won 3-0 last season. Norway will play again next week.',
    has: ['organization: Norway', 'organization: Latvia', 'place: Riga'],
    hasNot: ['place: Norway', 'place: Latvia'],
  },
  // Outside a match report, the same words keep their places.
  {
    text: 'Norway beat Latvia in exports of timber last year, officials in Riga said.',
    has: ['place: Norway', 'place: Latvia'],
    hasNot: ['organization: Norway'],
  },
  // A word in capitals is that word, not an acronym; a measure after a number or a possessive is no organisation.
  {
    text: 'The crowd chanted FREEDOM in CHICAGO as the pitcher lowered his ERA to a 2.10 ERA for the VKR club.',
    has: ['place: CHICAGO'],
    hasNot: ['organization: FREEDOM', 'organization: CHICAGO', 'organization: ERA'],
  },
  // A demonym before a person's name describes the person; a given name ending like a demonym is kept.
  {
    text: 'The goal came from Argentine Tomas Vornholt and Velorian Karel Osk, watched by Florian Lee Vornholt.',
    has: ['person: Tomas Vornholt', 'person: Karel Osk', 'person: Florian Lee Vornholt'],
    hasNot: ['person: Argentine Tomas Vornholt', 'person: Velorian Karel Osk'],
  },
  // A capital "The" inside a sentence belongs to the name; the same name at a sentence start is the same entity.
  {
    text: 'He wrote for The Velora Times and played with The Karlins in Osk. The Karlins split in 1990.',
    has: ['organization: The Velora Times', 'organization: The Karlins', 'organization: Karlins → The Karlins'],
    hasNot: ['organization: Velora Times', 'person: Karlins'],
  },
  // Words only organisations take: founded, listed, signed with, possessions such as shares; one such mention
  // classifies every mention of the name.
  {
    text: 'Engineers say Velstor was founded in 1998 near Osk. Later Velstor opened a plant, and the striker signed with Karvona.',
    has: ['organization: Velstor', 'organization: Karvona'],
    hasNot: ['person: Velstor', 'place: Karvona', 'person: Karvona'],
  },
  {
    text: 'Analysts watched as Brennick\'s shares fell by a third.',
    has: ['organization: Brennick'],
  },
  // A call sign written with its digits is one name; a surname before "family" names people.
  {
    text: 'Listeners tuned in to 7KQ every morning, and the Marrowby family owned 7KQ until 1990.',
    has: ['organization: 7KQ', 'person: Marrowby'],
    hasNot: ['organization: KQ', 'organization: Marrowby'],
  },
  // Names of one list share the kind of their classified neighbours; two names and a comma are no list.
  {
    text: 'The talks brought together Velora Mining Corp, Oskbridge and Tarnet Holdings. Back in Karlin Harbour, Quellwyn waited.',
    has: ['organization: Oskbridge'],
    hasNot: ['place: Quellwyn', 'organization: Quellwyn'],
  },
  // A plural kind noun before a list names the kind of all of it, over a name's ending; a hall of fame is an
  // institution; parishes, empires and reservoirs are places.
  {
    text: 'He toured with bands such as Kessel Park and Quorrin. He entered the Velora Hockey Hall of Fame near Brannock Reservoir in Osk Parish.',
    has: ['organization: Kessel Park', 'organization: Quorrin', 'organization: Velora Hockey Hall of Fame', 'place: Brannock Reservoir', 'place: Osk Parish'],
    hasNot: ['place: Kessel Park', 'place: Velora Hockey Hall of Fame'],
  },
  // A copula names the kind as an appositive does; a noun that owns the next one does not.
  {
    text: 'Tarvenholm is a small village near the coast. Quorra Velt was a record label in the 1970s. Brisko was the team\'s captain.',
    has: ['place: Tarvenholm', 'organization: Quorra Velt'],
    hasNot: ['organization: Brisko'],
  },
  // The head of a description says what a name is, past capitalised modifiers, slashes and a parenthesis; a noun that
  // only modifies the head ("a company spokesperson") says nothing.
  {
    text: 'Velkorra is a Swedish chain of garden stores. Karvo Dusk are a Welsh folk / jazz band. Tresswick (or Tress) is a radio station.',
    has: ['organization: Velkorra', 'organization: Karvo Dusk', 'organization: Tresswick'],
  },
  {
    text: 'Anna Doe, a company spokesperson, said so. Mirel Oskar is a band member.',
    has: ['person: Anna Doe'],
    hasNot: ['organization: Anna Doe', 'organization: Mirel Oskar'],
  },
  // Name particles, one or two, join the parts of a person's name; a digit ordinal numbers a unit.
  {
    text: 'The march was led by Joaquin de la Vessar and Maria du Kellen. Vessar later resigned. The 41st Kessa Regiment stayed.',
    has: ['person: Joaquin de la Vessar', 'person: Maria du Kellen', 'person: Vessar → Joaquin de la Vessar', 'organization: 41st Kessa Regiment'],
  },
  // An ordinal word that numbers a named thing stays with it at a sentence start; "for" before a club starts its name.
  {
    text: 'Fifth Kessa Fleet sailed at dawn. Second Avenue was closed. He played in the Velora Hockey League for FC Karlin.',
    has: ['organization: Fifth Kessa Fleet', 'place: Second Avenue', 'organization: Velora Hockey League', 'organization: FC Karlin'],
  },
  // Ordinary words capitalised together after "the" name an institution, unless they modify a noun or go on with "of".
  {
    text: 'She wrote to the Grand Velkor Affiliation last week. Work stopped on the Silver Kettle program. He left the Grand Duchy of Osk.',
    has: ['organization: Grand Velkor Affiliation'],
    hasNot: ['organization: Silver Kettle', 'organization: Grand Duchy'],
  },
  // A nickname in quotes between the parts of a name belongs to it, and the surname alone is a short form of it.
  {
    text: 'Karel "Kess" Vostrak was born in 1912. Vostrak later coached in Osk. The firm Velora "Kessa" Corp. was sold.',
    has: ['person: Karel "Kess" Vostrak', 'person: Vostrak → Karel "Kess" Vostrak'],
    hasNot: ['person: Velora "Kessa" Corp.', 'organization: Velora "Kessa" Corp.'],
  },
  // A group's noun before a full name introduces a member; "the band of X" is X's band; "the band X" is the band.
  {
    text: 'The album was recorded by the duo Anna Doe and Karel Osk. He joined the dance orchestra of Maria Vessel. The band Tessaly toured.',
    has: ['person: Anna Doe', 'person: Maria Vessel', 'organization: Tessaly'],
    hasNot: ['organization: Anna Doe', 'organization: Maria Vessel'],
  },
  // A country whose name has an "and" in it stays whole; "Old" before a place is part of its name.
  {
    text: 'Aid reached Trinidad and Tobago on Monday. Pilgrims walked to Old Kessa from Velora.',
    has: ['place: Trinidad and Tobago', 'place: Old Kessa'],
    hasNot: ['place: Trinidad', 'place: Tobago'],
  },
  // A player plays for a club: a town's name there is a club; a country stays a place (its side is named so).
  {
    text: 'He played 31 matches for Lisbon before leaving. He played for Brazil twice. He later moved to Porto.',
    has: ['organization: Lisbon', 'place: Brazil', 'place: Porto'],
    hasNot: ['organization: Brazil', 'organization: Porto'],
  },
  // A country's abbreviation after a number or a possessive is still the country; a known place at the start of a
  // run of ordinary words stands on its own.
  {
    text: 'A 2019 UK survey counted them. Velcor opened its US office. She was a United States Senator then.',
    has: ['place: UK', 'place: US', 'place: United States'],
  },
  // An "All-…" honour is not part of the name after it; a military unit is numbered with or without a suffix.
  {
    text: 'She made the All-Star Velora University squad. In 1944 the unit became 65 Kessa Wing. She bought 3 Acme Group shares. In 1951 Osk Fleet sailed.',
    has: ['organization: Velora University', 'organization: 65 Kessa Wing', 'organization: Acme Group'],
    hasNot: ['organization: All-Star Velora University', 'organization: 3 Acme Group', 'organization: 1951 Osk Fleet'],
  },
  // A town followed by its country or region is a place, also when its name is two unknown words.
  {
    text: 'The unit moved to Dorvel Hasken, England, in June. Later it moved to Tarsk, Germany.',
    has: ['place: Dorvel Hasken', 'place: Tarsk', 'place: England'],
  },
  // Newspapers' names end in words such as "Sentinel" and "Courier".
  {
    text: 'The Karvo Sentinel reported the sale, and the Velora Courier confirmed it.',
    has: ['organization: Karvo Sentinel', 'organization: Velora Courier'],
    hasNot: ['person: Karvo Sentinel'],
  },
  // An organisation's acronym and an ordinary word name a unit or channel; a title after it is a role; an "All-…"
  // honour alone is no name.
  {
    text: 'KVB Cable was launched in 1990. The KVB Administrator, Anna Doe, resigned. She was an All-Star in 2004.',
    has: ['organization: KVB Cable', 'person: Anna Doe'],
    hasNot: ['organization: KVB Administrator', 'organization: All-Star', 'place: All-Star', 'person: All-Star'],
  },
  // Ordinary words are no names: a field after "in", a genre before "band", a lone ending the article writes in lower case.
  {
    text: 'Her degree in Chemistry came first. She sang in a Folk band for years. The company has a Management team, and management said so.',
    has: [],
    hasNot: ['place: Chemistry', 'organization: Folk', 'organization: Management'],
  },
  // Hospitals, hotels and school districts are institutions that act, not only buildings or areas.
  {
    text: 'Patients were taken to Kessa General Hospital on Monday. The Velmont Unified School District closed schools in Velmont.',
    has: ['organization: Kessa General Hospital', 'organization: Velmont Unified School District'],
    hasNot: ['organization: Velmont'],
  },
  // "… Force" and "… Wing" end names of organisations.
  {
    text: 'Jets of the Velorian Air Force and the Karlin Border Force escorted the ship.',
    has: ['organization: Velorian Air Force', 'organization: Karlin Border Force'],
  },
  // "Greater", "Inner" and "Outer" start place names as compass words do; "… Area" ends them.
  {
    text: 'Flooding hit Greater Velmora and the Karlin Bay Area overnight.',
    has: ['place: Greater Velmora', 'place: Karlin Bay Area'],
  },
  // A given name before a surname that is also a city names a person; a longer run keeps its place.
  {
    text: 'Yesterday Ignatius Lisbon scored twice at the Fan Expo Lisbon hall.',
    has: ['person: Ignatius Lisbon'],
    hasNot: ['person: Fan Expo Lisbon'],
  },
  // Roman numerals, records, time zones and post-nominal letters are not organisations.
  {
    text: 'In part XVII of the series the Velora Band released an EP at 8 p.m. EST, said Anna Doe, QC, of the KVRA.',
    has: ['organization: KVRA'],
    hasNot: ['organization: XVII', 'organization: EP', 'organization: EST', 'organization: QC'],
  },
];

for (const { text, has, hasNot = [] } of cases) {
  test(`entities: ${text.slice(0, 60)}`, () => {
    const found = entities(text);
    for (const expected of has) assert.ok(found.includes(expected), `missing "${expected}" in ${JSON.stringify(found)}`);
    for (const unexpected of hasNot) assert.ok(!found.includes(unexpected), `unexpected "${unexpected}" in ${JSON.stringify(found)}`);
  });
}

test('entities: offsets point at the original text, odd spaces and hyphens included', () => {
  const text = 'Headline for the test article\nEnvoy Park\u202fJi\u2011hoon met Mayor Sofia Brandt in Oslo.';
  for (const entity of analyzeArticle(text).entities) assert.equal(text.slice(entity.start, entity.end), entity.text);
  const names = analyzeArticle(text).entities.map((e) => e.text);
  assert.ok(names.includes('Park\u202fJi\u2011hoon'), JSON.stringify(names));
});

test('entities: titles seen with a person are kept on every mention', () => {
  const text = 'Headline for the test article\nForeign Minister Ana Ruiz arrived. Ruiz spoke briefly.';
  const ruiz = analyzeArticle(text).entities.filter((e) => e.key === 'ana ruiz');
  assert.equal(ruiz.length, 2);
  for (const mention of ruiz) assert.deepEqual(mention.titles, ['Foreign Minister']);
});

test('an acronym whose letters begin before an "and" joins both halves into one name, and every later use takes its key', () => {
  const text = 'Grain deal signed in Karlin\nPublished: 2 May 2024\n\nMerrit joined the Merrow and Velora Freight Alliance (MVFA) on Monday. ' +
    'The MVFA sets prices for its members. Officials said MVFA rules would change.\n';
  const entities = analyzeArticle(text).entities;
  const expansion = entities.find((e) => e.text === 'Merrow and Velora Freight Alliance');
  assert.ok(expansion, entities.map((e) => e.text).join(' | '));
  const acronyms = entities.filter((e) => e.text === 'MVFA');
  assert.equal(acronyms.length, 3);
  assert.deepEqual([...new Set(acronyms.map((e) => e.key))], [expansion.key]);
});
