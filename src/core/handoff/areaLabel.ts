import type { KnowledgeBase } from '../knowledge/types';
import type { Lang } from '../language/languages';
import type { Area } from './handoffRequest';
import { OTHER_AREA_LABEL, type AreaLabel } from './handoffStrings';

/** The five areas are named as their knowledge-base entries title them, so curators rename them in one place. */
export function areaLabelFor(kb: KnowledgeBase): AreaLabel {
  return (area: Area, lang: Lang) => (area === 'other' ? OTHER_AREA_LABEL[lang] : (kb.entries.get(area)?.text[lang].title ?? area));
}
