/**
 * A small knowledge base for the curator's-loop tests (review, eval tables): four entries whose
 * phrasings are chosen so that two of them are nearly the same question. Not a test file.
 */
import { loadKnowledge } from '../../src/core/knowledge/loadKnowledge';
import type { KnowledgeBase } from '../../src/core/knowledge/types';
import { entry, writeKnowledge } from './knowledgeFixture';

const same = (title: string, questions: string[], answer: string) => ({ title, questions, answer });
const texts = (en: ReturnType<typeof same>, es: ReturnType<typeof same>, fr: ReturnType<typeof same>) => ({ en, es, fr });

export function curationKnowledge(): KnowledgeBase {
  return loadKnowledge(
    writeKnowledge({
      entries: {
        'about.yaml': entry(
          'about',
          texts(
            same(
              'About the programme',
              ['What is the programme?', 'Tell me about the programme'],
              'The programme shares migration expertise.',
            ),
            same(
              'Sobre el programa',
              ['¿Qué es el programa?', 'Háblame del programa'],
              'El programa comparte conocimiento sobre migración.',
            ),
            same(
              'À propos du programme',
              ['Qu’est-ce que le programme ?', 'Parlez-moi du programme'],
              'Le programme partage une expertise migratoire.',
            ),
          ),
        ),
        'funding.yaml': entry(
          'funding',
          texts(
            same('Funding', ['Who pays for the programme?', 'Who finances the programme?'], 'The European Union funds the programme.'),
            same('Financiación', ['¿Quién paga el programa?', '¿Quién financia el programa?'], 'La Unión Europea financia el programa.'),
            same('Financement', ['Qui paie le programme ?', 'Qui finance le programme ?'], 'L’Union européenne finance le programme.'),
          ),
        ),
        'budget.yaml': entry(
          'budget',
          texts(
            // "is paying" analyses like "pays": the same terms as a funding question.
            same('Budget', ['Who is paying for the programme?', 'How large is the budget?'], 'The budget is twenty million euros.'),
            same('Presupuesto', ['¿Cuál es el presupuesto?', '¿Cuánto dinero tiene?'], 'El presupuesto es de veinte millones de euros.'),
            same('Budget', ['Quel est le budget ?', 'Combien d’argent ?'], 'Le budget est de vingt millions d’euros.'),
          ),
        ),
        'contact.yaml': entry(
          'contact',
          texts(
            same('Contact', ['How do I contact the team?'], 'Write to the team.'),
            same('Contacto', ['¿Cómo contacto con el equipo?'], 'Escriba al equipo.'),
            same('Contact', ['Comment contacter l’équipe ?'], 'Écrivez à l’équipe.'),
          ),
        ),
      },
    }),
  );
}
