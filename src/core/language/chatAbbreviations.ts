import type { Localized } from './languages';
import { SynonymMap } from './synonyms';

/**
 * How people shorten words in chat ("q hacen", "what do u do", "vs faites quoi"), each group
 * written as the full form first, then its shortenings. Applied to a message's words before
 * anything else reads them, so that every later stage sees the full words.
 */
const GROUPS: Localized<readonly (readonly string[])[]> = {
  es: [
    ['que', 'q', 'k', 'ke'],
    ['por que', 'xq', 'pq', 'porq'],
    ['porque', 'xk'],
    ['también', 'tb', 'tmb', 'tbn'],
    ['para', 'pa'],
    ['por favor', 'porfa', 'xfa', 'pf', 'plis'],
    ['quiero', 'kiero'],
    ['como', 'komo'],
    ['cuando', 'qdo'],
    ['de', 'd'],
    ['gracias', 'grax', 'graciass'],
  ],
  en: [
    ['you', 'u', 'ya'],
    ['give me', 'gimme'],
    ['your', 'ur'],
    ['are', 'r'],
    ['please', 'pls', 'plz', 'plse'],
    ['about', 'abt', 'bout'],
    ['with', 'w', 'wth'],
    ['people', 'ppl'],
    ['thanks', 'thx', 'thnx', 'tnx', 'ty'],
    ['because', 'cuz', 'bc', 'coz'],
    ['what', 'wat', 'wht'],
    ['what is', 'whats'],
    ['that is', 'thats'],
    ['kind of', 'kinda'],
    ['sort of', 'sorta'],
    ['want to', 'wanna'],
    ['going to', 'gonna'],
    ['do not', 'dont'],
    ['i am', 'im'],
    ['information', 'info'],
  ],
  fr: [
    // Not "cé": without its accent it is "ce", a word of its own ("est-ce que", "ce programme").
    ['c est', 'c'],
    ['donne moi', 'file moi', 'files moi'],
    ['quoi', 'koi', 'kwa'],
    ['vous', 'vs'],
    ['pour', 'pr'],
    ['quelqu un', 'qq1', 'qqn', 'qlq1'],
    ['je veux', 'jveux', 'jve'],
    ['je suis', 'jsuis', 'chui', 'chuis'],
    ['s il vous plaît', 'svp', 'stp'],
    ['beaucoup', 'bcp'],
    ['tout', 'tt'],
    ['dans', 'ds'],
    ['pourquoi', 'pk', 'pq'],
    ['quand', 'qd'],
    ['que', 'ke'],
    ['qu est ce que', 'keske', 'kesk'],
    ['merci', 'mrc', 'mci'],
    ['association', 'asso'],
    ['associations', 'assos'],
  ],
};

/**
 * Everyday phrases whose words would otherwise name a topic, each rewritten without it.
 *
 * The programme's name is an everyday French word ("mieux": better). In these phrases it is the
 * word, so it is dropped: "comment mieux dormir ?" asks nothing about MIEUX+, and a question that
 * names MIEUX+ is always taken to be about it. The name keeps its meaning wherever else it is
 * typed, in lower case too ("c quoi mieux"), which is how people write it.
 *
 * "Tout le monde" is everyone, not the world (the regions). Not Spanish "todo el mundo": it is
 * also "all over the world". "Traite" after its subject is "deals with", not trafficking.
 */
const EVERYDAY_PHRASES: Localized<readonly (readonly string[])[]> = {
  es: [['actualmente', 'en este momento', 'en estos momentos']],
  // "All day", "day to day" and "at the moment" are no durations: how experts spend their time,
  // every day, now.
  en: [
    ['all', 'all day'],
    ['daily', 'day to day'],
    ['currently', 'at the moment'],
  ],
  fr: [
    ['tous', 'tout le monde'],
    // "Traite" is trafficking ("la traite des êtres humains") and "deals with" after its subject.
    ['mieux', 'mieux traite'],
    ['qui', 'qui traite'],
    ['il', 'il traite'],
    ['elle', 'elle traite'],
    ['t il', 'traite t il'],
    ['t elle', 'traite t elle'],
    ['comment', 'comment mieux'],
    ['tant', 'tant mieux'],
    ['vaut', 'mieux vaut'],
    ['va', 'va mieux'],
    ['vais', 'vais mieux'],
    ['aller', 'aller mieux'],
    ['faire', 'faire mieux'],
    ['encore', 'encore mieux'],
    ['beaucoup', 'beaucoup mieux'],
    ['bien', 'bien mieux'],
    ['de plus en plus', 'de mieux en mieux'],
  ],
};

/** The chat shortenings, and the everyday phrases whose words would otherwise name a topic. */
export const CHAT_ABBREVIATIONS: Localized<SynonymMap> = {
  es: new SynonymMap([...GROUPS.es, ...EVERYDAY_PHRASES.es]),
  en: new SynonymMap([...GROUPS.en, ...EVERYDAY_PHRASES.en]),
  fr: new SynonymMap([...GROUPS.fr, ...EVERYDAY_PHRASES.fr]),
};
