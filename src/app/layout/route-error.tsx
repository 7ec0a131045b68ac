import { useEffect } from 'react';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';
import { Button } from '@/components/button';
import { StatusMessage } from '@/components/status-message';
import { isModuleLoadError, onReconnect, useOnline } from '@/lib/connection';
import { checkBuild, NewerBuildError } from '@/lib/page-data';
import { PlainHead } from '@/features/seo/page-heads';

const latestLink = <Link to="/">Read the latest news</Link>;

/** The last line of defence: a view that could not load or threw while rendering. The header and footer stay. */
export function RouteError() {
  const error = useRouteError();
  const online = useOnline();
  const missingCode = isModuleLoadError(error);

  // The page's code could not be fetched while offline: fetch it again as soon as the
  // connection is back. Reloading is safe here: this view holds nothing the reader typed.
  useEffect(() => {
    if (!missingCode) return;
    return onReconnect(() => window.location.reload());
  }, [missingCode]);

  // Or a deployment replaced the files this tab was started with: open this address in the new build.
  useEffect(() => {
    if (!missingCode) return;
    checkBuild().catch((reason: unknown) => {
      if (reason instanceof NewerBuildError) window.location.reload();
    });
  }, [missingCode]);

  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <StatusMessage tone="empty" headingLevel={1} title="This page does not exist" actions={latestLink}>
        <PlainHead title="Not found" description="The page you asked for could not be found." />
        <p>The link may be out of date, or the address mistyped.</p>
      </StatusMessage>
    );
  }
  const reload = (
    <Button variant="secondary" onClick={() => window.location.reload()}>
      Reload the page
    </Button>
  );
  if (missingCode && !online) {
    return (
      <StatusMessage tone="info" headingLevel={1} title="You are offline" actions={<>{reload}{latestLink}</>}>
        <p>This page needs a connection to open. It opens by itself when you are back online.</p>
      </StatusMessage>
    );
  }
  if (missingCode) {
    return (
      <StatusMessage tone="error" headingLevel={1} title="This page could not be loaded" actions={<>{reload}{latestLink}</>}>
        <p>Part of the site could not be downloaded. The connection may have dropped, or the site has just been updated. Reloading fixes both.</p>
      </StatusMessage>
    );
  }
  return (
    <StatusMessage tone="error" headingLevel={1} title="This page could not be shown" actions={<>{reload}{latestLink}</>}>
      <p>Something went wrong while showing this page. Reloading usually helps.</p>
    </StatusMessage>
  );
}
