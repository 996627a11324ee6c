import { useDisclosureActions, type DisclosureKey } from './reader-state';

type ExpandCollapseAllProps = {
  /** The disclosure keys of every item in the panel. */
  keys: readonly DisclosureKey[];
};

/** "Expand all" and "Collapse all" for a panel's disclosures. */
export function ExpandCollapseAll({ keys }: ExpandCollapseAllProps) {
  const { setOpen } = useDisclosureActions();
  return (
    <>
      {[true, false].map((open) => (
        <button
          key={String(open)}
          type="button"
          className="pv-link-button"
          onClick={() => {
            setOpen(keys, open);
          }}
        >
          {open ? 'Expand all' : 'Collapse all'}
        </button>
      ))}
    </>
  );
}
