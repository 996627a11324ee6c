import { z } from 'zod';
import { IdSchema, OriginSchema, RelativePathSchema, WebUrlSchema } from './ids';

/** Every block keeps its text exactly as published; marks live elsewhere as ranges. */
const ParagraphSchema = z
  .object({ type: z.literal('paragraph'), id: IdSchema, text: z.string().min(1) })
  .strict();

const FigureSchema = z
  .object({
    type: z.literal('figure'),
    id: IdSchema,
    caption: z.string().min(1).describe('The caption line verbatim, credit included'),
    credit: z.string().min(1).optional().describe('Who the image is credited to'),
    alt: z.object({ text: z.string().min(1), origin: OriginSchema }).strict(),
    src: RelativePathSchema.optional().describe('Image file; absent when the file is not kept'),
  })
  .strict();

const EndMatterSchema = z
  .object({
    type: z.literal('end-matter'),
    id: IdSchema,
    role: z.enum(['author-note', 'contact', 'translation-link', 'correction', 'other']),
    text: z.string().min(1),
    href: WebUrlSchema.optional().describe('Absent when the published link lost its address'),
  })
  .strict();

export const BlockSchema = z.discriminatedUnion('type', [ParagraphSchema, FigureSchema, EndMatterSchema]);

export type Block = z.infer<typeof BlockSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type EndMatter = z.infer<typeof EndMatterSchema>;

/** The text a range may point into: a paragraph's or end matter's text, a figure's caption. */
export function blockText(block: Block): string {
  return block.type === 'figure' ? block.caption : block.text;
}
