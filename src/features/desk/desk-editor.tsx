import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { TextRange } from '../../article/text-range-schema';
import { parseArticleData } from '../../article/parse-article';
import { DeskTabs } from './desk-tabs';
import { ChangesList } from './changes-list';
import { DeskText } from './desk-text';
import { DeskToolbar } from './desk-toolbar';
import { ItemEditor } from './item-editor';
import { MetaForm } from './meta-form';
import type { Change } from './ops/change';
import { rangeIn } from './ops/text-ranges';
import type { ReviewList as List } from './ops/review-ops';
import { ProblemsList } from './problems-list';
import { rangesOf } from './review-items';
import { ReviewList } from './review-list';
import type { SelectedSpan } from './selection-range';
import { SelectionPanel } from './selection-panel';
import type { DeskSessionApi } from './use-desk-session';

type DeskEditorProps = { desk: DeskSessionApi; restored: boolean; readerPath: string | undefined };

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function DeskEditor({ desk, restored, readerPath }: DeskEditorProps) {
  const { session, act } = desk;
  const { article } = session;
  const [selectedId, setSelectedId] = useState<string>();
  const [editing, setEditing] = useState<{ list: List; id: string }>();
  const [chosen, setChosen] = useState<TextRange | null>(null);
  const [selectionError, setSelectionError] = useState<string>();
  const [tab, setTab] = useState('review');
  const checked = useDeferredValue(article);
  const problems = useMemo(() => {
    const parsed = parseArticleData(JSON.parse(JSON.stringify(checked)));
    return parsed.ok ? [] : parsed.problems;
  }, [checked]);
  const focus = useMemo(() => (selectedId ? rangesOf(article, selectedId) : []), [article, selectedId]);

  const apply = useCallback((change: Change) => act({ type: 'apply', change }), [act]);
  const onSelect = useCallback(
    (span: SelectedSpan) => {
      if ('error' in span) {
        setSelectionError(span.error);
        return;
      }
      setSelectionError(undefined);
      setChosen(rangeIn(article, span.blockId, span.start, span.end));
    },
    [article],
  );
  const show = useCallback((id: string) => setSelectedId(id), []);
  // Enter in the text: on to the choice of what the selected words become.
  const confirmSelection = useCallback(() => {
    const panel = document.querySelector<HTMLElement>('.pv-desk-selection');
    panel?.scrollIntoView({ block: 'nearest' });
    panel?.querySelector<HTMLElement>('[aria-pressed="true"]')?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || isTyping(event.target))
        return;
      event.preventDefault();
      act({ type: event.shiftKey ? 'redo' : 'undo' });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [act]);

  return (
    <div className="pv-desk">
      <DeskToolbar
        article={article}
        name={session.name}
        readerPath={readerPath}
        save={desk.save}
        canUndo={session.past.at(-1)?.label}
        canRedo={session.future[0]?.label}
        problems={problems.length}
        onUndo={() => act({ type: 'undo' })}
        onRedo={() => act({ type: 'redo' })}
        onChoose={setChosen}
        onDiscard={() => void desk.discard()}
      />
      {restored && (
        <p className="pv-desk-notice" role="status">
          Your earlier work on this article was restored from this device.
        </p>
      )}
      <div className="pv-desk-layout">
        <main className="pv-desk-main" aria-label="Article text (read-only)">
          <p className="pv-desk-hint">
            Select words in the text to make them a quotation, attribution, insertion, note or event.
          </p>
          {selectionError && (
            <p className="pv-desk-error" role="alert">
              {selectionError}
            </p>
          )}
          <DeskText
            article={article}
            focus={focus}
            chosen={chosen}
            onSelect={onSelect}
            onConfirm={confirmSelection}
          />
          {chosen && (
            // On a narrow screen the form is below the whole text: a way down to it.
            <button type="button" className="pv-button pv-desk-jump" onClick={confirmSelection}>
              Make the selected words a quotation, note, event…
            </button>
          )}
        </main>
        <aside className="pv-desk-panel" aria-label="Review and edit">
          <MetaForm key={JSON.stringify(article.meta)} article={article} onApply={apply} />
          {chosen && (
            <SelectionPanel
              key={`${chosen.blockId}-${chosen.start}-${chosen.end}`}
              article={article}
              chosen={chosen}
              onApply={apply}
              onDone={() => setChosen(null)}
            />
          )}
          {editing && (
            <ItemEditor
              key={editing.id}
              article={article}
              list={editing.list}
              id={editing.id}
              onApply={apply}
              onClose={() => setEditing(undefined)}
            />
          )}
          <DeskTabs
            label="Desk"
            selected={tab}
            onSelect={setTab}
            tabs={[
              {
                id: 'review',
                label: 'Review',
                content: (
                  <ReviewList
                    article={article}
                    selectedId={selectedId}
                    onApply={apply}
                    onShow={show}
                    onEdit={(item) => {
                      setSelectedId(item.id);
                      setEditing({ list: item.list, id: item.id });
                    }}
                  />
                ),
              },
              {
                id: 'problems',
                label: `Problems (${problems.length})`,
                content: <ProblemsList article={article} problems={problems} onShow={show} />,
              },
              {
                id: 'changes',
                label: 'Changes',
                content: (
                  <ChangesList
                    original={session.original}
                    article={article}
                    past={session.past}
                    onShow={show}
                  />
                ),
              },
            ]}
          />
        </aside>
      </div>
    </div>
  );
}
