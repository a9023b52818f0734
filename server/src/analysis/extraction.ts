// The CLI's output record: one article's mentions with corpus-wide entity ids.
import type { ArticleAnalysis, EntityType } from './types.js';

export interface ExtractedEntity {
  start: number;
  end: number;
  type: EntityType;
  /** Links the mentions of one entity: `PERSON:vladimir putin`, `DATE:2022-03-08`. */
  entity: string;
  value?: string;
}

export function extractionRecord(id: unknown, analysis: ArticleAnalysis): { id: unknown; entities: ExtractedEntity[] } {
  const entities = analysis.mentions.map((m): ExtractedEntity => {
    const e: ExtractedEntity = { start: m.start, end: m.end, type: m.type, entity: `${m.type}:${m.key}` };
    if (m.date?.timex) e.value = m.date.timex;
    return e;
  });
  return { id, entities };
}
