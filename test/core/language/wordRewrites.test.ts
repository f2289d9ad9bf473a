import { describe, expect, it } from 'vitest';
import { WORD_REWRITES } from '../../../src/core/language/wordRewrites';
import type { Lang } from '../../../src/core/language/languages';
import { normalise } from '../../../src/core/language/normalise';
import { tokenise } from '../../../src/core/language/tokenise';

const expand = (lang: Lang, text: string) => WORD_REWRITES[lang].apply(tokenise(normalise(text))).join(' ');

/** One case per message: its language, what is typed, and what the later stages read. */
function itExpands(cases: readonly (readonly [Lang, string, string])[]): void {
  it.each(cases)('%s: %j → %j', (lang, text, expected) => {
    expect(expand(lang, text)).toBe(expected);
  });
}

describe('chat shortenings are written out in full', () => {
  itExpands([
    ['es', 'q hacen ustedes', 'que hacen ustedes'],
    ['es', 'pasame la web x fa', 'pasame la web por favor'],
    ['en', 'what do u do', 'what do you do'],
    ['fr', 'vs faites koi', 'vous faites quoi'],
    ['fr', 'c nul', 'c est nul'],
    ['en', 'a govt dept in ghana', 'a government department in ghana'],
    ['fr', 'jvoudrais participer', 'je voudrais participer'],
    ['fr', 'jvoudrai participer', 'je voudrais participer'],
    ['en', 'what do yous do', 'what do you do'],
    ['es', 'me pasas tu coreo', 'me pasas tu correo'],
    ['es', 'el laburo de experto', 'el trabajo de experto'],
    ['en', 'could a uni join', 'could a university join'],
    ['fr', 'je veu participer', 'je veux participer'],
    ['fr', 'ctc moi', 'contacte moi'],
    ['fr', 'cb d experts', 'combien d experts'],
    ['fr', 'vs etes tjr la', 'vous etes toujours la'],
    ['fr', 'jsp ce que vous faites', 'je sais pas ce que vous faites'],
    ['en', "do y'all work on asylum", 'do you work on asylum'],
    ['fr', 'ya quelles possibilites', 'il y a quelles possibilites'],
  ]);
});

// Idioms for taking part, starting and running: their words name nothing the knowledge base knows.
describe('idioms are written in plain words', () => {
  itExpands([
    ['en', 'how do we get in on this', 'how do we take part'],
    ['en', 'can we kick off a request', 'can we start a request'],
    ['en', 'is it still going', 'is it still running'],
  ]);
});

// Typos that are words themselves: typo tolerance never rewrites a word the dictionary knows.
describe('real-word typos are corrected where they cannot be the word', () => {
  itExpands([
    ['en', 'do you cover boarder control', 'do you cover border control'],
    ['en', 'witch regions do you cover', 'which regions do you cover'],
    ['en', 'how do i become an expect', 'how do i become an expert'],
    ['es', 'ay que pagar algo', 'hay que pagar algo'],
    ['fr', 'la gestion de donnés migratoires', 'la gestion de donnees migratoires'],
    ['en', 'how long does an acton last', 'how long does an action last'],
    ['en', 'have somebody call me', 'have someone call me'],
    ['fr', 'dans quelle lange', 'dans quelle langue'],
    // Where the word can be itself, it stays (guards).
    ['en', 'what do you expect from partner countries', 'what do you expect from partner countries'],
    ['en', 'an application form for experts', 'an application form for experts'],
    ['fr', 'vous donnes des conseils', 'vous donnes des conseils'],
  ]);
});

// "c'est" is "c" + "est" once the apostrophe is gone: the shortening "c" must not make it "c est est",
// and "ce" is a word ("est-ce que", "ce programme"), not a shortening of "c'est".
describe('words already in full are left alone', () => {
  itExpands([
    ['fr', "c'est quoi MIEUX+ ?", 'c est quoi mieux'],
    ['fr', "est-ce que c'est payant ?", 'est ce que c est payant'],
    ['fr', 'ce programme existe encore ?', 'ce programme existe encore'],
    ['en', "what's this", 'what s this'],
  ]);
});

// Two passes: shortenings first, so a phrase rule written in full words reads the typed shortening too.
describe('a chat shortening is written out before the phrase rules read it', () => {
  itExpands([
    ['es', 'q gana españa', 'que gana un estado miembro'],
    ['es', 'y a portugal q le aporta esto', 'y a un estado miembro que le aporta esto'],
    ['es', 'q saca francia d esto', 'que saca un estado miembro de esto'],
  ]);
});

describe("a Member State's institution named by its adjective is written as a Member State's", () => {
  itExpands([
    ['en', 'an irish ministry', 'an member state ministry'],
    ['es', 'una administración húngara', 'una administracion de un estado miembro'],
    ['fr', 'une administration française', 'une administration d un etat membre'],
    ['fr', 'le ministère espagnol', 'le ministere espagnol'],
  ]);
});
