import { normalise } from '../language/normalise';

/*
 * Words that follow "I am" / "soy" / "je suis" and are not names: roles, nationalities,
 * states. Names written in lower case ("soy juan pérez") are only recognised as two or more
 * words none of which is one of these, a function word or a word with the ending of a verb form
 * (see scrubPersonalData). Accent-free and lower-case, as normalise() writes them.
 */
const WORDS = `
  interested looking expert official civil servant public researcher student journalist lawyer consultant
  director manager officer member part new sure able unable glad happy curious working based responsible
  national citizen resident migrant refugee asylum seeker employee staff head coordinator adviser advisor
  specialist professor teacher doctor representative delegate contact person focal point team ministry
  government agent policy senior junior deputy chief legal project programme program international
  spanish french german italian portuguese english british irish dutch belgian polish european african
  currently actually really originally personally mainly only also still already just here there
  interesado interesada experto experta funcionario funcionaria publico publica investigador investigadora
  estudiante periodista abogado abogada consultor consultora director directora responsable jefe jefa
  miembro parte nuevo nueva espanol espanola frances francesa aleman alemana italiano italiana portugues
  portuguesa europeo europea ciudadano ciudadana residente migrante refugiado refugiada solicitante
  trabajador trabajadora empleado empleada tecnico tecnica asesor asesora coordinador coordinadora
  especialista profesor profesora representante delegado delegada punto focal ministerio gobierno agente
  politica proyecto programa actualmente originalmente aqui alli
  interesse interessee expert experte fonctionnaire public publique chercheur chercheuse etudiant etudiante
  journaliste avocat avocate consultant consultante directeur directrice responsable chef membre nouveau
  nouvelle francais francaise espagnol espagnole allemand allemande italien italienne europeen europeenne
  citoyen citoyenne resident residente migrant migrante refugie refugiee demandeur demandeuse employe
  employee technicien technicienne conseiller conseillere coordinateur coordinatrice specialiste
  professeur representant representante delegue deleguee point focal ministere gouvernement agent
  charge chargee ici actuellement
`;

export const NOT_NAMES: ReadonlySet<string> = new Set(
  WORDS.split(/\s+/)
    .filter((w) => w !== '')
    .map(normalise),
);

/** Endings of verb forms and adverbs in the three languages, in words of six letters or more. */
export const NOT_NAME_ENDINGS = /(?:ing|ed|ado|ada|ido|ida|ando|iendo|mente|ment)$/;
