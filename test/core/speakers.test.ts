import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { assertSpeaker, personNamed, quoteWith, speakerMention } from './helpers';

describe('speakers', () => {
  describe('reporting verbs', () => {
    it('links "…,” X said" to X', () => {
      const text = '“The border will stay closed until the hostages are home,” Benny Gantz said on Sunday.';
      const q = quoteWith(analyze(text), 'border will stay closed');
      assertSpeaker(text, q, 'person', 'Benny Gantz', 'Benny Gantz');
      assert.equal(q.cue?.kind, 'verb-after');
    });

    it('links "…,” said X" to X', () => {
      const text = '“Nobody in this village slept last night,” said Oksana Hrytsenko, a schoolteacher in Bucha.';
      const q = quoteWith(analyze(text), 'Nobody in this village');
      assertSpeaker(text, q, 'person', 'Oksana Hrytsenko', 'Oksana Hrytsenko');
      assert.equal(q.cue?.kind, 'verb-after');
    });

    it('links "…,” X says" (present tense) to X', () => {
      const text = '“The olives came late this year, and the buyers never came at all,” María Fernández-López says.';
      const q = quoteWith(analyze(text), 'olives came late');
      assertSpeaker(text, q, 'person', 'María Fernández-López', 'María Fernández-López');
    });

    it('links "…,” X told Y" to X, not to the listener', () => {
      const text = '“We have no plans to withdraw our diplomats,” Mikhail Bogdanov told the Interfax news agency.';
      const q = quoteWith(analyze(text), 'no plans to withdraw');
      assertSpeaker(text, q, 'person', 'Mikhail Bogdanov', 'Mikhail Bogdanov');
    });

    it('links "X told reporters: “…”" to X', () => {
      const text = 'Mikhail Bogdanov told reporters in Moscow: “The door to dialogue remains open.”';
      const q = quoteWith(analyze(text), 'door to dialogue');
      assertSpeaker(text, q, 'person', 'Mikhail Bogdanov', 'Mikhail Bogdanov');
    });

    for (const verb of ['added', 'continued', 'warned', 'wrote', 'tweeted']) {
      it(`links "…,” X ${verb}" to X`, () => {
        const text = `Tzipi Hotovely spoke in London on Thursday. “Israel will not apologize for defending its citizens,” Hotovely ${verb}.`;
        const a = analyze(text);
        const q = quoteWith(a, 'Israel will not apologize');
        assertSpeaker(text, q, 'person', 'Tzipi Hotovely', 'Hotovely');
      });
    }

    it('links a quote to X in "according to X"', () => {
      const text = 'According to Emine Dzhaparova, the Israeli offer was “an insult to the families of the victims.”';
      const q = quoteWith(analyze(text), 'an insult');
      assertSpeaker(text, q, 'person', 'Emine Dzhaparova', 'Emine Dzhaparova');
      assert.equal(q.cue?.kind, 'according-to');
    });

    it('links a quote after a trailing "according to X" to X', () => {
      const text = '“The talks are over for now,” according to Mikhail Bogdanov, Russia’s deputy foreign minister.';
      const q = quoteWith(analyze(text), 'talks are over');
      assertSpeaker(text, q, 'person', 'Mikhail Bogdanov', 'Mikhail Bogdanov');
    });

    it('links "X, the minister, said" to X (the apposition does not break the cue)', () => {
      const text = 'Oleksii Reznikov, the defense minister, said the army needed “every shell we can get.”';
      const q = quoteWith(analyze(text), 'every shell');
      assertSpeaker(text, q, 'person', 'Oleksii Reznikov', 'Oleksii Reznikov');
    });

    it('finds the subject after an opener no comma closes ("On September 27 they published", "When he returned he began by saying")', () => {
      let text = 'PolitiFact checked the claim. On September 27 they published the results by announcing that the statement was “true.”';
      assertSpeaker(text, quoteWith(analyze(text), 'true.'), 'person', null, 'they');
      text = 'Judge Richard Berman took a short recess. When he returned he began by saying, “I don’t think it is necessary.”';
      assertSpeaker(text, quoteWith(analyze(text), 'necessary'), 'person', 'Richard Berman', 'he');
      // A relative clause inside the opener is no main clause: the term keeps no speaker.
      text = 'Hillary Clinton kept a private server. While not all of the e-mails she submitted have been released what is available suggests most went to a “state.gov” address.';
      assert.equal(quoteWith(analyze(text), 'state.gov').speaker.kind, 'unknown');
    });

    it('reads a plural noun after a preposition and a party or nationality word as a noun ("32% of Republican claims as “false”")', () => {
      const text = 'PolitiFact rated 32% of Republican claims as “false” or “pants on fire,” compared to 11% of Democratic claims. The majority of Americans say they want “Made in the U.S.A.” goods.';
      const a = analyze(text);
      assert.equal(a.sources.some((s) => s.text === 'Republican' || s.text === 'Democratic'), false);
      assert.notEqual(quoteWith(a, 'pants on fire').speaker.name, 'Republican');
      assert.equal(quoteWith(a, 'Made in').speaker.name, 'The majority of Americans');
    });

    it('reads no apposition into a body after a name: "to visit Esther Smith, the church posted" is the church speaking', () => {
      const text = 'Monique Dalle was traveling to Cairo to visit Esther Smith, the church posted on Facebook: “She was very helpful.”';
      const a = analyze(text);
      const q = quoteWith(a, 'very helpful');
      assertSpeaker(text, q, 'organization', 'the church', 'the church');
      assert.equal(a.sources.some((s) => s.text === 'Esther Smith'), false);
    });

    it('links "“…,” X, the minister, said" to X', () => {
      const text = '“We will not be rushed,” Alon Ushpiz, the ministry’s director-general, said on Monday.';
      const q = quoteWith(analyze(text), 'not be rushed');
      assertSpeaker(text, q, 'person', 'Alon Ushpiz', 'Alon Ushpiz');
    });

    it('links a quote after "X said:" in the same paragraph to X', () => {
      const text = 'Emine Dzhaparova said: “We expected more from Israel.”';
      const q = quoteWith(analyze(text), 'We expected more');
      assertSpeaker(text, q, 'person', 'Emine Dzhaparova', 'Emine Dzhaparova');
      assert.equal(q.cue?.kind, 'verb-before');
    });
  });

  describe('pronouns', () => {
    it('resolves "he" to the name in apposition to the sentence before\'s subject, not to a later name in its clause', () => {
      const text = 'Kwabena Owusu-Ansah spoke.\n\nThe Minority spokesperson on food and agriculture, Kwadwo Agyei-Badu, dismissed the plan as "a plaster" and said Mr Owusu-Ansah should explain where the money had gone. "Farmers cannot eat assurances," he said.';
      assert.equal(quoteWith(analyze(text), 'Farmers cannot').speaker.name, 'Kwadwo Agyei-Badu');
    });

    it('does not resolve "he" after "Asked whether X …," to X, the one asked about, but to a subject after the comma', () => {
      const text = 'The cabinet chief, Ignacio Urquiza Beltrán, spoke on Friday. Tomás Aguirre Lanús was absent.\n\n“There is one government,” Urquiza said. Asked whether Aguirre would stay in his post, he said: “The minister has the full confidence of the president.”';
      assert.equal(quoteWith(analyze(text), 'full confidence').speaker.name, 'Ignacio Urquiza Beltrán');
      const smith = 'Tom Reyes spoke. Asked about the plan, John Smith told reporters he was sure. “It is dead,” he said.';
      assert.equal(quoteWith(analyze(smith), 'It is dead').speaker.name, 'John Smith');
    });

    it('resolves a title in the lede to the one person the article then gives that whole title', () => {
      const text = '*The Interior Minister backed the ban, calling the route “a gift to the rioters”.*\n\nInterior Minister Jean-Baptiste Carrère said he “fully” supported the decision.';
      assert.equal(quoteWith(analyze(text), 'gift to the rioters').speaker.name, 'Jean-Baptiste Carrère');
      const two = 'The minister said it was “a gift”.\n\nEconomy Minister Ana Ruiz and Interior Minister Luis Vega met.';
      assert.notEqual(quoteWith(analyze(two), 'a gift').speaker.name, 'Ana Ruiz');
    });

    it('resolves "she said" to the full name of the earlier person, with the mention span on "she"', () => {
      const text = 'Emine Dzhaparova arrived in Jerusalem on Monday. “We came to listen,” she said.';
      const q = quoteWith(analyze(text), 'We came to listen');
      assertSpeaker(text, q, 'person', 'Emine Dzhaparova', 'she');
      assert.equal(q.speaker.start, text.indexOf('she said'));
    });

    it('resolves "she" to the woman when a man was mentioned more recently', () => {
      const text = 'Emine Dzhaparova met Michael Brodsky, the Israeli ambassador, in Kyiv on Monday. “We asked for air defense and got nothing,” she said.';
      const a = analyze(text);
      const q = quoteWith(a, 'We asked for air defense');
      assertSpeaker(text, q, 'person', 'Emine Dzhaparova', 'she');
    });

    it('resolves "he" to the man when a woman was mentioned more recently', () => {
      const text = 'Michael Brodsky met Emine Dzhaparova in Kyiv on Monday. “Israel is doing what it can,” he said.';
      const q = quoteWith(analyze(text), 'Israel is doing');
      assertSpeaker(text, q, 'person', 'Michael Brodsky', 'he');
    });

    it('resolves "he" to the subject of the sentence before, not the nearer object', () => {
      const text = 'John Bolton praised Mark Warner at the hearing on Monday. “I will support him enthusiastically,” he said.';
      const q = quoteWith(analyze(text), 'I will support him');
      assertSpeaker(text, q, 'person', 'John Bolton', 'he');
    });

    it('resolves "he" to the subject of its own sentence before a nearer name', () => {
      const text = 'John Bolton met Mark Warner on Monday, and he said the plan was “a disaster.”';
      const q = quoteWith(analyze(text), 'a disaster');
      assertSpeaker(text, q, 'person', 'John Bolton', 'he');
    });

    it('still takes the nearest person of the right gender when the subject is of the other gender', () => {
      const text = 'Emine Dzhaparova praised Michael Brodsky on Monday. “We are grateful,” he said.';
      const q = quoteWith(analyze(text), 'We are grateful');
      assertSpeaker(text, q, 'person', 'Michael Brodsky', 'he');
    });

    it('links the speaker index to the resolved person in people[]', () => {
      const text = 'Emine Dzhaparova arrived in Jerusalem on Monday. “We came to listen,” she said.';
      const a = analyze(text);
      const q = quoteWith(a, 'We came to listen');
      assert.equal(typeof q.speaker.person, 'number');
      assert.equal(a.people[q.speaker.person!].name, 'Emine Dzhaparova');
    });
  });

  describe('continuation', () => {
    it('keeps the previous speaker for a following quote in the same paragraph with no cue', () => {
      const text = '“The strike hit a kindergarten,” said Ihor Terekhov, the mayor of Kharkiv. “There were no soldiers there.”';
      const q = quoteWith(analyze(text), 'no soldiers there');
      assertSpeaker(text, q, 'person', 'Ihor Terekhov', 'Ihor Terekhov');
      assert.equal(q.cue?.kind, 'continuation');
    });

    it('keeps the previous speaker for a quote that opens the next paragraph with no cue', () => {
      const text = ['“We will respond at a time of our choosing,” Benny Gantz said.', '“Nobody should doubt our resolve.”'].join('\n\n');
      const q = quoteWith(analyze(text), 'Nobody should doubt');
      assert.equal(q.speaker.kind, 'person');
      assert.equal(q.speaker.name, 'Benny Gantz');
      assert.equal(q.cue?.kind, 'continuation');
    });
  });

  describe('non-person speakers', () => {
    it('gives the quote to an unnamed source described by someone named, not to the one named ("a person close to Trump said")', () => {
      const text = 'Donald Trump spoke in Ohio. “No way,” a person close to Trump said. One longtime adviser to Bill Clinton said, “He is tired.”';
      const a = analyze(text);
      assertSpeaker(text, quoteWith(a, 'No way'), 'anonymous', 'a person close to Trump', 'a person close to Trump');
      assertSpeaker(text, quoteWith(a, 'He is tired'), 'anonymous', 'One longtime adviser to Bill Clinton', 'One longtime adviser to Bill Clinton');
    });

    it('reads a body\'s name across a plural possessive ("the Seoul Central District Prosecutors’ Office said")', () => {
      const text = 'The Seoul Central District Prosecutors’ Office said “no comment.” The Teachers’ Union said “no.”';
      const a = analyze(text);
      assertSpeaker(text, quoteWith(a, 'no comment'), 'organization', 'Seoul Central District Prosecutors’ Office', 'Seoul Central District Prosecutors’ Office');
      assertSpeaker(text, quoteWith(a, '“no.”'), 'organization', 'Teachers’ Union', 'Teachers’ Union');
    });

    it('gives the quote to aides whose complement a name is in apposition to ("Aides to the Speaker of the House, Ron Whitaker, said")', () => {
      const text = 'Aides to the Speaker of the House, Ron Whitaker, said “we will not move.” Friends of the victim, Jane Doe, said “she was kind.”';
      const a = analyze(text);
      assertSpeaker(text, quoteWith(a, 'not move'), 'anonymous', 'Aides to the Speaker of the House', 'Aides to the Speaker of the House');
      assertSpeaker(text, quoteWith(a, 'was kind'), 'anonymous', 'Friends of the victim', 'Friends of the victim');
      // One person's apposition still speaks: "Ron Whitaker, the Speaker, said".
      const own = 'The Speaker of the House, Ron Whitaker, said “we will not move.”';
      assertSpeaker(own, quoteWith(analyze(own), 'not move'), 'person', 'Ron Whitaker', 'Ron Whitaker');
    });

    it('gives an owner\'s document to the owner before its verb ("the Bundesbank published its monthly report, which warned …")', () => {
      const text = 'The row deepened when the Bundesbank published its monthly report, which warned that repeated exemptions risked ‘eroding the credibility of the fiscal rules’ and higher costs.';
      const q = quoteWith(analyze(text), 'eroding');
      assert.equal(q.speaker.kind, 'organization');
      assert.equal(q.speaker.name, 'Bundesbank');
    });

    it('resolves a headline\'s bare title to the one person the article gives that whole title ("Supply minister says …")', () => {
      const text = '# Supply minister says bread cut is “painful but unavoidable”\n\nSupply Minister Mahmoud Abdel-Fattah el-Sherbiny told a news conference that the state would pay.';
      assert.equal(quoteWith(analyze(text), 'painful').speaker.name, 'Mahmoud Abdel-Fattah el-Sherbiny');
    });

    it('resolves "its president" in the lede to the one person below whose title ends in "president"', () => {
      const text = 'The Maharashtra Kisan Sena (MKS) walked out of the alliance, with its president accusing the BJP of offering it "crumbs" in seat talks.\n\nMKS president Anandrao Bhimrao Shelke told reporters the party would go alone.';
      assert.equal(quoteWith(analyze(text), 'crumbs').speaker.name, 'Anandrao Bhimrao Shelke');
    });

    it('gives a title\'s quote to the holder its apposition names, past an acronym in brackets, but not a plural\'s', () => {
      const text = 'The chief executive of the Ghana Cocoa Board (COCOBOD), Kwabena Owusu-Ansah, acknowledged the delays and said the board would clear "the bulk" of the arrears.';
      assert.equal(quoteWith(analyze(text), 'the bulk').speaker.name, 'Kwabena Owusu-Ansah');
      const aides = 'Aides to the Speaker of the House, Ron Whitaker, said he would not commit to a vote.';
      assert.ok(analyze(aides).sources.some((x) => x.kind === 'anonymous' && x.text === 'Aides to the Speaker of the House'));
    });

    it('reads "the procuracy" and "the prosecution" as bodies speaking', () => {
      const text = 'The procuracy said in its indictment that Nhung had treated the bond programme as “a private treasury,” moving money through shell companies.';
      const q = quoteWith(analyze(text), 'private treasury');
      assert.equal(q.speaker.kind, 'organization');
      assert.equal(q.speaker.name, 'The procuracy');
    });

    it('lets a side in court speak without listing it as a vague source ("a case that prosecutors called …")', () => {
      const text = 'It capped a case that prosecutors called “a textbook betrayal of the public trust.” Prosecutors said he lied.';
      const a = analyze(text);
      assert.equal(quoteWith(a, 'textbook betrayal').speaker.name, 'prosecutors');
      assert.deepEqual(a.sources.filter((x) => x.kind === 'vague' || x.kind === 'anonymous'), []);
    });

    it('makes "the official said" an anonymous speaker', () => {
      const text = '“The convoy was held at the crossing for six hours,” the official said.';
      const q = quoteWith(analyze(text), 'convoy was held');
      assertSpeaker(text, q, 'anonymous', 'the official', 'the official');
    });

    it('makes "the source told Haaretz" an anonymous speaker, not the outlet', () => {
      const text = '“The prime minister was furious,” the source told Haaretz.';
      const q = quoteWith(analyze(text), 'prime minister was furious');
      assertSpeaker(text, q, 'anonymous', 'the source', 'the source');
    });

    it('makes "the ministry said" an organization speaker', () => {
      const text = '“Israel continues to provide humanitarian aid to Ukraine,” the ministry said in a statement.';
      const q = quoteWith(analyze(text), 'continues to provide');
      assert.equal(q.speaker.kind, 'organization');
      assert.equal(text.slice(q.speaker.start!, q.speaker.end!), 'the ministry');
    });

    it('makes "Haaretz reported" a media speaker', () => {
      const text = '“The meeting ended without a joint statement,” Haaretz reported on Tuesday.';
      const q = quoteWith(analyze(text), 'meeting ended');
      assertSpeaker(text, q, 'media', 'Haaretz', 'Haaretz');
    });

    it('makes a numbered document no person ("Article 33 affirms: “…”"), and a capitalized determiner no speaker ("Any …")', () => {
      const text = 'Article 33 affirms: “No state shall expel a refugee.”';
      assertSpeaker(text, quoteWith(analyze(text), 'No state shall'), 'organization', 'Article 33', 'Article 33');
      // Not a speaker after its verb, with a number after the name ("said Kane 90 minutes after …").
      const kane = '“We played well,” said Kane 90 minutes after the final whistle.';
      assertSpeaker(kane, quoteWith(analyze(kane), 'We played well'), 'person', 'Kane', 'Kane');
      // After its verb too when the word names a document (and is no given name: "said Bill 22 times" is Bill).
      const charter = '“Members shall settle disputes peacefully,” says Article 33 of the charter.';
      assertSpeaker(charter, quoteWith(analyze(charter), 'settle disputes'), 'organization', 'Article 33', 'Article 33');
      assert.deepEqual(analyze(charter).people, []);
      const bill = '“No,” said Bill 22 times.';
      assertSpeaker(bill, quoteWith(analyze(bill), 'No'), 'person', 'Bill', 'Bill');
      const any = 'Senator Jane Ruiz spoke on Monday.\n\nAny “cleareyed” interpretation of the deal, said Michael Kofman, an expert at the Wilson Center, would read this as “the best means of saving what is left.”';
      assert.notEqual(quoteWith(analyze(any), 'the best means').speaker.name, 'Any');
    });

    it('keeps "The ministry said: “…”" with the ministry when the next sentence begins "Haaretz reported"', () => {
      const text = 'The ministry said: “We remain committed to dialogue.” Haaretz reported that the meeting was tense.';
      const q = quoteWith(analyze(text), 'We remain committed');
      assert.equal(q.speaker.kind, 'organization');
      assert.equal(text.slice(q.speaker.start!, q.speaker.end!), 'The ministry');
    });
  });

  describe('paragraph context', () => {
    it('gives a quote opening a paragraph to the person the paragraph before is about', () => {
      const text = 'Sen. Laura Whitfield responded first, criticizing the budget deal late Tuesday.\n\n“This plan leaves rural hospitals with nothing.”';
      const q = quoteWith(analyze(text), 'rural hospitals');
      assert.equal(q.speaker.name, 'Laura Whitfield');
      assert.equal(q.cue?.kind, 'context');
    });

    it('gives a quote opening a paragraph to the one who spoke at the end of the paragraph before', () => {
      const text = 'What it means is left to the imagination of voters, since Trump spoke only in evasive bromides during the interview.\n\n“We have to do something and it’s the only way you stop it.”\n“We have to be a lot tougher.”';
      const a = analyze(text);
      assert.deepEqual(a.quotes.map((q) => [q.speaker.name, q.cue?.kind]), [['Trump', 'context'], ['Trump', 'continuation']]);
    });

    it('reads "expressed" as a reporting verb ("Clinton expressed confidence that … “…”")', () => {
      const text = 'In the interview, Clinton expressed confidence that the server would not be an issue “that is going to affect either the campaign or my presidency.”';
      assert.equal(quoteWith(analyze(text), 'my presidency').speaker.name, 'Clinton');
    });

    it('does not take a sentence-opening adverb for that person', () => {
      const text = 'The county has lost three clinics since 2019. Nevertheless, the board approved the cuts.\n\n“We were never asked what we needed.”';
      const q = quoteWith(analyze(text), 'never asked');
      assert.equal(q.speaker.kind, 'unknown', JSON.stringify(q.speaker));
    });
  });

  describe('subject detection', () => {
    it('steps over a party-and-state parenthesis between the name and "said"', () => {
      const text = '“The bill protects nobody,” Sen. Dana Whitlock (D-Ore.) said in a statement.';
      const q = quoteWith(analyze(text), 'protects nobody');
      assert.equal(q.speaker.name, 'Dana Whitlock');
    });

    it('keeps the speaker for the next quote past "to endorse" in the speaker’s own description', () => {
      const text = '“We should scrap the caucuses,” said Rep. Owen Castillo of Nevada, the first lawmaker to endorse the plan. “Voters deserve a primary.”';
      const q = quoteWith(analyze(text), 'Voters deserve');
      assert.equal(q.speaker.name, 'Owen Castillo');
      assert.equal(q.cue?.kind, 'continuation');
    });

    it('treats "the 52-year-old" and "another commenter" as described people', () => {
      const text = '“I never thought I would vote for a Republican,” the 52-year-old said. Another commenter said, “The county forgot us years ago.”';
      const a = analyze(text);
      const q1 = quoteWith(a, 'vote for a Republican');
      assert.equal(text.slice(q1.speaker.start!, q1.speaker.end!), 'the 52-year-old');
      const q2 = quoteWith(a, 'county forgot us');
      assert.equal(text.slice(q2.speaker.start!, q2.speaker.end!), 'Another commenter');
    });

    it('links "Said X, “…”" (a sentence opening with the verb) to X', () => {
      const text = 'The agency missed two warnings. Said Director Alan Moreau, “That failure is ours and ours alone.”';
      const q = quoteWith(analyze(text), 'failure is ours');
      assert.equal(q.speaker.name, 'Alan Moreau');
    });

    it('finds the subject after an opening time or place phrase ("Eight years ago," / "Here in Dayton,")', () => {
      const text = 'Eight years ago, Marcus Bell backed the levy and said, “Our schools cannot wait.” Here in Dayton, Gloria Pruitt joined the march, saying, “We are tired of waiting.”';
      const a = analyze(text);
      assert.equal(quoteWith(a, 'schools cannot wait').speaker.name, 'Marcus Bell');
      assert.equal(quoteWith(a, 'tired of waiting').speaker.name, 'Gloria Pruitt');
    });

    it('links "As X put it: “…”" to X', () => {
      const text = 'As the historian Naomi Feld put it: “Every generation rediscovers the tariff.”';
      const q = quoteWith(analyze(text), 'rediscovers the tariff');
      assert.equal(q.speaker.name, 'Naomi Feld');
    });

    it('links "“…” if …, said X, an analyst" (inverted verb closing the sentence) to X', () => {
      const text = '“Most voters would call that a setback” if the mayor loses the suburbs, said Rachel Whitcombe, an analyst at the Lakeshore Institute.';
      const q = quoteWith(analyze(text), 'call that a setback');
      assertSpeaker(text, q, 'person', 'Rachel Whitcombe', 'Rachel Whitcombe');
    });

    it('does not take a weekday after "said" for the speaker', () => {
      const text = '“The ballots will be counted by hand,” Thomas R. Reyes, Mr. Blake’s chief of staff, said Sunday.';
      const q = quoteWith(analyze(text), 'counted by hand');
      assert.notEqual(speakerMention(text, q), 'Sunday');
      // The apposition opened by a possessive name ("Mr. Blake’s chief of staff") is stepped over.
      assertSpeaker(text, q, 'person', 'Thomas R. Reyes', 'Thomas R. Reyes');
    });

    it('links "…,” Ms. X’s spokesman, Name, wrote" to the named spokesman', () => {
      const text = '“Our thoughts are with the families tonight,” Ms. Okonjo’s spokesman, Peter Lindqvist, wrote on Twitter.';
      const q = quoteWith(analyze(text), 'thoughts are with');
      assertSpeaker(text, q, 'person', 'Peter Lindqvist', 'Peter Lindqvist');
    });

    it('links "…,” the agency spokesman, Name, said" to the named spokesman', () => {
      const text = '“We have reviewed every permit issued since 2019,” the agency spokesman, Daniel Okafor, said on Friday.';
      const q = quoteWith(analyze(text), 'reviewed every permit');
      assertSpeaker(text, q, 'person', 'Daniel Okafor', 'Daniel Okafor');
    });

    it('links "…,” said pollster Name" (a bare title before the name) to the person', () => {
      const text = '“Turnout in the suburbs will decide this race,” said pollster Margaret Ellison.';
      const q = quoteWith(analyze(text), 'Turnout in the suburbs');
      assert.equal(q.speaker.kind, 'person');
      assert.equal(q.speaker.name, 'Margaret Ellison');
      assert.ok(text.slice(q.speaker.start!, q.speaker.end!).includes('Margaret Ellison'));
    });
  });

  describe('subjects with a role or office before the name', () => {
    it('takes the person after a body and a role noun ("Rajya Sabha member Kiren Lamare of …, saying that “…”")', () => {
      const text = 'Intro.\n\nRajya Sabha member Kiren Lamare of the National People’s Party struck a more cautious note, saying that “calm heads are needed, not press conferences”.';
      const q = quoteWith(analyze(text), 'calm heads');
      assert.equal(q.speaker.name, 'Kiren Lamare');
    });

    it('takes the name after two titles joined by "and" ("Poland’s deputy prime minister and defence minister, X, went further")', () => {
      const text = 'Intro.\n\nPoland’s deputy prime minister and defence minister, Kazimierz Dobrowolski-Lesniak, went further, accusing some allies of “free-riding on Polish vigilance”.';
      const q = quoteWith(analyze(text), 'free-riding');
      assert.equal(q.speaker.name, 'Kazimierz Dobrowolski-Lesniak');
    });

    it('takes the person a body belongs to ("Senator X of the Independent Democratic Union called the bill “…”")', () => {
      const text = 'Intro.\n\nSenator Felipe Arancibia Soto of the Independent Democratic Union called the bill “a hidden tax on employment”.';
      assert.equal(quoteWith(analyze(text), 'hidden tax').speaker.name, 'Felipe Arancibia Soto');
    });

    it('gives a quote to "Sources close to the home secretary", not to the home secretary', () => {
      const text = 'The home secretary, Rachel Okonjo, was in Leeds.\n\nSources close to the home secretary said she was “relaxed” about the leak.';
      const q = quoteWith(analyze(text), 'relaxed');
      assert.equal(q.speaker.kind, 'anonymous', JSON.stringify(q.speaker));
    });

    it('gives a quote to an unnamed source whose relative clause has no commas ("a school official who declined to give his name told AFP")', () => {
      const text = 'Intro.\n\n“We are still counting,” a school official who declined to give his name told AFP.';
      const q = quoteWith(analyze(text), 'still counting');
      assert.equal(q.speaker.kind, 'anonymous', JSON.stringify(q.speaker));
    });

    it('resolves "he" to an unnamed definite subject of the sentence before ("The minister … was blunt. “…,” he said")', () => {
      const text = 'Intro.\n\nThe minister, speaking after the meeting, was blunt. “We will not pay,” he said.';
      assert.equal(quoteWith(analyze(text), 'not pay').speaker.name, 'The minister');
    });

    it('lets "His office said" speak for its holder', () => {
      const text = 'Governor Samuel Trevino Garza met the investors on Monday. His office said in a statement that he “respects the company’s timing”.';
      const q = quoteWith(analyze(text), 'respects the company');
      assert.equal(q.speaker.name, 'Samuel Trevino Garza');
    });

    it('finds a person introduced with an apposition of any shape before the cue ("X, a 42-year-old farmer, said")', () => {
      const text = 'In Langpih, Bidarishisha Rymbai, a 42-year-old farmer, said her family had not gone to their fields. “The paddy is standing,” she said.';
      const a = analyze(text);
      assert.equal(quoteWith(a, 'paddy').speaker.name, 'Bidarishisha Rymbai');
    });
  });

  describe('more reporting verbs', () => {
    it('reads verbs of mocking and disagreeing as cues (derided, disagreed, bristled)', () => {
      const text = 'Councilwoman Rita Chavez derided the budget as “a shell game for developers.” Her colleague Omar Haddad disagreed: “It funds every school on time.”';
      const a = analyze(text);
      assert.equal(quoteWith(a, 'shell game').speaker.name, 'Rita Chavez');
      assert.equal(quoteWith(a, 'funds every school').speaker.name, 'Omar Haddad');
    });

    it('reads "…,” X boomed" and "…,” the crowd chanted" as cues', () => {
      const text = '“We are not going anywhere,” Glenn Parker boomed from the stage.\n\n“Four more years!” the crowd chanted.';
      const a = analyze(text);
      assert.equal(quoteWith(a, 'not going anywhere').speaker.name, 'Glenn Parker');
      assert.equal(quoteWith(a, 'Four more years').speaker.kind !== 'unknown', true);
    });
  });

  describe('passive and "as X put it" attribution', () => {
    it('links "was described as “…” by X" to X', () => {
      const text = 'The new zoning map was described as “a gift to landlords” by Alicia Moreno, a tenant organizer.';
      assert.equal(quoteWith(analyze(text), 'gift to landlords').speaker.name, 'Alicia Moreno');
    });

    it('links "a “…” plan, as X put it" and "“…,” in the words of X"', () => {
      const text = 'The council passed a “pay now, fix later” budget, as Treasurer Paul Winslow put it. “Nobody reads the fine print,” in the words of Mayor Dana Whitfield.';
      const a = analyze(text);
      assert.equal(quoteWith(a, 'pay now, fix later').speaker.name, 'Paul Winslow');
      assert.equal(quoteWith(a, 'Nobody reads the fine print').speaker.name, 'Dana Whitfield');
    });

    it('links a quote given as someone\'s account: "in Warsame\'s words", "In her telling, “…”"', () => {
      const text = 'Amina Warsame ran the clinic for a decade. “We had nothing,” in Warsame’s words, “not even gloves.” Her deputy, Joyce Otieno, stayed on. In her telling, the ministry “simply forgot us.” Later, “it got better,” in his view, said a driver.';
      const a = analyze(text);
      assert.equal(quoteWith(a, 'We had nothing').speaker.name, 'Amina Warsame');
      assert.equal(quoteWith(a, 'not even gloves').speaker.name, 'Amina Warsame');
      assert.equal(quoteWith(a, 'We had nothing').cue?.text, 'in Warsame’s words');
      assert.equal(quoteWith(a, 'simply forgot us').speaker.name, 'Joyce Otieno');
    });

    it('links an account given by a title the article gave someone: "In the president’s words, …"', () => {
      const text = 'President Joe Biden met the union leaders on Monday.\n\nIn the president’s words, the deal was “a win for workers.”';
      assertSpeaker(text, quoteWith(analyze(text), 'a win for workers'), 'person', 'Joe Biden', 'the president');
      const capital = text.replace('the president’s', 'the President’s');
      assertSpeaker(capital, quoteWith(analyze(capital), 'a win for workers'), 'person', 'Joe Biden', 'the President');
      // No one holds the title yet, or no one ever: no speaker from the phrase.
      assert.notEqual(quoteWith(analyze('In the president’s words, the deal was “a win for workers.”\n\nPresident Joe Biden arrived on Tuesday.'), 'a win').cue?.text, 'In the president’s words');
      assert.equal(quoteWith(analyze('Joe Biden met them.\n\nIn the leader’s recollection, the deal was “a win for workers.”'), 'a win').speaker.kind, 'unknown');
    });

    it('keeps a named speaker over an account phrase, and reads no account from a place, a day or a tribute', () => {
      const text = 'John Smith led the team. “It was a mess,” in his view, said Mary Jones. “It was worse,” in Tuesday’s account, the police said. Mary Jones said that, in Smith’s view, the plan was “a mess too.” Ann Lee died in May. In her memory, the town named the park “Lee Green.”';
      const a = analyze(text);
      assert.equal(quoteWith(a, 'It was a mess').speaker.name, 'Mary Jones');
      assert.equal(quoteWith(a, 'It was worse').speaker.kind, 'organization');
      assert.notEqual(quoteWith(a, 'It was worse').speaker.name, 'Tuesday’s');
      assert.equal(quoteWith(a, 'a mess too').speaker.name, 'Mary Jones');
      assert.notEqual(quoteWith(a, 'Lee Green')?.speaker.name, 'Ann Lee');
    });

    it('reads "X shot back" as a cue', () => {
      const text = '“The numbers are wrong,” said Gary Holt. “Then show us yours,” Linda Marsh shot back.';
      assert.equal(quoteWith(analyze(text), 'show us yours').speaker.name, 'Linda Marsh');
    });
  });

  describe('datelines', () => {
    it('skips a dateline ("CHICAGO —", "Boston (AP) –") to find the subject of the first sentence', () => {
      const text = 'Budget fight heats up.\n\nCHICAGO — Mayor Grace Whitaker on Monday called the state budget “a slap in the face” to city schools.\n\nBoston (AP) – Governor Neil Ashford dismissed the plan as “unserious,” saying it ignored rural towns.';
      const a = analyze(text);
      assert.equal(quoteWith(a, 'slap in the face').speaker.name, 'Grace Whitaker');
      assert.equal(quoteWith(a, 'unserious').speaker.name, 'Neil Ashford');
    });
  });

  describe('fragments with no cue', () => {
    it('gives a partial quote the named subject of its sentence', () => {
      const text = 'Horrified at the prospect, Jorge Ramos believes in journalism that “takes sides with the weak.”';
      const q = quoteWith(analyze(text), 'takes sides');
      assertSpeaker(text, q, 'person', 'Jorge Ramos', 'Jorge Ramos');
    });

    it('gives a partial quote a he/she subject, resolved to the person', () => {
      const text = 'Vladimir Putin spoke for hours on Thursday.\n\nHe has long opposed what he saw as a “disastrous exercise in regime change.”';
      const q = quoteWith(analyze(text), 'disastrous exercise');
      assert.equal(q.speaker.name, 'Vladimir Putin');
    });

    it('leaves a single quoted word without a speaker', () => {
      const text = 'Donald Trump invited Russia to find the “missing” emails.';
      assert.equal(analyze(text).quotes.length, 0);
    });

    it('gives no speaker to a title of a work in the sentence (“Sunday Night Baseball”)', () => {
      const text = 'Jessica Mendoza joined the booth for “Sunday Night Baseball” broadcasts last year.';
      for (const q of analyze(text).quotes) assert.equal(q.speaker.kind, 'unknown');
    });

    it('does not reach past a new clause with another person', () => {
      const text = 'John Bolton resigned his seat, and his successor, Sen. Yolanda Rivas, won on a promise to “clean house for good.”';
      const q = quoteWith(analyze(text), 'clean house');
      assert.notEqual(q.speaker.name, 'John Bolton');
    });
  });
  describe('cues after a quote', () => {
    it('takes a cue after a colon-introduced quote that ends in a comma', () => {
      const text = 'The inspector general confirmed the finding, with one caveat: “The clerk in question was not the only one involved,” the source said.';
      const q = quoteWith(analyze(text), 'clerk in question');
      assert.equal(q.speaker.kind, 'anonymous');
      assert.equal(text.slice(q.speaker.start!, q.speaker.end!), 'the source');
    });

    it('does not give a closed quote to the next speaker’s "X said:"', () => {
      const text = '“We are nurses,” Amina Yusuf said. “We are not politicians.” Omar Haddad said: “The strike is about pay.”';
      const a = analyze(text);
      assert.equal(quoteWith(a, 'not politicians').speaker.name, 'Amina Yusuf');
      assert.equal(quoteWith(a, 'strike is about pay').speaker.name, 'Omar Haddad');
    });

    it('credits "X said, according to Y" to X, who spoke (Y only relays it)', () => {
      const text = '“Please do not protest on the floor,” Marta Lindqvist said on Monday, according to Reuters.';
      const q = quoteWith(analyze(text), 'do not protest');
      assertSpeaker(text, q, 'person', 'Marta Lindqvist', 'Marta Lindqvist');
    });

    it('reads a plural possessive apposition ("X, Sanders’ campaign manager, said")', () => {
      const text = 'The campaign answered quickly.\n\n“We will fight for every delegate,” Jeff Weaver, Sanders’ campaign manager, said in a statement.';
      const q = quoteWith(analyze(text), 'every delegate');
      assertSpeaker(text, q, 'person', 'Jeff Weaver', 'Jeff Weaver');
    });
  });
  describe('the outer reporting verb', () => {
    it('credits a fragment in "X said Y reassured them that …" to X', () => {
      const text = 'Rep. Dana Whitfield said Clinton reassured them that Democrats “were not going to be like the other side.”';
      const q = quoteWith(analyze(text), 'not going to be like');
      assertSpeaker(text, q, 'person', 'Dana Whitfield', 'Dana Whitfield');
    });

    it('credits a fragment after "…,” X said, mentioning …" to X, not to the quote’s first word', () => {
      const text = '“We had written two dozen songs before the summer,” Anthony Kiedis said, mentioning the long-awaited album is “in the home stretch.”';
      const q = quoteWith(analyze(text), 'home stretch');
      assertSpeaker(text, q, 'person', 'Anthony Kiedis', 'Anthony Kiedis');
    });

    it('keeps a nearer plain "said" ("X told reporters Y said “…”")', () => {
      const text = 'Olga Petrenko told reporters that Ivan Sirko said the deal was “dead on arrival.”';
      const q = quoteWith(analyze(text), 'dead on arrival');
      assertSpeaker(text, q, 'person', 'Ivan Sirko', 'Ivan Sirko');
    });
  });

  describe('sentence subjects', () => {
    it('skips "In Ames, Iowa, on Sunday," before the subject', () => {
      const text = 'At a campaign event in Ames, Iowa, on Sunday, Hillary Clinton tried to expand on her remarks, saying the country should “be rallying our partners.”';
      const q = quoteWith(analyze(text), 'rallying our partners');
      assertSpeaker(text, q, 'person', 'Hillary Clinton', 'Hillary Clinton');
    });
  });
  describe('fragments sharing a subject or an earlier quote', () => {
    it('gives a fragment to a described subject ("The non-profit is seeking “…”")', () => {
      const text = 'The advocacy group announced a prize on Monday. The group is seeking “groundbreaking ideas for housing” from architects.';
      const q = quoteWith(analyze(text), 'groundbreaking ideas');
      assert.equal(text.slice(q.speaker.start!, q.speaker.end!), 'The group');
    });

    it('gives a later fragment in the sentence the speaker of the quote before it, never a word inside that quote', () => {
      const text = '“We will win,” said Glenn Barker, the veteran of “three lost campaigns in a row.”';
      const q = quoteWith(analyze(text), 'three lost campaigns');
      assertSpeaker(text, q, 'person', 'Glenn Barker', 'Glenn Barker');
    });
  });
  describe('clause and line boundaries', () => {
    it('does not read a cue on the next line when paragraphs are blank-line separated', () => {
      const text = 'First paragraph.\n\n“I am a free man,” he told a local station. “I can do what I like with my property.”\nHarold Finch said on Friday.';
      const q = quoteWith(analyze(text), 'what I like');
      assert.notEqual(q.speaker.name, 'Harold Finch');
    });

    it('keeps the speaker across a relative clause with a participle ("who sent a letter criticizing …")', () => {
      const text = 'Earlier text here.\n\n“There is a greater goal here,” said Raul Grijalva, who sent a letter to Julian Castro criticizing the sales. “We will coalesce around an agenda.”';
      const q = quoteWith(analyze(text), 'coalesce');
      assertSpeaker(text, q, 'person', 'Raul Grijalva', 'Raul Grijalva');
    });

    it('reads "X, Democrat of Tennessee, told" as an apposition', () => {
      const text = 'Earlier text here.\n\n“That was a good speech,” Representative Steve Cohen, Democrat of Tennessee, told reporters.';
      const q = quoteWith(analyze(text), 'good speech');
      assertSpeaker(text, q, 'person', 'Steve Cohen', 'Steve Cohen');
    });

    it('reads a town and state inside an apposition ("X, now retired in Cambridge, Mass., said")', () => {
      const text = 'Earlier text here.\n\n“I would have been sitting in Siberia,” Mr. Daniloff, now retired in Cambridge, Mass., said by telephone.';
      const q = quoteWith(analyze(text), 'Siberia');
      assert.equal(text.slice(q.speaker.start!, q.speaker.end!), 'Mr. Daniloff');
    });
  });
  describe('background clauses and one-word fragments', () => {
    it('keeps the speaker past a subordinate clause with another reporting verb', () => {
      const text = 'Earlier text here.\n\n“They are binding,” Ron Lieberman told the Journal in July, after the mayor stated an interest in ending the deals. “These contracts hold.”';
      const q = quoteWith(analyze(text), 'These contracts hold');
      assertSpeaker(text, q, 'person', 'Ron Lieberman', 'Ron Lieberman');
    });

    it('gives a one-word quoted complement to the sentence’s subject', () => {
      const text = 'Sen. Ben Carson considers the announcement an “insult” to the volunteers.';
      const q = quoteWith(analyze(text), 'insult');
      assertSpeaker(text, q, 'person', 'Ben Carson', 'Ben Carson');
    });

    it('still drops a one-word quoted modifier of a noun (“missing” emails)', () => {
      const text = 'Donald Trump invited Russia to find the “missing” emails.';
      assert.equal(analyze(text).quotes.length, 0);
    });

    it('gives a one-word epithet before a known person’s name to the sentence’s subject (“little” Marco Rubio)', () => {
      const text = 'Donald Trump attacked Mitt Romney. Then he turned to “little” Marco Rubio.';
      assertSpeaker(text, quoteWith(analyze(text), 'little'), 'person', 'Donald Trump', 'he');
    });
  });
  describe('quotes ending in a comma', () => {
    it('resolves "he" past a sentence that opens with a quote naming someone else ("“Is Donald Trump …?” asked Mr. Manafort, … what he calls the “crooked” process")', () => {
      const text = 'Paul Manafort spoke to the committee.\n\n"Is Donald Trump running against the committee?" asked Mr. Manafort, referring to what he calls the "crooked" process.';
      const q = quoteWith(analyze(text), 'crooked');
      assert.equal(q.speaker.name, 'Paul Manafort');
    });

    it('reads a newspaper whose name ends in a word of time ("“…,” the New York Times reported Monday in its story")', () => {
      const text = 'Obama gave an interview.\n\n“Obama argued that some of the scorn stems from race,” the New York Times reported Monday in its story on the interview.';
      const q = quoteWith(analyze(text), 'scorn stems');
      assert.equal(speakerMention(text, q), 'the New York Times');
      assert.equal(q.speaker.kind, 'media');
    });

    it('inverts any past-tense reporting verb whose subject closes the sentence ("“…,” opined the Plain Dealer.", "“…,” cracked Hillary Clinton.")', () => {
      const text = 'Editorials weighed in.\n\n"Gun owners should leave their weapons at home," opined the Plain Dealer.\n\n"I am a progressive who likes to get things done," cracked Hillary Clinton.';
      const a = analyze(text);
      assert.equal(speakerMention(text, quoteWith(a, 'Gun owners')), 'the Plain Dealer');
      assertSpeaker(text, quoteWith(a, 'progressive'), 'person', 'Hillary Clinton', 'Hillary Clinton');
    });

    it('does not invert such a verb before an object that goes on ("“…,” prompted the question from reporters")', () => {
      const text = 'Obama spoke.\n\n"We will leave," prompted the question from reporters.';
      const q = quoteWith(analyze(text), 'We will leave');
      assert.equal(q.speaker.kind, 'unknown');
    });

    it('credits the poll named in the sentence for a share of those polled ("In a September poll, 75 percent of Republicans said “…”")', () => {
      const text = 'Voters distrust politicians. In a September Washington Post-ABC News poll, 75 percent of Republicans said "most people in politics" cannot be trusted.';
      const q = quoteWith(analyze(text), 'most people');
      assert.equal(speakerMention(text, q), 'a September Washington Post-ABC News poll');
    });

    it('credits the share itself, unnamed, when no poll is named in the sentence ("21 percent said “…”", "most said “…”")', () => {
      const text = 'Voters were asked how likely Clinton was to win, to which 21 percent said “not too likely.”\n\nIn Georgia, most said they were "very worried."';
      const a = analyze(text);
      const share = quoteWith(a, 'not too likely');
      assert.equal(share.speaker.kind, 'anonymous');
      assert.equal(speakerMention(text, share), '21 percent');
      assert.equal(quoteWith(a, 'very worried').speaker.kind, 'anonymous');
    });

    it('does not take the object of a preposition for the subject of the verb after it ("Trump in his announcement speech called them “…”")', () => {
      const text = 'Donald Trump ran for president.\n\nThe rejection was complete when Trump in his announcement speech called undocumented immigrants from Mexico “rapists” and promised a wall.';
      const q = quoteWith(analyze(text), 'rapists');
      assertSpeaker(text, q, 'person', 'Donald Trump', 'Trump');
    });

    it('reads a name before a time and its verb as the subject ("who Glenn Beck on Wednesday called “…”")', () => {
      const text = 'Much of the ire was directed at Steve Bannon, who Glenn Beck on Wednesday called “a horrible human being.”';
      const q = quoteWith(analyze(text), 'horrible');
      assertSpeaker(text, q, 'person', 'Glenn Beck', 'Glenn Beck');
    });

    it('takes no past participle after a possessive for a reporting verb ("calling Rubio’s proposed child care credit “…”")', () => {
      const text = 'Marco Rubio and Rand Paul debated.\n\nRand Paul then interjected, calling Rubio’s proposed child care credit “a welfare transfer payment.”';
      const q = quoteWith(analyze(text), 'welfare transfer');
      assertSpeaker(text, q, 'person', 'Rand Paul', 'Rand Paul');
    });

    it('names the issuer of "the statement" that speaks ("The ministry said in a statement … “…,” the statement said")', () => {
      const text = 'The Russian Foreign Ministry said in a statement on Friday that two diplomats must leave.\n\n"The Estonian side has chosen confrontation," the statement said.';
      const q = quoteWith(analyze(text), 'chosen confrontation');
      assert.equal(speakerMention(text, q), 'the statement');
      assert.equal(q.speaker.name, 'Russian Foreign Ministry');
    });

    it('keeps "the statement" itself when no one issued one in the sentences before', () => {
      const text = 'Two diplomats must leave.\n\n"The Estonian side has chosen confrontation," the statement said.';
      const q = quoteWith(analyze(text), 'chosen confrontation');
      assert.equal(q.speaker.name, 'the statement');
    });

    it('resolves "he" to a person introduced unnamed in the sentence before, not to a name further back', () => {
      const text = '"The Ukrainians have been learning," said Oleh Zhdanov-Marchenko, a retired colonel.\n\nA Ukrainian soldier serving with a drone unit said his unit had noticed a slowdown. "Usually by this time we have had twenty arrivals," he said by phone.';
      const q = quoteWith(analyze(text), 'Usually by this time');
      assert.equal(speakerMention(text, q), 'he');
      assert.equal(q.speaker.name, 'A Ukrainian soldier serving with a drone unit');
    });

    it('reads a longer description before a known name and its verb ("“…,” Fight for $15 organizing director Kendall Fells told Fox News")', () => {
      const text = 'Workers protested.\n\n“They have to decide whether to feed themselves,” Fight for $15 organizing director Kendall Fells told Fox News 6 in Milwaukee.';
      const q = quoteWith(analyze(text), 'feed themselves');
      assertSpeaker(text, q, 'person', 'Kendall Fells', 'Kendall Fells');
    });

    it('reads no attribution in a new clause after the quote ("“…,” while Maine Sen. Susan Collins suggested …")', () => {
      const text = 'Kelly Ayotte said she would “support the nominee” but “is not planning to endorse anyone,” while Maine Sen. Susan Collins suggested she would offer conditional support.';
      const q = quoteWith(analyze(text), 'not planning');
      assert.notEqual(q.speaker.name, 'Susan Collins');
    });

    it('reads "the two write" after a quote: a number after "the" is the subject of a verb that is also a noun', () => {
      const text = 'Two lawmakers wrote to the FBI director.\n\n“You seem to have picked a new standard out of thin air,” the two write.';
      const q = quoteWith(analyze(text), 'new standard');
      assert.equal(speakerMention(text, q), 'the two');
      assert.equal(q.speaker.kind, 'person');
    });

    it('leaves "He added, “…”" after a closed quote to the quote it introduces ("“… continue.” He added, “…”")', () => {
      const text = 'Vladimir Putin spoke in 2012.\n\n"The state is falling apart," he said. "Interethnic conflicts continue." He added, "And you want us to repeat these mistakes?"';
      const a = analyze(text);
      assert.equal(quoteWith(a, 'Interethnic').cue?.kind, 'continuation');
      assert.equal(quoteWith(a, 'repeat these').cue?.text, 'added');
    });

    it('credits the owner of a speech noun before "was:" ("Clinton’s response was: “…”", "Barrett’s dictum to his interns was, “…”")', () => {
      const text = 'Hillary Clinton and Huma Abedin wrote often.\n\nClinton’s response was: “Is Dalton Brody off Conn or Wisconsin?”\n\nWayne Barrett’s dictum to his interns was, “It’s not a good story if you don’t get a death threat.”';
      const a = analyze(text);
      assertSpeaker(text, quoteWith(a, 'Dalton Brody'), 'person', 'Hillary Clinton', 'Clinton');
      assertSpeaker(text, quoteWith(a, 'death threat'), 'person', 'Wayne Barrett', 'Wayne Barrett');
    });

    it('credits two named people with an apposition before ", said" ("“…,” Phil Berger and House Speaker Tim Moore, both Republicans, said")', () => {
      const text = 'Intro.\n\n"We can only wonder if the intent is to reopen the door," state Senate leader Phil Berger and House Speaker Tim Moore, both Republicans, said in a statement.';
      const q = quoteWith(analyze(text), 'reopen the door');
      assert.equal(speakerMention(text, q), 'Phil Berger and House Speaker Tim Moore');
      assert.equal(q.speaker.kind, 'person');
    });

    it('credits the spokeswoman or campaign a name modifies, not the named person ("a Cruz spokeswoman said", "The Cruz campaign fired back:")', () => {
      const text = 'Sen. Ted Cruz campaigned with his manager, campaign manager Jeff Roe.\n\n“We will win,” a Cruz spokeswoman said.\n\nThe Cruz campaign fired back: “Trump is a liar.”\n\n“Trump is a liar,” the campaign said in a statement.';
      const a = analyze(text);
      const spokes = quoteWith(a, 'We will win');
      assert.equal(spokes.speaker.kind, 'anonymous');
      assert.equal(speakerMention(text, spokes), 'a Cruz spokeswoman');
      assert.equal(quoteWith(a, 'Trump is a liar.').speaker.kind, 'organization');
      // "the campaign" is not the campaign manager: a title's head noun ("manager") names its holder, not every word.
      assert.notEqual(a.quotes[2].speaker.name, 'Jeff Roe');
    });

    it('takes no dateline with a date for the subject ("WASHINGTON, Dec. 8 (UPI) — … rallied supporters, saying: “…”")', () => {
      const text = 'Headline.\n\nWASHINGTON, Dec. 8 (UPI) — In response to the proposal, Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”';
      const q = quoteWith(analyze(text), 'ready to stop');
      assert.notEqual(q.speaker.name, 'WASHINGTON');
    });

    it('reads "“…?” Hannity pressed." after a question too, and the quote after it continues', () => {
      const text = 'Sean Hannity interviewed Donald Trump.\n\n“Building it? Not negotiable,” Trump said.\n\n“Would it be negotiable about the 11 million?” Hannity pressed. “Maybe let some people stay?”';
      const a = analyze(text);
      assert.equal(speakerMention(text, quoteWith(a, 'negotiable about')), 'Hannity');
      assert.equal(speakerMention(text, quoteWith(a, 'Maybe let')), 'Hannity');
    });

    it('reads "“…,” Hannity pressed." with a verb the lexicon does not list', () => {
      const text = 'Sean Hannity interviewed the candidate on Tuesday.\n\n“Would it be negotiable about the wall,” Hannity pressed.';
      const q = quoteWith(analyze(text), 'negotiable');
      assertSpeaker(text, q, 'person', 'Sean Hannity', 'Hannity');
    });

    it('gives no earlier speaker to a quote whose own attribution after the comma is not understood', () => {
      const text = 'Sen. Laura Brandt spoke first.\n\n“America is great,” was the next banner over the stadium.';
      const q = quoteWith(analyze(text), 'America is great');
      assert.equal(q.speaker.kind, 'unknown');
    });
  });
  describe('names and appositions after the verb', () => {
    it('reads "said Will Doyle" although "Will" is also a modal', () => {
      const text = 'Costs rose again.\n\n"It is a pretty expensive business model," said Will Doyle, a professor at Vanderbilt University.';
      const q = quoteWith(analyze(text), 'expensive business');
      assert.ok(text.slice(q.speaker.start!, q.speaker.end!).includes('Doyle'));
    });

    it('stops a described subject at a participle ("the base chief known as Bob")', () => {
      const text = 'The film disputes it.\n\n"There never was a stand-down order," said the base chief known as Bob, speaking publicly for the first time.';
      const q = quoteWith(analyze(text), 'stand-down');
      assert.equal(text.slice(q.speaker.start!, q.speaker.end!), 'the base chief');
    });

    it('reads a party-state abbreviation as an apposition ("Glenn Thompson, R-Pa., said")', () => {
      const text = 'The convention went on.\n\n"Perpetual motion!" Rep. Glenn Thompson, R-Pa., said of the week.';
      const q = quoteWith(analyze(text), 'Perpetual motion');
      assertSpeaker(text, q, 'person', 'Glenn Thompson', 'Glenn Thompson');
    });
  });
  describe('opening adverbials', () => {
    it('does not read the name ending "In an interview with X," as an apposition to the subject', () => {
      const text = 'In an interview with host Mika Brzezinski, the Democratic candidate stated that the remarks were “mean-spirited and divisive.”';
      const q = quoteWith(analyze(text), 'mean-spirited');
      assert.equal(text.slice(q.speaker.start!, q.speaker.end!), 'the Democratic candidate');
    });
  });
  describe('accuracy rules (train split)', () => {
    it('reads a pronoun subject before "on Tuesday," as the subject, not as a time opener', () => {
      const text = 'Ruth Bader Ginsburg spoke out on Monday. She escalated her criticism on Tuesday, questioning how he has “gotten away with not turning over his tax returns.”';
      const q = quoteWith(analyze(text), 'gotten away');
      assertSpeaker(text, q, 'person', 'Ruth Bader Ginsburg', 'She');
    });

    it('takes a cue closing the sentence after a longer prepositional phrase', () => {
      const text = 'Hillary Clinton watched from New York. Democrats had “put the biggest crack” yet in the glass ceiling for women, she said in a video message to the convention.';
      const q = quoteWith(analyze(text), 'biggest crack');
      assertSpeaker(text, q, 'person', 'Hillary Clinton', 'she');
    });

    it('reads present-tense "calls" after a subject as a cue', () => {
      const text = 'Trade has fallen. Yang Shu, a professor at Lanzhou University, calls the border city "a mistake" because so few people live near it.';
      const q = quoteWith(analyze(text), 'a mistake');
      assertSpeaker(text, q, 'person', 'Yang Shu', 'Yang Shu');
    });

    it('gives a fragment the subject a fragment before it in the sentence took', () => {
      const text = 'Donald Trump spoke in Ohio. He rails against its "Great Wall of Protectionism" and pledges to stand firm against its "cheating" and "financial blackmail."';
      const q = quoteWith(analyze(text), 'financial blackmail');
      assertSpeaker(text, q, 'person', 'Donald Trump', 'He');
    });

    it('credits "X\'s accusation that … “…”" to X', () => {
      const text = 'Donald Trump\'s accusation that Hillary Clinton is playing the "woman\'s card" touched off a contentious debate.';
      const q = quoteWith(analyze(text), 'card');
      assertSpeaker(text, q, 'person', 'Donald Trump', 'Donald Trump');
    });

    it('credits "her remark that “…”" to the woman named before', () => {
      const text = 'Former secretary of state Madeleine Albright, a Clinton supporter, fanned controversy earlier this year over her remark that "there\'s a special place in hell for women who don\'t help each other."';
      const q = quoteWith(analyze(text), 'special place');
      assertSpeaker(text, q, 'person', 'Madeleine Albright', 'her');
    });

    it('reads a title of several words before the name after an inverted verb ("said former secretary of state X")', () => {
      const text = 'The forum went on.\n\n"The first line of defense against radicalization is within the Muslim American community," said former secretary of state Hillary Clinton, who praised George W. Bush.';
      const q = quoteWith(analyze(text), 'first line of defense');
      assert.equal(q.speaker.name, 'Hillary Clinton');
    });

    it('reads present-tense inverted verbs ("…,” declares X")', () => {
      const text = 'Young voters were polled.\n\n"I\'m a voter," declares Stephanie Acs, 27, a Navy veteran attending school in Albuquerque.';
      const q = quoteWith(analyze(text), 'a voter');
      assertSpeaker(text, q, 'person', 'Stephanie Acs', 'Stephanie Acs');
    });

    it('steps over a relative clause between the subject and its verb ("…,” X, who …, told reporters")', () => {
      const text = 'The senator was asked about the primary.\n\n"I\'m a superdelegate and I don\'t believe in superdelegates," Elizabeth Warren, who has not endorsed a candidate, told reporters in Massachusetts.';
      const q = quoteWith(analyze(text), 'superdelegate');
      assertSpeaker(text, q, 'person', 'Elizabeth Warren', 'Elizabeth Warren');
    });

    it('gives a whole sentence quoted after a comma to the clause\'s subject', () => {
      const text = 'Earlier this week, Hillary Clinton shared a bit of her anxiety with an audience at a fundraiser in the Hamptons, “I do not know which Donald Trump will show up. Maybe he will try to be presidential.”';
      const q = quoteWith(analyze(text), 'which Donald Trump');
      assertSpeaker(text, q, 'person', 'Hillary Clinton', 'Hillary Clinton');
    });

    it('reads phrasal reporting verbs ("talked up", "referred to … as")', () => {
      const text = 'Hillary Clinton met House Democrats on Wednesday. Clinton talked up her “50-state strategy,” promising to campaign across the country. Chris Christie refers to the candidate as “Mr. Trump,” while Donald Trump refers to the governor as “Chris.”';
      const a = analyze(text);
      assertSpeaker(text, quoteWith(a, '50-state'), 'person', 'Hillary Clinton', 'Clinton');
      assertSpeaker(text, quoteWith(a, 'Mr. Trump'), 'person', 'Chris Christie', 'Chris Christie');
      assertSpeaker(text, quoteWith(a, 'Chris.'), 'person', 'Donald Trump', 'Donald Trump');
    });

    it('reads a description before the name after an inverted verb ("said conservative activist Bob Klaus")', () => {
      const text = 'The movie was shown at the rally.\n\n"It is the best role and tells you everything," said conservative activist Bob Klaus, who is not affiliated with a candidate.';
      const q = quoteWith(analyze(text), 'best role');
      assertSpeaker(text, q, 'person', 'Bob Klaus', 'Bob Klaus');
    });

    it('reads more inverted verbs ("…,” scoffed X")', () => {
      const text = 'The skaters meet on Sundays.\n\n"Silly boys acting like they\'ve never seen a girl before," scoffed Arianna Gil, 22, who helped found the group.';
      const q = quoteWith(analyze(text), 'Silly boys');
      assertSpeaker(text, q, 'person', 'Arianna Gil', 'Arianna Gil');
    });

    it('does not read "a conference call" as a new speaker between two quotes', () => {
      const text = 'Kremlin spokesman Dmitry Yeremeyev said the president had been briefed. "The president is informed, of course," Yeremeyev told reporters on a conference call. "This is a matter for the Foreign Ministry."';
      const q = quoteWith(analyze(text), 'matter for the Foreign');
      assertSpeaker(text, q, 'person', 'Dmitry Yeremeyev', 'Yeremeyev');
    });
  });

  describe('continuations, phrasal and present-tense verbs', () => {
    it('keeps the speaker across the speaker’s own paraphrase ("he said, adding that he hasn’t spoken to …")', () => {
      const text = 'Jim Early chairs the district party.\n\n“I’m sure Trump’s going to have some delegates out there,” Early said, adding that he hasn’t spoken to Trump’s district backers. “We’re going to do something, but the Trump people are coming in this weekend.”';
      const q = quoteWith(analyze(text), 'going to do something');
      assert.equal(q.speaker.name, 'Jim Early');
    });

    it('still ends the continuation at someone else’s reporting verb', () => {
      const text = 'Mary Cobb leads the rival slate.\n\n“We will win this district,” Jim Early said, but Mary Cobb told reporters the opposite. “The numbers are not there.”';
      const q = quoteWith(analyze(text), 'numbers are not there');
      assert.notEqual(q.speaker.name, 'Jim Early');
    });

    it('reads "…,” she went on" as a cue', () => {
      const text = 'Hillary Clinton spoke to Rachel Maddow on Wednesday.\n\n“And it’s a bit concerning to me because it would end all the kinds of health care we know,” she went on.';
      const q = quoteWith(analyze(text), 'bit concerning');
      assertSpeaker(text, q, 'person', 'Hillary Clinton', 'she');
    });

    it('reads "state(s)" as a reporting verb only in verb position', () => {
      const text = 'The Saudi government sent a white paper to Congress.\n\n“Today, the kingdom is one of the leading nations in combating terrorism,” the Saudis state in the white paper.\n\n“We have no comment,” said Brad Komar, Clinton’s Colorado state director.';
      const a = analyze(text);
      assertSpeaker(text, quoteWith(a, 'the kingdom is one'), 'organization', 'the Saudis', 'the Saudis');
      assertSpeaker(text, quoteWith(a, 'no comment'), 'person', 'Brad Komar', 'Brad Komar');
    });

    it('does not read "member states that" as a reporting verb', () => {
      const text = 'A second diplomat said there was a growing suspicion among member states that Budapest was using the sanctions to extract concessions.';
      const a = analyze(text);
      assert.ok(!a.sources.some((x) => x.text.includes('suspicion')), JSON.stringify(a.sources));
    });
  });

  describe('described speakers', () => {
    it('credits a description before the verb when no lexicon knows its noun ("the real estate developer said")', () => {
      const text = 'Mr. Trump welcomed the former president to his golf club.\n\n“He’s a great gentleman, a good golfer and a wonderful guy,” the real estate developer said of Mr. Clinton.';
      const q = quoteWith(analyze(text), 'great gentleman');
      assertSpeaker(text, q, 'person', 'the real estate developer', 'the real estate developer');
    });

    it('credits a described non-person that speaks ("a voice-over in the ad states")', () => {
      const text = 'The PAC released a new spot on Tuesday.\n\n“They know she is the only one strong enough to stop Wall Street abuses,” a voice-over in the ad states.';
      const q = quoteWith(analyze(text), 'strong enough');
      assertSpeaker(text, q, 'organization', 'a voice-over in the ad', 'a voice-over in the ad');
    });

    it('credits nobody for a naming verb or a participle ("a formula called “…”")', () => {
      const text = 'Both candidates oppose an inflation formula called the “chained consumer price index” that would lower monthly payments.';
      const q = analyze(text).quotes.find((x) => x.text.includes('chained'));
      assert.ok(!q || q.speaker.kind === 'unknown', JSON.stringify(q?.speaker));
    });
  });

  describe('appositions between the name and the verb', () => {
    it('reads an apposition of any shape after the name ("“…,” Mr. Mahaney, of RBC Capital Markets, said")', () => {
      const text = 'Advertisers rank the platforms every year.\n\n“We regularly survey advertisers and ask them to rank internet platforms,” Mark Mahaney, of RBC Capital Markets, said.';
      const q = quoteWith(analyze(text), 'regularly survey');
      assertSpeaker(text, q, 'person', 'Mark Mahaney', 'Mark Mahaney');
    });

    it('reads a long participle clause with a quote in it ("Texas delegate Bill Eastland, wearing … “Ted Cruz” pins, said")', () => {
      const text = 'Not everyone was claiming success.\n\n“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly.';
      const q = quoteWith(analyze(text), 'more successful conventions');
      assertSpeaker(text, q, 'person', 'Bill Eastland', 'Bill Eastland');
    });

    it('reads a possessive name inside the description after an inverted verb ("said Clinton’s top aide Jake Sullivan")', () => {
      const text = 'The FBI did not recommend charges.\n\n“This has to be the first time that a major candidate has encouraged espionage,” said Clinton’s top foreign policy aide Jake Sullivan.\n\n“This has gone from being a matter of curiosity to being a national security issue.”';
      const a = analyze(text);
      assertSpeaker(text, quoteWith(a, 'first time'), 'person', 'Jake Sullivan', 'Jake Sullivan');
      assert.equal(quoteWith(a, 'matter of curiosity').speaker.name, 'Jake Sullivan');
    });

    it('lets a fragment share the speaker of the fragment after it ("“…” and “…,” X proclaimed")', () => {
      const text = 'The convention opened on Tuesday.\n\nGuns are “the ultimate public health crisis” and “stunt children’s growth,” Howard Dean, the former governor of Vermont, proclaimed to a cheering crowd.';
      const a = analyze(text);
      assertSpeaker(text, quoteWith(a, 'public health crisis'), 'person', 'Howard Dean', 'Howard Dean');
      assertSpeaker(text, quoteWith(a, 'stunt children'), 'person', 'Howard Dean', 'Howard Dean');
    });

    it('reads two descriptions of one subject joined by "and" ("the Florida senator and Republican presidential candidate said")', () => {
      const text = 'North Korea claimed a test.\n\n“I have been warning that North Korea is run by a lunatic,” the Florida senator and Republican presidential candidate said in a statement.';
      const q = quoteWith(analyze(text), 'run by a lunatic');
      assertSpeaker(text, q, 'person', 'the Florida senator and Republican presidential candidate', 'the Florida senator and Republican presidential candidate');
    });

    it('reads a whole-looking quote inside the reporter’s sentence as a fragment of the subject ("She also referenced the “…,” a flaw …")', () => {
      const text = 'Felicia Sanders spoke at the convention on Monday.\n\nShe also referenced the “Charleston loophole,” a flaw in the FBI’s system that allowed the gunman to buy a firearm.';
      const q = quoteWith(analyze(text), 'Charleston loophole');
      assertSpeaker(text, q, 'person', 'Felicia Sanders', 'She');
    });

    it('does not let a naming verb end a continuation ("a super PAC called Future45")', () => {
      const text = '“You have two billionaire hedge fund managers who started a super PAC,” Hillary Clinton said, referencing a super PAC called Future45 funded by Paul Singer. “So they clearly think I’m going to do what I say I will do.”';
      const q = quoteWith(analyze(text), 'clearly think');
      assertSpeaker(text, q, 'person', 'Hillary Clinton', 'Hillary Clinton');
    });

    it('reads a given name and surname after a description and an inverted verb even without other evidence ("said retired neurosurgeon Ben Carson")', () => {
      const text = 'She hadn’t.\n\n“I’m not going to say it is a mistake, so forget about it,” said retired neurosurgeon Ben Carson, asked about his claims.';
      const q = quoteWith(analyze(text), 'forget about it');
      assertSpeaker(text, q, 'person', 'Ben Carson', 'Ben Carson');
    });

    it('reads a past-tense verb it does not know before a known person’s name ("“…!” beamed Hartley")', () => {
      const text = 'Mr. Donald Hartley of Madison, Alabama, snuck onto the floor from the guest seats.\n\n“This is fantastic!” beamed Hartley, waving a sign.';
      const q = quoteWith(analyze(text), 'fantastic');
      assertSpeaker(text, q, 'person', 'Donald Hartley', 'Hartley');
    });

    it('reads "As X puts it, “…”" before the quote', () => {
      const text = 'Obama made his case to progressive groups.\n\nAs one Republican senator put it, "We are not moving on this nominee."';
      const q = quoteWith(analyze(text), 'not moving');
      assert.equal(speakerMention(text, q), 'one Republican senator');
      assert.equal(q.cue?.text, 'put');
    });

    it('reads "As X, <a long apposition with a title in quotes>, put it, “…”"', () => {
      const text = "Intro.\n\nAs Akhil Amar, professor of constitutional law at Yale and author of ''America's Unwritten Constitution,'' put it, ''Senate Republicans should remember that a compromise candidate today may be far better for them.''";
      const q = quoteWith(analyze(text), 'compromise candidate');
      assertSpeaker(text, q, 'person', 'Akhil Amar', 'Akhil Amar');
    });

    it('reads ", as X puts it, “…”" in mid-sentence', () => {
      const text = 'Ed Smith likes the Fed chair. That is because, as he puts it, "the best thing we have going for us" is low interest rates.';
      const q = quoteWith(analyze(text), 'best thing');
      assertSpeaker(text, q, 'person', 'Ed Smith', 'he');
    });

    it('keeps the speaker past a verb whose subject is a thing in the speaker\'s own sentence ("with a passion that almost suggested …")', () => {
      const text = 'Hillary Clinton answered.\n\n"We were attacked in downtown Manhattan," Clinton said, with a passion that almost suggested that the question was out of line. "I did spend a lot of time helping them rebuild."';
      const q = quoteWith(analyze(text), 'helping them rebuild');
      assert.equal(q.speaker.name, 'Hillary Clinton');
      assert.equal(q.cue?.kind, 'continuation');
    });

    it('still stops the continuation at a new speaker in the same sentence ("…,” Clinton said, as an aide suggested …)', () => {
      const text = 'Hillary Clinton answered.\n\n"We were attacked," Clinton said, and an aide suggested that the question was unfair. "She did a lot to help."';
      const q = quoteWith(analyze(text), 'did a lot');
      assert.notEqual(q.speaker.name, 'Hillary Clinton');
    });

    it('continues the speaker into the next sentence past an opening adverb ("…,” Trump said. Instead, “…”")', () => {
      const text = 'Donald Trump spoke in Iowa on Monday.\n\n“He is supposed to be a cheerleader for this country,” Trump said. Instead, “he just acts like a defeated man.”';
      const q = quoteWith(analyze(text), 'defeated man');
      assertSpeaker(text, q, 'person', 'Donald Trump', 'Trump');
      assert.equal(q.cue?.kind, 'continuation');
    });

    it('reads the name after a role in an inverted cue ("…,” said Rubio’s deputy campaign manager, Rich Beeson, who …")', () => {
      const text = 'Votes are being cast early.\n\n“We are treating March 15 as one long Election Day in Florida,” said Rubio’s deputy campaign manager, Rich Beeson, who oversaw Mitt Romney’s ground game.';
      const q = quoteWith(analyze(text), 'one long Election Day');
      assertSpeaker(text, q, 'person', 'Rich Beeson', 'Rich Beeson');
    });

    it('credits "another" standing alone to an unnamed member of the group ("“…,” tweeted another." / "Yet another said")', () => {
      const text = 'Sanders supporters flooded social media.\n\n"Better watch out for Grimes," tweeted another.\n\nYet another said, "The primary was rigged."';
      const a = analyze(text);
      const first = quoteWith(a, 'watch out');
      assert.equal(first.speaker.kind, 'anonymous');
      assert.equal(speakerMention(text, first), 'another');
      assert.equal(quoteWith(a, 'was rigged').speaker.kind, 'anonymous');
    });

    it('reads a signature paragraph after a quote standing alone ("“…”\\n\\n- Bernie Sanders.", as fact checks print claims)', () => {
      const text = 'Bernie Sanders and Hillary Clinton debated on Thursday.\n\n"Boeing and GE and other multinationals pay zero taxes."\n\n- Sanders.\n\nThis is a complex issue, subject to fierce debate.';
      const q = quoteWith(analyze(text), 'zero taxes');
      assertSpeaker(text, q, 'person', 'Bernie Sanders', 'Sanders');
    });

    it('reads a signature with a place or a note after a comma ("- Michelle Marks, Philadelphia.", "-President Obama, tweeting after …")', () => {
      const text = 'Quotable.\n\n"Great speech. She is tested. She is ready."\n\n-President Obama, tweeting after Clinton\'s speech.\n\n"The whole idea of a Crooked Hillary needs to stop."\n\n-Michelle Marks, Philadelphia.';
      const a = analyze(text);
      assert.equal(quoteWith(a, 'Great speech').speaker.name, 'Obama');
      const marks = quoteWith(a, 'Crooked');
      assert.equal(marks.speaker.kind, 'person');
      assert.equal(speakerMention(text, marks), 'Michelle Marks');
    });

    it('reads a signature on the quote\'s own line ("“…” ― Sonya Herridge", readers\' comments and vox pops), not a dash inside a sentence', () => {
      const text =
        'We asked readers what they thought of the debate.\n\n“He represents our greatest shame.” ― Sonya Herridge\n“During the debate he said we live in hell.”― Pamela Padilla\n“I’m so ashamed.” — Jacklyn Ashley.\n\n' +
        'The mayor said “no” — and then “yes” — before leaving.';
      const a = analyze(text);
      assertSpeaker(text, quoteWith(a, 'greatest shame'), 'person', 'Sonya Herridge', 'Sonya Herridge');
      assertSpeaker(text, quoteWith(a, 'live in hell'), 'person', 'Pamela Padilla', 'Pamela Padilla');
      assertSpeaker(text, quoteWith(a, 'so ashamed'), 'person', 'Jacklyn Ashley', 'Jacklyn Ashley');
      assert.equal(quoteWith(a, '“no”').cue?.text, 'said');
    });

    it('takes no signature from a dash paragraph that is a sentence ("- The vote failed on Monday.")', () => {
      const text = 'Bernie Sanders spoke on Thursday.\n\nThe senator was asked about taxes. "Boeing pays zero taxes."\n\n- The vote on the tax bill failed on Monday.';
      const q = quoteWith(analyze(text), 'zero taxes');
      assert.notEqual(q.cue?.text, '-');
    });

    it('reads an apposition whose closing comma is missing ("“…,” Katie Packer, who is chairman of the PAC said in a statement")', () => {
      const text = 'Our Principles PAC was started by a former Romney aide.\n\n"Trump says different things to different audiences," Katie Packer, who is chairman of Our Principles PAC said in a statement provided to POLITICO.';
      const q = quoteWith(analyze(text), 'different audiences');
      assertSpeaker(text, q, 'person', 'Katie Packer', 'Katie Packer');
      assert.equal(q.cue?.text, 'said');
    });

    it('leaves a speech verb inside the apposition\'s relative clause alone ("“…,” Smith, the man who said it first")', () => {
      const text = 'Jim Smith runs the club.\n\n"We will win," Smith, the man who said it first, repeated.';
      const q = quoteWith(analyze(text), 'We will win');
      assert.notEqual(q.cue?.text, 'said');
    });

    it('reaches a cue that closes the sentence past a later quote ("“…” are “not out to bash gays,” he said")', () => {
      const text = 'John Schlafly defended his mother.\n\n“Family values people” are “not out to bash gays,” he said.';
      const a = analyze(text);
      assertSpeaker(text, quoteWith(a, 'Family values'), 'person', 'John Schlafly', 'he');
      assertSpeaker(text, quoteWith(a, 'bash gays'), 'person', 'John Schlafly', 'he');
    });

    it('reads a description before the name in an inverted cue closing the sentence ("…, said Ohio State University professor Paul Beck")', () => {
      const text = 'Paul Beck teaches political science.\n\nClinton “drew quite well from white, working-class Democrats” in the 2008 primary, said Ohio State University professor Paul Beck.';
      const q = quoteWith(analyze(text), 'drew quite well');
      assertSpeaker(text, q, 'person', 'Paul Beck', 'Paul Beck');
    });

    it('credits two named writers together ("“…,” Edward-Isaac Dovere and Gabriel Debenedetti wrote")', () => {
      const text = 'Two reporters followed the campaign.\n\n“His guiding principle under attack has boiled down to a feeling that everyone is against him,” Edward-Isaac Dovere and Gabriel Debenedetti wrote.';
      const q = quoteWith(analyze(text), 'guiding principle');
      assertSpeaker(text, q, 'person', 'Edward-Isaac Dovere and Gabriel Debenedetti', 'Edward-Isaac Dovere and Gabriel Debenedetti');
    });

    it('credits the subject of an absolute clause ("…, with Sen. John McCain calling it a “…”"), not the sentence\'s subject', () => {
      const text = 'Republicans were irritated about the lack of detail, with Sen. John McCain calling it a “Chinese menu.”';
      const q = quoteWith(analyze(text), 'Chinese menu');
      assertSpeaker(text, q, 'person', 'John McCain', 'John McCain');
      assert.equal(q.cue?.text, 'calling');
    });

    it('reads the absolute clause past an adverb and with a thing as its subject ("with Trump reportedly yelling:", "with one of her ads asking,")', () => {
      const text = 'Some of his supporters punched a protester, with Trump reportedly yelling: “Get him out of here!”\n\nJoAnne Kloppenburg attacked her rival, with one of her ads asking, “Is Rebecca Bradley independent?”';
      const a = analyze(text);
      assertSpeaker(text, quoteWith(a, 'Get him out'), 'person', 'Trump', 'Trump');
      assert.equal(speakerMention(text, quoteWith(a, 'independent')), 'one of her ads');
    });

    it('credits the subject of an adverbial clause, not an earlier "said" ("Cruz said as the heckler yelled: “…”")', () => {
      const text = 'Ted Cruz spoke in Iowa.\n\n"There is a young man who is having some problems," Cruz said as the heckler yelled: "You suck!"';
      const q = quoteWith(analyze(text), 'You suck');
      assert.equal(speakerMention(text, q), 'the heckler');
      assert.equal(q.cue?.text, 'yelled');
    });

    it('reads "at which point the crowd chanted “…”" and "to which X interjected: “…”" as the clause\'s own speaker', () => {
      const text = 'Joe Arpaio said the wall would be built, at which point the crowd chanted "Build the wall!"\n\nHillary Clinton said her plan was strong, to which Martin O\'Malley interjected: "It is just not true."';
      const a = analyze(text);
      const crowd = quoteWith(a, 'Build the wall');
      assert.equal(speakerMention(text, crowd), 'the crowd');
      assertSpeaker(text, quoteWith(a, 'not true'), 'person', "Martin O'Malley", "Martin O'Malley");
    });

    it('keeps the outer speaker when the clause opens a reported "that" clause ("Clinton said that when Warren railed …, “…”")', () => {
      const text = 'Mrs. Hillary Clinton said that when Ms. Elizabeth Warren railed against Wall Street from her perch in the Senate, "she is speaking for all of us."';
      const q = quoteWith(analyze(text), 'speaking for all');
      assert.equal(q.speaker.name, 'Hillary Clinton');
    });

    it('reads a surname that is also a common word after the person was named ("George Will … “…,” Will wrote", "Ian Read … Read said")', () => {
      const text = 'Columnist George Will weighed in. “The eruption of war is a reminder,” Will wrote.\n\nPfizer chief executive Ian Read spoke.\n\n"We have assessed this deal," Read said.';
      const a = analyze(text);
      assertSpeaker(text, quoteWith(a, 'eruption'), 'person', 'George Will', 'Will');
      assertSpeaker(text, quoteWith(a, 'assessed'), 'person', 'Ian Read', 'Read');
    });

    it('keeps such a word a common word when nobody has that surname ("“…,” Will said" with no Will named)', () => {
      const text = 'Columnist George Smith weighed in. “The war is a reminder,” Will wrote.';
      const q = quoteWith(analyze(text), 'war is a reminder');
      assert.notEqual(q.speaker.name, 'George Smith');
      assert.equal(analyze(text).people.some((p) => p.mentions.some((m) => m.text === 'Will')), false);
    });

    it('reads a surname that is also a function word as a subject before its verb ("…, which Will claims affirmed “…”")', () => {
      const text = 'Columnist George Will weighed in.\n\nAfter the debate, Will had nothing but praise for the speech in Orlando, which Will claims affirmed "the core belief in nationhood."';
      assertSpeaker(text, quoteWith(analyze(text), 'core belief'), 'person', 'George Will', 'Will');
    });

    it('keeps the speaker for a quote that opens its sentence and runs into the reporter\'s clause ("“…,” which votes next."), not for an unread verb ("“…,” read one.")', () => {
      const text =
        '"We are in good shape," said Nora Patel, a senior adviser to the campaign. "We can win enough delegates in Ohio," which votes next month.\n\n' +
        '"Our members are frustrated," said Glen Howe, a spokesman for the growers. "He has been aggressive on the tariff," because the rule hurts them.\n\n' +
        '"Nobody wins," said Ann Kohl. "Vote now," read one.';
      const a = analyze(text);
      assertSpeaker(text, quoteWith(a, 'enough delegates'), 'person', 'Nora Patel', 'Nora Patel');
      assertSpeaker(text, quoteWith(a, 'aggressive on the tariff'), 'person', 'Glen Howe', 'Glen Howe');
      assert.notEqual(quoteWith(a, 'Vote now').speaker.name, 'Ann Kohl');
    });

    it('reads a sentence subject opened by a possessive name ("Rubio’s campaign sent out a release saying …“…”", "Hoff’s letter makes a case: “…”")', () => {
      const text = 'Marco Rubio spoke.\n\nRubio’s campaign sent out a release saying Murphy owes “Florida an explanation for his votes.”\n\nKaren Hoff wrote too. Hoff’s letter makes a libertarian case: “We must stand together as Americans.”';
      const a = analyze(text);
      const q = quoteWith(a, 'Florida an explanation');
      assert.equal(q.speaker.name, 'Marco Rubio');
      assert.equal(q.cue?.text, 'saying');
      assert.notEqual(quoteWith(a, 'stand together').speaker.kind, 'unknown');
    });

    it('credits "who"/"which" for a quote inside a relative clause set off by a comma ("…, who highlighted … “…”", "the report, which notes, “…”"), not an object relative or a clause inside what "said" reports', () => {
      const text =
        'Intro.\n\nThe governor’s remarks were echoed by Senator Ruth Alder, who, on a call Friday, criticized the board for “misreading what had occurred.”\n\n' +
        'The mayor’s release linked to the Tribune report, which notes, “More than half the donors gave twice.”\n\n' +
        'Dan Poole attacked the plan, which he called “a giveaway.”\n\n' +
        'Mia Lund said Carl Ortiz, the father of a victim, who died last year is “absolutely wrong” about it.';
      const a = analyze(text);
      assertSpeaker(text, quoteWith(a, 'misreading'), 'person', 'Ruth Alder', 'who');
      const notes = quoteWith(a, 'half the donors');
      assert.equal(speakerMention(text, notes), 'which');
      assertSpeaker(text, quoteWith(a, 'a giveaway'), 'person', 'Dan Poole', 'he');
      assert.equal(quoteWith(a, 'absolutely wrong').speaker.name, 'Mia Lund');
    });

    it('reaches a cue closing the sentence past a later quoted term ("was “stagnant” as donors waited to see how a “turbulent cycle” played out, he said."), not past a later whole quote', () => {
      const text =
        'Lou Gilbert spoke.\n\nFundraising was "stagnant for a month" as donors waited to see how a "turbulent cycle" played out, he said.\n\n' +
        'Critics called the plan "a mess" and the mayor replied "We will fix it." he said.';
      const a = analyze(text);
      assertSpeaker(text, quoteWith(a, 'stagnant'), 'person', 'Lou Gilbert', 'he');
      assert.notEqual(speakerMention(text, quoteWith(a, 'a mess')), 'he');
    });

    it('skips "even" before an opening subordinate clause to find the subject ("Even if Unruh fails …, she can push for a “…”")', () => {
      const text = 'Mary Unruh leads the effort.\n\nBut even if the effort fails to win enough support on the committee, she can still push for a “minority report.”';
      assertSpeaker(text, quoteWith(analyze(text), 'minority report'), 'person', 'Mary Unruh', 'she');
    });

    it('skips a long opening phrase or participle clause before the subject ("On the eve of his election to a fourth term as prime minister in March, Netanyahu rallied supporters by warning that “…”")', () => {
      const text =
        'Intro.\n\nOn the eve of his historic election to a fourth term as prime minister in March, Benjamin Netanyahu rallied supporters by warning that “the rule of the right is in danger.”\n\n' +
        'Declaring that he alone has the strength to secure the border and rejuvenate the whole economy, Donald Trump offered himself as a “law and order” candidate.';
      const a = analyze(text);
      assertSpeaker(text, quoteWith(a, 'rule of the right'), 'person', 'Benjamin Netanyahu', 'Benjamin Netanyahu');
      assertSpeaker(text, quoteWith(a, 'law and order'), 'person', 'Donald Trump', 'Donald Trump');
    });

    it('reads "he’s"/"she’s" as the pronoun subject, its mention without the contracted verb ("he’s predicting that Trump “has no chance”")', () => {
      const text = 'Ted Cruz spoke in Texas.\n\nAnd he’s predicting that it will become clear that Trump “has no chance” of winning.\n\nMaria Lopez spoke too. She’s said the same thing at every stop: "It is about us."';
      const a = analyze(text);
      const chance = quoteWith(a, 'no chance');
      assertSpeaker(text, chance, 'person', 'Ted Cruz', 'he');
      assert.equal(chance.speaker.start, text.indexOf('he’s'));
      assertSpeaker(text, quoteWith(a, 'about us'), 'person', 'Maria Lopez', 'She');
    });

    it('finds the subject after "That’s why" / "This is because" ("That’s why he wanted to “go an extra step”")', () => {
      const text = 'Ted Cruz spoke in Texas.\n\nThat’s why he wanted to “go an extra step” in Iowa.\n\nMaria Lopez spoke too. This is because she thinks the plan is “a giveaway” to donors.';
      const a = analyze(text);
      assertSpeaker(text, quoteWith(a, 'extra step'), 'person', 'Ted Cruz', 'he');
      assertSpeaker(text, quoteWith(a, 'a giveaway'), 'person', 'Maria Lopez', 'she');
    });

    it('does not read the idiom "That said," as an outer reporting verb ("(That said, she also noted, “…”)")', () => {
      const text = 'Ivanka Trump spoke at a rally.\n\n(That said, she also noted, "When you attack him, he will punch back.")';
      assertSpeaker(text, quoteWith(analyze(text), 'punch back'), 'person', 'Ivanka Trump', 'she');
    });

    it('credits the owner of a speech noun with a month before it ("after her March comment that, “…”")', () => {
      const text = 'Hillary Clinton spoke.\n\nThe union is unlikely to back Clinton after her March comment that, "We are going to put coal miners out of business."';
      assertSpeaker(text, quoteWith(analyze(text), 'coal miners'), 'person', 'Hillary Clinton', 'her');
    });

    it('does not continue the previous speaker into a quote inside a sentence whose subject is another named person', () => {
      const text = '"It was a great show," Donald Trump told the magazine. "That makes me feel good."\n\nTexas Sen. Ted Cruz, who leads in Iowa, named "Criminal Minds," "Breaking Bad" and "Veep" as his top shows.';
      const a = analyze(text);
      assert.equal(quoteWith(a, 'feel good').speaker.name, 'Donald Trump');
      assert.notEqual(quoteWith(a, 'Breaking Bad').speaker.name, 'Donald Trump');
    });

    it('does not continue a document or an unnamed source into a quote inside a sentence whose subject is a named person', () => {
      const text =
        'Article 33 affirms: “No state shall expel a refugee.”\n\n' +
        'Filippo Grandi, the United Nations High Commissioner for Refugees, reacted skeptically to the deal, “[I am] concerned about any agreement.” He demands safeguards.';
      const a = analyze(text);
      assert.equal(quoteWith(a, 'No state shall').speaker.name, 'Article 33');
      assertSpeaker(text, quoteWith(a, 'concerned about'), 'person', 'Filippo Grandi', 'Filippo Grandi');
      const anonymous = '“The talks are stuck,” a senior official said.\n\nMaria Lopez, the mediator, sounded upbeat on Tuesday, “We are close.”';
      assert.equal(quoteWith(analyze(anonymous), 'We are close').speaker.name, 'Maria Lopez');
      // The same source goes on speaking when its next sentence names no one.
      const same = '“The talks are stuck,” a senior official said.\n\n“We will try again next week.”';
      assert.equal(quoteWith(analyze(same), 'try again').speaker.kind, 'anonymous');
    });

    it('does not continue the previous speaker past a whole sentence whose subject is another named person, but past one about a thing named after someone', () => {
      const text =
        '"The market is not there," Jack Roffman said. Walter Hewlett then wrote a long letter to the board. "Does that not speak to your judgment?"\n\n' +
        '"This is a critique of the elite," said Freddy Ortega, a comedian. But the oversized Trump face on the billboards has not hurt. "It has had a marvelous result."';
      const a = analyze(text);
      assert.notEqual(quoteWith(a, 'your judgment').speaker.name, 'Jack Roffman');
      assert.equal(quoteWith(a, 'marvelous result').speaker.name, 'Freddy Ortega');
    });

    it('credits a short name set off by a dash before a colon in a digest ("Media shares blame - Pollwatch: “…”")', () => {
      const text = 'Intro.\n\nMedia shares blame in poll overhype - Pollwatch: “Pollsters are taking a lot of heat for not anticipating the result.”\n\nEstimates are problematic - Pew Research: “All the samples include more engaged people.”';
      const a = analyze(text);
      assert.equal(speakerMention(text, quoteWith(a, 'lot of heat')), 'Pollwatch');
      assert.equal(speakerMention(text, quoteWith(a, 'samples include')), 'Pew Research');
    });

    it('credits the clause after a fragment that ends in a comma over the verb before it ("Grayson said Randolph “…,” the source recalled")', () => {
      const text = 'Alan Grayson wanted Randolph out.\n\nGrayson said Randolph “would have no chance to win,” the source recalled.\n\nComey cannot say that “from his perspective,” Corey Lewandowski added.';
      const a = analyze(text);
      assert.equal(speakerMention(text, quoteWith(a, 'no chance')), 'the source');
      assertSpeaker(text, quoteWith(a, 'his perspective'), 'person', 'Corey Lewandowski', 'Corey Lewandowski');
    });

    it('credits "asked X" after a fragment ending in ? or ! over the verb before it, but not a new sentence after it', () => {
      const text = 'Anita Dunn spoke first.\n\nIf Russia is meddling, as Democrats are alleging, “why wouldn’t you want to raise it?” asked Dunn, a former aide.';
      assertSpeaker(text, quoteWith(analyze(text), 'why wouldn'), 'person', 'Anita Dunn', 'Dunn');
      const other = 'David Axelrod wrote to Hillary Clinton, telling her, “you are an all-star player!” She replied that it was an honor.';
      assert.equal(quoteWith(analyze(other), 'all-star').speaker.name, 'David Axelrod');
    });

    it('credits a reporting verb set off by commas with its speaker after it before the quote ("…, explained Rosenberg, “…”")', () => {
      const text = 'Simon Rosenberg runs a think tank.\n\nBecause of how Democrats crafted the schedule, explained Rosenberg, “there is a scenario where it is hard to see how she gets airtime.”';
      assertSpeaker(text, quoteWith(analyze(text), 'there is a scenario'), 'person', 'Simon Rosenberg', 'Rosenberg');
      const apposition = 'Simon Rosenberg spoke.\n\nIn the end, said Simon Rosenberg, a Democratic strategist, “we will win.”';
      assertSpeaker(apposition, quoteWith(analyze(apposition), 'we will win'), 'person', 'Simon Rosenberg', 'Simon Rosenberg');
      // After "told" the name is the one spoken to.
      const told = 'Dick Dever, who was listed on the Cruz slate, told POLITICO, “Of the three, I like John Kasich the best.”';
      assert.equal(quoteWith(analyze(told), 'Of the three').speaker.name, 'Dick Dever');
    });

    it('reads a sentence-opening name that ends in -ly as the subject, not as an adverb ("Carly Fiorina won, saying …")', () => {
      for (const name of ['Carly Fiorina', 'Kelly Ayotte', 'Emily Smith']) {
        const text = `${name} threw her support behind Ted Cruz on Wednesday, saying it is time for a “real constitutional conservative in the White House.”`;
        assertSpeaker(text, quoteWith(analyze(text), 'real constitutional'), 'person', name, name);
      }
      // An adverb still opens no subject ("Separately, …" and "Quickly, …" are passed over).
      const adverb = 'Jane Ruiz spoke first. Quickly, she left, saying it is time for a “real constitutional conservative.”';
      assert.equal(quoteWith(analyze(adverb), 'real constitutional').speaker.name, 'Jane Ruiz');
    });

    it('takes no sentence-opening adverb for a speaker ("Hastily politicizing the tragedy …, Trump cast …")', () => {
      const text = 'Donald Trump spoke on Friday.\nHastily politicizing the tragedy in Nice ― much like he did after the attacks in Paris ― Trump cast the blame on his rivals, and emphasized the threat that “Islamic terrorism” poses.';
      const a = analyze(text);
      assert.notEqual(quoteWith(a, 'Islamic terrorism').speaker.name, 'Hastily');
      assert.ok(!a.people.some((p) => p.name === 'Hastily'));
    });

    it('reads a pronoun set off by commas as the subject ("She, too, is …, cautioning that … “…”"), not as an opening word', () => {
      const text = 'Hillary Clinton spoke in Ohio. She, too, is a pragmatic internationalist, cautioning that the turmoil underscores a need for “calm, steady leadership.”';
      assertSpeaker(text, quoteWith(analyze(text), 'calm, steady'), 'person', 'Hillary Clinton', 'She');
      // An opening word before a comma is still passed over ("Nevertheless, …").
      const opener = 'Hillary Clinton spoke in Ohio. Nevertheless, she is a pragmatist, cautioning that the turmoil underscores a need for “calm, steady leadership.”';
      assert.equal(quoteWith(analyze(opener), 'calm, steady').speaker.name, 'Hillary Clinton');
    });

    it('leaves a fragment in an opening subordinate clause to the verb before it ("After Scalia said … “…,” Trump said: …")', () => {
      const text = 'After Antonin Scalia said that such students might do better at "less advanced schools," Donald Trump said: "I don\'t like what he said."';
      const q = quoteWith(analyze(text), 'less advanced');
      assert.equal(q.speaker.name, 'Antonin Scalia');
    });

    it('credits the clause after a fragment once a comma has closed the opening subordinate clause ("While it is unclear why, the panel is less likely to be “…,” Hoover said")', () => {
      const text = 'Intro.\n\nWhile the rules are unclear, members are asked to rank their choices, and the panel is less likely to be "overrun by hardliners," Dana Whitfield said.';
      assertSpeaker(text, quoteWith(analyze(text), 'overrun by'), 'person', 'Dana Whitfield', 'Dana Whitfield');
    });

    it('credits each named subject of coordinated absolute clauses ("– Ryan saying he was “…” and Trump calling it a “…”")', () => {
      const text = 'Paul Ryan met Donald Trump. Both men issued a statement – Ryan saying he was “very encouraged” and Trump calling it a “great meeting.”';
      const a = analyze(text);
      assertSpeaker(text, quoteWith(a, 'very encouraged'), 'person', 'Paul Ryan', 'Ryan');
      assertSpeaker(text, quoteWith(a, 'great meeting'), 'person', 'Donald Trump', 'Trump');
    });

    it('keeps the sentence\'s subject for a participle after a name in apposition (", Hillary Clinton, saying “…”")', () => {
      const text = 'Sen. Bernie Sanders discussed his remarks about his rival, Hillary Clinton, saying “on her worst day” she would be better.';
      const q = quoteWith(analyze(text), 'worst day');
      assert.equal(q.speaker.name, 'Bernie Sanders');
    });

    it('credits two subjects joined by "and" in an absolute clause ("with many marchers and spectators chanting “…” and “…”")', () => {
      const text = 'Intro.\n\nThe shooting was not far from the thoughts of celebrants, with many marchers and spectators chanting "We are Orlando" and "Disarm hate."';
      const a = analyze(text);
      for (const words of ['We are Orlando', 'Disarm hate']) assert.equal(quoteWith(a, words).speaker.name, 'many marchers and spectators');
    });

    it('still credits the sentence\'s subject for a participle without "with" ("X rallied supporters, saying: “…”")', () => {
      const text = 'Huma Abedin rallied supporters in Brooklyn, saying: “We have to be ready to stop him.”';
      const q = quoteWith(analyze(text), 'ready to stop');
      assertSpeaker(text, q, 'person', 'Huma Abedin', 'Huma Abedin');
    });

    it('credits the he/she that opens the cue\'s own clause after a named subject ("Wilkerson started the rant when he brought up … and later said, “…”")', () => {
      const text = 'Retired Army Col. Lawrence Wilkerson started the rant when he brought up the Oklahoma City bombing and later said, “It’s not just Muslims shooting people.”\n\nChris Christie made the city a priority, and he has battled with its mayor, at one point calling him a "liar" who was not "honorable."';
      const a = analyze(text);
      assertSpeaker(text, quoteWith(a, 'not just Muslims'), 'person', 'Lawrence Wilkerson', 'he');
      assertSpeaker(text, quoteWith(a, 'liar'), 'person', 'Chris Christie', 'he');
    });

    it('keeps the named subject when the pronoun only opens the reported clause ("X said he found …", "that even she found")', () => {
      const text = 'Melba Acosta said in an interview that even she found the debt confusing and called the venture “a great example” of failure.\n\nJohn Kerry said he found the talks “useful and candid.”';
      const a = analyze(text);
      assertSpeaker(text, quoteWith(a, 'great example'), 'person', 'Melba Acosta', 'Melba Acosta');
      assertSpeaker(text, quoteWith(a, 'useful and candid'), 'person', 'John Kerry', 'John Kerry');
    });
    it('credits the agent of a passive question ("Rubio was asked by host Bill Maher whether … “…”"), not its subject', () => {
      const text = 'Intro.\n\nMarco Rubio was asked by host Bill Maher whether his plan would risk “adding another expensive entitlement program.”\n\nJohn Kasich was criticized by Jeb Bush for calling it “a good idea.”';
      const a = analyze(text);
      assertSpeaker(text, quoteWith(a, 'entitlement program'), 'person', 'Bill Maher', 'Bill Maher');
      assert.equal(quoteWith(a, 'a good idea').speaker.name, 'John Kasich');
    });
    it('speaks through "who" when the quote sits in a relative clause on the named speaker ("Beck, who has in the past described Trump as “…”")', () => {
      const text = 'Intro.\n\nGlenn Beck, who has in the past described Trump as “a pathological narcissistic sociopath” and “a narcissistic psychopath,” spoke in Indiana.\n\nGOP front-runner Donald Trump - who previously said he would "bomb the [expletive] out of" oil fields - spoke on Saturday.\n\nMarvin Roffman, who lost his job, later said it was “horrendous.”';
      const a = analyze(text);
      assertSpeaker(text, quoteWith(a, 'narcissistic sociopath'), 'person', 'Glenn Beck', 'who');
      assertSpeaker(text, quoteWith(a, 'narcissistic psychopath'), 'person', 'Glenn Beck', 'who');
      assertSpeaker(text, quoteWith(a, 'bomb the'), 'person', 'Donald Trump', 'who');
      // A relative clause closed by a comma before the cue: the name speaks.
      assertSpeaker(text, quoteWith(a, 'horrendous'), 'person', 'Marvin Roffman', 'Marvin Roffman');
    });
    it('past an earlier "said", credits the he/she right before a reporting verb of its own ("DeSantis said he has supported bodies, which he called “…”")', () => {
      const text = 'Ron DeSantis spoke.\n\nDeSantis said he has supported legislation that would target accreditation bodies, which he called “a cartel for higher education.”\n\nJohn Kerry said he found the talks “useful and candid.”';
      const a = analyze(text);
      const q = quoteWith(a, 'a cartel');
      assertSpeaker(text, q, 'person', 'Ron DeSantis', 'he');
      assert.equal(q.speaker.start, text.indexOf('he called'));
      assertSpeaker(text, quoteWith(a, 'useful and candid'), 'person', 'John Kerry', 'John Kerry');
    });
    it('past a cue that reports nothing the quote says, credits the he/she opening a clause of its own ("decided not to …, even though he found “…”", "…, but he gave …: “…”", "When X announced …, he called …")', () => {
      const text =
        'Intro.\n\nMaria Okafor decided not to file charges on Monday even though she found “troubling gaps” in the records.\n\n' +
        'Tom Reyes said both bills are weak, but he gave the mayor some credit: “She never hides what she thinks.”\n\n' +
        'Paul Devlin spoke.\n\nWhen Devlin announced his run in March, he called the council “a closed shop” for insiders.\n\n' +
        'Ann Cole said he was late because he found the road “simply impassable.”';
      const a = analyze(text);
      const gaps = quoteWith(a, 'troubling gaps');
      assertSpeaker(text, gaps, 'person', 'Maria Okafor', 'she');
      assert.equal(gaps.speaker.start, text.indexOf('she found'));
      const hides = quoteWith(a, 'never hides');
      assertSpeaker(text, hides, 'person', 'Tom Reyes', 'he');
      assert.equal(hides.speaker.start, text.indexOf('he gave'));
      const shop = quoteWith(a, 'closed shop');
      assertSpeaker(text, shop, 'person', 'Paul Devlin', 'he');
      assert.equal(shop.speaker.start, text.indexOf('he called'));
      // A pronoun inside what "said" reports stays the reported clause's: the named subject speaks.
      assertSpeaker(text, quoteWith(a, 'simply impassable'), 'person', 'Ann Cole', 'Ann Cole');
    });
  });

  describe('progressive verbs and possessive owners', () => {
    it('credits the subject of a progressive reporting verb, not the sentence opener ("it’s safe to say he’s referring to …", "Trump was telling …", "X is now calling …")', () => {
      const text =
        'Donald Trump spoke on Monday.\n\nGiven his past comments, it’s safe to say he’s referring to Mexican “rapists” and more.\n\n' +
        'Maria Okafor spoke too.\n\nIt seems that Maria Okafor is now calling the plan “a disaster” for the city.\n\n' +
        'Later Paul Devlin was telling reporters the deal was “dead on arrival” in the Senate.';
      const a = analyze(text);
      const rapists = quoteWith(a, 'rapists');
      assertSpeaker(text, rapists, 'person', 'Donald Trump', 'he');
      assert.equal(rapists.speaker.start, text.indexOf('he’s referring'));
      assertSpeaker(text, quoteWith(a, 'a disaster'), 'person', 'Maria Okafor', 'Maria Okafor');
      assertSpeaker(text, quoteWith(a, 'dead on arrival'), 'person', 'Paul Devlin', 'Paul Devlin');
    });
    it('keeps "was told" passive and "being …ing" no verb form', () => {
      const text =
        'Maria Okafor spoke.\n\nShe was told the plan was “a disaster” by her staff.\n\n' +
        'Paul Devlin writes a column. Mr. Devlin is for the time being continuing to write his sheet, “Playbook,” daily.';
      const a = analyze(text);
      // "was told" reports what she heard: no verb cue (the context still names her).
      assert.notEqual(quoteWith(a, 'a disaster').cue?.text, 'told');
      assert.notEqual(quoteWith(a, 'Playbook').speaker.name, 'Paul Devlin');
    });
    it('gives a quote to the person a possessive owns, not to the owner ("Gary Johnson’s doctor", "Clinton’s campaign manager"), but keeps "Lapid’s office" Lapid\'s', () => {
      const text =
        'Gary Johnson spoke.\n\nGary Johnson’s doctor is calling the candidate “extremely physically fit.”\n\n' +
        'Hillary Clinton spoke.\n\nClinton’s campaign manager said the race was “far from over.”\n\n' +
        'Yair Lapid met the envoy. Lapid’s office said it was “outraged” by the report.';
      const a = analyze(text);
      const fit = quoteWith(a, 'physically fit');
      assert.equal(fit.speaker.kind, 'anonymous');
      assert.equal(speakerMention(text, fit), 'Gary Johnson’s doctor');
      const over = quoteWith(a, 'far from over');
      assert.notEqual(over.speaker.name, 'Hillary Clinton');
      assert.equal(speakerMention(text, over), 'Clinton’s campaign manager');
      assertSpeaker(text, quoteWith(a, 'outraged'), 'person', 'Yair Lapid', 'Lapid');
    });
    it('gives a quote to the person an apposition chain describes, not to the name closing it ("Jane Doe, a spokeswoman for the company, Acme Widgets, said")', () => {
      const text =
        "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said every pope was ''both religious and political.''\n\n" +
        'Jane Doe, a spokeswoman for the company, Acme Widgets, said it was “a mistake.”\n\n' +
        'In Tallinn, Estonia’s foreign minister, Liisa Kask-Pärn, called the expulsions “unjust.”';
      const a = analyze(text);
      assert.equal(quoteWith(a, 'both religious').speaker.name, 'Giovanni Maria Vian');
      assert.equal(quoteWith(a, 'a mistake').speaker.name, 'Jane Doe');
      assert.equal(quoteWith(a, 'unjust').speaker.name, 'Liisa Kask-Pärn');
      // The name closing the chain names the apposition's noun, so it holds none of its titles.
      assert.deepEqual(a.people.filter((p) => p.name === "L'Osservatore Romano" || p.name === 'Acme Widgets').map((p) => p.title), a.people.filter((p) => p.name === "L'Osservatore Romano" || p.name === 'Acme Widgets').map(() => null));
      assert.equal(personNamed(a, 'Liisa Kask-Pärn').title, 'foreign minister');
    });
    it('gives a quote to the source speaking to an outlet, not to the outlet ("Another intelligence source speaking to Fox News said, “…”")', () => {
      const text = 'Another intelligence source speaking to Fox News said, “The agents are investigating.”\n\nOne official talking with Reuters said “it is over.”';
      const a = analyze(text);
      const q = quoteWith(a, 'agents are investigating');
      assert.equal(q.speaker.kind, 'anonymous');
      assert.equal(speakerMention(text, q), 'Another intelligence source');
      assert.equal(quoteWith(a, 'it is over').speaker.kind, 'anonymous');
    });
    it('gives the verb of a sentence that goes on into a quote of its own to that quote, not to the quote before ("Jane Doe said, “A.” John Roe said “B.”")', () => {
      const text = 'Jane Doe said, “A is true.” John Roe said “B is true.”\n\nJane Doe spoke again. “C is true.” John Roe said.';
      const a = analyze(text);
      assert.equal(quoteWith(a, 'A is true').speaker.name, 'Jane Doe');
      assert.equal(quoteWith(a, 'B is true').speaker.name, 'John Roe');
      // A verb that ends its sentence still reaches back to the quote before it.
      assert.equal(quoteWith(a, 'C is true').speaker.name, 'John Roe');
    });
    it('reads an unknown name in "s" as a person when no plural ends so ("Harris", "Ross"), and a name after "the" as a body ("the AFL-CIO"), not a party member or an outlet’s writer', () => {
      const kind = (text: string) => analyze(text).quotes[0].speaker.kind;
      assert.equal(kind('Harris replied: “I am focused on my job.”'), 'person');
      assert.equal(kind('Ross said “it is over.”'), 'person');
      assert.notEqual(kind('Israelis said “it is over.”'), 'person');
      assert.notEqual(kind('Democrats said “it is over.”'), 'person');
      assert.equal(kind('In a statement, the AFL-CIO said the deal was “a betrayal.”'), 'organization');
      assert.equal(kind('Census said the count was “complete.”'), 'organization');
      assert.equal(kind('The senator spoke. The Kentucky Republican said it was “a betrayal.”'), 'person');
      assert.equal(kind('The Post’s Dana Milbank wrote that it was “a betrayal.”'), 'person');
    });
    it('resolves "the newspaper" and "the network" to the outlet named last in the paragraphs before ("Haaretz reported … According to the newspaper")', () => {
      const text =
        'Haaretz reported that the visit had been planned for weeks. According to the newspaper, Lapid hoped to “reset” ties.\n\n' +
        'Bill Clinton submitted a recipe for Family Circle magazine’s cookie poll. The magazine said the winner is “always right.”\n\n' +
        'A welcome message on the website reads: “Move to Cape Breton!”';
      const a = analyze(text);
      assert.equal(quoteWith(a, 'reset').speaker.name, 'Haaretz');
      assert.equal(speakerMention(text, quoteWith(a, 'reset')), 'the newspaper');
      assert.equal(quoteWith(a, 'always right').speaker.name, 'Family Circle');
      // A website is no outlet the article named.
      assert.notEqual(quoteWith(a, 'Cape Breton').speaker.name, 'Haaretz');
      // An outlet noun inside a listed outlet's name is no outlet noun after a place ("New York Daily News").
      const b = analyze('The New York Daily News ran an editorial. According to the newspaper, the law is “a disgrace.”');
      assert.equal(quoteWith(b, 'a disgrace').speaker.name, 'Daily News');
    });
    it('reads no outer cue in an adverbial clause before the quote’s own clause ("when Rubio said it was great to be home, a man yelled “…”")', () => {
      const text = 'Marco Rubio spoke in Miami. Some in the crowd booed, and when Rubio said it was great to be home, a man yelled “Stay there!”';
      const a = analyze(text);
      const q = quoteWith(a, 'Stay there');
      assert.equal(q.cue?.text, 'yelled');
      assert.equal(speakerMention(text, q), 'a man');
      // A clause the outer verb reports still belongs to it.
      const b = analyze('Jane Smith said that when the talks failed, officials warned “it is over.”');
      assert.equal(quoteWith(b, 'it is over').speaker.name, 'Jane Smith');
    });
    it('gives a quote after "in the words of X," or "in X’s words," anywhere in its sentence to X ("Mrs. Clinton was, in the words of a senior adviser, “the torchbearer”")', () => {
      const text =
        'Mrs. Clinton was, in the words of a senior adviser, “the torchbearer” of his legacy.\n\n' +
        'The summit met in Jerusalem because, in Forbes’ words, “they are the most entrepreneurial places.”\n\n' +
        'Jane Smith spoke. It was, in her words, “a disaster.”';
      const a = analyze(text);
      const torch = quoteWith(a, 'torchbearer');
      assert.equal(torch.speaker.kind, 'anonymous');
      assert.equal(speakerMention(text, torch), 'a senior adviser');
      assert.equal(torch.cue?.text, 'in the words of');
      assert.equal(quoteWith(a, 'entrepreneurial').speaker.kind, 'media');
      assert.equal(quoteWith(a, 'entrepreneurial').speaker.name, 'Forbes');
      assertSpeaker(text, quoteWith(a, 'a disaster'), 'person', 'Jane Smith', 'her');
    });
    it('gives a quote to the people a full name’s possessive describes, with an adjective or none ("Hillary Clinton’s right-hand woman", "Sanders protesters"), not to the owner', () => {
      const text =
        'Hillary Clinton spoke in Iowa. Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”\n\n' +
        'Bernie Sanders spoke in Ohio. Sanders protesters chanted: “Feel the Bern.”';
      const a = analyze(text);
      const ready = quoteWith(a, 'ready to stop');
      assert.notEqual(ready.speaker.name, 'Hillary Clinton');
      assert.equal(ready.speaker.kind, 'person');
      assert.equal(speakerMention(text, ready), 'Hillary Clinton’s right-hand woman');
      const bern = quoteWith(a, 'Feel the Bern');
      assert.notEqual(bern.speaker.name, 'Bernie Sanders');
      assert.equal(speakerMention(text, bern), 'Sanders protesters');
    });
    it('continues the speaker of the sentence before into a quote after an opening clause that the quote ends ("Unless rivals quit the race, “it’s very difficult …”")', () => {
      const text =
        '“It’s an enormous moment,” said Steve Schmidt, a Republican strategist. Unless further rivals quit the race, “it’s very difficult to see how he is stopped.”\n\n' +
        '“We won,” said Ann Cole. If rivals quit, “it’s over” for them, analysts said.';
      const a = analyze(text);
      assertSpeaker(text, quoteWith(a, 'very difficult'), 'person', 'Steve Schmidt', 'Steve Schmidt');
      // A quote that does not end its sentence leaves it to the cue after it.
      assert.equal(quoteWith(a, 'it’s over').speaker.kind, 'anonymous');
    });
    it('reads no attribution in a phrase describing the quote after it ("“…,” a figure the delegation declined to confirm")', () => {
      const text = 'Two delegates said the UAE had secured a revision. One of them put the concession at “about 100,000 barrels, maybe a little more,” a figure the Emirati delegation declined to confirm.';
      const a = analyze(text);
      assert.notEqual(speakerMention(text, quoteWith(a, '100,000')), 'a figure the Emirati delegation');
      assert.notEqual(quoteWith(a, '100,000').speaker.kind, 'organization');
    });
    it('gives a quote in a title the speaker of the quote below that repeats its words (cue "echo"), not the speaker before it', () => {
      const text =
        'Lagos strike\n\nUnion leader Ikechukwu Obiora told marchers the strike would go on. “We will not go back to work,” he said.\n\n' +
        '## “A necessary correction”\n\nNigeria’s minister of state for petroleum, Abubakar Danjuma Lawal, defended the decision.\n\n' +
        '“This is a necessary correction, not a punishment,” Lawal told a news conference.';
      const a = analyze(text);
      const heading = quoteWith(a, 'A necessary correction');
      assert.equal(heading.speaker.name, 'Abubakar Danjuma Lawal');
      assert.equal(heading.cue?.kind, 'echo');
      assert.equal(heading.cue?.start, text.indexOf('“This is'));
    });
    it('takes no speaker from an "it" that only identifies or frames ("It was a potent one-two punch …", "It has not helped that …")', () => {
      const text =
        'Hillary Clinton spoke in Ohio.\n\nIt was a potent one-two punch by the two women, as Mrs. Clinton echoed the criticism, saying Mr. Trump “reminds us every day that he is not in it for the people.”\n\n' +
        'It has not helped that her campaign has cycled through slogans, from “everyday Americans” to “fighting for us.”\n\n' +
        'The ministry issued a statement. It was careful to call the talks “constructive.”';
      const a = analyze(text);
      assertSpeaker(text, quoteWith(a, 'reminds us'), 'person', 'Hillary Clinton', 'Clinton');
      assert.notEqual(quoteWith(a, 'everyday Americans').speaker.kind, 'organization');
      // An "it" that acts still speaks for the body it points back to.
      assert.equal(quoteWith(a, 'constructive').speaker.kind, 'organization');
    });
    it('reads no person in a noun that only ends like one ("the FBI lists “…”"), and no name in a plural common noun after a title ("the Billionaire Lists")', () => {
      const text = 'On its official website, the FBI lists “public corruption as the FBI’s top criminal priority.”\n\nHe read the Billionaire Lists yesterday.';
      const a = analyze(text);
      const q = quoteWith(a, 'public corruption');
      assert.notEqual(speakerMention(text, q), 'the FBI lists');
      assert.notEqual(q.speaker.kind, 'person');
      assert.deepEqual(a.people.map((p) => p.name), []);
    });
  });
});
