import type { PreparedArticle } from '../../article/prepare-article';
import type { Block } from '../../article/body-schema';
import { MarkedText } from './marked-text';
import { StillText } from './still-text';
import { FigureBlock } from './figure-block';
import { EndMatter } from './end-matter';
import { memo, use, useCallback, useMemo, useState } from 'react';
import { useTextDecorations } from '../../shared/text-decorations';
import type { Mark } from '../../article/segment-text';
import { PermalinkMenu } from '../../shared/permalink-menu';
import { excerpt } from '../../article/excerpt';
import { PASSAGE_DOM_ID, type PassageRange } from '../../shared/text-quote';
import { useProgressiveBlocks, type ProgressiveBlocks } from './use-progressive-blocks';
import { useHydrated } from '../../shared/use-hydrated';
import { HYDRATE_IN_SLICES, HydrationSlice } from './hydration-slice';
import { HoldFarRuns, OPEN, RunGates } from './run-gates';
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
  /** False while a long article is still completing: its text, items' ids and sources' rings, no behaviour (still-text.tsx). */
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
            {complete ? (
              <MarkedText text={block.text} marks={marks} prepared={prepared} />
            ) : (
              <StillText text={block.text} marks={marks} />
            )}
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

type Chunk = { block: Block; index: number }[];

function chunksOf(body: readonly Block[]) {
  const chunks: Chunk[] = [];
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

type BodyChunkProps = {
  chunk: Chunk;
  prepared: PreparedArticle;
  /** The linked passage when it lies in this run, else undefined (so other runs keep their props). */
  passage: PassageRange | undefined;
  /** One character per block, `1` when complete: a string, so equal progress compares equal. */
  completeMask: string;
  /** Watches the run for coming near the screen (use-progressive-blocks.ts); stable. */
  observeRun: ProgressiveBlocks['observeRun'];
  /** A long article's: which runs may hydrate yet (run-gates.ts); stable. */
  gates: RunGates | undefined;
};

/**
 * One run of blocks, hydrated on its own: the Suspense boundary lets React hydrate the
 * pre-rendered runs in slices after the page's shell, input first, instead of in one long task
 * (issue 21). Memoized with props that stay equal, because any update that reaches a run still
 * dehydrated makes React hydrate every run at once, synchronously.
 */
const BodyChunk = memo(function BodyChunk({
  chunk,
  prepared,
  passage,
  completeMask,
  observeRun,
  gates,
}: BodyChunkProps) {
  const first = chunk[0]?.index ?? 0;
  const last = chunk.at(-1)?.index ?? first;
  const observe = useCallback(
    (element: HTMLElement | null) => observeRun(element, first, last),
    [observeRun, first, last],
  );
  return (
    <div ref={observe} className={CHUNK_CLASS}>
      <HydrationSlice>
        <ChunkBlocks
          chunk={chunk}
          prepared={prepared}
          passage={passage}
          completeMask={completeMask}
          gates={gates}
        />
      </HydrationSlice>
    </div>
  );
});

function ChunkBlocks({ chunk, prepared, passage, completeMask, gates }: Omit<BodyChunkProps, 'observeRun'>) {
  // Inside the run's boundary, so that the permalinks' arrival re-renders this run alone.
  const hydrated = useHydrated();
  // Hydrating a run no one has come near: wait, leaving the server's text as it is. (`use` on
  // every render, so React sees the same hooks; the browser's own render never waits.)
  if (gates) use(hydrated ? OPEN : gates.gate(chunk[0]?.index ?? 0));
  const marksOf = (blockId: string) => {
    const marks = prepared.marksByBlock.get(blockId);
    if (passage?.blockId !== blockId) return marks;
    return [
      ...(marks ?? []),
      { kind: 'passage' as const, id: PASSAGE_DOM_ID, start: passage.start, end: passage.end },
    ];
  };
  return chunk.map(({ block }, i) => {
    const complete = completeMask[i] === '1';
    return (
      <BodyBlock
        key={block.id}
        block={block}
        marks={marksOf(block.id)}
        prepared={prepared}
        complete={complete}
        // Not in the pre-rendered HTML either: a link and a button per paragraph, unseen
        // on a wide screen until it is pointed at, a quarter of the elements of the first
        // frame. They come with the app, in the room the paragraph's margin keeps.
        permalink={hydrated && complete}
      />
    );
  });
}

/** The article's blocks; re-renders when the article, the linked passage or its progress changes. */
export const ArticleBody = memo(function ArticleBody({ prepared, passage, linkedItemId }: ArticleBodyProps) {
  // Not while hydrating the pre-rendered page: its first render must match the HTML.
  const hydrated = useHydrated();
  const { isComplete, observeRun, isProgressive } = useProgressiveBlocks(
    prepared,
    passage?.blockId,
    hydrated ? linkedItemId : undefined,
  );
  const { body } = prepared.article;
  const chunks = useMemo(() => chunksOf(body), [body]);
  const end = body.filter(isEndMatter);
  // Only a long article hydrating in the browser, where runs hydrate on their own (a Suspense
  // boundary each).
  const holdFarRuns = use(HoldFarRuns);
  const [gates] = useState(() => new RunGates());
  const gated = HYDRATE_IN_SLICES && isProgressive && holdFarRuns ? gates : undefined;
  return (
    <>
      <div className="pv-body">
        {chunks.map((chunk) => {
          const runPassage = chunk.some(({ block }) => block.id === passage?.blockId) ? passage : undefined;
          const completeMask = chunk.map(({ index }) => (isComplete(index) ? '1' : '0')).join('');
          // Before this render reaches the run: React then hydrates it as it was, then updates it.
          if (runPassage || completeMask.includes('1')) gates.open(chunk[0]?.index ?? 0);
          return (
            <BodyChunk
              key={chunk[0]?.block.id}
              chunk={chunk}
              prepared={prepared}
              passage={runPassage}
              completeMask={completeMask}
              observeRun={observeRun}
              gates={gated}
            />
          );
        })}
      </div>
      {end.length > 0 && <EndMatter blocks={end} />}
    </>
  );
});
