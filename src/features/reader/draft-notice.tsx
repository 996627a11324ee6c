type DraftNoticeProps = { draft: boolean | undefined };

/** Says plainly that the article file is a machine-made draft (`meta.draft`, from npm run ingest). */
export function DraftNotice({ draft }: DraftNoticeProps) {
  if (!draft) return null;
  return (
    <p className="pv-draft-notice" role="note">
      <strong>Draft:</strong> found by machine, not yet reviewed by an editor
    </p>
  );
}
