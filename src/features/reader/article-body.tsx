import type { PreparedArticle } from '../../article/prepare-article';
import type { Block } from '../../article/body-schema';
import { MarkedText } from './marked-text';
import { FigureBlock } from './figure-block';
import { EndMatter } from './end-matter';
import { memo } from 'react';
import { useTextDecorations } from '../../shared/text-decorations';
import type { Mark } from '../../article/segment-text';
import { PermalinkMenu } from '../../shared/permalink-menu';
import { excerpt } from '../../article/excerpt';
import { PASSAGE_DOM_ID, type PassageRange } from '../../shared/text-quote';
import { useProgressiveBlocks } from './use-progressive-blocks';
import { useHydrated } from '../../shared/use-hydrated';
import { speedMeasureOn } from '../../boot/speed-measures';

type ArticleBodyProps = {
  prepared: PreparedArticle;
  /** A passage a link points to, marked in the text. */
  passage?: PassageRange;
  /** An item a link points to: a long article completes its blocks first. */
  linkedItemId?: string;
};

function isEndMatter(block: Block) {
  return block.type === 'end-matter';
}

type BodyBlockProps = {
  block: Block;
  marks: Mark[] | undefined;
  prepared: PreparedArticle;
  /** False while a long article is still completing: the text alone, without marks or controls. */
  complete: boolean;
  /** The paragraph's permalink: not in the pre-rendered page (see ArticleBody). */
  permalink: boolean;
};

/**
 * One block and what features add after it. Memoized: a tab switch or a card opening elsewhere
 * does not re-render the article's paragraphs; their marks and cards subscribe to what they show.
 */
const BodyBlock = memo(function BodyBlock({ block, marks, prepared, complete, permalink }: BodyBlockProps) {
  const { afterBlock } = useTextDecorations();
  return (
    <>
      {block.type === 'figure' ? (
        <FigureBlock figure={block} />
      ) : block.type === 'paragraph' ? (
        <div className="pv-block">
          {permalink && (
            <PermalinkMenu
              key="permalink"
              itemId={block.id}
              label={`paragraph “${excerpt(block.text, 50)}”`}
            />
          )}
          <p key="text" id={block.id} className="pv-paragraph pv-verbatim">
            {complete ? <MarkedText text={block.text} marks={marks} prepared={prepared} /> : block.text}
          </p>
        </div>
      ) : null}
      {complete && afterBlock?.(block.id)}
    </>
  );
});

/**
 * Blocks in runs of CHUNK_BLOCKS: the browser skips laying out and painting a run far from the
 * viewport (reader.css). Per run, not per block, so that its bookkeeping on every frame (one
 * visibility check per skipped element) stays small in a long article.
 */
const CHUNK_BLOCKS = 16;

function chunksOf(body: readonly Block[]) {
  const chunks: { block: Block; index: number }[][] = [];
  body.forEach((block, index) => {
    if (isEndMatter(block)) return;
    const last = chunks.at(-1);
    if (last && last.length < CHUNK_BLOCKS) last.push({ block, index });
    else chunks.push([{ block, index }]);
  });
  return chunks;
}

// A build without content-visibility (speed-measures.ts) draws every run (reader.css).
const CHUNK_CLASS = speedMeasureOn('content-visibility') ? 'pv-chunk' : 'pv-chunk pv-chunk-drawn';

/** The article's blocks; re-renders when the article, the linked passage or its progress changes. */
export const ArticleBody = memo(function ArticleBody({ prepared, passage, linkedItemId }: ArticleBodyProps) {
  // Not while hydrating the pre-rendered page: its first render must match the HTML.
  const hydrated = useHydrated();
  const isComplete = useProgressiveBlocks(prepared, passage?.blockId, hydrated ? linkedItemId : undefined);
  const marksOf = (blockId: string) => {
    const marks = prepared.marksByBlock.get(blockId);
    if (passage?.blockId !== blockId) return marks;
    return [
      ...(marks ?? []),
      { kind: 'passage' as const, id: PASSAGE_DOM_ID, start: passage.start, end: passage.end },
    ];
  };
  const { body } = prepared.article;
  const end = body.filter(isEndMatter);
  return (
    <>
      <div className="pv-body">
        {chunksOf(body).map((chunk) => (
          <div key={chunk[0]?.block.id} className={CHUNK_CLASS}>
            {chunk.map(({ block, index }) => (
              <BodyBlock
                key={block.id}
                block={block}
                marks={marksOf(block.id)}
                prepared={prepared}
                complete={isComplete(index)}
                // Not in the pre-rendered HTML either: a link and a button per paragraph, unseen
                // on a wide screen until it is pointed at, a quarter of the elements of the first
                // frame. They come with the app, in the room the paragraph's margin keeps.
                permalink={hydrated && isComplete(index)}
              />
            ))}
          </div>
        ))}
      </div>
      {end.length > 0 && <EndMatter blocks={end} />}
    </>
  );
});
