import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { personNamed, quoteWith } from './helpers';

const names = (text: string) => analyze(text).people.map((p) => p.name);

describe('people: abbreviated given names, places, portfolios and heads of bodies', () => {
  it('keeps an abbreviated given name in the name ("Sen. Ma. Luisa Abalos-Cruz", "Chas. Ellery Dunmore") and in its sentence', () => {
    const text = 'Sen. Ma. Luisa Abalos-Cruz, a member of the Senate finance committee, said the audit was late. Chas. Ellery Dunmore told reporters he agreed.';
    const a = analyze(text);
    assert.deepEqual(names(text), ['Ma. Luisa Abalos-Cruz', 'Chas. Ellery Dunmore']);
    const p = personNamed(a, 'Ma. Luisa Abalos-Cruz');
    assert.equal(p.official, true);
    assert.match(p.title ?? '', /^sen\.$/i);
    assert.equal(p.titledAtFirstMention, true);
    // The period ends no sentence: the quote's cue before it finds the whole name.
    const q = analyze('Sen. Ma. Luisa Abalos-Cruz said: “We will look at every peso.”').quotes[0];
    assert.equal(q?.speaker.name, 'Ma. Luisa Abalos-Cruz', JSON.stringify(q?.speaker));
    // A later mention by the double surname or the given name and surname joins the person.
    const b = analyze(`${text} Abalos-Cruz said the report was due.`);
    assert.equal(personNamed(b, 'Ma. Luisa Abalos-Cruz').mentions.length, 2);
  });

  it('reads "said Ma." and "Mr. Ma." before a sentence as a surname ending it, not as a given name', () => {
    const a = analyze('“We will grow,” said Ma. Analysts were skeptical, one said. The money came from Mr. Ma. Officials said so.');
    assert.ok(!a.people.some((p) => /Analysts|Officials/.test(p.name)), JSON.stringify(a.people.map((p) => p.name)));
    assert.ok(a.sources.some((s) => s.text === 'Officials' && s.kind === 'anonymous'), JSON.stringify(a.sources));
  });

  it('reads "in Jos." and "Jack Ma." as ending their sentence, not as a given name', () => {
    assert.deepEqual(names('The governor spoke in Jos. Police Commissioner Danladi Yusuf said the curfew holds.'), ['Danladi Yusuf']);
    const a = analyze('The company was founded by Yun Ma. Alibaba Group later listed its shares.');
    assert.ok(!a.people.some((p) => p.name.includes('Alibaba')), JSON.stringify(a.people.map((p) => p.name)));
  });

  it('makes no person of a place after "the town of" ("in the town of Sagada, Mayor X said")', () => {
    const text = 'In the town of Sagada, Mayor Rolando Bautista said the roads were closed. In the municipality of Calbayog, Barangay Captain Nestor Villanueva said the water rose.';
    const a = analyze(text);
    assert.deepEqual(names(text), ['Rolando Bautista', 'Nestor Villanueva']);
    const p = personNamed(a, 'Nestor Villanueva');
    assert.equal(p.official, true);
    assert.match(p.title ?? '', /^barangay captain$/i);
  });

  it('reads a portfolio joined by "and" before the name as the title ("Minister of Labour and Employment X")', () => {
    const text = 'Minister of Labour and Employment Chidinma Okafor-Eze said the talks had failed. Minister of Trade and Industry Aliyu Danjuma said exports rose.';
    const a = analyze(text);
    assert.deepEqual(names(text), ['Chidinma Okafor-Eze', 'Aliyu Danjuma']);
    for (const [n, title] of [['Chidinma Okafor-Eze', 'minister of labour and employment'], ['Aliyu Danjuma', 'minister of trade and industry']] as const) {
      const p = personNamed(a, n);
      assert.equal(p.official, true, n);
      assert.equal(p.title, title, n); // one case throughout, as the lexicon's titles are
    }
    // "and" ends no name: a portfolio of two words after "and" and a name after a comma.
    const b = 'The Minister of Environment and Climate Change, Lúcia Andrade Moreira, acknowledged the difficulties.';
    assert.deepEqual(names(b), ['Lúcia Andrade Moreira']);
    assert.deepEqual(names('Minister of Health Ngozi Okonjo said the clinics were open.'), ['Ngozi Okonjo']);
    // A given name that is also a Western one after the portfolio ("Kim") stays in the name ("Gan Kim Yong").
    const c = 'Minister of Trade and Industry Gan Kim Yong said exports rose.';
    assert.deepEqual(names(c), ['Gan Kim Yong']);
    assert.equal(personNamed(analyze(c), 'Gan Kim Yong').title, 'minister of trade and industry');
    // The same after "of" with the "and" inside the portfolio ("Liang" is a given name too), and a later mention joins.
    const d = 'Minister of Science and Technology Chen Liang Min said the plan was sound. Chen added that more was needed.';
    assert.deepEqual(names(d), ['Chen Liang Min']);
    assert.equal(personNamed(analyze(d), 'Chen Liang Min').mentions.length, 2);
    // A portfolio that is no known one still leaves the name after it.
    assert.deepEqual(names('Secretary of Health and Human Services Alex Azar left early.'), ['Alex Azar']);
  });

  it('makes the head of a public body named at length an official ("the chief executive of the … Regulatory Authority, X,")', () => {
    const text = 'The chief executive of the Nigerian Upstream and Downstream Petroleum Regulatory Authority, Chukwudi Obi, said prices would rise.';
    const p = personNamed(analyze(text), 'Chukwudi Obi');
    assert.equal(p.official, true);
    assert.equal(p.title, 'chief executive');
    assert.match(p.affiliation ?? '', /Regulatory Authority$/);
    const u = 'Britta Lindqvist, head of the U.N. Office for the Coordination of Humanitarian Affairs in Sudan, said aid was blocked.';
    const q = personNamed(analyze(u), 'Britta Lindqvist');
    assert.equal(q.official, true);
    assert.equal(q.title, 'head');
  });

  it('makes a post at a research firm no office ("head of oil research at Northgate Energy Research in London")', () => {
    const p = personNamed(analyze('Oskar Brandt, head of oil research at Northgate Energy Research in London, said supply was tight.'), 'Oskar Brandt');
    assert.equal(p.official, false, `title: ${p.title}`);
    const q = personNamed(analyze('Hedda Vinterberg, director of policy at Kestrel Capital Partners, said the deal was priced in.'), 'Hedda Vinterberg');
    assert.equal(q.official, false, `title: ${q.title}`);
  });

  it('reads a possessive nationality, an office and its complement before the name as the title ("Sweden’s special envoy to the negotiations, X,")', () => {
    const p = personNamed(analyze('Sweden’s special envoy to the negotiations, Helga Marstrand, said the parties were close.'), 'Helga Marstrand');
    assert.equal(p.official, true);
    assert.equal(p.title, 'special envoy to the negotiations');
    assert.equal(p.affiliation, 'Sweden');
  });

  it('finds a name after a police rank\'s abbreviation, the office before it as the title ("public relations officer, DSP X,")', () => {
    const text = 'The command’s public relations officer, DSP Adebayo Oyelaran, said two suspects were held.';
    const p = personNamed(analyze(text), 'Adebayo Oyelaran');
    assert.equal(p.official, true);
    assert.equal(p.title, 'public relations officer');
    const q = personNamed(analyze('ASP Funmilayo Adeyemi told reporters the road was reopened.'), 'Funmilayo Adeyemi');
    assert.equal(q.official, true);
    // "SP" as the Samajwadi Party: no rank before a title or alone.
    const r = analyze('SP leader Akhil Prasad said the SP would contest every seat.');
    assert.deepEqual(r.people.map((x) => x.name), ['Akhil Prasad']);
  });

  it('makes a trade union\'s officer no official ("Trades Union Congress (TUC) President, Comrade X,", "president of the Teamsters")', () => {
    const text = 'The Trades Union Congress (TUC) President, Comrade Musa Lawal, told reporters the strike would go on.';
    const a = analyze(text);
    assert.deepEqual(names(text), ['Musa Lawal']);
    const p = personNamed(a, 'Musa Lawal');
    assert.equal(p.official, false, `title: ${p.title}`);
    assert.equal(p.affiliation, 'Trades Union Congress');
    for (const t of ['Kofi Mensah, president of the Ghana Trades Union Congress, said pay talks had failed.', 'Kofi Mensah, president of the Teamsters, said pay talks had failed.', 'Ghana Labour Congress President Kofi Mensah said pay talks had failed.']) {
      assert.equal(personNamed(analyze(t), 'Kofi Mensah').official, false, t);
    }
    // A public body's head before a bracketed acronym stays an official.
    const q = personNamed(analyze('Independent National Electoral Commission (INEC) Chairman, Mahmood Yakubu, said the count was complete.'), 'Mahmood Yakubu');
    assert.equal(q.official, true);
  });
});

describe('people: honorifics, seats, party members and company posts', () => {
  it('keeps Alhaji, Hajiya and Comrade out of the name ("Alhaji Ibrahim Sani Danladi" is Ibrahim Sani Danladi)', () => {
    const text = 'Alhaji Ibrahim Sani Danladi defended the decision. Labour Minister Hajiya Fatima Bello Kankia invited the unions. Comrade Obinna Ezeala said no.';
    assert.deepEqual(names(text), ['Ibrahim Sani Danladi', 'Fatima Bello Kankia', 'Obinna Ezeala']);
  });

  it('keeps Malaysian and Zimbabwean honorifics out of the name, "bin"/"binti" in it, and "Tan" as a surname ("Tan Sri Kamal Ariffin bin Yusoff", "Cde Farai Mhofu")', () => {
    const text =
      'Attorney-General Tan Sri Kamal Ariffin bin Yusoff said the prosecution was studying the ruling. Datuk Seri Noraini binti Ahmad Tarmizi said it was fair. Datuk Zaleha binti Mohd Noor read the decision. Cde Farai Mhofu said the party agreed. Tan Cheng Hock, an analyst, said it was expected.';
    assert.deepEqual(names(text), ['Kamal Ariffin bin Yusoff', 'Noraini binti Ahmad Tarmizi', 'Zaleha binti Mohd Noor', 'Farai Mhofu', 'Tan Cheng Hock']);
  });

  it('reads Bangladeshi names and posts ("Home Minister Md. Abdur Rahim Talukder", "State Minister for Labour and Employment Begum X", "the director general of the Fire Service and Civil Defence, Brigadier General Md. X,")', () => {
    const text =
      'The committee reports to Home Minister Md. Abdur Rahim Talukder on Monday. State Minister for Labour and Employment Begum Nazmun Nahar Sultana said inspections would go on. The director general of the Fire Service and Civil Defence, Brigadier General Md. Tanvir Ahmed Sarkar, said the exits were locked. Nurjahan Begum, 27, a sewing operator, said she ran. He lives in Bethesda, Md. Kevin Smith said no.';
    const a = analyze(text);
    assert.deepEqual(a.people.map((p) => [p.name, p.official]), [
      ['Md. Abdur Rahim Talukder', true],
      ['Nazmun Nahar Sultana', true],
      ['Md. Tanvir Ahmed Sarkar', true],
      ['Nurjahan Begum', false],
      ['Kevin Smith', false],
    ]);
  });

  it('reads Moroccan posts and people ("the caid of Ighil", "The wali of the Marrakech-Safi region, X,", "a Party of Progress and Socialism MP", "X, 61, whom neighbours call …")', () => {
    const text =
      'Brahim Aït Lahcen, the caid of Ighil, said files were held up. The wali of the Marrakech-Safi region, Abdelhak El Ghazouani, told officials to hurry. Hassan Oubella, a Party of Progress and Socialism MP for Al Haouz, said he had asked for figures. Fadma Aït Ouahmane, 61, whom neighbours call Lalla Fadma, has lived in a cabin since the quake. William Gale, the Arjay and Frances Miller Chair in Federal Economic Policy, said so.';
    const a = analyze(text);
    assert.deepEqual(a.people.map((p) => [p.name, p.official]), [
      ['Brahim Aït Lahcen', true],
      ['Abdelhak El Ghazouani', true],
      ['Hassan Oubella', true],
      ['Fadma Aït Ouahmane', false],
      ['William Gale', false],
    ]);
  });

  it('makes an MP of a party known by its initials an official, and an interest group\'s chair none ("an MP for the liberal VVD", "chair of the farmers’ organisation LTO Nederland")', () => {
    const a = analyze('Ruben Mulder, an MP for the liberal VVD, said his party wanted room. Marieke van den Bosch, chair of the farmers’ organisation LTO Nederland, said the plan offered hope. Jane Roe, president of the progressive Economic Policy Institute, said so.');
    assert.deepEqual(a.people.map((p) => [p.name, p.official]), [['Ruben Mulder', true], ['Marieke van den Bosch', false], ['Jane Roe', false]]);
  });

  it('reads a place opening a name that an age follows as a given name ("Georgia Pappa, 68, a retired teacher"), not otherwise ("Georgia Power said")', () => {
    const a = analyze('Georgia Pappa, 68, a retired teacher who lives near Stamata, said she drove out. Georgia Power said prices would rise.');
    assert.deepEqual(a.people.map((p) => p.name), ['Georgia Pappa']);
  });

  it('keeps the Moroccan "Si" before a given name or a name met before out of the name, not in Latin ("Si Brahim", "Si Vis Pacem")', () => {
    const a = analyze('Brahim Aït Lahcen, the caid of Ighil, spoke. Si Brahim said files were late. He wrote “Si Vis Pacem Para Bellum,” in Latin.');
    assert.deepEqual(a.people.map((p) => [p.name, p.mentions.length]), [['Brahim Aït Lahcen', 2]]);
  });

  it('ends a name before a contraction of "I" ("I told Dale I\'d give him a vote")', () => {
    const a = analyze('Sen. Dale Hutchins filed the bill. "I told Dale I\'d give him a vote," Pruett said. Md. Golam Mostafa Khan, an additional secretary at the home ministry, said it was late.');
    assert.deepEqual(a.people.map((p) => [p.name, p.official]), [['Dale Hutchins', true], ['Pruett', false], ['Md. Golam Mostafa Khan', true]]);
  });

  it('reads a possessive owner in a title\'s complement as part of the title ("The Minister in the Prime Minister’s Department, X,")', () => {
    const a = analyze('The Minister in the Prime Minister’s Department (Law and Institutional Reform), Datuk Seri Noraini binti Ahmad Tarmizi, said the ruling was fair. He also had a voice, said a former spokesman for Ukraine\'s Foreign Ministry, Oleg Voloshyn.');
    assert.deepEqual(a.people.map((p) => [p.name, p.title, p.official]), [
      ['Noraini binti Ahmad Tarmizi', 'minister in the Prime Minister’s Department (Law and Institutional Reform)', true],
      ['Oleg Voloshyn', 'former spokesman', true],
    ]);
  });

  it('joins a name the person is "known as" to the person, and makes no person of an outlet after its noun ("known in the neighbourhood as Abu Haidar", "the state broadcaster Al Iraqiya")', () => {
    const text =
      'Ali Hashim Jabr, a generator owner known in the neighbourhood as Abu Haidar, said he was running. “I have 160 houses,” Abu Haidar said. “No grid can cope,” Adel al-Khafaji told the state broadcaster Al Iraqiya. Bernie Sanders won in the string of contests known as Super Tuesday.';
    const a = analyze(text);
    assert.deepEqual(a.people.map((p) => [p.name, p.mentions.map((m) => m.text)]), [
      ['Ali Hashim Jabr', ['Ali Hashim Jabr', 'Abu Haidar', 'Abu Haidar']],
      ['Adel al-Khafaji', ['Adel al-Khafaji']],
      ['Bernie Sanders', ['Bernie Sanders']],
    ]);
  });

  it('makes no office of a union\'s posts written as a common noun or after its members ("the artisanal fishermen’s union in Joal", "the Ceylon Bank Employees\' Union"), and keeps Swahili honorifics and the Maasai "ole" right', () => {
    const a = analyze('Moustapha Dione, secretary general of the artisanal fishermen’s union in Joal-Fadiouth, said fish were short. Upul Karunaratne, general secretary of the Ceylon Bank Employees\' Union, said unions would meet. Mzee Lekishon ole Parsimei, 70, said the clinic closed. Bi Zawadi Omari, a trader, said no.');
    assert.deepEqual(a.people.map((p) => [p.name, p.official]), [['Moustapha Dione', false], ['Upul Karunaratne', false], ['Lekishon ole Parsimei', false], ['Zawadi Omari', false]]);
  });

  it('keeps given names that look like titles, honorifics or tags in the name ("Wali Khan", "Shamima Begum … Begum said", "Bi Feiyu", "A-Rod")', () => {
    const a = analyze('Wali Khan said the talks had failed. Shamima Begum left in 2015. Begum said: “I want to go home.” The novelist Bi Feiyu said the book was done. A close aide told the newspaper Boris Johnson had been informed.');
    assert.deepEqual(a.people.map((p) => [p.name, p.official]), [['Wali Khan', false], ['Shamima Begum', false], ['Bi Feiyu', false], ['Boris Johnson', false]]);
    assert.equal(quoteWith(a, 'go home').speaker.name, 'Shamima Begum');
    const rod = analyze('The Yankees slugger, A-Rod, said: “I am done.”');
    assert.equal(quoteWith(rod, 'I am done').speaker.name, 'A-Rod');
    const storm = analyze('Norman Schwarzkopf, who led the operation known as Desert Storm, said the war was over.');
    assert.deepEqual(storm.people.map((p) => p.mentions.length), [1]);
  });

  it('reads a party\'s co-leader as an office ("Greens co-leader Marama Davidson")', () => {
    assert.deepEqual(analyze('Greens co-leader Marama Davidson said no.').people.map((p) => [p.name, p.official]), [['Marama Davidson', true]]);
  });

  it('reads a party and seat after a legislator\'s name as no person, and in brackets as an office ("Sen. Wade Pruett, R-San Angelo,", "Rosli bin Harun (PN-Kuala Krai)")', () => {
    const a = analyze('Sen. Wade Pruett, R-San Angelo, voted for the bill. Datuk Rosli bin Harun (PN-Kuala Krai) said he would table a motion. Marco Rubio (R-Fla.) said no.');
    assert.deepEqual(a.people.map((p) => [p.name, p.official]), [['Wade Pruett', true], ['Rosli bin Harun', true], ['Marco Rubio', true]]);
  });

  it('reads a seat after a side or a party ("an opposition member of Ukraine’s parliament", "a Christian Democrat member of the Bundestag’s budget committee") as an office, and makes no person of "Christian Democrat"', () => {
    const text =
      'Yulia Bondarenko, an opposition member of Ukraine’s parliament, said the deal was weak. Clara von Bredow, a Christian Democrat member of the Bundestag’s budget committee, said she expected a compromise.';
    const a = analyze(text);
    assert.equal(personNamed(a, 'Yulia Bondarenko').official, true);
    assert.equal(personNamed(a, 'Clara von Bredow').official, true);
    assert.deepEqual(names(text), ['Yulia Bondarenko', 'Clara von Bredow']);
  });

  it('holds no office at a company the text names ("South Korea’s Daeseong Group" … "Daeseong chairman X", "A Daeseong spokeswoman, Y,") nor at a civic group', () => {
    const text =
      'Prosecutors charged an heir of South Korea’s Daeseong Group. Hwang’s father, Daeseong chairman Hwang Myung-soo, did not attend. A Daeseong spokeswoman, Kang Yu-na, said the group respected the court. ' +
      'Ahn Do-hyun, a policy director at the civic group Solidarity for Economic Reform, said the test was sentencing. Cho Kyung-ho, the ministry’s director general, declined to comment.';
    const a = analyze(text);
    assert.equal(personNamed(a, 'Hwang Myung-soo').official, false);
    assert.equal(personNamed(a, 'Kang Yu-na').official, false);
    assert.equal(personNamed(a, 'Ahn Do-hyun').official, false);
    assert.equal(personNamed(a, 'Cho Kyung-ho').official, true);
    // "Daeseong" before "chairman" modifies the title: no person of its own, though "father," stands before it.
    assert.equal(a.people.some((p) => p.name === 'Daeseong'), false);
  });
});

describe('people: given names with diacritics and research firms', () => {
  it('knows a given name written with diacritics the list spells without ("Antônio Carlos de Oliveira Prado"), and its gender ("Luíza")', () => {
    const text =
      'Antônio Carlos de Oliveira Prado, who raises cattle on about 2,000 hectares near Castelo de Sonhos and heads the local union, said the raid punished legal ranchers. "They treat every producer like a bandit," Oliveira Prado said.';
    const a = analyze(text);
    assert.deepEqual(names(text), ['Antônio Carlos de Oliveira Prado']);
    assert.equal(a.quotes[0].speaker.name, 'Antônio Carlos de Oliveira Prado');
  });

  it('makes no person of a firm whose name ends in "Research" ("Anderson Robbins Research", "Pew Research")', () => {
    const text = 'The poll was conducted by Anderson Robbins Research and Shaw & Company. Pew Research found the same. Anderson Cooper asked about it.';
    assert.deepEqual(names(text), ['Anderson Cooper']);
  });
});

describe('people: "official" as an adjective', () => {
  it('reads "official" before a noun as no post ("at Varsha, the Chief Minister’s official residence,"), but keeps "an official overseeing Lebanon"', () => {
    const text = 'One of them met Deshmane at Varsha, the Chief Minister’s official residence, on Monday night. Jeffrey D. Feltman, an official overseeing Lebanon and the region, said little.';
    const a = analyze(text);
    assert.deepEqual(names(text), ['Jeffrey D. Feltman']);
    assert.equal(personNamed(a, 'Jeffrey D. Feltman').title, 'official overseeing Lebanon and the region');
  });
});

describe('people: posts at a body the text spells out', () => {
  it('holds no office at a union named by an acronym the text spells out ("the Nigeria Labour Congress (NLC)" … "NLC President X"), but keeps a ministry\'s', () => {
    const text =
      'The Nigeria Labour Congress (NLC) and the Ministry of Petroleum Resources (MPR) met on Wednesday. NLC President Comrade Obinna Ezeala told reporters the talks had failed. MPR Director Sani Danladi disagreed.';
    const a = analyze(text);
    assert.equal(personNamed(a, 'Obinna Ezeala').official, false);
    assert.equal(personNamed(a, 'Sani Danladi').official, true);
  });
});

describe('people: plural possessives', () => {
  it('reads a plural owner\'s apostrophe in an apposition ("the Greens’ budget spokeswoman", "Sanders’ campaign manager", "the Democrats\' event")', () => {
    const text =
      'Mareike Söllner, the Greens’ budget spokeswoman in the Bundestag, said the coalition was wrong. Jeff Weaver, Sanders’ campaign manager, said it was fine. ' +
      '"We are on track," said Anna Adams-Sarthou, a spokeswoman for the committee raising funds for the Democrats\' event.';
    const a = analyze(text);
    const s = personNamed(a, 'Mareike Söllner');
    assert.equal(s.title, 'budget spokeswoman in the Bundestag');
    assert.equal(s.affiliation, 'Greens');
    assert.equal(personNamed(a, 'Jeff Weaver').affiliation, 'Sanders');
    assert.equal(personNamed(a, 'Anna Adams-Sarthou').title, 'spokeswoman');
  });
});
