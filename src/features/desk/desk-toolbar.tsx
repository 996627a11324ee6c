import { useState, type SyntheticEvent } from 'react';
import type { Article } from '../../article/article-schema';
import type { TextRange } from '../../article/text-range-schema';
import { ExportButton } from './export-button';
import { findInArticle } from './ops/sequence';
import type { SaveState } from './use-desk-session';
import { field } from './form-field';

type DeskToolbarProps = {
  article: Article;
  name: string | null;
  /** The reader's path for this article (built by the URL contract, in the reader's chunk). */
  readerPath: string | undefined;
  save: SaveState;
  canUndo: string | undefined;
  canRedo: string | undefined;
  problems: number;
  onUndo: () => void;
  onRedo: () => void;
  onChoose: (range: TextRange) => void;
  onDiscard: () => void;
};

const SAVE_TEXT = {
  saved: 'Saved on this device',
  saving: 'Saving…',
  failed: 'Not saved: this browser refused storage',
};

export function DeskToolbar(props: DeskToolbarProps) {
  const { article, name, save, canUndo, canRedo, problems } = props;
  const [missing, setMissing] = useState<string>();
  const find = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const words = field(new FormData(event.currentTarget), 'words');
    const range = findInArticle(article, words);
    setMissing(range ? undefined : `“${words}” is not in the text.`);
    if (range) props.onChoose(range);
  };
  return (
    <header className="pv-desk-bar">
      <div className="pv-desk-bar-title">
        <p className="pv-kicker">Provenance · Editor’s desk</p>
        <h1 className="pv-desk-headline">{article.meta.headline.text}</h1>
      </div>
      <div className="pv-desk-bar-tools" role="toolbar" aria-label="Article">
        <button
          type="button"
          className="pv-desk-action"
          onClick={props.onUndo}
          aria-disabled={!canUndo}
          title={canUndo ? `Undo: ${canUndo}` : undefined}
        >
          Undo
        </button>
        <button
          type="button"
          className="pv-desk-action"
          onClick={props.onRedo}
          aria-disabled={!canRedo}
          title={canRedo ? `Redo: ${canRedo}` : undefined}
        >
          Redo
        </button>
        <span className="pv-desk-save" role="status">
          {SAVE_TEXT[save]}
        </span>
        <ExportButton article={article} defaultName={`${name ?? article.id}.json`} problems={problems} />
        {props.readerPath && <a href={`#${props.readerPath}`}>Read the published version</a>}
        <button type="button" className="pv-link-button" onClick={props.onDiscard}>
          Discard local work
        </button>
      </div>
      <form className="pv-desk-find" onSubmit={find} role="search" aria-label="Select words by typing them">
        <label htmlFor="pv-desk-find-words">Select words</label>
        <input id="pv-desk-find-words" name="words" placeholder="type words from the text" />
        <button type="submit" className="pv-desk-action">
          Select
        </button>
        {missing && <span role="alert">{missing}</span>}
      </form>
    </header>
  );
}
