import { z } from 'zod';
import { ITEM_ID_PATTERN } from './article-names';

/**
 * Ids are made from meaning (`q-bewildered`), never array positions: deep links depend on them
 * staying put when an editor inserts a paragraph. Lower-case, URL-safe, no leading digit.
 */
export const IdSchema = z
  .string()
  .regex(
    ITEM_ID_PATTERN,
    'must be lower-case letters, digits and single hyphens, starting with a letter (e.g. "q-bewildered")',
  )
  .max(80);

/** Marks text that the article did not publish but the editor of this file added. */
export const OriginSchema = z
  .enum(['published', 'editorial'])
  .describe('published: the article says this; editorial: added by the editor of this file');

/**
 * Only web and mail links (an allow-list of schemes): a `javascript:` or `data:` URL in an
 * article must never become a link.
 */
export const WebUrlSchema = z
  .url({ protocol: /^(https?|mailto)$/, error: 'must be an http, https or mailto URL' })
  .refine((url) => !/^mailto:\s*$/i.test(url), 'a mailto link needs an address');

/** An image path relative to the article page; never a URL with a scheme or another host. */
export const RelativePathSchema = z
  .string()
  .regex(/^(?![a-z][a-z0-9+.-]*:)(?!\/\/)[^\\]+$/i, 'must be a relative path on this server');
