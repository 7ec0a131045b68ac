import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';
import { StatusMessage } from '@/components/status-message';

/** The last line of defence: a view that threw while rendering. The header and footer stay. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <StatusMessage tone="empty" headingLevel={1} title="This page does not exist" actions={<Link to="/">Read the latest news</Link>}>
        <p>The link may be out of date, or the address mistyped.</p>
      </StatusMessage>
    );
  }
  return (
    <StatusMessage
      tone="error"
      headingLevel={1}
      title="This page could not be shown"
      actions={
        <>
          <button type="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
          <Link to="/">Read the latest news</Link>
        </>
      }
    >
      <p>Something went wrong while showing this page. Reloading usually helps.</p>
    </StatusMessage>
  );
}
