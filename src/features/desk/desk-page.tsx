// First: zod's JIT off before the schemas are built (a strict CSP forbids eval).
import '../../article/article-parser';
import { useEffect } from 'react';
import { DeskEditor } from './desk-editor';
import { DeskStart } from './desk-start';
import { useDeskSession } from './use-desk-session';
import './desk.css';

type DeskPageProps = { name: string | null; readerPath?: string | undefined };

/** The editor's desk: a server article (`#/desk/NAME`) or a new one (`#/desk`). */
export function DeskPage({ name, readerPath }: DeskPageProps) {
  const desk = useDeskSession(name);
  const { status } = desk;
  useEffect(() => {
    document.title = `Editor’s desk${name ? ` · ${name}` : ''} · Provenance`;
  }, [name]);
  if (status.state === 'loading')
    return (
      <p className="pv-desk-message" role="status">
        Opening the desk…
      </p>
    );
  if (status.state === 'failed')
    return (
      <main className="pv-desk-message">
        <h1>The article could not be opened</h1>
        <p role="alert">{status.message}</p>
        <p>
          <a href="#/desk">Start a new article instead</a>
        </p>
      </main>
    );
  if (status.state === 'start') return <DeskStart onOpen={desk.start} />;
  return <DeskEditor desk={desk} restored={status.restored} readerPath={readerPath} />;
}
