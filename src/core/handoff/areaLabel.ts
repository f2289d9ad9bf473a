import { STRINGS } from '../i18n/strings';
import type { KnowledgeBase } from '../knowledge/types';
import type { Lang } from '../language/languages';
import type { Area } from './handoffRequest';

export type AreaLabel = (area: Area, lang: Lang) => string;

/** The five areas are named as their knowledge-base entries title them, so curators rename them in one place. */
export function areaLabelFor(kb: KnowledgeBase): AreaLabel {
  return (area: Area, lang: Lang) => (area === 'other' ? STRINGS['area.other'][lang] : (kb.entries.get(area)?.text[lang].title ?? area));
}
