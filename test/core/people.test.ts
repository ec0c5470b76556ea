import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { personNamed, quoteWith } from './helpers';

const has = (s: string | null, sub: string) => s !== null && s.toLowerCase().includes(sub);

describe('people', () => {
  describe('given names', () => {
    it('knows short and less common given names ("Nate Silver", "Cecelia Purner", "Tad Devine")', () => {
      const text = 'Nate Silver, the polling guru, disagrees. Cecelia Purner, 67, a retired customer service representative, agreed with Tad Devine, a senior adviser.';
      const a = analyze(text);
      for (const name of ['Nate Silver', 'Cecelia Purner', 'Tad Devine']) personNamed(a, name);
    });

    it('reads an owner\'s possessive before a given name as an affiliation ("Iowa State University\'s Dianne Bystrom")', () => {
      const a = analyze('Intro.\n\nIowa State University\'s Dianne Bystrom agreed with the others.');
      const p = personNamed(a, 'Dianne Bystrom');
      assert.equal(p.affiliation, 'Iowa State University');
    });

    it('does not make a person of an organization that opens with such a name ("Al Qaeda", "Al Jazeera")', () => {
      const a = analyze('Al Qaeda claimed the attack, Al Jazeera reported on Monday.');
      assert.equal(a.people.length, 0, JSON.stringify(a.people.map((p) => p.name)));
    });
  });

  describe('titles and affiliations', () => {
    it('reads a nationality + title before the name (Russian Deputy Foreign Minister Mikhail Bogdanov)', () => {
      const text = 'Russian Deputy Foreign Minister Mikhail Bogdanov met the Israeli envoy in Moscow on Thursday.';
      const p = personNamed(analyze(text), 'Mikhail Bogdanov');
      assert.ok(has(p.title, 'deputy foreign minister'), `title: ${p.title}`);
      assert.equal(p.affiliation, 'Russia');
      assert.equal(p.official, true);
      assert.equal(p.titledAtFirstMention, true);
    });

    it('reads the role after "X and his …" as the second person\'s alone ("President Volodymyr Zelensky and his deputy, Iryna Vereshchuk,")', () => {
      const text = 'Yair Lapid met Ukrainian President Volodymyr Zelensky and his deputy, Iryna Vereshchuk, in Kyiv. Dwight Eisenhower ran in 1952. Eisenhower and his future secretary of State, John Foster Dulles, criticized the plan.';
      const a = analyze(text);
      assert.equal(personNamed(a, 'Iryna Vereshchuk').title, 'deputy');
      assert.ok(!/Zelensky/.test(personNamed(a, 'Iryna Vereshchuk').title ?? ''));
      assert.ok(has(personNamed(a, 'John Foster Dulles').title, 'secretary of state'), `title: ${personNamed(a, 'John Foster Dulles').title}`);
    });

    it('reads a title after a common noun\'s possessive ("the country\'s border guard spokesman")', () => {
      const text = "Karl Brenner, the country's border guard spokesman, said on Monday that the crossing would stay closed.";
      const p = personNamed(analyze(text), 'Karl Brenner');
      assert.ok(has(p.title, 'border guard spokesman'), `title: ${p.title}`);
      assert.equal(p.official, true);
    });

    it('keeps a title\'s complement in an apposition before the name ("a spokeswoman for the president\'s re-election campaign, X,")', () => {
      const text = "In Des Moines, a spokeswoman for the president's re-election campaign, Leticia Baptiste, said the campaign would win.";
      const p = personNamed(analyze(text), 'Leticia Baptiste');
      assert.equal(p.title, 'spokeswoman');
      assert.equal(p.official, true);
    });

    it('does not make a company spokesman an official ("A spokesman for the company, X, said")', () => {
      const text = 'A spokesman for the company, Avraham Ben-Tzur, said it remained committed to the project.';
      const p = personNamed(analyze(text), 'Avraham Ben-Tzur');
      assert.equal(p.title, 'spokesman');
      assert.equal(p.official, false);
    });

    it('reads hyphenated offices ("Attorney-General X")', () => {
      const text = 'Attorney-General Karl Brenner said on Monday that charges would follow.';
      const p = personNamed(analyze(text), 'Karl Brenner');
      assert.equal(p.official, true);
    });

    it('reads an organization among the modifiers of a title ("a senior European Commission official")', () => {
      const text = 'Lars Nilsson, a senior European Commission official, said the package was ready.';
      const p = personNamed(analyze(text), 'Lars Nilsson');
      assert.ok(has(p.title, 'official'), `title: ${p.title}`);
      assert.equal(p.official, true);
    });

    it('reads ", who heads the central bank," as an office, but not ", who heads a bakery,"', () => {
      const text = 'Carlos Mendes, who heads the central bank, said rates would rise. Ana Ruiz, who heads a family bakery, said prices would too.';
      const a = analyze(text);
      const p = personNamed(a, 'Carlos Mendes');
      assert.ok(has(p.title, 'head of central bank'), `title: ${p.title}`);
      assert.equal(p.official, true);
      assert.equal(personNamed(a, 'Ana Ruiz').official, false);
    });

    it('reads a title with a post before the name (Israeli Ambassador to Ukraine Michael Brodsky)', () => {
      const text = 'Israeli Ambassador to Ukraine Michael Brodsky was summoned to the Foreign Ministry in Kyiv on Friday.';
      const a = analyze(text);
      const p = personNamed(a, 'Michael Brodsky');
      assert.ok(has(p.title, 'ambassador'), `title: ${p.title}`);
      assert.equal(p.affiliation, 'Israel');
      assert.equal(p.official, true);
      assert.equal(a.people.length, 1, JSON.stringify(a.people.map((x) => x.name)));
    });

    it('reads an organization + title before the name (Foreign Ministry Director-General Alon Ushpiz)', () => {
      const text = 'Foreign Ministry Director-General Alon Ushpiz held a call with his Ukrainian counterpart on Monday.';
      const a = analyze(text);
      const p = personNamed(a, 'Alon Ushpiz');
      assert.ok(has(p.title, 'director-general') || has(p.title, 'director general'), `title: ${p.title}`);
      assert.equal(p.official, true);
      assert.equal(a.people.length, 1, JSON.stringify(a.people.map((x) => x.name)));
    });

    it('reads a possessive country + title in apposition before the name (Ukraine’s deputy foreign minister, Emine Dzhaparova)', () => {
      const text = 'Ukraine’s deputy foreign minister, Emine Dzhaparova, told reporters the visit had been postponed.';
      const p = personNamed(analyze(text), 'Emine Dzhaparova');
      assert.ok(has(p.title, 'deputy foreign minister'), `title: ${p.title}`);
      assert.equal(p.affiliation, 'Ukraine');
      assert.equal(p.official, true);
    });

    it('reads a title in apposition after the name (Michael Brodsky, the ambassador,)', () => {
      const text = 'Michael Brodsky, the ambassador, declined to comment on the report.';
      const p = personNamed(analyze(text), 'Michael Brodsky');
      assert.ok(has(p.title, 'ambassador'), `title: ${p.title}`);
      assert.equal(p.official, true);
      assert.equal(p.titledAtFirstMention, true);
    });

    it('reads a possessive country + title after the name (Yair Lapid, Israel’s foreign minister)', () => {
      const text = 'Yair Lapid, Israel’s foreign minister, condemned the attack on Sunday.';
      const p = personNamed(analyze(text), 'Yair Lapid');
      assert.ok(has(p.title, 'foreign minister'), `title: ${p.title}`);
      assert.equal(p.affiliation, 'Israel');
      assert.equal(p.official, true);
    });

    it('does not give an untitled private person a title or official status', () => {
      const text = '“We lost everything,” said Oksana Hrytsenko, 54, standing outside her apartment in Irpin.';
      const p = personNamed(analyze(text), 'Oksana Hrytsenko');
      assert.equal(p.official, false);
      assert.equal(p.title, null);
    });
  });

  describe('titles of many shapes', () => {
    const cases: Array<[string, string, string]> = [
      ['a title running across "of" in a capitalized run', 'Secretary of State Antony Blinken arrived in Riyadh on Monday.', 'Antony Blinken'],
      ['"Chief of Staff" after an organization', 'White House Chief of Staff Mark Meadows declined to comment.', 'Mark Meadows'],
      ['a lexicon title with "of" before the name', 'Director of Public Prosecutions Sally Ng declined to say whether charges were imminent.', 'Sally Ng'],
      ['"Leader of the Opposition"', 'Leader of the Opposition Kemi Badenoch called the plan a shambles.', 'Kemi Badenoch'],
      ['two overlapping titles ("Defense Chief" + "Chief of Staff")', 'The email was sent by then-Department of Defense Chief of Staff Jeremy Bash on Friday.', 'Jeremy Bash'],
      ['a compound title with "and"', 'The Humberside police and crime commissioner, Gareth Lyle, described the delay as unacceptable.', 'Gareth Lyle'],
      ['a title with a complement after "in" that holds an adjective', 'In Scotland, the justice secretary in the devolved government, Kirsty Bannerman, said no notice had been given.', 'Kirsty Bannerman'],
      ['an apposition after the name cut at a clause ("where …")', 'Antonio Reyes, mayor of the inner-west council where two of the properties are located, said residents were shocked.', 'Antonio Reyes'],
      ['a British rank ("Detective Chief Inspector")', 'Detective Chief Inspector Anne Ross said the inquiry would take months.', 'Anne Ross'],
      ['"Minister for Foreign Affairs"', 'Minister for Foreign Affairs Penny Wong met her counterpart in Jakarta.', 'Penny Wong'],
      ['a title running across "to"', 'Chief Secretary to the Treasury Darren Jones defended the spending review.', 'Darren Jones'],
      ['two particles inside a name ("von der Leyen")', 'European Commission President Ursula von der Leyen arrived in Kyiv.', 'Ursula von der Leyen'],
      ['"Cllr"', 'Cllr Mike Ross said the council had not been consulted.', 'Mike Ross'],
      ['a British police rank abbreviated ("Det Supt")', 'Det Supt Anne Ross said the inquiry would take months.', 'Anne Ross'],
      ['a coroner', 'State coroner Tom Ashby said the inquest would resume in March.', 'Tom Ashby'],
      ['a title with "and" after the name', 'Liz Kendall, the work and pensions secretary, said the bill would pass.', 'Liz Kendall'],
      ['a modifier before the place of a title ("Former New York Gov.")', 'He spoke.\n\nFormer New York Gov. George Pataki endorsed Kasich on Thursday.', 'George Pataki'],
      ['a modifier before a title that opens with a place ("Assistant U.S. Attorney")', 'Assistant U.S. Attorney Maya D. Song wrote that the hack was a crime.', 'Maya D. Song'],
    ];
    for (const [what, text, name] of cases) {
      it(`reads ${what} as an official's title (${name})`, () => {
        const p = personNamed(analyze(text), name);
        assert.equal(p.official, true, JSON.stringify(p));
        assert.ok(p.title, JSON.stringify(p));
      });
    }

    it('keeps the modifier in the title and the place as the affiliation ("Former New York Gov. George Pataki")', () => {
      const p = personNamed(analyze('Former New York Gov. George Pataki endorsed Kasich on Thursday.'), 'George Pataki');
      assert.equal(p.title, 'former gov.');
      assert.equal(p.affiliation, 'New York');
    });

    it('gives a relative of an office holder no title ("the nominee’s eldest daughter"), a staffer the whole role', () => {
      const ivanka = personNamed(analyze('Ivanka Trump, the Republican presidential nominee’s eldest daughter, spoke.'), 'Ivanka Trump');
      assert.equal(ivanka.title, null);
      assert.equal(ivanka.official, false);
      const smith = personNamed(analyze('John Smith, the prime minister’s spokesman, spoke.'), 'John Smith');
      assert.equal(smith.title, 'prime minister’s spokesman');
      assert.equal(smith.official, true);
    });

    it('reads a party before the name as the affiliation ("Democrat Hillary Clinton", "Tory MP Jane Doe")', () => {
      const a = analyze('Democrat Hillary Clinton said no. Tory MP Jane Doe agreed. Hillary Clinton left.');
      assert.deepEqual(a.people.map((p) => [p.name, p.affiliation, p.mentions.length]), [['Hillary Clinton', 'Democrat', 2], ['Jane Doe', 'Tory', 1]]);
    });

    it('reads a post at an advocacy project as no office ("policy director at the Border Justice Project")', () => {
      const p = personNamed(analyze('Luis Andrade, policy director at the Border Justice Project, a legal aid group in El Paso, said so.'), 'Luis Andrade');
      assert.equal(p.official, false);
      assert.equal(p.affiliation, 'Border Justice Project');
    });

    it('reads a board seat at a public body as an office, at a company not ("European Central Bank Executive Board member")', () => {
      const ecb = personNamed(analyze('Speaking in Brussels, European Central Bank Executive Board member Ingrid Solheim-Varga said lenders would suffer.'), 'Ingrid Solheim-Varga');
      assert.equal(ecb.affiliation, 'European Central Bank');
      assert.equal(ecb.official, true);
      assert.equal(personNamed(analyze('Deutsche Bank executive board member Jane Doe said no.'), 'Jane Doe').official, false);
    });

    it('reads an apposition opened by a person’s possessive ("met her chief of staff, Thomas Bélanger,")', () => {
      const p = personNamed(analyze('Marchand met her chief of staff, Thomas Bélanger, and the clerk of the Privy Council on Sunday.'), 'Thomas Bélanger');
      assert.equal(p.title, 'chief of staff');
      assert.equal(p.official, true);
    });

    it('does not keep a company as a person for a "he" after another person named in between', () => {
      const text = 'Nordhavn declined to comment.\n\nNordhavn’s chief executive, Pieter van Aalst, has told investors he wants to double fee income.';
      assert.deepEqual(analyze(text).people.map((p) => p.name), ['Pieter van Aalst']);
    });

    it('leaves a verb opening the sentence out of the title ("Enter President Trump.")', () => {
      const p = personNamed(analyze('Enter President Trump.\n\nTrump spoke on Monday.'), 'Trump');
      assert.equal(p.title, 'president');
    });

    it('reads a capitalized name with a cue word in it as the affiliation ("with the Broadcasting Board of Governors")', () => {
      const p = personNamed(analyze('The rules were set in 2005, said Jeffrey N. Trimble, a senior official with the Broadcasting Board of Governors.'), 'Jeffrey N. Trimble');
      assert.equal(p.title, 'senior official');
      assert.equal(p.affiliation, 'Broadcasting Board of Governors');
    });
  });

  describe('later mentions', () => {
    it('joins a surname quoted before the full name to that full name ("Ginsburg" in the headline)', () => {
      const text = 'Trump demands Ginsburg resign.\n\nWASHINGTON (AP) — Donald Trump called on Wednesday for Justice Ruth Bader Ginsburg to resign. Ginsburg said she regretted it. Trump said she should go.';
      assert.deepEqual(analyze(text).people.map((p) => [p.name, p.mentions.length]), [['Donald Trump', 3], ['Ruth Bader Ginsburg', 3]]);
      // Unless an honorific says another gender, or the titles differ.
      assert.deepEqual(analyze('Mr. Obama said yes. Michelle Obama said no.').people.map((p) => p.name), ['Obama', 'Michelle Obama']);
      assert.deepEqual(
        analyze('Former Secretary Clinton acted properly. Under President Bill Clinton, the rules were different.').people.map((p) => p.name),
        ['Clinton', 'Bill Clinton'],
      );
    });

    it('does not join "Mr. Obama" to Michelle Obama, nor "Mrs. Obama" to Barack Obama', () => {
      const text = 'Barack Obama spoke. Michelle Obama spoke. Mrs. Obama said no. Mr. Obama said yes.';
      const a = analyze(text);
      const mentions = (name: string) => personNamed(a, name).mentions.map((m) => m.start);
      const at = (s: string) => text.indexOf(s);
      assert.deepEqual(mentions('Barack Obama'), [0, at('Obama said yes')]);
      assert.deepEqual(mentions('Michelle Obama'), [at('Michelle'), at('Obama said no')]);
    });

    const text = [
      'Yair Lapid, Israel’s foreign minister, condemned the attack on Sunday.',
      'Lapid said the government would send more humanitarian aid. Mr. Lapid did not say whether Israel would send weapons.',
    ].join('\n\n');

    it('joins later mentions by surname (Lapid) and honorific (Mr. Lapid) to the full name', () => {
      const a = analyze(text);
      const p = personNamed(a, 'Yair Lapid');
      assert.equal(p.mentions.length, 3, JSON.stringify(p.mentions.map((m) => m.text)));
    });

    it('creates no separate person for the surname-only mentions', () => {
      const a = analyze(text);
      assert.deepEqual(a.people.map((p) => p.name), ['Yair Lapid']);
    });

    it('gives every mention a span that slices to its text and contains the surname', () => {
      const p = personNamed(analyze(text), 'Yair Lapid');
      for (const m of p.mentions) {
        assert.equal(text.slice(m.start, m.end), m.text);
        assert.ok(m.text.includes('Lapid'));
      }
      assert.equal(p.mentions[0].text, 'Yair Lapid');
    });
  });

  describe('sentences that list names', () => {
    it('reads a one-sentence paragraph of mostly names as text, not a Title Case headline, when a word Title Case would capitalize is lowercase', () => {
      for (const text of ['The senators are Joe Manchin, Bob Casey and Joe Donnelly.', 'He spoke.\n\nFour senators object: Joe Manchin, Bob Casey and Joe Donnelly.']) {
        const a = analyze(text);
        for (const name of ['Joe Manchin', 'Bob Casey', 'Joe Donnelly']) personNamed(a, name);
      }
    });

    it('still reads a Title Case line with a lowercase "is" as a headline ("Maher Tells Guest Muslim Violence is Beyond Compare.")', () => {
      const a = analyze('Maher Tells Guest Muslim Violence is Beyond Compare.\n\nReal Time host Bill Maher said it was wrong. “No one is saying that,” Maher said.');
      assert.deepEqual(a.people.map((p) => p.name), ['Bill Maher']);
    });
  });

  describe('not people', () => {
    const text = [
      'The Foreign Ministry in Jerusalem said on Monday that aid shipments to Kyiv would continue.',
      'According to Haaretz and the news site Walla, the decision was taken after a rocket barrage from the Gaza Strip.',
      'Officials in Kyiv said they were grateful. Jerusalem has not commented on the Walla report.',
    ].join('\n\n');

    for (const term of ['Gaza Strip', 'Foreign Ministry', 'Haaretz', 'Walla', 'Kyiv', 'Jerusalem']) {
      it(`does not take "${term}" for a person`, () => {
        const a = analyze(text);
        const bad = a.people.filter((p) => p.name.includes(term) || p.mentions.some((m) => m.text.includes(term)));
        assert.deepEqual(bad.map((p) => p.name), []);
      });
    }

    it('does not take a plural acronym ("MPs"), "Holyrood" or a party member ("a Republican") for a person', () => {
      const a = analyze('The minister told MPs the plan was on track. Holyrood had been given no notice, she said. A Republican said it was dead.');
      assert.deepEqual(a.people.map((p) => p.name), []);
    });

    const notPeople: Array<[string, string, string[]]> = [
      ['a pronoun with ’s ("He’s")', 'Trump says he goes back to war tomorrow. He’s predicting he will do very well.', ['Trump']],
      ['a word modifying the noun after it ("Democratic presidential candidate")', 'Rep. Darrell Issa said Democratic presidential candidate Hillary Clinton erred.', ['Darrell Issa', 'Hillary Clinton']],
      ['a party and state ("R-Ky.")', 'Sen. Rand Paul, R-Ky., told Fox News that polls could be off.', ['Rand Paul']],
      ['the end of an organization’s name ("Club for Growth")', 'The money went to the Club for Growth, a free-market activist group, which said it would spend it.', []],
      ['the second portfolio of a body’s name ("Ministry of Supply and Internal Trade")', 'The Ministry of Supply and Internal Trade said the savings would go to families. The Ministry of Finance and Economic Planning said it agreed. Three economists, David Dorn at the University of Zurich and Gordon Hanson, said so.', ['David Dorn', 'Gordon Hanson']],
      ['a count opening the sentence ("Two Republicans")', 'Two Republicans said the bill would fail.', []],
      ['a day with ’s ("Wednesday’s")', 'Sidney Blumenthal said so on Wednesday’s broadcast of CNN’s “New Day.”', ['Sidney Blumenthal']],
      ['a thing named with a title word ("Executive Order", "Head Start")', 'The president might use an Executive Order on guns. He was ready to testify in Executive Session. Sen. Jeff Sessions said the Head Start program works. Sessions added that it was cheap.', ['Jeff Sessions']],
      ['an adverb opening the sentence before an apposition-like phrase ("Significantly, the judge said")', 'I paid the fine. Significantly, the judge said he could not order restitution. Publicly, the GOP nominee feuds with his party. Collectively, former governor Jeb Bush and Gov. Chris Christie won 7 percent. Rather, the GOP presidential nominee keeps a floating array of power centers. Therefore, the nominee would be chosen at the convention.', ['Jeb Bush', 'Chris Christie']],
    ];
    for (const [what, t, names] of notPeople) {
      it(`does not take ${what} for a person`, () => {
        assert.deepEqual(analyze(t).people.map((p) => p.name), names);
      });
    }

    it('keeps a one-word surname ending in -ly before an apposition as a person ("Connolly, the minister, said")', () => {
      for (const name of ['Connolly', 'Daly', 'Kelly']) {
        assert.deepEqual(analyze(`The talks ended. ${name}, the minister, said the deal was close.`).people.map((p) => p.name), [name], name);
      }
    });

    it('keeps a surname that speaks right after a quote as a person, unlike a bare word beside a cue', () => {
      assert.deepEqual(analyze('“It was fine,” Keller said.').people.map((p) => p.name), ['Keller']);
      assert.deepEqual(analyze('Ofgem said prices would rise.').people.map((p) => p.name), []);
    });

    it('finds no people at all in an article about places and institutions only', () => {
      assert.deepEqual(analyze(text).people.map((p) => p.name), []);
    });
  });

  describe('offices of South Asian, African and local governments', () => {
    const cases: Array<[string, string, string]> = [
      ['Inspector-General of Police Usman Danjuma-Bello, who flew to Kaduna, said squads had been deployed.', 'Usman Danjuma-Bello', 'inspector-general of police'],
      ['Additional Director General of Police (Law and Order) Nilutpal Baruah-Das said 11 people had been detained.', 'Nilutpal Baruah-Das', '(law and order)'],
      ['Director-General of the National Emergency Management Agency Zainab Mustapha-Garba said relief had been sent.', 'Zainab Mustapha-Garba', 'national emergency management agency'],
      ['Mayor of Greater Manchester Andy Burnside said the buses would be free.', 'Andy Burnside', 'greater manchester'],
      ['Wanshanlang Syiem, the Congress MLA from Mawshynrut, said residents lived in fear.', 'Wanshanlang Syiem', 'mla'],
      ['Rajya Sabha member Kiren Lamare of the National People\'s Party struck a cautious note.', 'Kiren Lamare', 'rajya sabha member'],
      ['Chief of Army Staff Lt. Gen. Taoreed Lagbaja-Olu said troops had been deployed.', 'Taoreed Lagbaja-Olu', 'lt. gen.'],
      ['Minister for Home Affairs Kithure Kindiki said the curfew would be lifted.', 'Kithure Kindiki', 'minister for home affairs'],
      ['Minister of State for Home Affairs Nityanand Raiwal told Parliament that 40 people died.', 'Nityanand Raiwal', 'home affairs'],
      ['Brig. Gen. Pat Ryder-Lowe said no decision had been made.', 'Pat Ryder-Lowe', 'brig. gen.'],
      ['City Attorney Evan Goyke-Lind said the city would appeal.', 'Evan Goyke-Lind', 'city attorney'],
    ];
    for (const [text, name, title] of cases) {
      it(`reads ${name} as an official (${title})`, () => {
        const a = analyze(text);
        const p = personNamed(a, name);
        assert.ok(has(p.title, title), `title: ${p.title}`);
        assert.equal(p.official, true);
        assert.equal(a.people.length, 1, JSON.stringify(a.people.map((x) => x.name)));
      });
    }

    it('reads a bare "Chief" before a name as a chieftaincy honorific, not an office, unless a body or police word comes before it', () => {
      assert.equal(personNamed(analyze('His TUC counterpart, Chief Adewale Oluwaseun Fakorede, said the unions would shut airports.'), 'Adewale Oluwaseun Fakorede').official, false);
      assert.equal(personNamed(analyze('“We will achieve justice,” Tulsa police Chief Chuck Jordan said Monday.'), 'Chuck Jordan').official, true);
      assert.equal(personNamed(analyze('Police Chief Ana Valadez-Moore said the officer was on leave.'), 'Ana Valadez-Moore').official, true);
    });

    it('keeps a bracketed portfolio before the comma of an apposition ("Minister of State for Petroleum Resources (Oil), X,"), but not a name\'s bracket in a list', () => {
      const oil = personNamed(analyze('The Minister of State for Petroleum Resources (Oil), Alhaji Ibrahim Sani Danladi, said talks would go on.'), 'Ibrahim Sani Danladi');
      assert.equal(oil.official, true);
      assert.equal(oil.affiliation, 'Petroleum Resources (Oil)');
      const union = personNamed(analyze('The head of the Nigeria Labour Congress (NLC), Joe Ajaero, said the strike would go ahead.'), 'Joe Ajaero');
      assert.equal(union.affiliation, 'Nigeria Labour Congress');
      assert.equal(union.official, false);
      const list = analyze('Several Republicans, including Sens. John McCain (Ariz.), Kelly Ayotte (N.H.) and Pat Toomey (Pa.), spoke.');
      assert.equal(personNamed(list, 'Kelly Ayotte').title, null);
    });

    it('reads a body\'s name before a title as the affiliation ("Milwaukee Public Schools Superintendent X")', () => {
      const p = personNamed(analyze('Milwaukee Public Schools Superintendent Keith Abernathy-Cole said counselors would help.'), 'Keith Abernathy-Cole');
      assert.equal(p.affiliation, 'Milwaukee Public Schools');
      assert.equal(p.official, true);
    });

    it('drops a bare word that only ever stood beside a cue ("Ofgem said", "Shillong said"), keeps one a pronoun follows', () => {
      const a = analyze('Ofgem said bills would rise. Shillong said it had not been consulted. Hollande said on Friday that he would go.');
      assert.deepEqual(a.people.map((p) => p.name), ['Hollande']);
    });

    it('reads a county before its office ("Los Angeles County Sheriff X", "Montgomery County Executive X")', () => {
      const a = analyze('Los Angeles County Sheriff Robert Lunaville said deputies responded. Montgomery County Executive Marc Elrich-Lee said so.');
      assert.equal(personNamed(a, 'Robert Lunaville').official, true);
      const p = personNamed(a, 'Marc Elrich-Lee');
      assert.equal(p.official, true);
      assert.ok(has(p.title, 'county executive'), `title: ${p.title}`);
    });

    it('joins a headline surname to the person named in full later, and keeps a surname a "he" after a quote speaks for', () => {
      const a = analyze('Lapid says talks are over\n\nForeign Minister Yair Lapid said on Monday that the talks were over. Lapid added that more was needed.');
      assert.deepEqual(a.people.map((p) => p.name), ['Yair Lapid']);
      assert.equal(a.people[0].mentions.length, 3);
      const b = analyze('“We are done,” Smith said. “Nothing more,” he added.');
      assert.deepEqual(b.quotes.map((q) => q.speaker.name), ['Smith', 'Smith']);
    });

    it('finds no person in "neighbouring Zamfara state" ("state" is no cue there)', () => {
      assert.deepEqual(analyze('The abduction is the largest since the kidnapping in neighbouring Zamfara state. Amnesty said so.').people.map((p) => p.name), []);
    });

    it('reads a lone capitalized word after "in" before a cue as a place, not a person ("a functionary in Guwahati said")', () => {
      assert.deepEqual(analyze('A senior BJP functionary in Guwahati said the leadership was unhappy.').people.map((p) => p.name), []);
    });
  });

  describe('appositions after the name', () => {
    it('reads an apposition after an age ("Maria Okonkwo, 54, a spokeswoman for the governor,")', () => {
      const p = personNamed(analyze('Maria Okonkwo, 54, a spokeswoman for the governor, said the order stood.'), 'Maria Okonkwo');
      assert.ok(has(p.title, 'spokeswoman'), `title: ${p.title}`);
    });

    it('makes a member of a public body an official ("a member of the provincial assembly")', () => {
      const p = personNamed(analyze('Ahmed Khan, a member of the provincial assembly, said the vote was rigged.'), 'Ahmed Khan');
      assert.equal(p.official, true);
    });

    it('lets an office after the name outweigh an honorific, but not a former one', () => {
      const a = analyze('Dr. Amina Yusuf, the state’s health commissioner, said cases were falling. Dr. Ilan Beeri, a former Israeli diplomat who now teaches, said so.');
      assert.equal(personNamed(a, 'Amina Yusuf').official, true);
      assert.equal(personNamed(a, 'Ilan Beeri').official, false);
    });

    it('reads an apposition before the name with "in charge of" ("The assistant director in charge of the office, X,")', () => {
      const p = personNamed(analyze('Intro. The assistant director in charge of the office, Kwame Osei-Bonsu, said the work was patient.'), 'Kwame Osei-Bonsu');
      assert.equal(p.official, true);
      assert.ok(has(p.title, 'in charge of'), `title: ${p.title}`);
    });

    it('lets an office in apposition before the name outweigh an academic title in the run ("chief inspector of hospitals, Professor X,")', () => {
      const a = analyze('The Care Quality Commission’s chief inspector of hospitals, Professor Martin Oyelaran-Booth, said inspectors would return. Professor Anna Berg said the data was thin.');
      const p = personNamed(a, 'Martin Oyelaran-Booth');
      assert.equal(p.official, true);
      assert.ok(has(p.title, 'chief inspector'), `title: ${p.title}`);
      assert.equal(personNamed(a, 'Anna Berg').official, false);
    });

    it('finds no person in the end of a known body\'s name after "and" ("the Department of Health and Social Care")', () => {
      const text = 'Officials at the Department of Health and Social Care said the guidance would set a maximum time.';
      const a = analyze(text);
      assert.deepEqual(a.people, []);
      assert.deepEqual(a.sources.map((s) => [s.kind, s.text]), [['anonymous', 'Officials at the Department of Health and Social Care']]);
    });

    it('finds no person in a source noun and its verb in a Title Case headline ("…, Sources Say")', () => {
      const a = analyze(['Bank Weighs Bid for Rival, Sources Say', 'The bank said on Sunday that it was ready.', 'More text follows here.'].join('\n\n'));
      assert.deepEqual(a.people.map((p) => p.name), []);
    });

    it('finds no person in a pronoun with a contracted verb or a lone possessive pronoun ("“We’re warned …,” Walsh wrote", "Mine told me")', () => {
      const text = 'Matt Walsh wrote a column.\n\n“We’re warned that the time will come,” Walsh wrote. “You’ve called women names,” Kelly said. "They\'re saying we must act," Shields said. "Mine told me to wait," she said.';
      const a = analyze(text);
      assert.deepEqual(a.people.map((p) => p.name).sort(), ['Kelly', 'Matt Walsh', 'Shields']);
      assert.equal(quoteWith(a, 'warned').speaker.name, 'Matt Walsh');
    });

    it('reads a plural title before a name as its title, yielding to an office in apposition ("Senators Mitch McConnell and …")', () => {
      const a = analyze('Senators Mitch McConnell and Chuck Schumer met on Monday. “We agreed,” McConnell said.');
      assert.deepEqual(a.people.map((p) => p.name), ['Mitch McConnell', 'Chuck Schumer']);
      assert.equal(personNamed(a, 'Mitch McConnell').title, 'senator');
      const b = analyze('Senators Mitch McConnell, the majority leader, and Tim Scott spoke.');
      assert.equal(personNamed(b, 'Mitch McConnell').title, 'majority leader');
      assert.equal(analyze('Senators said so.').people.length, 0);
    });

    it('keeps where someone is based out of their name ("Texas-based Matt Mackowiak")', () => {
      const a = analyze('“It is close,” said Texas-based Matt Mackowiak.');
      assert.deepEqual(a.people.map((p) => p.name), ['Matt Mackowiak']);
      assert.equal(a.quotes[0].speaker.name, 'Matt Mackowiak');
    });

    it('finds no person "West" in "MP for Bristol West"', () => {
      assert.deepEqual(analyze('Mark Evans, MP for Bristol West, said the decision was wrong.').people.map((p) => p.name), ['Mark Evans']);
    });
  });

  describe('corporate and non-governmental posts', () => {
    it('reads "chief" or "general" before a noun as the noun\'s modifier: "general manager" is no office, a campaign\'s "chief strategist" is', () => {
      const manager = personNamed(analyze('Barış Öztoprak, general manager of Kuzey Yapı, said in a statement that the company complied.'), 'Barış Öztoprak');
      assert.equal(manager.title, 'general manager');
      assert.equal(manager.affiliation, 'Kuzey Yapı');
      assert.equal(manager.official, false);
      const strategist = personNamed(analyze('Diego Sarmiento Olivera, chief strategist at Banco Galicia, wrote in a note to clients that rates rose.'), 'Diego Sarmiento Olivera');
      assert.equal(strategist.title, 'chief strategist');
      assert.equal(strategist.affiliation, 'Banco Galicia');
      const campaign = personNamed(analyze('Kasich’s chief strategist John Weaver says the race will now be a four-man contest.'), 'John Weaver');
      assert.equal(campaign.title, 'chief strategist');
      assert.equal(campaign.official, true);
    });

    it('gives no office to a post at a union written as a common noun or owned by "the company"', () => {
      assert.equal(personNamed(analyze('Yannick Le Goff, the secretary general of the CGT union, said the unions would sue.'), 'Yannick Le Goff').official, false);
      assert.equal(personNamed(analyze('The chairman appeared in court alongside the company’s former general director, Le Van Duc, and two auditors.'), 'Le Van Duc').official, false);
      assert.equal(personNamed(analyze('Ursula von der Leyen, the president of the European Union’s executive, said no.'), 'Ursula von der Leyen').official, true);
    });

    it('finds no person in a body whose chief executive the text names, even when a pronoun follows it ("Eskom’s chief executive")', () => {
      const text = 'Pieter van der Merwe, Eskom’s chief executive since 2023, told the committee that repairs were signed off.\n\n' +
        'The DA’s shadow minister, Annelie Botha-Fourie, said the problem went further. “Eskom has spent two years telling the country that it fixed its culture,” she said.\n\n' +
        'In a statement, Eskom said it had suspended four managers.';
      const a = analyze(text);
      assert.equal(a.people.some((p) => p.name === 'Eskom'), false);
      assert.equal(quoteWith(a, 'fixed its culture').speaker.name, 'Annelie Botha-Fourie');
    });

    it('makes a company\'s chief executive no official, a public body\'s an official', () => {
      const text =
        'Lakeshore’s chief executive, Craig Vandermolen, said the company was heartbroken. Ingrid Schaller-Voss, chief executive of the missile-maker Nordwerk Defence Systems, said output could double. ' +
        'Amanda Pryce, chief executive of NHS England, said waits were falling. The federal agency AUSTRAC has opened an inquiry. Its chief executive, Marcus Lindqvist, told a hearing it was serious.';
      const a = analyze(text);
      assert.equal(personNamed(a, 'Craig Vandermolen').official, false);
      assert.equal(personNamed(a, 'Ingrid Schaller-Voss').official, false);
      assert.equal(personNamed(a, 'Amanda Pryce').official, true);
      assert.equal(personNamed(a, 'Marcus Lindqvist').official, true);
    });

    it('makes posts at companies, think tanks and associations no office ("chairman of Tata Motors", "Chatham House", "chamber of commerce")', () => {
      const a = analyze('Ravi Menon, chairman of Tata Motors, said sales rose. Amara Diallo, director of the West Africa programme at Chatham House, said so. Lucy Grant, president of the chamber of commerce, said business was down.');
      for (const n of ['Ravi Menon', 'Amara Diallo', 'Lucy Grant']) assert.equal(personNamed(a, n).official, false, n);
    });

    it('reads a given name and a surname that heads place names ("Linda Park", "Mark Hill") as a person when an office follows', () => {
      const a = analyze('Linda Park, spokeswoman for the ministry, said aid was coming. Mark Hill, president of the Milwaukee Bar Association, said the bail was fair.');
      personNamed(a, 'Linda Park');
      personNamed(a, 'Mark Hill');
    });

    it('reads a given name and a surname that is also a demonym ("Lindiwe Zulu") as a person when an office follows, and links the bare surname later', () => {
      const text = 'Lindiwe Zulu, general secretary of the metalworkers’ union, said the strike would go ahead. Ms Zulu said talks had failed. “We are ready,” Zulu said. The Zulu king stayed silent.';
      const a = analyze(text);
      const p = personNamed(a, 'Lindiwe Zulu');
      assert.equal(p.title, 'general secretary');
      assert.deepEqual(p.mentions.map((m) => m.text), ['Lindiwe Zulu', 'Zulu', 'Zulu']);
      assert.equal(a.quotes[0].speaker.name, 'Lindiwe Zulu');
      // Without an office in apposition a demonym stays a demonym.
      assert.equal(analyze('The Zulu nation, a proud people, said nothing.').people.length, 0);
    });

    it('ends a name after a title in a Title Case headline at a function word or a verb ("Chief Justice John Roberts Did Not …")', () => {
      const a = analyze('No, Chief Justice John Roberts Did Not Give Rise To Donald Trump\n\nThe chief justice said nothing. Roberts was asked about it on Tuesday.');
      const p = personNamed(a, 'John Roberts');
      assert.equal(p.title, 'chief justice');
      assert.ok(a.people.every((q) => q.name.split(' ').length <= 3), a.people.map((q) => q.name).join(', '));
      // A title followed by a whole clause names no one.
      assert.equal(analyze('Anchor Expressed Fear About Future Prejudice Against Her Daughter\n\nShe spoke on Monday.').people.length, 0);
      // "Billionaire Mark Cuban …": a title before a demonym surname also makes the run a name.
      personNamed(analyze('Billionaire Mark Cuban Just Revealed Who He’d Pick Between Cruz And Trump\n\nCuban said he would back Trump.'), 'Mark Cuban');
      // A given name that is also a function word stays ("Sen. Will Hurd"), and a long name stays whole.
      personNamed(analyze('Sen. Will Hurd Says He Will Fight On\n\nHurd said so.'), 'Will Hurd');
      personNamed(analyze('Senator Mary Ann Van Der Berg\n\nVan Der Berg said so.'), 'Mary Ann Van Der Berg');
      // "CNN President On Trump: …": a preposition after the title opens no name.
      assert.deepEqual(analyze('CNN President On Trump: ‘We Do Not Pay Candidates’\n\nCNN President Jeff Zucker said so.').people.map((q) => q.name), ['Jeff Zucker']);
    });

    it('ends a headline name where the article confirms it, and finds none in a run the article never names ("Texas Gov. Hears …")', () => {
      // "Visits Iowa Farm" follows the name in the headline; the article writes "Ted Cruz" and "Cruz".
      const cruz = analyze('Sen. Ted Cruz Visits Iowa Farm\n\nDES MOINES — Sen. Ted Cruz toured a farm in Iowa. “Farmers matter,” Cruz said.');
      assert.deepEqual(cruz.people.map((q) => q.name), ['Ted Cruz']);
      assert.deepEqual(personNamed(cruz, 'Ted Cruz').mentions.map((m) => m.text), ['Ted Cruz', 'Ted Cruz', 'Cruz']);
      assert.equal(cruz.quotes[0].speaker.name, 'Ted Cruz');
      // A surname before the headline's verb joins the full name the article gives.
      const abbott = analyze('Gov. Abbott Signs Border Bill\n\nAUSTIN — Greg Abbott, the governor of Texas, signed the bill. “We will act,” Abbott said.');
      assert.deepEqual(abbott.people.map((q) => q.name), ['Greg Abbott']);
      assert.equal(personNamed(abbott, 'Greg Abbott').mentions.length, 3);
      // A verb or a common noun after the title that the article never writes as a name is no one.
      assert.deepEqual(analyze('Texas Gov. Hears From Parents on School Safety\n\nAUSTIN — Texas Gov. Greg Abbott met parents on Tuesday. “We will act,” Abbott said.').people.map((q) => q.name), ['Greg Abbott']);
      assert.deepEqual(analyze('Mayor Wants Girl Scout Leaders To Sign Pledge\n\nThe mayor, John Smith, said on Monday that he wanted it signed. “It matters,” Smith said.').people.map((q) => q.name), ['John Smith']);
      // The article may name the person before the headline-like line ("Enter President Trump.").
      assert.equal(personNamed(analyze('Donald Trump spoke in Ohio on Monday about trade.\n\nEnter President Trump.\n\nThe crowd cheered.'), 'Donald Trump').mentions.length, 2);
      // A short line in Title Case before a quote: the reporting verb after the run says it is a name.
      personNamed(analyze('The network aired the report live.\n\nReporter Jomana Karadsheh says:\n\n“Well, according to the eyewitness, the attack began at noon.”'), 'Jomana Karadsheh');
      // Many titled headlines (past the reading budget, read from an index instead): the same names.
      const unit = 'Sen. Ted Cruz Visits Iowa Farm\n\nDES MOINES — Sen. Ted Cruz toured a farm. Visits matter, Cruz said.\n\nTexas Gov. Hears From Parents\n\nThe parents spoke.\n\n';
      const many = analyze(unit.repeat(60));
      assert.deepEqual([...new Set(many.people.map((q) => q.name))], ['Ted Cruz']);
      assert.equal(many.people.reduce((n, q) => n + q.mentions.length, 0), 180);
      // A credit line: the title and the name are the whole line.
      personNamed(analyze('Residents fled the town on Monday as the fighting spread.\n\nChief International Correspondent Lyse Doucet\n\nThe shelling continued overnight, residents said.'), 'Lyse Doucet');
      // The article must write the name's words one after the other, not each somewhere ("New York City", "Adams said").
      assert.deepEqual(analyze('Mayor Eric Adams New York Budget Plan\n\nNew York City will cut spending, Adams said on Monday.').people.map((q) => q.name), ['Eric Adams']);
      assert.deepEqual(analyze('Sen. Ted Cruz Visits Iowa Farm\n\nCruz toured a farm. Visits like this are rare, Cruz said.').people.map((q) => q.name), ['Ted Cruz']);
    });

    it('takes a demonym after a name or before a noun as a demonym ("President Macron French officials", "said Zulu workers")', () => {
      assert.equal(analyze('President Macron French officials said the talks failed.').people.some((p) => /French/.test(p.name)), false);
      assert.equal(analyze('Chancellor Angela Merkel German officials said so.').people.some((p) => /German/.test(p.name)), false);
      const a = analyze('Lindiwe Zulu, general secretary of the union, said so. “We will strike,” said Zulu workers. The king told Zulu chiefs to wait.');
      assert.equal(personNamed(a, 'Lindiwe Zulu').mentions.length, 1);
      assert.notEqual(a.quotes[0].speaker.name, 'Lindiwe Zulu');
    });

    it('makes the director of a non-governmental organization no official ("Amnesty International’s Nigeria director")', () => {
      const a = analyze('Amnesty International’s Nigeria director, Olufemi Adebayo-Nwosu, said the authorities had failed to protect schools. James Odhiambo, the head of the Kenya Red Cross, said aid was arriving.');
      assert.equal(personNamed(a, 'Olufemi Adebayo-Nwosu').official, false);
      assert.equal(personNamed(a, 'James Odhiambo').official, false);
    });
  });

  describe('names from many cultures', () => {
    it('joins a surname cited without its Arabic article to the full name ("el-Sherbiny" … "Sherbiny said")', () => {
      const a = analyze('Supply Minister Mahmoud Abdel-Fattah el-Sherbiny told a news conference it was “painful.” “We are saving it,” Sherbiny said.');
      assert.deepEqual(a.people.map((p) => p.name), ['Mahmoud Abdel-Fattah el-Sherbiny']);
      assert.equal(quoteWith(a, 'saving it').speaker.name, 'Mahmoud Abdel-Fattah el-Sherbiny');
    });

    it('keeps the Catalan "i" between two surnames ("Jordi Puigvert i Soler") and portfolios of food and supply', () => {
      const a = analyze('In Barcelona, the Catalan regional president, Jordi Puigvert i Soler, told the parliament it was “a step.” “Wait,” Puigvert said.');
      assert.deepEqual(a.people.map((p) => p.name), ['Jordi Puigvert i Soler']);
      assert.equal(quoteWith(a, 'Wait').speaker.name, 'Jordi Puigvert i Soler');
      assert.equal(personNamed(analyze('Minister for Food and Agriculture Elikem Dzokoto told Parliament it was done.'), 'Elikem Dzokoto').official, true);
      personNamed(analyze('Minister of Supply and Internal Trade Ali Moussa said no.'), 'Ali Moussa');
    });

    it('reads Irish names with "Nic an", "Ó" and a mutated surname, and a TD as an office', () => {
      const a = analyze('Róisín Nic an tSaoir, head of policy at the housing charity Threshold, said tenants were worried. Seán Ó hAodha said no.');
      assert.deepEqual(a.people.map((p) => p.name), ['Róisín Nic an tSaoir', 'Seán Ó hAodha']);
      const td = personNamed(analyze('Aoife MacGiolla, the Sinn Féin TD for Dublin North-West and her party’s housing spokeswoman, called the bill a charter.'), 'Aoife MacGiolla');
      assert.equal(td.official, true);
      assert.equal(td.title, 'TD for Dublin North-West');
      assert.equal(td.affiliation, 'Sinn Féin');
    });

    it('reads two modifiers joined by "and" before a title ("Turkey\'s environment and urbanisation minister"), not two roles ("a friend and adviser")', () => {
      const minister = personNamed(analyze("Şükrü Yıldırım, Turkey's environment and urbanisation minister, said on Wednesday that none posed a danger."), 'Şükrü Yıldırım');
      assert.equal(minister.title, 'environment and urbanisation minister');
      assert.equal(minister.official, true);
      const friend = personNamed(analyze('The deal was struck by Thomas R. Nides, a friend and adviser who worked for Mrs. Clinton at the State Department.'), 'Thomas R. Nides');
      assert.equal(friend.official, false);
    });

    it('gives no office at a body described by its politics ("head of the centrist Tax Policy Center"), but keeps a party\'s name', () => {
      const p = personNamed(analyze('“There is no connection,” said Len Burman, head of the centrist Tax Policy Center.'), 'Len Burman');
      assert.equal(p.official, false);
      assert.equal(personNamed(analyze('Ed Davey, leader of the Liberal Democrats, said the plan would fail.'), 'Ed Davey').official, true);
    });

    it('reads no name in a unit written with a lowercase letter before a capital ("1,013 hPa")', () => {
      assert.deepEqual(analyze('Pressure fell to 985 hPa Tuesday as the storm neared.').people, []);
    });

    const cases: Array<[string, string, string]> = [
      ['Ukrainian', 'Oleksandra Matviichuk', 'a human rights lawyer in Kyiv'],
      ['Russian', 'Sergei Ryabkov', 'a senior Russian diplomat'],
      ['Arabic with al-', 'Mohammed al-Hassan', 'a shopkeeper in Ramallah'],
      ['Arabic with el-', 'Amr el-Shazly', 'an analyst in Cairo'],
      ['Arabic with Abu', 'Ahmed Abu Hasan', 'a nurse in Khan Younis'],
      ['Hebrew', 'Yael Ben-David', 'a resident of Sderot'],
      ['Hebrew', 'Tzachi Hanegbi', 'Israel’s national security adviser'],
      ['Chinese', 'Wang Yi', 'China’s foreign minister'],
      ['Chinese', 'Mao Ning', 'a spokeswoman for the Chinese Foreign Ministry'],
      ['Spanish with a hyphenated double surname', 'Gabriela Sánchez-Ortega', 'a pollster in Madrid'],
      ['Spanish with two surnames', 'José Manuel Albares', 'Spain’s foreign minister'],
    ];
    for (const [culture, name, role] of cases) {
      it(`recognizes a ${culture} name (${name}) as one person with its full name`, () => {
        const text = `“This is the hardest winter we have known,” said ${name}, ${role}.`;
        const a = analyze(text);
        personNamed(a, name);
        const q = a.quotes[0];
        assert.equal(q.speaker.name, name);
      });
    }
  });

  describe('names with a bracket or a second apposition before the verb', () => {
    it('reads past a bracket after the name ("Rattana Srisuk (nicknamed Nok), 54, who grows rice …, said")', () => {
      personNamed(analyze('Rattana Srisuk (nicknamed Nok), 54, who grows rice outside Bang Ban, said the water reached her house.'), 'Rattana Srisuk');
    });

    it('reads past an apposition inside a relative clause ("X, who coordinates relief for the Mirror Foundation, a Bangkok-based charity, said")', () => {
      personNamed(analyze('Wanwisa Chuenchom, who coordinates flood relief for the Mirror Foundation, a Bangkok-based charity, said many had no food.'), 'Wanwisa Chuenchom');
    });

    it('finds no person in a dam or a party the lexicon names ("the Chao Phraya Dam", "Fuerza Popular")', () => {
      assert.deepEqual(analyze('The outflow from the Chao Phraya Dam doubled, and Fuerza Popular said it would back the motion.').people, []);
    });

    it('reads a company of the text by the first word of its name, not a common word in it ("Asaase Cocoa Ltd" is no "Ghana Cocoa Board")', () => {
      const text = 'The chief executive of the Ghana Cocoa Board, Kwabena Owusu-Ansah, spoke. Abena Boakye, managing director of Asaase Cocoa Ltd, a licensed buyer, said farmers were waiting.';
      assert.equal(personNamed(analyze(text), 'Kwabena Owusu-Ansah').official, true);
      const g3 = 'G-III Apparel Group makes the clothes. In July, Sammy Aaron, vice chairman of G-III, told Forbes that Trump is involved.';
      assert.equal(personNamed(analyze(g3), 'Sammy Aaron').official, false);
    });

    it('reads a corporate post with a modifier as no office and a named board as a public body', () => {
      assert.equal(personNamed(analyze('Yelena Arkadyevna Voronina, Gazprom’s deputy chief executive, said no.'), 'Yelena Arkadyevna Voronina').official, false);
      assert.equal(personNamed(analyze('Kwabena Owusu-Ansah, chief executive of the Ghana Cocoa Board (COCOBOD), said the money was coming.'), 'Kwabena Owusu-Ansah').official, true);
      assert.equal(personNamed(analyze('David A. Andelman, a member of the USA TODAY Board of Contributors, is an editor.'), 'David A. Andelman').official, false);
    });
  });

  describe('one-word names with an age', () => {
    it('reads a one-word name with an age and a relative clause before its verb as a person ("Mardiana, 41, who sells grilled fish …, said her …")', () => {
      const text = 'In Sepaku the stalls are shut. Mardiana, 41, who sells grilled fish near the main construction gate, said her takings had collapsed. "When the workers were here, I sold 200 plates a day," she said.';
      const a = analyze(text);
      personNamed(a, 'Mardiana');
      assert.equal(quoteWith(a, '200 plates').speaker.name, 'Mardiana');
    });
  });

  describe('relatives named by a given name', () => {
    it('makes a person of a given name in apposition to a relative ("his wife, Miriam,"), with no title, and not without the commas', () => {
      const a = analyze('The top donors, casino magnate Sheldon Adelson and his wife, Miriam, have begun to spend. Biden’s late son, Beau, served in Iraq. Jones lost her sister Victoria at Sandy Hook.');
      const miriam = personNamed(a, 'Miriam');
      assert.equal(miriam.title, null);
      personNamed(a, 'Beau');
      assert.equal(a.people.some((p) => p.name === 'Victoria'), false);
    });

    it('joins the relative to the one person later named in full with that given name ("her husband, Tom," … "Tom Ebeling said")', () => {
      const text = 'Betsy Ebeling and her husband, Tom, drove from Chicago.\n\n“It goes in here and out here,” Tom Ebeling said.';
      const a = analyze(text);
      assert.deepEqual(personNamed(a, 'Tom Ebeling').mentions.map((m) => m.text), ['Tom', 'Tom Ebeling']);
      assert.equal(a.people.some((p) => p.name === 'Tom'), false);
    });

    it('takes the relative\'s gender from the noun: "he said" after "Trump\'s wife, Melania," is not Melania', () => {
      const text = 'Trump retweeted a photo of Trump\'s wife, Melania.\n\nDelegates asked how Ted Cruz could turn back.\n\n“The day that was abrogated was the day this became personal,” he said.';
      const a = analyze(text);
      assert.equal(quoteWith(a, 'abrogated').speaker.name, 'Ted Cruz');
    });

    it('reads "fiancé" as a man and "fiancée" as a woman for the name after it', () => {
      const said = (noun: string) => quoteWith(analyze(`Ana Reyes arrived with her ${noun}, Teodor.\n\n“We are delighted,” he said.`), 'delighted').speaker.name;
      assert.equal(said('fiancé'), 'Teodor');
      assert.equal(said('fiancée'), null);
    });
  });

  describe('surnames shared by relatives', () => {
    it('keeps a bare surname for the person it stood for before a relative was named in full in an earlier paragraph ("Cruz" after "Heidi Cruz")', () => {
      const text =
        'Ted Cruz spoke in Houston. Cruz said he would endorse the nominee.\n\nTrump had retweeted a photo of Heidi Cruz.\n\n' +
        '“The day that was abrogated was the day this became personal,” Cruz said.';
      const a = analyze(text);
      assert.equal(quoteWith(a, 'abrogated').speaker.name, 'Ted Cruz');
      assert.deepEqual(personNamed(a, 'Heidi Cruz').mentions.map((m) => m.text), ['Heidi Cruz']);
    });

    it('but gives it to a relative named in full in the same paragraph ("Bill Clinton spoke with voters … Clinton said")', () => {
      const text =
        'Hillary Clinton won the state. Clinton said she was grateful.\n\nBill Clinton spoke with voters outside. Asked for a photo, Clinton said, “as long as we’re not violating any election laws.”';
      const a = analyze(text);
      assert.equal(quoteWith(a, 'election laws').speaker.name, 'Bill Clinton');
    });
  });

  describe('surnames that are place words', () => {
    it('joins "Hill", "Park", "Law" alone to the person named in full before ("Fiona Hill … Hill said", "Park Ji-hoon … Park struck"), but not "the Park", "Park officials" or a given name ("Bill")', () => {
      const text =
        'Hearing\n\nFiona Hill, a former White House adviser, testified on Thursday. Hill said the theory was “a fictional narrative.”\n\n' +
        'South Korean Trade Minister Park Ji-hoon met reporters. Park struck a more guarded tone. “We welcome the talks,” he said.\n\n' +
        'Park officials said the park would reopen. Bill Clinton and Hillary Clinton spoke. The Bill passed.';
      const a = analyze(text);
      assert.deepEqual(personNamed(a, 'Fiona Hill').mentions.map((m) => m.text), ['Fiona Hill', 'Hill']);
      assert.deepEqual(personNamed(a, 'Park Ji-hoon').mentions.map((m) => m.text), ['Park Ji-hoon', 'Park']);
      assert.equal(quoteWith(a, 'fictional narrative').speaker.name, 'Fiona Hill');
      assert.equal(quoteWith(a, 'welcome the talks').speaker.name, 'Park Ji-hoon');
      assert.equal(personNamed(a, 'Bill Clinton').mentions.length, 1);
    });
  });
});
