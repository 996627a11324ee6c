import { useEffect, useState, type ComponentType } from 'react';
import type { PreparedArticle } from '../article/prepare-article';

type PrintEditionProps = { prepared: PreparedArticle; articleName: string };

// The print edition's code (the endnotes, the timeline's table) is asked for as the app starts,
// after the first frame: it is no part of the reader's first download, and it is here long
// before anyone prints (`beforeprint` cannot wait for a download).
let loaded: ComponentType<PrintEditionProps> | undefined;
const loading = import('./print-edition')
  .then((module) => (loaded = module.PrintEdition))
  .catch(() => undefined);

/** The print edition (print-edition.tsx), once its code is in. */
export function PrintEditionSlot(props: PrintEditionProps) {
  const [Edition, setEdition] = useState(() => loaded);
  useEffect(() => {
    if (Edition) return;
    let current = true;
    void loading.then((edition) => {
      if (current && edition) setEdition(() => edition);
    });
    return () => {
      current = false;
    };
  }, [Edition]);
  return Edition ? <Edition {...props} /> : null;
}
