import './skip-links.css';

type SkipLinksProps = { targets: { id: string; label: string }[] };

function focusTarget(id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

/**
 * The first stops for keyboard users, shown when focused. Buttons, not `#id` links: the URL
 * fragment belongs to the router, and a fragment link would navigate away from the article.
 */
export function SkipLinks({ targets }: SkipLinksProps) {
  return (
    <nav className="pv-skip-links" aria-label="Skip links">
      {targets.map((target) => (
        <button
          key={target.id}
          type="button"
          className="pv-skip-link"
          onClick={() => {
            focusTarget(target.id);
          }}
        >
          {target.label}
        </button>
      ))}
    </nav>
  );
}
