import { Button } from '@/components/button';
import { StatusMessage } from '@/components/status-message';
import { describeError } from '@/lib/api-error';
import { useMessages } from '@/lib/i18n/use-messages';

/** A view whose first read failed: what failed, why, and a retry that says it is trying. */
export function ReadFailedView({ title, read }: { title: string; read: { error: unknown; isFetching: boolean; refetch: () => unknown } }) {
  const t = useMessages();
  return (
    <StatusMessage
      tone="error"
      headingLevel={1}
      title={title}
      actions={
        <Button onClick={() => void read.refetch()} busy={read.isFetching} disabled={read.isFetching}>
          {read.isFetching ? t('action.tryingAgain') : t('action.tryAgain')}
        </Button>
      }
    >
      <p>{describeError(read.error, t)}</p>
    </StatusMessage>
  );
}
