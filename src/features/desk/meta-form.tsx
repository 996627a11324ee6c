import { useState, type SyntheticEvent } from 'react';
import type { Article } from '../../article/article-schema';
import type { FuzzyDate } from '../../article/fuzzy-date-schema';
import { ChangeBuilder, type Change } from './ops/change';
import { DateFields } from './date-fields';
import { field } from './form-field';

type MetaFormProps = { article: Article; onApply: (change: Change) => void };

/** Headline, publisher and publication date: what the ingest cannot know from the text. */
export function MetaForm({ article, onApply }: MetaFormProps) {
  const { meta } = article;
  const [published, setPublished] = useState<FuzzyDate>(meta.published);
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const headline = field(form, 'headline').trim();
    const publisher = field(form, 'publisher').trim();
    const b = new ChangeBuilder(article);
    b.meta({
      ...meta,
      headline: headline === meta.headline.text ? meta.headline : { text: headline, origin: 'published' },
      publisher: { ...meta.publisher, name: publisher || meta.publisher.name },
      published,
    });
    onApply(b.done('Edit headline and details'));
  };
  return (
    <details className="pv-desk-meta">
      <summary>Headline, publisher and date</summary>
      <form className="pv-desk-form" onSubmit={submit}>
        <label className="pv-desk-field">
          Headline <input name="headline" required defaultValue={meta.headline.text} />
        </label>
        <label className="pv-desk-field">
          Publisher <input name="publisher" required defaultValue={meta.publisher.name} />
        </label>
        <DateFields legend="Published" value={published} published={undefined} onChange={setPublished} />
        <button type="submit" className="pv-button">
          Save details
        </button>
      </form>
    </details>
  );
}
