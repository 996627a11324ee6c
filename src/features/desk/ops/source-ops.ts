import type { Article } from '../../../article/article-schema';
import type { Source, SourceKind } from '../../../article/sourcing-schema';
import { omit } from './omit';
import { ChangeBuilder, type Change } from './change';
import { eachCurrent, removeSource } from './cleanup';
import { freshId } from './ids';

export type NewSource = { name: string; kind: SourceKind; anonymous?: boolean };

const ANONYMOUS_KINDS: SourceKind[] = ['anonymous-person', 'group'];

export function newSource(article: Article, input: NewSource): Source {
  const name = input.name.trim();
  return {
    id: freshId(article, 'src', name),
    name,
    kind: input.kind,
    aliases: [],
    anonymity: { anonymous: input.anonymous ?? ANONYMOUS_KINDS.includes(input.kind) },
  };
}

export function createSource(article: Article, input: NewSource): { change: Change; id: string } {
  const b = new ChangeBuilder(article);
  const source = newSource(article, input);
  b.add('sources', source);
  return { change: b.done(`Add source “${source.name}”`), id: source.id };
}

/** Rename, kind, anonymity and reason, channel, description: the source replaced as a whole. */
export function updateSource(article: Article, source: Source): Change {
  const b = new ChangeBuilder(article);
  b.replace('sources', source);
  return b.done(`Edit source “${source.name}”`);
}

export function deleteSource(article: Article, id: string): Change {
  const b = new ChangeBuilder(article);
  const name = article.sources.find((s) => s.id === id)?.name ?? id;
  removeSource(b, id);
  return b.done(`Delete source “${name}”`);
}

function unique(values: string[], except: string): string[] {
  return [...new Set(values)].filter((v) => v !== except);
}

/**
 * The ingest often splits one person in two ("a source in North Korea", "the source"): the
 * duplicate's passages and quotations move to the kept source, its name becomes an alias.
 */
export function mergeSources(article: Article, keepId: string, dropId: string): Change {
  const keep = article.sources.find((s) => s.id === keepId);
  const drop = article.sources.find((s) => s.id === dropId);
  if (!keep || !drop || keepId === dropId) throw new Error('choose two different sources to merge');
  const b = new ChangeBuilder(article);
  b.replace('sources', {
    ...keep,
    aliases: unique([...keep.aliases, drop.name, ...drop.aliases], keep.name),
    anonymity:
      keep.anonymity.reason || !drop.anonymity.reason
        ? keep.anonymity
        : { ...keep.anonymity, reason: drop.anonymity.reason },
    ...((keep.channel ?? drop.channel) ? { channel: keep.channel ?? drop.channel } : {}),
    ...((keep.contacted ?? drop.contacted) ? { contacted: keep.contacted ?? drop.contacted } : {}),
  });
  for (const a of eachCurrent(b, 'attributions')) {
    if (a.sourceId !== dropId && !a.chain.some((l) => l.sourceId === dropId)) continue;
    const chain = a.chain
      .map((link) => (link.sourceId === dropId ? { ...link, sourceId: keepId } : link))
      .filter((link, i, all) => all.findIndex((l) => l.sourceId === link.sourceId) === i);
    b.replace('attributions', { ...a, sourceId: a.sourceId === dropId ? keepId : a.sourceId, chain });
  }
  for (const q of eachCurrent(b, 'quotes')) {
    if (q.speakerId !== dropId && q.relayedById !== dropId) continue;
    const speakerId = q.speakerId === dropId ? keepId : q.speakerId;
    const relayedById = q.relayedById === dropId ? keepId : q.relayedById;
    const rest = omit(q, 'relayedById');
    b.replace('quotes', {
      ...rest,
      speakerId,
      ...(relayedById && relayedById !== speakerId ? { relayedById } : {}),
    });
  }
  b.remove('sources', dropId);
  return b.done(`Merge “${drop.name}” into “${keep.name}”`);
}

/** The reverse of a merge: the chosen passages and quotations move to a new source. */
export function splitSource(
  article: Article,
  id: string,
  name: string,
  move: { attributionIds: string[]; quoteIds: string[] },
): { change: Change; id: string } {
  const from = article.sources.find((s) => s.id === id);
  if (!from) throw new Error(`no source "${id}"`);
  const b = new ChangeBuilder(article);
  const source: Source = { ...newSource(article, { name, kind: from.kind }), anonymity: from.anonymity };
  b.add('sources', source, article.sources.indexOf(from) + 1);
  for (const a of eachCurrent(b, 'attributions'))
    if (move.attributionIds.includes(a.id) && a.sourceId === id)
      b.replace('attributions', {
        ...a,
        sourceId: source.id,
        chain: a.chain.map((l) => (l.sourceId === id ? { ...l, sourceId: source.id } : l)),
      });
  for (const q of eachCurrent(b, 'quotes'))
    if (move.quoteIds.includes(q.id) && q.speakerId === id)
      b.replace('quotes', { ...q, speakerId: source.id });
  return { change: b.done(`Split “${source.name}” from “${from.name}”`), id: source.id };
}
