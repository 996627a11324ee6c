type ArticleLoadingProps = {
  /** The browser reports no connection: the load waits for it and resumes by itself. */
  offline?: boolean;
};

export function ArticleLoading({ offline = false }: ArticleLoadingProps) {
  return (
    <main className="pv-page pv-message" aria-busy="true">
      {offline ? (
        <div role="alert">
          <h1>You are offline</h1>
          <p>The article will load by itself as soon as your connection returns.</p>
        </div>
      ) : (
        <p role="status">Loading the article…</p>
      )}
    </main>
  );
}
