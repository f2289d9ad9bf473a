import { perLanguage, type Localized } from './languages';

/**
 * "Could someone get in touch with our department?", « contactez notre direction »: the person's own
 * institution, named after "our", is "us" in a request to be contacted. Only the request reads it so:
 * "can our ministry take part?" stays a question about taking part.
 */
interface OurInstitution {
  /** The word the request is written with ("contact us", "con nosotros", "nous contacter"). */
  readonly us: string;
  readonly our: readonly string[];
  readonly institutions: readonly string[];
}

const WORDS: Localized<OurInstitution> = {
  es: {
    us: 'nosotros',
    our: ['nuestro', 'nuestra'],
    institutions: [
      'ministerio',
      'departamento',
      'unidad',
      'oficina',
      'agencia',
      'dirección',
      'servicio',
      'institución',
      'administración',
      'organismo',
      'despacho',
    ],
  },
  en: {
    us: 'us',
    our: ['our'],
    institutions: [
      'ministry',
      'department',
      'unit',
      'office',
      'agency',
      'directorate',
      'service',
      'institution',
      'administration',
      'organisation',
      'organization',
      'team',
    ],
  },
  fr: {
    us: 'nous',
    our: ['notre'],
    institutions: [
      'ministère',
      'département',
      'unité',
      'bureau',
      'agence',
      'direction',
      'service',
      'institution',
      'administration',
      'organisme',
      'équipe',
    ],
  },
};

/** Each language's rewrite, as a synonym group whose first word is "us" ("our department" → "us"). */
export const OUR_INSTITUTION_AS_US: Localized<readonly string[]> = perLanguage((lang) => {
  const { us, our, institutions } = WORDS[lang];
  return [us, ...our.flatMap((o) => institutions.map((i) => `${o} ${i}`))];
});
