import { useEffect } from 'react';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';
import { Button } from '@/components/button';
import { StatusMessage } from '@/components/status-message';
import { isModuleLoadError, onReconnect, useOnline } from '@/lib/connection';
import { checkBuild, NewerBuildError } from '@/lib/page-data';
import { PlainHead } from '@/features/seo/page-heads';
import { useMessages } from '@/lib/i18n/use-messages';

function LatestLink() {
  const t = useMessages();
  return <Link to="/">{t('error.readLatest')}</Link>;
}

const latestLink = <LatestLink />;

/** The last line of defence: a view that could not load or threw while rendering. The header and footer stay. */
export function RouteError() {
  const error = useRouteError();
  const online = useOnline();
  const missingCode = isModuleLoadError(error);
  const t = useMessages();

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
      <StatusMessage tone="empty" headingLevel={1} title={t('notFound.heading')} actions={latestLink}>
        <PlainHead title={t('notFound.title')} description={t('notFound.description')} />
        <p>{t('notFound.body')}</p>
      </StatusMessage>
    );
  }
  const reload = (
    <Button variant="secondary" onClick={() => window.location.reload()}>
      {t('error.reload')}
    </Button>
  );
  if (missingCode && !online) {
    return (
      <StatusMessage tone="info" headingLevel={1} title={t('error.offlineHeading')} actions={<>{reload}{latestLink}</>}>
        <p>{t('error.offlineBody')}</p>
      </StatusMessage>
    );
  }
  if (missingCode) {
    return (
      <StatusMessage tone="error" headingLevel={1} title={t('error.codeHeading')} actions={<>{reload}{latestLink}</>}>
        <p>{t('error.codeBody')}</p>
      </StatusMessage>
    );
  }
  return (
    <StatusMessage tone="error" headingLevel={1} title={t('error.renderHeading')} actions={<>{reload}{latestLink}</>}>
      <p>{t('error.renderBody')}</p>
    </StatusMessage>
  );
}
