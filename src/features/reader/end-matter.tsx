import type { EndMatter as EndMatterBlock } from '../../article/body-schema';

type EndMatterProps = { blocks: EndMatterBlock[] };

const MISSING_LINK: Partial<Record<EndMatterBlock['role'], string>> = {
  contact: 'the address was not kept with this copy',
  'translation-link': 'the link was not kept with this copy',
};

/** A line that stops before its sentence ends ("… direct any questions to") lost what followed. */
const ENDS_SENTENCE = /[.!?…:)\]"'”’»]\s*$/u;

function missingPart(block: EndMatterBlock): string | undefined {
  if (block.href) return undefined;
  return MISSING_LINK[block.role] ?? (ENDS_SENTENCE.test(block.text) ? undefined : MISSING_REST);
}

const MISSING_REST = 'the rest was not kept with this copy';

/** Author note, contact and translation lines, as published; a lost link is said to be lost. */
export function EndMatter({ blocks }: EndMatterProps) {
  return (
    <footer className="pv-end-matter">
      {blocks.map((block) => {
        const missing = missingPart(block);
        return (
          <p key={block.id} id={block.id} className={`pv-end pv-end--${block.role}`}>
            <span className="pv-verbatim">
              {block.href ? <a href={block.href}>{block.text}</a> : block.text}
            </span>
            {missing && <span className="pv-end-missing"> ({missing})</span>}
          </p>
        );
      })}
    </footer>
  );
}
