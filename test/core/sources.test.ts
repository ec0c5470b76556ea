import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { tokenize } from '../../src/core/text';
import { describeSources, quoteWith, sourcesAt } from './helpers';

describe('sources', () => {
  describe('anonymous sources', () => {
    const cases: Array<[string, string]> = [
      ['a source', 'The visit was canceled at the last minute, a source in the prime minister’s office said.'],
      ['a diplomatic source', 'Israel will not send Patriot batteries to Ukraine, a diplomatic source told reporters on Tuesday.'],
      ['an official', 'The shipment left the port of Ashdod on Sunday, an official said.'],
      ['officials', 'Officials said the embassy in Kyiv would reopen next month.'],
      ['a senior administration official', 'A senior administration official said the White House had not been consulted.'],
      ['people familiar with the matter', 'The two leaders spoke by phone on Friday, according to people familiar with the matter.'],
      ['a person with knowledge of', 'The offer was rejected within hours, a person with knowledge of the talks said.'],
      ['an aide', 'The minister was caught off guard by the decision, an aide said.'],
      ['insiders', 'Insiders say the coalition will not survive the budget vote.'],
      ['a Qatari official', 'A Qatari official briefed on the talks said the sides were close.'],
      ['a lawmaker', 'A lawmaker who attended the closed-door briefing said the numbers were alarming.'],
      ['a person', 'A person who has seen the draft said it ran to 40 pages.'],
      ['Ukrainian officials', 'Satellite images showed craters at a site matching the location described by Ukrainian officials.'],
      ['American officials', 'Mexico will not become a “back door” for Chinese goods, a phrase used repeatedly by American officials.'],
      ['a spokeswoman for the presidential palace', 'A spokeswoman for the presidential palace, La Moneda, declined to comment on the calls.'],
      ['a soldier', 'A soldier serving with an artillery unit near the front, who gave only his call sign, said the shelling had eased.'],
      ['officials in the department', 'Officials in the department said privately that the target could still be met.'],
      ['sources within the force', 'Sources within the force said the investigation had been running for almost a year.'],
      ['officials', 'A leaked memo suggested officials had warned that the timetable was not deliverable.'],
      ['Labour MP', 'Another Labour MP said the whips had been busy all morning.'],
      ['a senior minister', 'A senior minister said the cabinet would meet again on Friday.'],
      ['one minister', 'One minister told reporters the cabinet would meet again on Friday.'],
      ['a Democratic senator', 'After hours of speeches, a Democratic senator said Republicans had agreed to hold votes.'],
      ['a senior Tory', 'A senior Tory said the leader would not survive the summer.'],
      ['one official', 'The deal is close, said one official.'],
      ['another anonymous source', 'The family soured on him long ago, the Post reported, citing another anonymous source.'],
      ['a New Hampshire Republican', '“Iowa proved polls are misleading,” said a New Hampshire Republican.'],
      ['Those briefed on the talks', 'Those briefed on the talks said a deal was close.'],
      ['Those close to him', 'Those close to him say that he would run.'],
      ['US intelligence officials', 'US intelligence officials believe the attack was planned for months.'],
      ['A former official', 'A former official who worked on the programme said it was never funded.'],
      ['A senior banker involved in the process', 'A senior banker involved in the process said the rival bid had failed.'],
      ['two fund managers', 'The bank may be overpaying, two fund managers who hold its shares said.'],
      ['Several House Democrats', 'Several House Democrats have privately warned leadership that they cannot vote for it.'],
      ['Two Republicans', 'Two Republicans said the bill would fail.'],
      ['Aides to the Speaker of the House', 'Aides to the Speaker of the House, Ron Whitaker, said he would not commit to a vote.'],
      ['a close ally of the PM', 'A close ally of the PM said Britain would not be lectured on burden-sharing.'],
      ['those close to the minister', 'Those close to the minister said he had pushed for a larger contribution.'],
      ['those close to the defence secretary', 'Those close to the defence secretary, Alistair Penhallow, said he had been overruled.'],
      ['three diplomats present at the talks', 'The ministers failed to agree, according to three diplomats present at the talks.'],
      ['Two contractors involved in the project', 'Two contractors involved in the project said payments had been delayed by five months.'],
      ['Two engineers', 'Two engineers who worked on the site said inspections had lasted minutes.'],
      ['two economists', 'The plan was overruled, according to two economists who advise the government.'],
      ['senior party figures', 'The plan was dropped, according to senior party figures.'],
      ['two officers', 'Two officers who responded to the crash told investigators that the sign was found nearby.'],
      ['two teachers', 'The gunmen herded the pupils into the bush, according to two teachers who escaped.'],
      ['a senior BJP functionary', 'A senior BJP functionary in Guwahati said the leadership was unhappy.'],
      ['a Tory MP', 'The plan was shelved on Monday, a Tory MP said.'],
      ['a humanitarian worker', 'The convoy was turned back at the crossing, a humanitarian worker said.'],
      ['a tribal elder', 'The fighters left the village at dawn, a tribal elder said.'],
      ['allies of the president', 'The plan was shelved on Monday, allies of the president said.'],
      ['a Labour MP', 'The plan was shelved on Monday, said a Labour MP.'],
      ['an official', 'Reuters quoted an official as saying the plan was shelved.'],
      ['a Labour backbencher', 'The whips had been busy all morning, a Labour backbencher said.'],
      ['a senior civil servant', 'The timetable was never realistic, a senior civil servant said.'],
      ['two ministers', 'The plan was shelved on Monday, but two ministers said the talks would resume.'],
      ['several MPs', 'Several MPs told the BBC that the whips had been busy.'],
      ['Two labour leaders present at Wednesday’s meeting', 'Two labour leaders present at Wednesday’s meeting said the vote had been close.'],
      ['one senior officer at Defence Headquarters', 'One senior officer at Defence Headquarters said troops were overstretched.'],
      ['two of the people', 'He has told aides he wants a fresh mandate, two of the people said.'],
      ['Three of them', 'Three of them told reporters that the deal was close.'],
      ['A European diplomat', 'A European diplomat who follows the file closely said that the truce was fragile.'],
      ['the MP', '“They cannot fix this with a phone call,” the MP said.'],
      ['A senior Komeito executive', 'A senior Komeito executive said the party would not oppose a delay.'],
      ['The consultant', 'The consultant said that requests for extra shifts had been turned down.'],
      ['staff', 'Nurses warned managers about corridor care, staff say.'],
      ['Some state officials', 'Some state officials praised the plan.'],
      ['An informed source', 'An informed source told the agency that the talks had resumed.'],
      ['a retired officer', 'The unit had been warned, a retired officer said.'],
      ['A person in the family', 'A person in the family said the plan was dead.'],
      ['A member of the assembly', 'A member of the assembly said the vote was rigged.'],
      ['Those present', 'Those present said the mood was grim.'],
      ['Those involved', 'Those involved say a deal is close.'],
      ['A third', 'Two officials said the plan was dead. A third said it could be revived.'],
      ['a local journalist', 'The border was closed overnight, a local journalist told AFP.'],
      ['one analyst', 'The deal is overpriced, one analyst said.'],
      ['A patient', 'A patient who waited 31 hours said nobody came.'],
      ['An official', 'An official who spoke on Tuesday said the plan was dead.'],
      ['Dozens of staff', 'Dozens of staff have complained that the ward is unsafe.'],
      ['A number of officials', 'A number of officials said the vote was lost.'],
      ['a Department of Health source', 'The guidance is ready, a Department of Health source said.'],
      ['a Bank of England official', 'Rates will stay on hold, a Bank of England official said.'],
      ['Another', 'Two sources said the talks were dead. Another said they could be revived.'],
      ['Both', 'Two sources said the talks had stalled. Both said they could be revived.'],
      ['The two', 'Two sources said the talks had stalled. The two said they could be revived.'],
      ['All three', 'Three diplomats said the talks had stalled. All three said they could be revived.'],
      ['A state prosecutor familiar with the inquiry', 'A state prosecutor familiar with the inquiry said the charges were ready.'],
      ['An executive familiar with the bid', 'An executive familiar with the bid said the price was too high.'],
      ['An official at the Electoral Commission in Harare', 'An official at the Electoral Commission in Harare, who was not authorised to speak to the press, said the roll was final.'],
      ['The strategist', 'A campaign strategist for the ruling alliance said turnout would decide it. The strategist was careful to add that the polls had been wrong before.'],
      ['The source', 'A military source told the agency that jets struck a depot. The source gave no details about casualties.'],
      ['Two delegates', 'OPEC+ delegates said the cut was agreed. Two delegates told the agency it was deep.'],
      ['the delegate', 'A delegate from a non-Gulf producer said the plan was fair. “It works,” the delegate said.'],
      ['Officials of the ruling party', 'Officials of the ruling party said the vote would go ahead.'],
      ['A delegate from a non-Gulf producer', 'A delegate from a non-Gulf producer was sceptical. “We have heard it before,” the delegate said.'],
      ['A diplomat from one of the guarantor countries', 'A diplomat from one of the guarantor countries was less hopeful.'],
      ['Officials in Valletta', 'Officials in Valletta were irritated by the remarks.'],
      ['Diplomats at the UN', 'Diplomats at the UN seemed surprised by the vote.'],
      ['Officials in Riga', 'Officials in Riga believe the cable was cut on purpose.'],
      ['An agent with the coast guard', 'An agent with the coast guard who has patrolled the strait for years said the boats left at night.'],
      ['one agent in Haifa', 'Ticket sales have slumped. According to one agent in Haifa, “nobody is flying.”'],
    ];
    for (const [phrase, text] of cases) {
      it(`reports "${phrase}" as an anonymous source`, () => {
        const a = analyze(text);
        const found = sourcesAt(a, text, matchCase(text, phrase));
        assert.ok(found.some((s) => s.kind === 'anonymous'), `sources: ${describeSources(a)}`);
        const s = found.find((x) => x.kind === 'anonymous')!;
        assert.equal(text.slice(s.start, s.end), s.text);
        assert.ok(s.text.toLowerCase().includes(phrase.toLowerCase()), `source text ${JSON.stringify(s.text)} should cover ${JSON.stringify(phrase)}`);
      });
    }

    it('leaves "Both said" after two named people to them, no unnamed source', () => {
      const a = analyze('Hillary Clinton and Donald Trump met on Monday. Both said the talks were dead. Officials said the talks had stalled. Hillary Clinton and Donald Trump met again. Both said so.');
      assert.deepEqual(a.sources.filter((s) => s.kind === 'anonymous').map((s) => s.text), ['Officials']);
    });

    it('finds no source in a listed phrase that is a verb\'s object ("has brought down senior officials", "told senior officials")', () => {
      for (const text of ['The campaign has brought down senior officials and business figures since 2022.', 'The minister told senior officials that the budget was final.']) {
        assert.deepEqual(analyze(text).sources.filter((x) => x.kind === 'anonymous'), [], text);
      }
    });

    it('does not take the object of a verb after a comma for an inverted source ("…, telling his colleagues")', () => {
      const text = 'Reid quieted the chatter, telling his colleagues to be patient. He spoke, saying that investigators were busy.';
      const a = analyze(text);
      assert.deepEqual(a.sources.filter((s) => s.kind === 'anonymous').map((s) => s.text), []);
    });

    it('links "the functionary" and "the resident" back to the unnamed source first described', () => {
      const text = 'A senior party functionary said a compromise was close. The functionary said six areas were settled. A resident of the village told AFP the gunmen stayed two hours. “No soldier came,” the resident said.';
      const a = analyze(text);
      for (const later of ['The functionary', 'the resident']) {
        const s = a.sources.find((x) => x.text === later);
        assert.ok(s && s.kind === 'anonymous' && s.antecedent !== undefined, `${later}: ${describeSources(a)}`);
      }
    });

    it('links "the spokesman" to an unnamed spokesman met before, and reads "the insider" as no outlet', () => {
      const text = 'A ministry spokesman said the plan was dead. The spokesman said talks would resume. An insider said so. The insider said more.';
      const a = analyze(text);
      for (const later of ['The spokesman', 'The insider']) {
        const src = a.sources.find((x) => x.text === later);
        assert.ok(src && src.kind === 'anonymous' && src.antecedent !== undefined, `${later}: ${describeSources(a)}`);
      }
    });

    it('makes a bystander a source only when telling something ("a resident told", not "when a resident shouted that")', () => {
      const text = 'When a resident shouted that the study was paid for by the developer, the administrator replied calmly.';
      assert.ok(analyze(text).sources.every((s) => s.kind !== 'anonymous'), describeSources(analyze(text)));
    });

    it('keeps the named holder of a role in apposition a person ("A spokesman for the company, X, said")', () => {
      const text = 'A spokesman for the company, Avraham Ben-Tzur, said it remained committed to the city.';
      const a = analyze(text);
      assert.ok(sourcesAt(a, text, 'Avraham Ben-Tzur').some((s) => s.kind === 'person'), describeSources(a));
      assert.ok(a.sources.every((s) => s.kind !== 'anonymous'), describeSources(a));
    });

    it('reads "Downing Street insisted" as the organization, not a person "Street"', () => {
      const text = 'Downing Street insisted that Britain would meet its commitments to the eastern flank.';
      const a = analyze(text);
      assert.deepEqual(a.people.map((p) => p.name), []);
      assert.ok(a.sources.some((s) => s.kind === 'organization' && s.text === 'Downing Street'), describeSources(a));
    });

    it('does not make an unnamed judge who rules, or unnamed participants, anonymous sources', () => {
      const text = 'A federal judge has ordered the release of the documents. Rep. Chris Collins says meeting participants outlined a scenario.';
      const a = analyze(text);
      assert.deepEqual(a.sources.filter((s) => s.kind === 'anonymous').map((s) => s.text), []);
    });

    it('reports "the person declined to name …" as the anonymous source mentioned before', () => {
      const text = 'A person familiar with the vote said two members had switched. The person declined to name the members.';
      const a = analyze(text);
      const later = a.sources.find((s) => s.text === 'The person');
      assert.ok(later && later.kind === 'anonymous', `sources: ${describeSources(a)}`);
    });

    it('does not take the agent of an arrest for a source ("arrested by police officers")', () => {
      const text = 'The two men were arrested by police officers outside the stadium on Saturday.';
      const a = analyze(text);
      assert.ok(a.sources.every((s) => s.kind !== 'anonymous'), `sources: ${describeSources(a)}`);
    });

    it('reports a source "who spoke on condition of anonymity" as anonymous', () => {
      const text = 'A Western diplomat, who spoke on condition of anonymity because he was not authorized to brief the press, said the talks had collapsed.';
      const a = analyze(text);
      const found = sourcesAt(a, text, 'A Western diplomat');
      assert.ok(found.some((s) => s.kind === 'anonymous'), `sources: ${describeSources(a)}`);
    });

    it('gives the anonymity marker after a place set off by commas to no place ("in Chappaqua, N.Y., speaking on the condition of anonymity")', () => {
      const text = 'Federal officials familiar with the server taken from Mrs. Clinton’s house in Chappaqua, N.Y., speaking on the condition of anonymity because they were not authorized to discuss the investigation, said it was fine.';
      const a = analyze(text);
      assert.deepEqual(a.sources.map((s) => `${s.kind}:${s.text}`), ['anonymous:Federal officials familiar with the server'], describeSources(a));
    });

    it('makes a speaker without an anonymous head noun (a reservist) anonymous when they "spoke on condition of anonymity"', () => {
      const text = '“The army was not ready for this,” said a reservist who spoke on condition of anonymity because he was not allowed to talk to the media.';
      const a = analyze(text);
      assert.equal(a.quotes.length, 1);
      assert.equal(a.quotes[0].speaker.kind, 'anonymous', JSON.stringify(a.quotes[0].speaker));
      assert.ok(a.sources.some((s) => s.kind === 'anonymous'), `sources: ${describeSources(a)}`);
    });

    it('links "the official" back to an earlier anonymous official (antecedent)', () => {
      const text = [
        'A senior Israeli official said the talks with Kyiv had stalled.',
        'The official added that no new meeting had been scheduled.',
      ].join('\n\n');
      const a = analyze(text);
      const first = a.sources.findIndex((s) => s.kind === 'anonymous' && s.text.toLowerCase().includes('senior israeli official'));
      assert.ok(first >= 0, `sources: ${describeSources(a)}`);
      const later = a.sources.find((s) => s.kind === 'anonymous' && s.text === 'The official');
      assert.ok(later, `sources: ${describeSources(a)}`);
      assert.equal(later!.antecedent, first);
    });

    it('links "the same diplomatic source" back to the earlier diplomatic source (antecedent)', () => {
      const text = [
        'Israel will not send air defense systems, a diplomatic source in Jerusalem said on Monday.',
        'The same diplomatic source said the decision could be reviewed in the spring.',
      ].join('\n\n');
      const a = analyze(text);
      const first = a.sources.findIndex((s) => s.kind === 'anonymous' && s.text.toLowerCase().includes('a diplomatic source'));
      assert.ok(first >= 0, `sources: ${describeSources(a)}`);
      const later = a.sources.find((s) => s.kind === 'anonymous' && s.text.toLowerCase().includes('same diplomatic source'));
      assert.ok(later, `sources: ${describeSources(a)}`);
      assert.equal(later!.antecedent, first);
    });

    it('links "the source" to the last source of its own number, else to the last of either ("A Whitehall source … Downing Street sources … the source said")', () => {
      const text = [
        'A Whitehall source said the offer was final.',
        'Downing Street sources said the prime minister would not budge.',
        'The source added that talks could resume in May.',
        'Israeli officials said the strike was limited.',
        'The official said more could follow.',
      ].join('\n\n');
      const a = analyze(text);
      const whitehall = a.sources.findIndex((s) => s.kind === 'anonymous' && s.text === 'A Whitehall source');
      const later = a.sources.find((s) => s.kind === 'anonymous' && s.text === 'The source');
      assert.ok(whitehall >= 0 && later, `sources: ${describeSources(a)}`);
      assert.equal(later!.antecedent, whitehall);
      const officials = a.sources.findIndex((s) => s.kind === 'anonymous' && s.text === 'Israeli officials');
      const official = a.sources.find((s) => s.kind === 'anonymous' && s.text === 'The official');
      assert.ok(officials >= 0 && official, `sources: ${describeSources(a)}`);
      assert.equal(official!.antecedent, officials);
    });

    it('links "the senior defence official" to the earlier official its words describe, and "the same official" to the one just met', () => {
      const text = [
        'A drone struck the base, a senior Israeli defence official said.',
        'Kan, quoting a security official, said the target was a depot.',
        'Israeli officials believe the drone was assembled in Lebanon, the senior defence official said. The same official said reserves were called up.',
      ].join('\n\n');
      const a = analyze(text);
      const senior = a.sources.findIndex((s) => s.kind === 'anonymous' && s.text === 'a senior Israeli defence official');
      assert.ok(senior >= 0, `sources: ${describeSources(a)}`);
      for (const later of ['the senior defence official', 'The same official']) {
        const s = a.sources.find((x) => x.kind === 'anonymous' && x.text === later);
        assert.ok(s, `${later}: ${describeSources(a)}`);
        assert.equal(s!.antecedent, senior, later);
        assert.equal(s!.name, 'a senior Israeli defence official');
      }
    });

    it('gives "one of the auditors" and "one of them" the name of the unnamed group they belong to, but not past another group', () => {
      const text = [
        'Two auditors who reviewed the lists spoke on condition of anonymity. "Some of the people on those lists had been dead for years," one of the auditors said.',
        '"We have the documents," one of them said.',
        'Two people familiar with the talks said a deal was near. One of them said it could come on Friday.',
        'Several opposition lawmakers were angry. "Half of our voters just want the courts to work again," one of them said.',
      ].join('\n\n');
      const a = analyze(text);
      const auditors = a.sources.findIndex((s) => s.kind === 'anonymous' && s.text === 'Two auditors');
      assert.ok(auditors >= 0, `sources: ${describeSources(a)}`);
      assert.equal(quoteWith(a, 'dead for years').speaker.name, 'Two auditors');
      assert.equal(quoteWith(a, 'the documents').speaker.name, 'Two auditors');
      const member = a.sources.find((s) => s.text === 'one of the auditors');
      assert.equal(member?.antecedent, auditors);
      const people = a.sources.find((s) => s.text === 'One of them');
      assert.ok(people?.name?.startsWith('Two people'), `sources: ${describeSources(a)}`);
      // "them" are the lawmakers here, who are no source of their own.
      assert.equal(quoteWith(a, 'Half of our voters').speaker.name, 'one of them');
    });

    it('links "the person" to the people it is one of, or to a single unnamed source met after them', () => {
      const group = 'Two people present at the cabinet meeting said it ended without agreement.\n\n‘It was the worst meeting this cabinet has had,’ the person said.';
      assert.equal(quoteWith(analyze(group), 'worst meeting').speaker.name, 'Two people present at the cabinet meeting');
      const adviser = 'People close to Clinton say she must win trust.\n\n“We have a ton of work to do,” said a longtime adviser to both Clintons.\n\n“It is the last hurdle,” the person added.';
      assert.equal(quoteWith(analyze(adviser), 'last hurdle').speaker.name, 'a longtime adviser to both Clintons');
      // A person called so before keeps the name: "A person close to the minister … The person close to Aguirre".
      const close = 'A person close to the minister said he was angry. Two people present at the meeting agreed. A central bank official said notice was sent.\n\nThe person close to Aguirre said he wanted “a clear rule”.';
      assert.equal(quoteWith(analyze(close), 'a clear rule').speaker.name, 'A person close to the minister');
    });

    it('reads past other people the group\'s own sentence names ("…, forcing them to lay off workers") for "one of them"', () => {
      const text = 'Two contractors involved in the project said payments had been delayed, forcing them to lay off workers.\n\n"We were paid for January\'s work in June," one of them said, speaking on condition of anonymity.';
      assert.equal(quoteWith(analyze(text), 'January').speaker.name, 'Two contractors involved in the project');
    });

    it('starts a source phrase in its own paragraph, not in a time stamp or heading above it', () => {
      const text = 'Earlier news.\n\n2:40 p.m.\n\nDonald Trump’s campaign manager says he is “gratified” by the decision.\n\n## CRITICISM\n\nElection officials said the count was fair.\n\nThe prophet Daniel lived in the mid-500s B.C.\n\nLance Wallnau spoke.\n\nThe scholar wrote in 500 B.C.\n\nWallnau elaborated on the message.';
      const a = analyze(text);
      assert.ok(a.sources.some((s) => s.text === 'Donald Trump’s campaign manager' && s.start === text.indexOf('Donald')), `sources: ${describeSources(a)}`);
      assert.ok(a.sources.some((s) => s.text === 'Election officials' && s.kind === 'anonymous'), `sources: ${describeSources(a)}`);
      assert.ok(a.sources.some((s) => s.text === 'Wallnau' && s.start === text.indexOf('Wallnau elaborated')), `sources: ${describeSources(a)}`);
      assert.ok(!a.sources.some((s) => s.text.includes('\n')), `sources: ${describeSources(a)}`);
    });

    it('spans an anonymous source over its noun phrase only, without the reporting verb', () => {
      const text = 'The visit was canceled at the last minute, a source said.';
      const a = analyze(text);
      const s = a.sources.find((x) => x.kind === 'anonymous');
      assert.ok(s, `sources: ${describeSources(a)}`);
      assert.equal(s!.text, 'a source');
      assert.equal(s!.start, text.indexOf('a source'));
    });

    it('gives a first anonymous mention no antecedent', () => {
      const text = 'An official said the border crossing would stay closed.';
      const a = analyze(text);
      const s = a.sources.find((x) => x.kind === 'anonymous');
      assert.ok(s, `sources: ${describeSources(a)}`);
      assert.equal(s!.antecedent, undefined);
    });

    it('does not report a named official as an anonymous source', () => {
      const text = 'Russian Deputy Foreign Minister Mikhail Bogdanov said the talks had stalled.';
      const a = analyze(text);
      assert.deepEqual(a.sources.filter((s) => s.kind === 'anonymous' || s.kind === 'vague').map((s) => s.text), []);
    });
  });

  it('takes no unnamed source from a group that is acted on or is no subject ("her allies have been charged")', () => {
    for (const text of ['Neither Clinton nor her allies have been charged with any crime.', 'Talk had been mounting about a Republican challenging him in the primary.']) {
      const a = analyze(text);
      assert.deepEqual(a.sources.filter((s) => s.kind === 'anonymous').map((s) => s.text), [], `sources: ${describeSources(a)}`);
    }
    // After a reporting verb, and with a participle, the unnamed source stays.
    assert.deepEqual(analyze('Reuters reported officials said the talks had stalled.').sources.filter((s) => s.kind === 'anonymous').map((s) => s.text), ['officials']);
    assert.deepEqual(analyze('The agency quoted a source saying the talks had stalled.').sources.filter((s) => s.kind === 'anonymous').map((s) => s.text), ['a source']);
  });

  it('takes the one a relative clause describes for the subject, not the clause’s object ("…who worked on the programme said")', () => {
    const a = analyze('A former official who worked on the programme said it was never funded.');
    assert.deepEqual(a.sources.map((s) => [s.kind, s.text]), [['anonymous', 'A former official']]);
  });

  it('does not flag one person described in a short headline, whom the article names below', () => {
    const text = [
      'Lawmaker urges retaliation on Russia; officials say the hacking must stop',
      'Rep. Adam Schiff, the top Democrat on the House Intelligence Committee, called on the president to retaliate.',
      'Officials said the intrusions were continuing.',
    ].join('\n\n');
    const a = analyze(text);
    assert.deepEqual(a.sources.filter((s) => s.kind === 'anonymous').map((s) => s.text), ['officials', 'Officials'], `sources: ${describeSources(a)}`);
    // A first paragraph that is a sentence of the story, or a quotation, is no headline.
    const ledes: Array<[string, string]> = [
      ['A senior official said on Tuesday that the talks had collapsed.', 'A senior official'],
      ['“The plan is dead,” a senior official said.', 'a senior official'],
    ];
    for (const [lede, source] of ledes) {
      const b = analyze([lede, 'More on the talks.', 'And more.'].join('\n\n'));
      assert.deepEqual(b.sources.filter((s) => s.kind === 'anonymous').map((s) => s.text), [source], `sources: ${describeSources(b)}`);
    }
  });

  it('flags a group in a short headline even when its noun has no plural "s" ("…, staff say")', () => {
    const text = ['Nurses warned bosses about corridor care months before patient died, staff say', '*By our health correspondent*', 'Senior nurses warned managers for months.'].join('\n\n');
    const a = analyze(text);
    assert.deepEqual(a.sources.filter((s) => s.kind === 'anonymous').map((s) => s.text), ['staff'], `sources: ${describeSources(a)}`);
  });

  it('flags a wire headline\'s source after a dash or colon, or before a colon ("… - officials", "Officials: …")', () => {
    const body = ['The army said on Sunday that it was ready.', 'More text follows here.'];
    const cases: Array<[string, string]> = [
      ['Israel weighs wider strikes in Lebanon - officials', 'officials'],
      ['Japan PM mulls snap election: sources', 'sources'],
      ['Officials: Israel weighs wider strikes', 'Officials'],
      ['Israel weighs strikes - Lebanese security sources', 'Lebanese security sources'],
      ['Israel to widen strikes in Lebanon, says senior official', 'senior official'],
    ];
    for (const [headline, source] of cases) {
      const a = analyze([headline, ...body].join('\n\n'));
      assert.deepEqual(a.sources.filter((s) => s.kind === 'anonymous').map((s) => s.text), [source], `${headline}: ${describeSources(a)}`);
    }
    for (const headline of ['Analysis: Israel weighs strikes', 'Israel weighs strikes - Reuters']) {
      const a = analyze([headline, ...body].join('\n\n'));
      assert.deepEqual(a.sources.filter((s) => s.kind === 'anonymous').map((s) => s.text), [], `${headline}: ${describeSources(a)}`);
    }
  });

  it('links "the MP" back to "a member of parliament" first described', () => {
    const text = 'Another LDP member of parliament, speaking on condition of anonymity, said the office had misread the anger. “They cannot,” the MP said.';
    const a = analyze(text);
    const later = a.sources.find((x) => x.text === 'the MP');
    assert.ok(later && later.kind === 'anonymous' && later.antecedent !== undefined, describeSources(a));
    assert.ok(a.quotes[0].speaker.name?.startsWith('Another LDP member'), JSON.stringify(a.quotes[0].speaker));
  });

  it('does not take a description of a named person for an unnamed source ("Douglas Brinkley, a historian")', () => {
    for (const text of [
      'The rules were set in 2005, said Jeffrey N. Trimble, a senior official with the Broadcasting Board of Governors.',
      'Douglas Brinkley, a historian who attended the session, recalled, "Out of nowhere he said it."',
    ]) {
      const a = analyze(text);
      assert.deepEqual(a.sources.filter((s) => s.kind === 'anonymous').map((s) => s.text), [], `sources: ${describeSources(a)}`);
    }
    // A capitalized word opening the sentence is a name: "Dean, a medical doctor, then appeared".
    const dean = analyze('Dean, a medical doctor, then appeared on MSNBC and began by saying so.');
    assert.deepEqual(dean.sources.filter((s) => s.kind === 'anonymous').map((s) => s.text), [], `sources: ${describeSources(dean)}`);
    // "one of the attorneys, Justin Bamberg, said": the name is that one.
    const named = analyze('In a statement, one of the family’s attorneys, Justin Bamberg, said the videos show him calm.');
    assert.deepEqual(named.sources.filter((s) => s.kind === 'anonymous').map((s) => s.text), [], `sources: ${describeSources(named)}`);
    // With its own verb right after it, the phrase is a source of its own.
    const a = analyze('The minister met Yair Lapid, a source said.');
    assert.deepEqual(a.sources.filter((s) => s.kind === 'anonymous').map((s) => s.text), ['a source']);
  });

  describe('vague attribution', () => {
    const cases: Array<[string, string]> = [
      ['media reports', 'The minister will resign next week, according to media reports.'],
      ['Israeli media reports', 'Israeli media reports said the cabinet would meet on Sunday night.'],
      ['it is understood', 'It is understood that the embassy will remain closed until further notice.'],
      ['reportedly', 'The president reportedly told aides he would not attend the summit.'],
      ['critics say', 'Critics say the plan does little to protect civilians.'],
      ['experts say', 'The sanctions will take months to bite, experts say.'],
      ['some say', 'Some say the ceasefire was doomed from the start.'],
      ['reports', 'She pointed to reports that the minister had met the donor twice.'],
      ['reports', 'The ministry denied reports of a split in the cabinet.'],
      ['Reports', 'Reports indicate the vote will be delayed.'],
      ['Israeli media', 'Israeli media said the cabinet would meet on Sunday night.'],
      ['critics', 'It was a bill that critics called a giveaway to developers.'],
      ['Party leaders', 'Party leaders are now openly questioning the strategy.'],
      ['critics of the plan', 'The scheme will cost billions, critics of the plan said.'],
      ['it is learnt', 'It is learnt that the cabinet will meet on Friday.'],
      ['Indian media', 'The plan was shelved, Indian media reported.'],
      ['rights groups', 'Rights groups said the arrests were unlawful.'],
      ['industry executives', 'Industry executives say production lines are already full.'],
      ['Some in the party', 'Some in the party worry that a shuffle will look like panic.'],
      ['Some staff', 'Some staff say they expect little to change.'],
      ['some members of the governing coalition', 'On the left, some members of the governing coalition also expressed frustration, arguing that the reform left the funds intact.'],
      ['local newspapers', 'Fuel queues returned to Kano, local newspapers reported.'],
      ['Local television stations', 'Local television stations reported that the suspect fled on foot.'],
      ['traders', 'The peso weakened past 1,200 to the dollar, traders said.'],
      ['Several traders', 'Several traders said the cut had been priced in.'],
      ['villagers', 'The flood came first.\n\nThe river rose almost a metre overnight, villagers said.'],
      ['cocoa buyers', 'The flood came first.\n\nFarmers are paid on the spot across the border, cocoa buyers said.'],
    ];
    for (const [phrase, text] of cases) {
      it(`reports "${phrase}" as a vague attribution`, () => {
        const a = analyze(text);
        const found = sourcesAt(a, text, matchCase(text, phrase));
        const s = found.find((x) => x.kind === 'vague');
        assert.ok(s, `sources: ${describeSources(a)}`);
        assert.equal(text.slice(s!.start, s!.end), s!.text);
      });
    }

    it('reads "according to provincial figures" as numbers, no source', () => {
      const text = 'More than 410,000 people are still in camps, according to provincial figures, eight weeks after the floods.';
      assert.deepEqual(analyze(text).sources, []);
    });

    // "reports" as a verb or a kind of document, media as a thing, groups that act or are objects: no sourcing.
    const notVague: string[] = [
      'The New York Post reports that the campaign avoided the hospital.',
      'Moscow reports dozens of drones intercepted overnight.',
      'New fundraising reports show the group spent $2 million in January.',
      'The school declined to comment, according to reports in Politico.',
      'Russia has put restrictions on foreign media ownership.',
      'Iranian state television quoted a member of parliament.',
      'The test, which state news media claimed allows Pyongyang to build warheads, was condemned.',
      'Bernie Sanders offered some pointed advice to Hillary Clinton on Friday.',
      'For some, the losses would outstrip the gains.',
      'When veterans ask for help, too many calls go unanswered.',
      'Spectators chanting slogans lined the route.',
      'When terrorists are revealed as part of the network, the officials act.',
      'The department joined the fight when it and the groups appealed the case.',
      'Twenty-seven states and industry groups are challenging the agency in court.',
    ];
    for (const text of notVague) {
      it(`reports no vague attribution in "${text}"`, () => {
        const a = analyze(text);
        assert.deepEqual(a.sources.filter((s) => s.kind === 'vague').map((s) => s.text), [], `sources: ${describeSources(a)}`);
      });
    }

    it('gives a nationality read again as media reports the whole phrase ("Israeli media reports")', () => {
      const text = '“It was a red line,” he said.\n\nIsraeli media reports on Sunday said the prime minister had given in.';
      const a = analyze(text);
      assert.ok(a.sources.some((s) => s.kind === 'vague' && s.text === 'Israeli media reports'), `sources: ${describeSources(a)}`);
    });

    it('does not report a named outlet as a vague attribution', () => {
      const text = 'Haaretz reported on Tuesday that the cabinet would meet on Sunday night.';
      const a = analyze(text);
      assert.deepEqual(a.sources.filter((s) => s.kind === 'vague').map((s) => s.text), []);
      assert.ok(a.sources.some((s) => s.kind === 'media' && s.text === 'Haaretz'), `sources: ${describeSources(a)}`);
    });
  });
});

/** The phrase as it is written in the text (the first occurrence, case-insensitive). */
function matchCase(text: string, phrase: string): string {
  const i = text.toLowerCase().indexOf(phrase.toLowerCase());
  if (i < 0) throw new Error(`test setup: ${phrase} not in ${text}`);
  return text.slice(i, i + phrase.length);
}

describe('sources: unnamed groups', () => {
  it('reports "Residents say" and "business leaders said" as vague sourcing, and never as people', () => {
    const text = 'Residents say the water has been unsafe for weeks. Local business leaders said the plan was rushed.';
    const a = analyze(text);
    const vague = a.sources.filter((s) => s.kind === 'vague').map((s) => s.text);
    assert.ok(vague.some((t) => t.startsWith('Residents')), JSON.stringify(a.sources));
    assert.ok(vague.some((t) => t.includes('business leaders')), JSON.stringify(a.sources));
    assert.deepEqual(a.people, []);
  });

  it('links "the prosecutor" and "the leader" to the unnamed source met last under that noun, not to a titled person named before it', () => {
    const text = 'Rahul Verma, the leader of the opposition, spoke on Monday. Later, a senior leader in the governing party said the count was fair. The leader said the minister had agreed. A federal prosecutor familiar with the inquiry said the case was strong. “We will get them,” the prosecutor said.';
    const a = analyze(text);
    for (const later of ['The leader', 'the prosecutor']) {
      const s = a.sources.find((x) => x.text === later);
      assert.ok(s && s.kind === 'anonymous' && s.antecedent !== undefined, `${later}: ${describeSources(a)}`);
    }
    assert.equal(a.quotes[0].speaker.kind, 'anonymous');
    // Named after the unnamed one, the titled person is "the leader".
    const named = analyze('A senior leader in the governing party said the count was fair. Rahul Verma, the leader of the opposition, spoke on Monday. The leader said the minister had agreed.');
    assert.equal(named.sources.find((x) => x.text === 'The leader')?.kind, 'person', describeSources(named));
    // Prosecutors acting in court are no unnamed source.
    const court = analyze('Prosecutors said in court that the defendant had fled.');
    assert.deepEqual(court.sources.filter((x) => x.kind === 'anonymous'), []);
  });

  it('links "the senior BJP leader" to the unnamed "A senior BJP leader who did not wish to be named", though a titled leader was named since', () => {
    const text =
      'A senior BJP leader who did not wish to be named said the ally had demanded 52 seats.\n\nMeenal Thorat-Gawande, the Congress leader of the opposition, mocked the ruling alliance.\n\n' +
      'The senior BJP leader said the party would announce its list by the weekend. “We were preparing for this for two months,” the leader said.';
    const a = analyze(text);
    assert.equal(a.sources.find((x) => x.text === 'A senior BJP leader')?.kind, 'anonymous', describeSources(a));
    assert.equal(a.sources.find((x) => x.text === 'The senior BJP leader')?.kind, 'anonymous', describeSources(a));
    assert.equal(a.quotes[0].speaker.kind, 'anonymous');
    assert.equal(a.quotes[0].speaker.name, 'A senior BJP leader');
  });

  it('links "the negotiator" to the unnamed negotiator met after a named one', () => {
    const text = 'The rebels’ chief negotiator, Nelson Ibarra, said the talks were over. A government negotiator, who asked not to be named, said the rebels were divided. “They cannot deliver their own commanders,” the negotiator said.';
    const a = analyze(text);
    const later = a.sources.find((x) => x.text === 'the negotiator');
    assert.ok(later && later.kind === 'anonymous' && later.antecedent !== undefined, describeSources(a));
  });

  it('ends a placed group before its reporting verb ("Officials in Kyiv said they were worried")', () => {
    for (const [text, phrase] of [
      ['Officials in Kyiv said they were worried about the talks.', 'Officials in Kyiv'],
      ['Diplomats at the talks told reporters they were hopeful.', 'Diplomats at the talks'],
    ]) {
      assert.deepEqual(analyze(text).sources.map((x) => [x.kind, x.text]), [['anonymous', phrase]], text);
    }
  });

  it('keeps a named person after an unnamed source as a source of its own ("Two officials said Smith, who …, said")', () => {
    const a = analyze('Two officials said Smith, who was in Paris, said the deal was off.');
    assert.deepEqual(a.sources.map((x) => [x.kind, x.text]), [['anonymous', 'Two officials'], ['person', 'Smith']]);
  });

  it('takes no place inside an unnamed source\'s phrase for a source of its own ("An official at X in New Delhi, who …, said")', () => {
    const a = analyze('An official at the Electoral Commission in Harare, who was not authorised to speak to the press, said the roll was final.');
    assert.deepEqual(a.sources.map((x) => x.kind), ['anonymous'], describeSources(a));
  });

  it('takes no unnamed source from a listed group that only acts ("senior officials from the two ministries will meet")', () => {
    const a = analyze('Under the deal, senior officials from the two ministries will meet in Geneva next month.');
    assert.deepEqual(a.sources, [], describeSources(a));
    const says = analyze('Senior officials will say more on Monday.');
    assert.deepEqual(says.sources.map((x) => x.kind), ['anonymous']);
  });

  it('reports an unnamed part of a group or a group placed by a name as vague sourcing ("some commuters said", "Residents of Saravena say")', () => {
    for (const [text, phrase] of [
      ['At the interchange, some commuters said they had walked for hours.', 'some commuters'],
      ['Residents of Saravena say the checkpoints have multiplied.', 'Residents of Saravena'],
      ['Residents in Gaza said they were hungry.', 'Residents in Gaza'],
    ]) {
      const a = analyze(text);
      assert.deepEqual(a.sources.map((x) => [x.kind, x.text]), [['vague', phrase]], text);
    }
  });

  it('takes no vague source from a report made to someone or a group promising to act ("was reported to the board", "opponents vowed to")', () => {
    for (const text of ['The shortage was reported to the board at 7:10 a.m.', 'Opponents vowed to keep fighting in court.']) {
      assert.deepEqual(analyze(text).sources, [], text);
    }
    assert.deepEqual(analyze('The envoy was reported to have left.').sources.map((x) => x.kind), ['vague']);
    assert.deepEqual(analyze('Critics vowed that the plan would fail.').sources.map((x) => x.kind), ['vague']);
  });

  it('takes the subject, not the agent, of a participle before the verb ("residents reached by phone said", "A witness interviewed by congressional staff said")', () => {
    const cases: Array<[string, string, string]> = [
      ['In Shire, residents reached by phone said the price had fallen.', 'vague', 'residents'],
      ['Officials contacted by Reuters said the talks were over.', 'anonymous', 'Officials'],
      ['A witness interviewed by congressional staff said the order came from the top.', 'anonymous', 'A witness'],
    ];
    for (const [text, kind, source] of cases) {
      assert.deepEqual(analyze(text).sources.map((x) => [x.kind, x.text]), [[kind, source]], text);
    }
  });

  it('reads a source noun past a participle or a "which" clause on its body ("A Libyan coast guard spokesman, reached in Tripoli, denied", "An official at the interior ministry, which oversees the programme, said")', () => {
    const cases: Array<[string, string]> = [
      ['A Libyan coast guard spokesman, reached in Tripoli, denied that shots had been fired.', 'A Libyan coast guard spokesman'],
      ['An official at the interior ministry, which oversees the programme, said support had ended.', 'An official at the interior ministry'],
      ['Two firefighters from the Stamata station said crews had been sent away.', 'Two firefighters from the Stamata station'],
      ['Two Republican senators on the committee said privately that they had voted for the bill.', 'Two Republican senators on the committee'],
      ['Two Iraqi officials involved in talks over the payments said Tehran had cut the gas.', 'Two Iraqi officials involved in talks over the payments'],
    ];
    for (const [text, source] of cases) assert.deepEqual(analyze(text).sources.map((x) => [x.kind, x.text]), [['anonymous', source]], text);
    // The "which" clause on a body after a named subject leaves the named subject speaking.
    const shelby = 'Senator Richard Shelby, the Alabama Republican who heads the Senate Banking Committee, which oversees the Fed, said the donations were a problem.';
    assert.ok(!analyze(shelby).sources.some((x) => x.text.includes('Committee')));
  });

  it('reads ordinary people with where they live as vague ("Fishermen in Kayar say"), counted ones as unnamed sources', () => {
    const a = analyze('The plan was announced.\n\nFishermen in Kayar say their catches have fallen. Two villagers from Ighil said the road was closed. Farmers said the rains came late.');
    assert.deepEqual(a.sources.map((x) => [x.kind, x.text]), [['vague', 'Fishermen in Kayar'], ['anonymous', 'Two villagers from Ighil'], ['vague', 'Farmers']]);
  });

  it('keeps a body after ordinary people an unnamed source\'s workplace, not where they live ("Engineers from Boeing said")', () => {
    const a = analyze('The plan was announced.\n\nEngineers from Boeing said the part failed.');
    assert.deepEqual(a.sources.map((x) => [x.kind, x.text]), [['anonymous', 'Engineers from Boeing']]);
  });

  it('takes no source from people bound to tell ("Senior engineers … will have to notify", "lobbyists must declare")', () => {
    for (const text of ['Senior engineers who have worked on advanced processes will have to notify the ministry.', 'Under federal law, U.S. lobbyists must declare their clients.', 'Officials are expected to announce the plan.']) {
      assert.deepEqual(analyze(text).sources, [], text);
    }
    assert.deepEqual(analyze('Senior engineers said the rule would drive talent away.').sources.map((x) => x.kind), ['anonymous']);
  });

  it('takes no stance from a group that is an object or states none ("told officials in X that", "officials in X met")', () => {
    for (const text of ['He told officials in Riga that he was pleased.', 'Officials in Riga met on Monday and were pleased.', 'Officials in Riga were replaced after the vote.', 'Another 24 delegates are divided among the districts.', 'The official was furious.', 'Officials expected to attend the summit were delayed.', 'Officials thought to be involved were arrested.']) {
      const a = analyze(text);
      assert.deepEqual(a.sources.filter((s) => s.kind === 'anonymous').map((s) => s.text), [], text);
    }
  });

  it('reads rumours that a source says as what is said, not as a source ("Residents say rumours that …")', () => {
    const a = analyze('Residents say rumours that the water was poisoned have spread quickly. Amid rumours of a coup, the army deployed.');
    assert.deepEqual(a.sources.map((s) => [s.kind, s.text]), [['vague', 'Residents'], ['vague', 'rumours']]);
  });

  it('reports "It was also reported" as vague sourcing', () => {
    const a = analyze('It was also reported that the ministry had cancelled the visit.');
    assert.deepEqual(a.sources.map((s) => [s.kind, s.text]), [['vague', 'It was also reported']]);
  });

  it('reports "Travel agents say" as vague sourcing and links "the agent" back to an unnamed agent', () => {
    const vague = analyze('Travel agents say bookings fell sharply this month.');
    assert.deepEqual(vague.sources.map((s) => [s.kind, s.text]), [['vague', 'Travel agents']]);
    const text = 'An agent with the customs service said the cargo was never inspected. “We had no scanner,” the agent said.';
    const a = analyze(text);
    const later = a.sources.find((x) => x.text === 'the agent');
    assert.ok(later && later.kind === 'anonymous' && later.antecedent !== undefined, describeSources(a));
    assert.equal(a.quotes[0].speaker.kind, 'anonymous');
  });

  it('never ends a subject on a preposition ("… failed on Monday to agree")', () => {
    const a = analyze('European Union foreign ministers failed on Monday to agree on new sanctions.');
    assert.ok(a.sources.every((s) => !/ to$/.test(s.text)), JSON.stringify(a.sources));
  });
});

describe('sources: documents', () => {
  it('credits the issuer named after a document ("according to a statement published by the ministry"), not the document', () => {
    const a = analyze('Ukraine expected “a clear public correction,” according to a statement published by the ministry.');
    assert.deepEqual(
      a.sources.map((s) => [s.kind, s.text]),
      [['organization', 'the ministry']],
    );
    assert.equal(a.quotes[0].speaker.kind, 'organization');
    assert.equal(a.quotes[0].speaker.name, 'the ministry');
  });

  it('keeps a document with no issuer named after it as it was ("according to a statement")', () => {
    const a = analyze('The plan was dead, according to a statement.');
    assert.deepEqual(
      a.sources.map((s) => [s.kind, s.text]),
      [['organization', 'a statement']],
    );
  });
});

describe('sources: phrase edges', () => {
  it('reads a number grouped with commas as one word ("80,000 employees", not "000 employees")', () => {
    const text = 'After the cut, 80,000 employees volunteered. Officials said 1,250,000 people came; in 2015,2016 and 2017, 12,34 visitors said so.';
    const a = analyze(text);
    assert.ok(a.sources.some((s) => s.text === '80,000 employees'), describeSources(a));
    assert.ok(!a.sources.some((s) => s.text.startsWith('000')), describeSources(a));
    const tokens = tokenize(text);
    const words = Array.from({ length: tokens.count }, (_, t) => text.slice(tokens.start[t], tokens.end[t]));
    assert.ok(words.includes('1,250,000'));
    assert.ok(words.includes('2015') && words.includes('2016'), 'a comma between years with no space does not group them');
    assert.ok(words.includes('12') && words.includes('34'), 'nor one before fewer than three digits');
  });

  it('starts no phrase before a pronoun opening its sentence ("It means including people who have responded"), but keeps "the experts I interviewed said"', () => {
    const a = analyze('Unity does not mean he quits. It means including people who have responded to his call.');
    assert.ok(!a.sources.some((s) => s.text.startsWith('It means')), describeSources(a));
    const b = analyze('In her favor, all the experts I interviewed said her proposals were simpler.');
    assert.ok(b.sources.some((s) => s.text === 'all the experts I interviewed'), describeSources(b));
  });

  it('leaves a joining "yet" out of the phrase after it ("…, yet Vatican officials emphasized")', () => {
    const a = analyze('Mr. Trump symbolizes the excesses of capitalism, yet Vatican officials emphasized on Friday that the pope was not attacking him.');
    assert.ok(a.sources.some((s) => s.kind === 'anonymous' && s.text === 'Vatican officials'), describeSources(a));
  });

  it('reads "I hear you" as listening, not hearsay, and still flags "I hear the deal is off"', () => {
    const a = analyze('Some of you just plain don’t like me. I hear you. Believe me.');
    assert.deepEqual(a.sources.filter((s) => s.kind === 'vague'), [], describeSources(a));
    const b = analyze('I hear the deal is off.');
    assert.ok(b.sources.some((s) => s.kind === 'vague' && s.text === 'I hear'), describeSources(b));
  });
});
