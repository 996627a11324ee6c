import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../../../src/article/article-schema';
import { parseArticleData } from '../../../../src/article/parse-article';
import { prepareArticle, type PreparedArticle } from '../../../../src/article/prepare-article';
import { negotiationLayout } from '../../../../src/features/negotiation/negotiation-layout';
import { rehearsalArticle, rehearseView } from '../../../../src/features/negotiation/rehearse-view';
import { readText, SEED_ARTICLE_FILE } from '../../../fixtures/load-fixture';

function seed(): PreparedArticle {
  const result = parseArticleData(JSON.parse(readText(SEED_ARTICLE_FILE)) as ArticleInput);
  if (!result.ok) throw new Error('the seed is invalid');
  return prepareArticle(result.article);
}

describe('rehearsing the negotiation view', () => {
  it('samples the first phases’ events, whole phases, under ids of their own', () => {
    const prepared = seed();
    const sample = rehearsalArticle(prepared);
    const phases = prepared.article.phases ?? [];
    // Whole phases from the first, until about a screen of rows (12) is reached.
    let count = 0;
    const taken = phases.filter((phase) => {
      if (count >= 12) return false;
      count += phase.eventIds.length;
      return true;
    });
    expect(sample.phases?.map((p) => p.id)).toEqual(taken.map((p) => `pv-rehearsal-${p.id}`));
    expect(sample.events.map((e) => e.id).sort()).toEqual(
      taken.flatMap((p) => p.eventIds.map((id) => `pv-rehearsal-${id}`)).sort(),
    );
    const own = new Set(sample.events.map((e) => e.id));
    for (const event of sample.events) {
      if (event.answersId) expect(own).toContain(event.answersId);
      for (const id of event.afterIds) expect(own).toContain(id);
    }
    // The same columns as the article's view: the rehearsal draws the grid the view will.
    const columns = (p: PreparedArticle) => negotiationLayout(p, { shown: {} }).columns.map((c) => c.side.id);
    expect(columns(prepareArticle(sample))).toEqual(columns(prepared));
  });

  it('draws the rows out of sight and out of the accessibility tree, then takes them down', async () => {
    rehearseView(seed());
    const host = document.querySelector<HTMLElement>('.pv-rehearsal');
    expect(host?.getAttribute('aria-hidden')).toBe('true');
    expect(host?.inert).toBe(true);
    await waitFor(() => {
      expect(host?.querySelector('.pv-neg-row')?.id).toMatch(/^pv-rehearsal-/);
    });
    await waitFor(() => {
      expect(document.querySelector('.pv-rehearsal')).toBeNull();
    });
  });

  it('takes the rows down when cancelled first', () => {
    const cancel = rehearseView(seed());
    expect(document.querySelector('.pv-rehearsal')).not.toBeNull();
    cancel();
    expect(document.querySelector('.pv-rehearsal')).toBeNull();
  });
});
