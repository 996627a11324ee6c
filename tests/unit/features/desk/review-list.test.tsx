import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../src/article/article-schema';
import { ingestText } from '../../../../src/ingest/ingest-article';
import { applyChange } from '../../../../src/features/desk/ops/change';
import { ReviewList } from '../../../../src/features/desk/review-list';
import { readText } from '../../../fixtures/load-fixture';

function draft(): Article {
  const result = ingestText(readText('tests/fixtures/desk/ferry-fares.txt'));
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

function Harness({ start }: { start: Article }) {
  const [article, setArticle] = useState(start);
  return (
    <ReviewList
      article={article}
      selectedId={undefined}
      onApply={(change) => setArticle((a) => applyChange(a, change))}
      onShow={() => undefined}
      onEdit={() => undefined}
    />
  );
}

// Ingesting and rendering a whole draft is slow on a busy machine: an honest timeout.
describe('the review list', { timeout: 20_000 }, () => {
  it('counts progress as items are accepted one by one', async () => {
    const article = draft();
    render(<Harness start={article} />);
    expect(screen.getByRole('status')).toHaveTextContent(/^0 of \d+ reviewed$/);
    await userEvent.click(screen.getAllByRole('button', { name: 'Accept' })[0]!);
    expect(screen.getByRole('status')).toHaveTextContent(/^1 of \d+ reviewed$/);
  });

  it('says what the ingest was unsure of, and how sure, until the item is accepted', async () => {
    const article = draft();
    article.quotes[0]!.review = { confidence: 0.2, reason: 'Speaker not identified.' };
    render(<Harness start={article} />);
    const check = screen.getByText(/Speaker not identified\./);
    expect(check).toHaveTextContent('Check Speaker not identified. (the ingest was 20% sure)');
    const row = check.closest('li');
    if (!row) throw new Error('the check is not in a row');
    await userEvent.click(within(row).getByRole('button', { name: 'Accept' }));
    expect(screen.queryByText(/Speaker not identified\./)).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(/^1 of \d+ reviewed$/);
  });

  it('accepts all of one kind at once and says when nothing is left', async () => {
    render(<Harness start={draft()} />);
    for (const kind of [/^Sources/, /^Attributions/, /^Quotations/, /^Events/]) {
      await userEvent.click(screen.getByRole('button', { name: kind }));
      await userEvent.click(screen.getByRole('button', { name: /^Accept all/ }));
    }
    expect(screen.getByRole('status')).toHaveTextContent('nothing left to review');
  });

  it('rejects a quotation so that it leaves the list', async () => {
    render(<Harness start={draft()} />);
    await userEvent.click(screen.getByRole('button', { name: /^Quotations/ }));
    const before = screen.getAllByRole('button', { name: 'Reject' }).length;
    await userEvent.click(screen.getAllByRole('button', { name: 'Reject' })[0]!);
    expect(screen.queryAllByRole('button', { name: 'Reject' })).toHaveLength(before - 1);
  });

  it('adds a source the ingest missed, and refuses a second one of the same name', async () => {
    render(<Harness start={draft()} />);
    await userEvent.click(screen.getByRole('button', { name: /^Sources/ }));
    const rows = screen.getAllByRole('listitem').length;
    await userEvent.click(screen.getByRole('button', { name: 'New source' }));
    const form = screen.getByRole('form', { name: 'New source' });
    await userEvent.type(within(form).getByLabelText('Name as the article gives it'), 'Harbour master');
    await userEvent.selectOptions(within(form).getByLabelText('Kind'), 'named-person');
    await userEvent.click(within(form).getByRole('button', { name: 'Add source' }));
    expect(screen.getByText(/Added the source “Harbour master”/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only items to review' }));
    expect(screen.getByRole('button', { name: 'Harbour master' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(rows);
    await userEvent.click(screen.getByRole('button', { name: 'New source' }));
    await userEvent.type(screen.getByLabelText('Name as the article gives it'), 'harbour master');
    await userEvent.click(screen.getByRole('button', { name: 'Add source' }));
    expect(screen.getByRole('alert')).toHaveTextContent('already a source named “harbour master”');
  });
});
