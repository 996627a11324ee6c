import type { PreparedArticle } from '../../article/prepare-article';
import type { Block } from '../../article/body-schema';
import { MarkedText } from './marked-text';
import { FigureBlock } from './figure-block';
import { EndMatter } from './end-matter';
import { Fragment } from 'react';
import { useTextDecorations } from '../../shared/text-decorations';
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

export function ArticleBody({ prepared, passage }: ArticleBodyProps) {
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
  const { afterBlock } = useTextDecorations();
  return (
    <>
      <div className="pv-body">
        {main.map((block) => (
          <Fragment key={block.id}>
            {block.type === 'figure' ? (
              <FigureBlock figure={block} />
            ) : (
              <div className="pv-block">
                <Permalink
                  itemId={block.id}
                  label={`paragraph “${excerpt(block.text, 50)}”`}
                  placement="gutter"
                />
                <p id={block.id} className="pv-paragraph pv-verbatim">
                  <MarkedText text={block.text} marks={marksOf(block.id)} prepared={prepared} />
                </p>
              </div>
            )}
            {afterBlock?.(block.id)}
          </Fragment>
        ))}
      </div>
      {end.length > 0 && <EndMatter blocks={end} />}
    </>
  );
}
