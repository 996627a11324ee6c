import type { PreparedArticle } from '../../article/prepare-article';
import type { Block } from '../../article/body-schema';
import { MarkedText } from './marked-text';
import { FigureBlock } from './figure-block';
import { EndMatter } from './end-matter';
import { Fragment } from 'react';
import { useTextDecorations } from '../../shared/text-decorations';

type ArticleBodyProps = { prepared: PreparedArticle };

function isEndMatter(block: Block) {
  return block.type === 'end-matter';
}

export function ArticleBody({ prepared }: ArticleBodyProps) {
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
              <p id={block.id} className="pv-paragraph pv-verbatim">
                <MarkedText
                  text={block.text}
                  marks={prepared.marksByBlock.get(block.id)}
                  prepared={prepared}
                />
              </p>
            )}
            {afterBlock?.(block.id)}
          </Fragment>
        ))}
      </div>
      {end.length > 0 && <EndMatter blocks={end} />}
    </>
  );
}
