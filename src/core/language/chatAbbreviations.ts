import type { Localized } from './languages';

/**
 * How people shorten words in chat ("q hacen", "what do u do", "vs faites quoi"), each group
 * written as the full form first, then its shortenings. Written out before anything else reads a
 * message (wordRewrites.ts), so that every later stage sees the full words.
 */
export const CHAT_SHORTENINGS: Localized<readonly (readonly string[])[]> = {
  es: [
    // "&" and " + " are written "and" before the language is known (typedSigns.ts).
    ['y', 'and'],
    ['que', 'q', 'k', 'ke'],
    ['quien', 'qien', 'kien'],
    ['por que', 'xq', 'pq', 'porq'],
    ['porque', 'xk'],
    ['también', 'tb', 'tmb', 'tbn'],
    ['para', 'pa'],
    ['por favor', 'porfa', 'xfa', 'x fa', 'x favor', 'pf', 'plis'],
    ['quiero', 'kiero'],
    ['oye', 'oe'],
    ['como', 'komo'],
    ['cuando', 'qdo'],
    ['de', 'd'],
    ['gracias', 'grax', 'graciass'],
    // Rioplatense "laburo" is work.
    ['trabajo', 'laburo'],
    // Mexican "chamba" is work.
    ['trabajo', 'chamba'],
    ['trabajan', 'chambean'],
    ['trabaja', 'chambea'],
    ['trabajar', 'chambear'],
    ['trabajar', 'laburar'],
  ],
  en: [
    // "Yous", "youse": the plural "you" of Ireland, Scotland and Australia.
    ['you', 'u', 'ya', 'yous', 'youse', 'y all', 'yall', 'allyuh', 'all yuh'],
    ['give me', 'gimme'],
    ['your', 'ur'],
    ['are', 'r'],
    ['please', 'pls', 'plz', 'plse'],
    ['about', 'abt', 'bout'],
    ['with', 'w', 'wth'],
    ['people', 'ppl'],
    ['thanks', 'thx', 'thnx', 'tnx', 'ty'],
    ['because', 'cuz', 'bc', 'coz'],
    ['university', 'uni'],
    ['what', 'wat', 'wht', 'wha'],
    ['what is', 'whats', 'wats', 'wots'],
    // "n" is "and" in text speak ("how many actions n whats the budget"); "&" and " + " are written "and" (typedSigns.ts).
    ['and', 'n'],
    ['that is', 'thats'],
    ['kind of', 'kinda'],
    ['sort of', 'sorta'],
    ['want to', 'wanna'],
    ['going to', 'gonna'],
    ['do not', 'dont'],
    ['i am', 'im'],
    ['information', 'info'],
    ['government', 'govt', 'gov', 'govt.'],
    ['department', 'dept'],
  ],
  fr: [
    // "&" and " + " are written "and" before the language is known (typedSigns.ts).
    ['et', 'and'],
    // Not "cé": without its accent it is "ce", a word of its own ("est-ce que", "ce programme").
    ['c est', 'c', 'cest'],
    ['donne moi', 'file moi', 'files moi'],
    ['quoi', 'koi', 'kwa'],
    ['qui', 'ki'],
    ['quel', 'kel'],
    // The apostrophe left out: « limpact », « lobjectif ».
    ['l impact', 'limpact'],
    ['l objectif', 'lobjectif'],
    ['l objectifs', 'lobjectifs'],
    ['l asile', 'lasile'],
    ['l odd', 'lodd'],
    ['quelle', 'kelle'],
    ['vous', 'vs'],
    ['pour', 'pr'],
    ['quelqu un', 'qq1', 'qqn', 'qlq1'],
    ['je veux', 'jveux', 'jve'],
    ['je sais pas', 'jsp', 'chais pas', 'chépa'],
    ['je voudrais', 'jvoudrais', 'jvoudrai', 'jvoudré'],
    ['je veux', 'je veu'],
    ['je suis', 'jsuis', 'chui', 'chuis'],
    ['s il vous plaît', 'svp', 'stp'],
    ['beaucoup', 'bcp'],
    ['tout', 'tt'],
    ['dans', 'ds'],
    ['pourquoi', 'pk', 'pq'],
    ['quand', 'qd'],
    ['que', 'ke'],
    ['il y a', 'ya'],
    ['qu est ce que', 'keske', 'kesk'],
    ['merci', 'mrc', 'mci'],
    ['association', 'asso'],
    ['associations', 'assos'],
    ['contacte', 'ctc'],
    ['combien', 'cb', 'cbien'],
    ['toujours', 'tjr', 'tjrs'],
  ],
};
