import type { CreativeWork, NewsArticle, Organization, Person, Quotation, WithContext } from 'schema-dts';
import type { Article } from '../article/article-schema';
import type { Source } from '../article/sourcing-schema';
import { articleDescription } from './article-description';
import { isoDateAsKnown } from './schema-date';

export type JsonLdOptions = {
  /** The article page's absolute URL, when the site's address is known. */
  url?: string | undefined;
};

/** The words of a quotation as published; a quote split around "said X" joins its parts with an ellipsis. */
export function quotationText(quote: Article['quotes'][number]): string {
  return quote.parts.map((part) => part.text).join(' … ');
}

/**
 * A speaker as the article names them. An anonymous source is still named as the article
 * describes it ("a source in North Korea"), said to be anonymous, so no reader of the data
 * takes the description for a name.
 */
function speaker(source: Source): Person | Organization {
  const organization =
    source.kind === 'group' || source.kind === 'organization' || source.kind === 'publication';
  const description = source.anonymity.anonymous
    ? `Anonymous: the article does not name this source${source.anonymity.reason ? ` (${source.anonymity.reason})` : ''}`
    : source.description;
  const base = { name: source.name, ...(description ? { description } : {}) };
  return organization ? { '@type': 'Organization', ...base } : { '@type': 'Person', ...base };
}

function quotations(article: Article): Quotation[] {
  const sources = new Map(article.sources.map((source) => [source.id, source]));
  return article.quotes.map((quote) => {
    const source = sources.get(quote.speakerId);
    return {
      '@type': 'Quotation',
      text: quotationText(quote),
      ...(source ? { spokenByCharacter: speaker(source) } : {}),
    };
  });
}

/**
 * Earlier reports the article relies on: its sources of kind `earlier-report`, each once. Two
 * sources may be the same report (a long story cites it again under another id; the bench's
 * 50× article, 50 times): entries equal in every field say nothing more the second time.
 */
function citations(article: Article): CreativeWork[] {
  const cited = article.sources
    .filter((source) => source.kind === 'earlier-report')
    .map((source): CreativeWork => ({
      '@type': 'CreativeWork',
      name: source.name,
      ...(source.description ? { description: source.description } : {}),
    }));
  return uniqueByValue(cited);
}

/**
 * The entries in order, each value once. Compared as JSON: entries built by the same code have
 * their fields in the same order, so equal entries have equal text.
 */
function uniqueByValue<T>(entries: readonly T[]): T[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = JSON.stringify(entry);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The article as schema.org `NewsArticle` JSON-LD, for search engines, intranet crawlers and
 * link previews. Only what the file says: the publication date only as precisely as it is
 * known (isoDateAsKnown), no author when the article names none.
 */
export function articleJsonLd(article: Article, options: JsonLdOptions = {}): WithContext<NewsArticle> {
  const { meta } = article;
  const published = isoDateAsKnown(meta.published);
  const cited = citations(article);
  const quoted = quotations(article);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: meta.headline.text,
    description: articleDescription(article),
    inLanguage: meta.language,
    ...(options.url ? { url: options.url, mainEntityOfPage: options.url } : {}),
    ...(published ? { datePublished: published } : {}),
    ...(meta.authors.length > 0
      ? { author: meta.authors.map((author): Person => ({ '@type': 'Person', name: author.name })) }
      : {}),
    publisher: {
      '@type': 'Organization',
      name: meta.publisher.name,
      ...(meta.publisher.url ? { url: meta.publisher.url } : {}),
    },
    ...(cited.length > 0 ? { citation: cited } : {}),
    ...(quoted.length > 0 ? { hasPart: quoted } : {}),
  };
}
