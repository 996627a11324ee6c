import type { Block } from '../article/body-schema';
import type { Meta } from '../article/meta-schema';
import { classifyLine } from './classify-line';
import type { IdMaker } from './make-id';

export type BuiltBlocks = {
  blocks: Block[];
  authors: Meta['authors'];
  versions: Meta['versions'];
  credits: string[];
};

const NOT_DESCRIBED = 'Image not described: the source text gives only its caption';

/** Lines become paragraphs, figures (caption, credit, alt text) and end matter, in order. */
export function buildBlocks(lines: string[], makeId: IdMaker): BuiltBlocks {
  const built: BuiltBlocks = { blocks: [], authors: [], versions: [], credits: [] };
  let pendingAlt: string | undefined;
  lines.forEach((line, index) => {
    const kind = classifyLine(line, lines[index + 1]);
    switch (kind.kind) {
      case 'alt-slug':
        pendingAlt = line.trim();
        return;
      case 'caption': {
        const caption = line;
        built.credits.push(kind.credit);
        built.blocks.push({
          type: 'figure',
          id: makeId('fig', caption.replace(/\/.*$/, '').replace(/^\(\s*(?:photo|image)\w*\s*:?/i, '')),
          caption,
          credit: kind.credit,
          alt: pendingAlt
            ? { text: pendingAlt, origin: 'published' }
            : { text: NOT_DESCRIBED, origin: 'editorial' },
        });
        pendingAlt = undefined;
        return;
      }
      case 'editor-note': {
        const role = kind.correction ? 'correction' : 'other';
        built.blocks.push({ type: 'end-matter', id: makeId('end', line), role, text: line });
        return;
      }
      case 'credits':
        built.blocks.push({ type: 'end-matter', id: makeId('end', line), role: 'other', text: line });
        for (const author of kind.authors)
          if (!built.authors.some((a) => a.name === author))
            built.authors.push({ id: makeId('author', author), name: author });
        return;
      case 'contact':
        built.blocks.push({ type: 'end-matter', id: makeId('end', line), role: 'contact', text: line });
        return;
      case 'translation-link': {
        const id = makeId('end', line);
        built.blocks.push({ type: 'end-matter', id, role: 'translation-link', text: line });
        built.versions.push({
          relation: 'translation',
          language: kind.language,
          label: line.trim(),
          blockId: id,
        });
        return;
      }
      case 'author-note': {
        const id = makeId('end', `author ${kind.author}`);
        built.blocks.push({ type: 'end-matter', id, role: 'author-note', text: line });
        built.authors.push({
          id: makeId('author', kind.author),
          name: kind.author,
          bio: line,
          bioBlockId: id,
        });
        return;
      }
      case 'paragraph':
        built.blocks.push({ type: 'paragraph', id: makeId('p', line), text: line });
    }
  });
  return built;
}
