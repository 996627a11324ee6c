/**
 * Whether the page is being printed, as a store any component can subscribe to (a printed page
 * shows everything expanded and every rail panel). Listens to `beforeprint`/`afterprint` once,
 * while anything is subscribed; subscribers hear of it synchronously, before the page is laid
 * out for print.
 */
let printing = false;
const listeners = new Set<() => void>();

function set(value: boolean) {
  if (printing === value) return;
  printing = value;
  listeners.forEach((listener) => {
    listener();
  });
}

const start = () => {
  set(true);
};
const end = () => {
  set(false);
};

export function printingSnapshot(): boolean {
  return printing;
}

export function subscribePrinting(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      printing = false;
    }
  };
}
