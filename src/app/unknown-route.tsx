import { Link, useLocation } from 'react-router';

export function UnknownRoute() {
  const location = useLocation();
  return (
    <main className="pv-page pv-message" role="alert">
      <h1>Nothing here</h1>
      <p>
        This reader has no page at <code>{location.pathname}</code>.
      </p>
      <p>
        <Link to="/">Open the bundled article</Link>
      </p>
    </main>
  );
}
