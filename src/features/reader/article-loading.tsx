export function ArticleLoading() {
  return (
    <main className="pv-page pv-message" aria-busy="true">
      <p role="status">Loading the article…</p>
    </main>
  );
}
