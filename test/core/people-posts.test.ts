import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { personNamed } from './helpers';

const names = (text: string) => analyze(text).people.map((p) => p.name);

describe('people: posts at international bodies, NGOs, portfolios and companies', () => {
  it('reads an intergovernmental body\'s acronym before the office ("the WHO regional director"): an official, the office as title', () => {
    const text = 'Prof. Aurelio Nsimba-Varga, the WHO Regional Director for the Western Pacific, said vaccination had slowed.';
    const p = personNamed(analyze(text), 'Aurelio Nsimba-Varga');
    assert.equal(p.official, true);
    assert.equal(p.affiliation, 'WHO');
    assert.match(p.title ?? '', /^regional director for the western pacific$/i);
  });

  it('makes an NGO post named in the title\'s complement no office ("coordinator in Chad for Médecins Sans Frontières")', () => {
    const text = 'Ingrid Solheim-Baptiste, the medical coordinator in Chad for Médecins Sans Frontières, said the clinic was full.';
    const p = personNamed(analyze(text), 'Ingrid Solheim-Baptiste');
    assert.equal(p.official, false, `title: ${p.title}`);
    const q = personNamed(analyze('Duncan Ferreira, the country director in Sudan for the Norwegian Refugee Council, said aid was blocked.'), 'Duncan Ferreira');
    assert.equal(q.official, false, `title: ${q.title}`);
  });

  it('keeps an NGO\'s post before the name no office ("Oxfam\'s humanitarian director, X,")', () => {
    const p = personNamed(analyze("Oxfam's humanitarian director, Rafaela Quintero, said the convoy was stopped."), 'Rafaela Quintero');
    assert.equal(p.official, false);
  });

  it('makes no person of what a title\'s possessive owns ("The Navy Spokesperson\'s Unit", "the Governor\'s Office")', () => {
    const text = "The Navy Spokesperson's Unit declined to comment. “We are reviewing it,” the Governor's Office said in a statement.";
    const a = analyze(text);
    assert.deepEqual(names(text), [], JSON.stringify(a.people));
    assert.notEqual(a.quotes[0]?.speaker.kind, 'person', JSON.stringify(a.quotes[0]?.speaker));
  });

  it('reads a portfolio listed with commas as one title ("Minister of Lands, Forestry and Mines, X,")', () => {
    const text = "Ghana's Minister of Lands, Forestry and Mines, Kwabena Asante-Boateng, said the licences would be reviewed.";
    const a = analyze(text);
    assert.deepEqual(names(text), ['Kwabena Asante-Boateng']);
    const p = personNamed(a, 'Kwabena Asante-Boateng');
    assert.equal(p.official, true);
    assert.equal(p.title, 'minister of Lands, Forestry and Mines');
    assert.equal(p.affiliation, 'Ghana');
  });

  it('finds the holder of a listed portfolio with an East Asian name ("Secretary of Science, Technology and Innovation, Lim Wei-ling,")', () => {
    const text = 'The Secretary of Science, Technology, and Innovation, Lim Wei-ling, told reporters the grant was approved. Lim said more would follow.';
    const a = analyze(text);
    assert.deepEqual(names(text), ['Lim Wei-ling']);
    const p = personNamed(a, 'Lim Wei-ling');
    assert.equal(p.official, true);
    assert.match(p.title ?? '', /^secretary of Science, Technology, and Innovation$/);
    assert.equal(p.mentions.length, 2);
  });

  it('joins a later double surname to the person named in full ("Teresa Baptista Quaresma" … "Baptista Quaresma said")', () => {
    const text = 'Teresa Baptista Quaresma, a nurse, arrived at dawn. “We had no water,” Baptista Quaresma said. José Luis Ibarra Montoya runs the shelter. Ibarra Montoya said it was full.';
    const a = analyze(text);
    assert.deepEqual(names(text), ['Teresa Baptista Quaresma', 'José Luis Ibarra Montoya']);
    assert.equal(personNamed(a, 'Teresa Baptista Quaresma').mentions.length, 2);
    assert.equal(personNamed(a, 'José Luis Ibarra Montoya').mentions.length, 2);
    assert.equal(a.quotes[0].speaker.name, 'Teresa Baptista Quaresma');
  });

  it('makes no person of a company named by its trade ("Daewon Electronics", "Kessler Chemicals")', () => {
    const text = 'Daewon Electronics declined to comment. “We follow the rules,” Kessler Chemicals said in a statement.';
    assert.deepEqual(names(text), []);
    // Firms named for a founder: consultancies, estate agents, advisers.
    const firms = 'Lesley Deutch, a senior vice president at John Burns Real Estate Consulting, said the model was dying. Henry Realty sold the lot, and Mark Ames of Ames Associates said so.';
    assert.deepEqual(names(firms), ['Lesley Deutch', 'Mark Ames']);
  });

  it('makes no person of the subject of a share price\'s move ("with Hollis Brandt gaining 4.2%", "shares of X fell")', () => {
    const text = 'Tokyo stocks closed higher, with Hollis Brandt gaining 4.2% and Marigold Ito falling as much as 7 percent. Shares of Nadia Kurosawa fell after the report.';
    assert.deepEqual(names(text), []);
    // A person who gains something else stays a person.
    assert.deepEqual(names('Laura Brandt gained 3 kilograms over the winter, her doctor said.'), ['Laura Brandt']);
    // A candidate gaining in a poll is no share price.
    assert.deepEqual(names('Sen. Clara Whitby gained 3 percent in the new poll.'), ['Clara Whitby']);
  });
  it('splits a body, a post and a name run together ("Maricopa County Recorder Helen Purcell", "United Steelworkers Political Director Tim Waters")', () => {
    const text = 'Maricopa County Recorder Helen Purcell said the lines were long. United Steelworkers Political Director Tim Waters said the union would campaign. Council on American-Islamic Relations National Executive Director Nihad Awad said so.';
    assert.deepEqual(names(text), ['Helen Purcell', 'Tim Waters', 'Nihad Awad']);
    const a = analyze(text);
    assert.equal(personNamed(a, 'Helen Purcell').official, true);
    assert.equal(personNamed(a, 'Tim Waters').official, false);
    // "principal" alone stays an adjective: "the principal opponent" is no post.
    assert.equal(analyze('Mr. Raman Jha, the principal opponent of the chief minister, said so.').people[0].title, null);
  });
});
