import type { Localized } from '../../src/core/language/languages';

/**
 * What Teams shows about the app: its name, descriptions and the command menu, in the three
 * languages the bot speaks. Facts come only from the MIEUX+ brochure, like the knowledge base.
 * `{email}` is replaced with the configured team address (HANDOFF_EMAIL_TO).
 */

/**
 * The developer's pages. Teams requires a privacy and a terms-of-use page; until ICMPD publishes
 * pages for this assistant they point to the MIEUX+ website, which curators must replace.
 */
export const DEVELOPER = {
  name: 'ICMPD',
  websiteUrl: 'https://www.mieux-initiative.eu/en/',
  privacyUrl: 'https://www.mieux-initiative.eu/en/',
  termsOfUseUrl: 'https://www.mieux-initiative.eu/en/',
} as const;

/** EU blue: the accent Teams draws around the colour icon. */
export const ACCENT_COLOR = '#003399';

export const APP_NAME: Localized<{ readonly short: string; readonly full: string }> = {
  es: { short: 'MIEUX+', full: 'Asistente de MIEUX+ Migration EU Expertise' },
  en: { short: 'MIEUX+', full: 'MIEUX+ Migration EU Expertise assistant' },
  fr: { short: 'MIEUX+', full: 'Assistant MIEUX+ Migration EU Expertise' },
};

export const APP_DESCRIPTION: Localized<{ readonly short: string; readonly full: string }> = {
  es: {
    short: 'Preguntas y respuestas sobre MIEUX+, la iniciativa financiada por la UE',
    full:
      'Pregunte sobre MIEUX+ (MIgration EU eXpertise) en español, inglés o francés. Desde 2009, MIEUX+ ofrece oportunidades para que los Estados miembros de la UE apoyen a los socios de la Unión Europea en el desarrollo de capacidades en materia de gobernanza y gestión migratoria en África, Asia, el vecindario europeo, y América Latina y el Caribe. Está financiada por la UE a través del Instrumento de Cooperación al Desarrollo, coordinada por la Dirección General de Asociaciones Internacionales (DG INTPA) e implementada por el Centro Internacional para el Desarrollo de Políticas Migratorias (ICMPD).\n\n' +
      'El asistente responde a partir de una base de conocimiento elaborada con el folleto de MIEUX+: qué es MIEUX+, sus objetivos y su financiación, las regiones y sus cinco áreas temáticas, sus cifras, los beneficios para los Estados miembros de la UE y cómo participar como persona experta o como institución. Cuando no sabe algo, lo dice e indica la dirección del equipo de MIEUX+: {email}. No tramita casos personales de visados, asilo o permisos.',
  },
  en: {
    short: 'Questions and answers about MIEUX+, the EU-funded migration initiative',
    full:
      "Ask about MIEUX+ (MIgration EU eXpertise) in English, Spanish or French. Since 2009, MIEUX+ has offered EU Member States opportunities to support the European Union's partners in developing capacities in migration governance and management in Africa, Asia, the European Neighbourhood, and Latin America and the Caribbean. It is funded by the EU through the Development Cooperation Instrument, coordinated by the Directorate-General for International Partnerships (DG INTPA) and implemented by the International Centre for Migration Policy Development (ICMPD).\n\n" +
      "The assistant answers from a knowledge base built from the MIEUX+ brochure: what MIEUX+ is, its objectives and funding, the regions and its five thematic areas, its figures, the benefits for EU Member States and how to take part as an expert or an institution. When it does not know, it says so and gives the MIEUX+ team's address: {email}. It does not handle personal visa, asylum or permit cases.",
  },
  fr: {
    short: 'Questions et réponses sur MIEUX+, l’initiative financée par l’UE',
    full:
      'Posez vos questions sur MIEUX+ (MIgration EU eXpertise) en français, en anglais ou en espagnol. Depuis 2009, MIEUX+ offre aux États membres de l’UE la possibilité d’aider les partenaires de l’Union européenne à renforcer leurs capacités en matière de gouvernance et de gestion des migrations en Afrique, en Asie, dans le voisinage européen, ainsi qu’en Amérique latine et dans les Caraïbes. L’initiative est financée par l’UE au titre de l’Instrument de coopération au développement, coordonnée par la Direction générale des partenariats internationaux (DG INTPA) et mise en œuvre par le Centre international pour le développement des politiques migratoires (ICMPD).\n\n' +
      'L’assistant répond à partir d’une base de connaissances établie d’après la brochure de MIEUX+ : ce qu’est MIEUX+, ses objectifs et son financement, les régions et ses cinq domaines thématiques, ses chiffres, les avantages pour les États membres de l’UE et comment participer en tant qu’expert ou qu’institution. Lorsqu’il ne sait pas, il le dit et donne l’adresse de l’équipe de MIEUX+ : {email}. Il ne traite pas les demandes personnelles de visa, d’asile ou de titre de séjour.',
  },
};

export interface Command {
  readonly title: string;
  readonly description: string;
}

/**
 * The command menu: sample questions. Teams sends the title, in the user's language, as the
 * message text, so each title must be a question the bot answers with `answers` (a knowledge
 * entry id) — the tests hold every title to that.
 */
export const COMMANDS: readonly { readonly answers: string; readonly text: Localized<Command> }[] = [
  {
    answers: 'about',
    text: {
      es: { title: '¿Qué es MIEUX+?', description: 'Qué es la iniciativa y desde cuándo existe.' },
      en: { title: 'What is MIEUX+?', description: 'What the initiative is and since when it has existed.' },
      fr: { title: "Qu'est-ce que MIEUX+ ?", description: 'Ce qu’est l’initiative et depuis quand elle existe.' },
    },
  },
  {
    answers: 'funding',
    text: {
      es: { title: '¿Quién financia MIEUX+?', description: 'Quién financia, coordina e implementa la iniciativa.' },
      en: { title: 'Who funds MIEUX+?', description: 'Who funds, coordinates and implements the initiative.' },
      fr: { title: 'Qui finance MIEUX+ ?', description: 'Qui finance, coordonne et met en œuvre l’initiative.' },
    },
  },
  {
    answers: 'regions',
    text: {
      es: { title: '¿En qué regiones trabaja?', description: 'África, Asia, el vecindario europeo, y América Latina y el Caribe.' },
      en: { title: 'Which regions does it work in?', description: 'Africa, Asia, the European Neighbourhood, and Latin America and the Caribbean.' },
      fr: { title: 'Quelles régions sont couvertes ?', description: 'Afrique, Asie, voisinage européen, Amérique latine et Caraïbes.' },
    },
  },
  {
    answers: 'areas',
    text: {
      es: { title: '¿En qué áreas trabaja MIEUX+?', description: 'Las cinco áreas temáticas, de la migración legal a la protección internacional.' },
      en: { title: 'What are its thematic areas?', description: 'The five thematic areas, from legal migration to international protection.' },
      fr: { title: 'Quels domaines thématiques ?', description: 'Les cinq domaines thématiques, de la migration légale à la protection internationale.' },
    },
  },
  {
    answers: 'figures',
    text: {
      es: { title: 'MIEUX+ en cifras', description: 'Personas expertas desplegadas, Acciones implementadas, Estados miembros representados.' },
      en: { title: 'MIEUX+ in figures', description: 'Experts deployed, Actions implemented, EU Member States represented.' },
      fr: { title: 'MIEUX+ en chiffres', description: 'Experts déployés, Actions mises en œuvre, États membres de l’UE représentés.' },
    },
  },
  {
    answers: 'benefits',
    text: {
      es: { title: 'Beneficios para Estados miembros', description: 'Qué ganan los Estados miembros de la UE al participar.' },
      en: { title: 'Benefits for Member States', description: 'What EU Member States gain from taking part.' },
      fr: { title: 'Avantages pour les États membres', description: 'Ce que les États membres de l’UE gagnent à participer.' },
    },
  },
  {
    answers: 'become-expert',
    text: {
      es: { title: '¿Cómo participar como experto/a?', description: 'Participar como funcionario/a de una institución relacionada con la migración.' },
      en: { title: 'How can I become an expert?', description: 'Taking part as a public official from a migration-related institution.' },
      fr: { title: 'Comment devenir expert(e) ?', description: 'Participer en tant que fonctionnaire d’une institution liée à la migration.' },
    },
  },
  {
    answers: 'work-with-mieux',
    text: {
      es: { title: '¿Cómo trabajar con MIEUX+?', description: 'Las dos vías de cooperación: como persona experta o como institución.' },
      en: { title: 'How to work with MIEUX+?', description: 'The two ways to cooperate: as an individual expert or as an institution.' },
      fr: { title: 'Comment travailler avec MIEUX+ ?', description: 'Les deux voies de coopération : en tant qu’expert ou en tant qu’institution.' },
    },
  },
  {
    answers: 'objectives',
    text: {
      es: { title: '¿Cuáles son sus objetivos?', description: 'Una migración segura, ordenada, regular y responsable (meta 10.7 de los ODS).' },
      en: { title: 'What are its objectives?', description: 'Safe, orderly, regular and responsible migration (Sustainable Development Goal target 10.7).' },
      fr: { title: 'Quels sont ses objectifs ?', description: 'Une migration sûre, ordonnée, régulière et responsable (cible 10.7 des ODD).' },
    },
  },
];
