import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { quoteWith, spanOf } from './helpers';

describe('quotes', () => {
  describe('quote marks', () => {
    it('finds a quote in curly double quotes, marks included in the span', () => {
      const text = '“We will not back down,” Foreign Minister Dmytro Kuleba said on Tuesday.';
      const a = analyze(text);
      assert.equal(a.quotes.length, 1);
      const q = a.quotes[0];
      const s = spanOf(text, '“We will not back down,”');
      assert.equal(q.start, s.start);
      assert.equal(q.end, s.end);
      assert.equal(q.text, '“We will not back down,”');
      assert.equal(q.unbalanced, false);
    });

    it('finds a quote in straight double quotes', () => {
      const text = '"The shelters are full and the water is running out," said Ahmed Abu Hasan, a nurse in Khan Younis.';
      const a = analyze(text);
      assert.equal(a.quotes.length, 1);
      assert.equal(a.quotes[0].text, '"The shelters are full and the water is running out,"');
      assert.equal(a.quotes[0].unbalanced, false);
    });

    it('closes an open straight quote after a digit ("about $300,000" from), while a digit before a mark with no quote open is inches', () => {
      const text = 'She had raised "nearly $300,000" from donors. Her rival called that "a stretch." He stands 6\'2" tall and "likes it."';
      const a = analyze(text);
      assert.deepEqual(a.quotes.map((q) => q.text), ['"nearly $300,000"', '"a stretch."', '"likes it."']);
    });

    it('finds NYT-style quotes written with two single quotes (\'\')', () => {
      const text = "''We are not leaving our homes,'' said Ahmed al-Masri, a teacher in Gaza City.";
      const a = analyze(text);
      assert.equal(a.quotes.length, 1);
      assert.equal(a.quotes[0].text, "''We are not leaving our homes,''");
      assert.equal(a.quotes[0].unbalanced, false);
      assert.equal(a.findings.filter((f) => f.code === 'unbalanced-quote').length, 0);
    });

    it('finds several quotes in one paragraph as separate quotes', () => {
      const text = '“The bridge is gone,” said Olena Kovalenko, a volunteer. “We cross by boat now,” she added.';
      const a = analyze(text);
      assert.deepEqual(a.quotes.map((q) => q.text), ['“The bridge is gone,”', '“We cross by boat now,”']);
    });
  });

  describe('nested single quotes', () => {
    it('reports curly single quotes nested in a double quote in quote.nested, with one outer quote', () => {
      const text = '“They kept telling us ‘wait and see,’ and we waited for a year,” said Olena Kovalenko, a shop owner in Kharkiv.';
      const a = analyze(text);
      assert.equal(a.quotes.length, 1, JSON.stringify(a.quotes.map((q) => q.text)));
      const q = a.quotes[0];
      assert.equal(q.text, '“They kept telling us ‘wait and see,’ and we waited for a year,”');
      assert.equal(q.nested.length, 1);
      const n = q.nested[0];
      assert.equal(text.slice(n.start, n.end), '‘wait and see,’');
    });

    it('reports straight single quotes nested in straight double quotes', () => {
      const text = '"He called the deal \'a historic betrayal\' on live television," said Maria Zakharova, the ministry spokeswoman.';
      const a = analyze(text);
      assert.equal(a.quotes.length, 1, JSON.stringify(a.quotes.map((q) => q.text)));
      const q = a.quotes[0];
      assert.equal(q.nested.length, 1);
      assert.equal(text.slice(q.nested[0].start, q.nested[0].end), "'a historic betrayal'");
    });

    it('keeps the nested span inside the outer quote', () => {
      const text = '“The minister said ‘never again’ and meant it,” said Yael German, a former ambassador.';
      const q = analyze(text).quotes[0];
      assert.equal(q.nested.length, 1);
      assert.ok(q.nested[0].start > q.start && q.nested[0].end < q.end);
    });
  });

  describe('British single quotes', () => {
    it('keeps a double quote inside a single-quoted passage nested in it (‘The Minister calls this “balance”,’)', () => {
      const text = 'Aoife MacGiolla spoke in the Dáil.\n\n‘The Minister calls this “balance”,’ Ms MacGiolla said. ‘Renters will call it a rent increase.’';
      const a = analyze(text);
      assert.deepEqual(a.quotes.map((q) => q.text), ['‘The Minister calls this “balance”,’', '‘Renters will call it a rent increase.’']);
      assert.deepEqual(a.quotes[0].nested.map((n) => text.slice(n.start, n.end)), ['“balance”']);
      assert.equal(a.quotes[0].speaker.name, 'Aoife MacGiolla');
    });

    it('reads a plural possessive inside a single-quoted passage as an apostrophe when a later mark closes it', () => {
      const text = 'MacGiolla called the bill ‘a landlords’ charter dressed up as tenants’ rights’. Others agreed.';
      assert.deepEqual(analyze(text).quotes.map((q) => q.text), ['‘a landlords’ charter dressed up as tenants’ rights’']);
      const two = 'Beck quoted the Bible on ‘Boasters’ and ‘Blasphemers’ Like Trump.';
      assert.deepEqual(analyze(two).quotes.map((q) => q.text), ['‘Boasters’', '‘Blasphemers’']);
      const last = 'She said the cuts would hurt ‘the farmers’ most of all.';
      assert.deepEqual(analyze(last).quotes.map((q) => q.text), ['‘the farmers’']);
    });

    it('keeps a double quote that follows a passage closed at a plural possessive, and reads an unclosed inner quote as before', () => {
      assert.deepEqual(analyze('‘Landlords’ groups say “enough” now.').quotes.map((q) => q.text), ['‘Landlords’', '“enough”']);
      const a = analyze('‘The “a “b” c.');
      assert.equal(a.quotes.filter((q) => q.text.includes('“b”') && q.text !== '“b”').length <= 1, true);
      assert.ok(a.quotes.every((q, i) => a.quotes.findIndex((x) => x.start === q.start) === i), 'no quote twice');
    });

    it('still finds a double quote after a lone leading apostrophe (‘bout) and a passage run up against a double quote', () => {
      const text = 'And how ‘bout this headline from the Post: “Surge in robberies alters residents’ routines.” Liberals hate it.';
      assert.deepEqual(analyze(text).quotes.map((q) => q.text), ['“Surge in robberies alters residents’ routines.”']);
      const run = '‘THE OTHER SIDE OF THE PARTY’“Mr. Barna’s bash featured champagne showers.” [NYT]';
      assert.deepEqual(analyze(run).quotes.map((q) => q.text), ['‘THE OTHER SIDE OF THE PARTY’', '“Mr. Barna’s bash featured champagne showers.”']);
    });
  });

  describe('apostrophes', () => {
    it('does not open or close a quote at apostrophes in prose (’90s, rock \'n\' roll, voters’, Lapid’s, It’s)', () => {
      const text =
        'The ’90s were the decade of rock \'n\' roll in Tel Aviv, and the voters’ mood has not changed much since, Lapid’s aides believe. It’s unclear whether that will last.';
      const a = analyze(text);
      assert.deepEqual(a.quotes.map((q) => q.text), []);
      assert.equal(a.findings.filter((f) => f.code === 'unbalanced-quote').length, 0);
    });

    it('keeps apostrophes inside a curly quote from ending it', () => {
      const text = '“It’s Lapid’s decision, and it has been since the ’90s,” said Yael German, a former ambassador.';
      const a = analyze(text);
      assert.equal(a.quotes.length, 1);
      assert.equal(a.quotes[0].text, '“It’s Lapid’s decision, and it has been since the ’90s,”');
      assert.deepEqual(a.quotes[0].nested, []);
    });

    it('keeps a plural possessive (voters’) inside a straight quote from being taken as a nested quote mark', () => {
      const text = '"The voters\' anger is real, and it\'s growing," said Gabriela Sánchez-Ortega, a pollster in Madrid.';
      const a = analyze(text);
      assert.equal(a.quotes.length, 1);
      assert.equal(a.quotes[0].text, '"The voters\' anger is real, and it\'s growing,"');
      assert.deepEqual(a.quotes[0].nested, []);
    });

    it('does not take rock \'n\' roll inside a quote for a nested quote', () => {
      const text = '“We grew up on rock ’n’ roll and Soviet cartoons,” said Dmytro Shevchenko, a musician from Odesa.';
      const a = analyze(text);
      assert.equal(a.quotes.length, 1);
      assert.deepEqual(a.quotes[0].nested, []);
    });

    it('does not start a quote at a single quote that opens a decade (’90s) after a space', () => {
      const text = 'Prices have not been this high since the \'90s, the central bank said in its report on Monday.';
      const a = analyze(text);
      assert.equal(a.quotes.length, 0);
    });
  });

  describe('partial quotes', () => {
    it('marks a quoted fragment inside a sentence as partial', () => {
      const text = 'Kyiv is “disappointed” that Israel has refused to supply air defense systems, the Foreign Ministry said on Wednesday.';
      const a = analyze(text);
      const q = quoteWith(a, 'disappointed');
      assert.equal(q.text, '“disappointed”');
      assert.equal(q.partial, true);
    });

    it('marks a fragment that completes the reporter\'s sentence as partial', () => {
      const text = 'Emine Dzhaparova said the offer of humanitarian aid alone was “not what friends do.”';
      const q = quoteWith(analyze(text), 'not what friends do');
      assert.equal(q.partial, true);
    });

    it('marks a full quoted statement as not partial', () => {
      const text = '“We expected more from our friends in Jerusalem,” the Ukrainian Foreign Ministry said in a statement.';
      const q = quoteWith(analyze(text), 'We expected more');
      assert.equal(q.partial, false);
    });

    it('marks a full statement introduced by a colon as not partial', () => {
      const text = 'Michael Brodsky said: “Israel stands with the people of Ukraine.”';
      const q = quoteWith(analyze(text), 'Israel stands');
      assert.equal(q.partial, false);
    });
  });

  describe('quotes over several paragraphs', () => {
    const text = [
      'Dmytro Shevchenko, a volunteer medic, described the night of the strike:',
      '“The first thing we saw was smoke rising over the market.',
      '“Then the second blast came, and everyone ran toward the station.',
      '“By morning there was nothing left of the building.”',
      'The city council met on Friday to discuss the damage.',
    ].join('\n\n');

    it('reports a quote whose paragraphs reopen with a quote mark as one quote', () => {
      const a = analyze(text);
      assert.equal(a.quotes.length, 1, JSON.stringify(a.quotes.map((q) => q.text)));
      const q = a.quotes[0];
      assert.equal(q.start, text.indexOf('“The first'));
      assert.equal(q.end, text.indexOf('building.”') + 'building.”'.length);
      assert.equal(q.unbalanced, false);
    });

    it('gives the multi-paragraph quote one piece per paragraph', () => {
      const q = analyze(text).quotes[0];
      assert.deepEqual(
        q.pieces.map((p) => text.slice(p.start, p.end)),
        [
          '“The first thing we saw was smoke rising over the market.',
          '“Then the second blast came, and everyone ran toward the station.',
          '“By morning there was nothing left of the building.”',
        ],
      );
    });

    it('does not report the unclosed paragraphs of a multi-paragraph quote as unbalanced', () => {
      const a = analyze(text);
      assert.equal(a.findings.filter((f) => f.code === 'unbalanced-quote').length, 0);
    });

    it('attributes the multi-paragraph quote to the speaker introduced before it', () => {
      const q = analyze(text).quotes[0];
      assert.equal(q.speaker.kind, 'person');
      assert.equal(q.speaker.name, 'Dmytro Shevchenko');
    });

    it('handles a multi-paragraph quote in straight quotes', () => {
      const t = ['Mayor Ihor Terekhov said:', '"We will rebuild the schools first.', '"Then the hospitals, then the homes."'].join('\n\n');
      const a = analyze(t);
      assert.equal(a.quotes.length, 1);
      assert.equal(a.quotes[0].pieces.length, 2);
      assert.equal(a.quotes[0].unbalanced, false);
    });

    it('handles a multi-paragraph quote in British single quotes, one piece per paragraph', () => {
      const t = [
        '‘The second payment never came,’ Fadma Ouahmane said. ‘I am still waiting for the commission.',
        '‘My sons went to work in Casablanca to pay the mason’s bill.’',
        'The ministry did not reply.',
      ].join('\n\n');
      const a = analyze(t);
      assert.deepEqual(a.quotes.map((q) => q.pieces.map((p) => t.slice(p.start, p.end))), [
        ['‘The second payment never came,’'],
        ['‘I am still waiting for the commission.', '‘My sons went to work in Casablanca to pay the mason’s bill.’'],
      ]);
      assert.equal(a.quotes[1].speaker.name, 'Fadma Ouahmane');
      assert.equal(a.findings.filter((f) => f.code === 'unbalanced-quote').length, 0);
      // A passage the next paragraph does not reopen is no quote, as before.
      assert.deepEqual(analyze('He said ‘The plan was dead.\n\nThe ministry did not reply.').quotes, []);
      // Mismatched marks or an elision carry nothing over; a run never closed keeps its last paragraph, unclosed.
      const texts = (t: string) => analyze(t).quotes.map((q) => q.text);
      assert.deepEqual(texts('Intro.\n\n‘We will fight this,” he said of the ruling.\n\n‘It is over,’ she said.'), ['‘It is over,’']);
      assert.deepEqual(texts('‘Tis the season for giving, the charity said.\n\n‘We need help,’ said Jones.'), ['‘We need help,’']);
      const open = analyze('‘The first.\n\n‘The second.\n\n‘Third para without close.\n\nSmith said nothing.').quotes;
      assert.deepEqual(open.map((q) => [q.pieces.length, q.unbalanced]), [[3, true]]);
    });
  });

  describe('quotes interrupted by their attribution', () => {
    const text =
      'Emine Dzhaparova, Ukraine’s deputy foreign minister, spoke to reporters after the meeting. “We asked for air defense,” she said. “We got sympathy.”';

    it('reports a quote interrupted by its attribution as two quotes', () => {
      const a = analyze(text);
      assert.deepEqual(a.quotes.map((q) => q.text), ['“We asked for air defense,”', '“We got sympathy.”']);
    });

    it('gives both halves of an interrupted quote the same speaker', () => {
      const a = analyze(text);
      assert.equal(a.quotes.length, 2);
      assert.equal(a.quotes[0].speaker.name, 'Emine Dzhaparova');
      assert.equal(a.quotes[1].speaker.name, 'Emine Dzhaparova');
      assert.equal(a.quotes[0].speaker.person, a.quotes[1].speaker.person);
    });
  });

  describe('block quotes', () => {
    it('attributes a block quote in its own paragraph to X from a preceding "X said:"', () => {
      const text = [
        'In a video address on Monday night, President Volodymyr Zelenskyy said:',
        '“Ukraine will remember who stood with it in the darkest hour, and who looked away.”',
      ].join('\n\n');
      const a = analyze(text);
      assert.equal(a.quotes.length, 1);
      const q = a.quotes[0];
      assert.equal(q.speaker.kind, 'person');
      assert.equal(q.speaker.name, 'Volodymyr Zelenskyy');
      assert.equal(q.partial, false);
      assert.ok(q.cue && q.cue.kind === 'colon-block', `cue: ${JSON.stringify(q.cue)}`);
    });
  });

  describe('unbalanced quotes', () => {
    const text = [
      '“We will rebuild every school before winter, said Mayor Ihor Terekhov of Kharkiv.',
      'The city council approved the budget on Friday. Officials said work would begin in the spring.',
      '“It will take years,” said Olena Kovalenko, a teacher.',
    ].join('\n\n');

    it('ends an unclosed quote at the end of its paragraph', () => {
      const a = analyze(text);
      const q = quoteWith(a, 'We will rebuild');
      assert.equal(q.start, 0);
      assert.equal(q.end, text.indexOf('\n\n'));
      assert.equal(q.unbalanced, true);
    });

    it('does not let an unclosed quote swallow the following paragraphs', () => {
      const a = analyze(text);
      const later = text.indexOf('The city council');
      for (const q of a.quotes) assert.ok(!(q.start < later && q.end > later), `quote ${JSON.stringify(q.text)} runs into the next paragraph`);
      const last = quoteWith(a, 'It will take years');
      assert.equal(last.text, '“It will take years,”');
      assert.equal(last.unbalanced, false);
    });

    it('reports an unbalanced-quote finding for an unclosed quote', () => {
      const a = analyze(text);
      const f = a.findings.filter((x) => x.code === 'unbalanced-quote');
      assert.equal(f.length, 1);
      assert.equal(f[0].start, 0);
    });

    it('bounds an unclosed straight quote at its paragraph end too', () => {
      const t = ['"We will rebuild every school before winter, said Mayor Ihor Terekhov.', 'The council approved the budget on Friday.'].join('\n\n');
      const a = analyze(t);
      assert.equal(a.quotes.length, 1);
      assert.equal(a.quotes[0].end, t.indexOf('\n\n'));
      assert.equal(a.quotes[0].unbalanced, true);
      assert.equal(a.findings.filter((x) => x.code === 'unbalanced-quote').length, 1);
    });

    it('bounds an unclosed quote in the last paragraph at the end of the text', () => {
      const t = 'Officials said the talks would go on. “We are close to a deal, one negotiator said.';
      const a = analyze(t);
      assert.equal(a.quotes.length, 1);
      assert.equal(a.quotes[0].end, t.length);
      assert.equal(a.quotes[0].unbalanced, true);
    });
  });

  describe('markup', () => {
    it('does not take double quotes in HTML tag attributes for quotes', () => {
      const text = '<p>The ministry published <a href="https://example.org/report.pdf" title="Full report">the full report</a> on Monday.</p>';
      const a = analyze(text);
      assert.deepEqual(a.quotes.map((q) => q.text), []);
      assert.equal(a.findings.filter((f) => f.code === 'unbalanced-quote').length, 0);
    });

    it('still finds a real quote in a paragraph that contains a link', () => {
      const text = '<p>“We will publish everything,” said <a href="https://example.org/people/kuleba">Dmytro Kuleba</a>, the foreign minister.</p>';
      const a = analyze(text);
      assert.deepEqual(a.quotes.map((q) => q.text), ['“We will publish everything,”']);
    });
  });

  describe('mistyped and mixed marks', () => {
    it('takes a left mark typed where the closer belongs for the closing mark', () => {
      const text = '“The bridge will open in May,“ said Maria Lopez, the city engineer. “Traffic will improve,“ she added.';
      const a = analyze(text);
      assert.deepEqual(a.quotes.map((q) => q.text), ['“The bridge will open in May,“', '“Traffic will improve,“']);
      assert.equal(a.quotes[0].speaker.name, 'Maria Lopez');
    });

    it("closes a NYT-style ''' as a single and a double mark together", () => {
      const text = "''Voters keep asking me, 'Where is the money going,''' said Tom Barrett, a county clerk. ''Nobody knows.''";
      const a = analyze(text);
      assert.equal(a.quotes[0].text, "''Voters keep asking me, 'Where is the money going,'''");
      assert.equal(a.quotes[0].speaker.name, 'Tom Barrett');
    });

    it('keeps curly quotes inside a straight-quoted passage as a quote within the quote', () => {
      const text = 'The mayor wrote:\n\n"The council is not about “open government” any more. It is about a few insiders."\n\nThe council did not reply.';
      const a = analyze(text);
      assert.deepEqual(a.quotes.map((q) => q.text), ['"The council is not about “open government” any more. It is about a few insiders."']);
    });

    it('still reads apostrophes as apostrophes next to mistyped marks', () => {
      const text = '“It’s the ’90s all over again,“ said Ann Reed.';
      const a = analyze(text);
      assert.deepEqual(a.quotes.map((q) => q.text), ['“It’s the ’90s all over again,“']);
    });
  });

  describe('cited headlines', () => {
    it('leaves a cited headline with its byline out of the quotes, but keeps a passive quote with "by"', () => {
      const text = 'MUST READ — "City council approves the new stadium deal," by Gazette\'s Laura Finch.\n\nThe plan was called "a giveaway" by Councilman Ed Park.';
      const a = analyze(text);
      assert.deepEqual(a.quotes.map((q) => q.text), ['"a giveaway"']);
    });
  });

  describe('titles of works', () => {
    it('leaves out a title after "show," and a title opening with a digit ("13th")', () => {
      const text = 'Old hands help Russia\n\nHe sat for an interview on Mr. King\'s show, "Politicking." Her new documentary "13th" opens on Friday.';
      assert.deepEqual(analyze(text).quotes.map((q) => q.text), []);
    });
  });

  describe('nicknames', () => {
    it('leaves a nickname inside a name and a nickname given out of the quotes, but keeps a label someone gave', () => {
      const text = [
        'In a tradition he has kept for 40 years, Rep. Robert C. "Bobby" Scott threw open his farm.',
        'Trump unloaded on Cruz in return, yoking him with the nickname "Lyin\' Ted." Trump called the senator a "nasty guy."',
        'When PolitiFact examined the statement, it was labeled "Mostly True."',
      ].join('\n\n');
      assert.deepEqual(analyze(text).quotes.map((q) => q.text), ['"nasty guy."', '"Mostly True."']);
    });

    it('leaves an alias given with words between "known" and "as" ("known inside the group as “Simón”")', () => {
      const a = analyze('The commander, known inside the group as “Simón”, left the talks on Monday.');
      assert.deepEqual(a.quotes, []);
    });
  });
});
