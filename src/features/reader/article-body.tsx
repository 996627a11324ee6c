import type { PreparedArticle } from '../../article/prepare-article';
import type { Block } from '../../article/body-schema';
import { MarkedText } from './marked-text';
import { FigureBlock } from './figure-block';
import { EndMatter } from './end-matter';
import { memo } from 'react';
import { useTextDecorations } from '../../shared/text-decorations';
import type { Mark } from '../../article/segment-text';
import { Permalink } from '../../shared/permalink';
import { excerpt } from '../../article/excerpt';
import { PASSAGE_DOM_ID, type PassageRange } from '../../shared/text-quote';

type ArticleBodyProps = {
  prepared: PreparedArticle;
  /** A passage a link points to, marked in the text. */
  passage?: PassageRange;
};

function isEndMatter(block: Block) {
  return block.type === 'end-matter';
}

type BodyBlockProps = { block: Block; marks: Mark[] | undefined; prepared: PreparedArticle };

/**
 * One block and what features add after it. Memoized: a tab switch or a card opening elsewhere
 * does not re-render the article's paragraphs; their marks and cards subscribe to what they show.
 */
const BodyBlock = memo(function BodyBlock({ block, marks, prepared }: BodyBlockProps) {
  const { afterBlock } = useTextDecorations();
  return (
    <>
      {block.type === 'figure' ? (
        <FigureBlock figure={block} />
      ) : block.type === 'paragraph' ? (
        <div className="pv-block">
          <Permalink itemId={block.id} label={`paragraph “${excerpt(block.text, 50)}”`} placement="gutter" />
          <p id={block.id} className="pv-paragraph pv-verbatim">
            <MarkedText text={block.text} marks={marks} prepared={prepared} />
          </p>
        </div>
      ) : null}
      {afterBlock?.(block.id)}
    </>
  );
});

/** The article's blocks; re-renders only when the article or the linked passage changes. */
export const ArticleBody = memo(function ArticleBody({ prepared, passage }: ArticleBodyProps) {
  const marksOf = (blockId: string) => {
    const marks = prepared.marksByBlock.get(blockId);
    if (passage?.blockId !== blockId) return marks;
    return [
      ...(marks ?? []),
      { kind: 'passage' as const, id: PASSAGE_DOM_ID, start: passage.start, end: passage.end },
    ];
  };
  const { body } = prepared.article;
  const main = body.filter((block) => !isEndMatter(block));
  const end = body.filter(isEndMatter);
  return (
    <>
      <div className="pv-body">
        {main.map((block) => (
          <BodyBlock key={block.id} block={block} marks={marksOf(block.id)} prepared={prepared} />
        ))}
      </div>
      {end.length > 0 && <EndMatter blocks={end} />}
    </>
  );
});
