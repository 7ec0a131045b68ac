/** What the comment form checks, and how it words WordPress's refusals. */
import * as v from 'valibot';
import { describeError, type ApiError } from '@/lib/api-error';
import { isBlank } from '@/lib/blank';
import { isEmailAddress } from '@/lib/email';
import type { MessageId, Translate } from '@/lib/i18n/use-messages';

export const maxCommentLength = 5000;
// WordPress's limit for comment_author.
export const maxNameLength = 245;

export type Field = 'name' | 'email' | 'content';
export const fields: readonly Field[] = ['name', 'email', 'content'];
export type CommentDraft = Record<Field, string>;
export type FieldErrors = Partial<Record<Field, string>>;

export function validate(values: CommentDraft, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  if (isBlank(values.name)) errors.name = t('commentForm.nameMissing');
  if (!values.email.trim()) errors.email = t('commentForm.emailMissing');
  else if (!isEmailAddress(values.email.trim())) errors.email = t('commentForm.emailInvalid');
  if (isBlank(values.content)) errors.content = t('commentForm.contentMissing');
  else if (values.content.length > maxCommentLength) errors.content = t('commentForm.contentTooLong', { max: maxCommentLength });
  return errors;
}

/** The name and email remembered after the last comment posted on this device, if they still make sense. */
export const authorSchema = v.object({
  name: v.pipe(v.string(), v.maxLength(maxNameLength)),
  email: v.pipe(v.string(), v.check(isEmailAddress)),
});


const wpParamToField: Partial<Record<string, Field>> = { author_name: 'name', author_email: 'email', content: 'content' };
const invalidFieldMessages: Record<Field, MessageId> = {
  name: 'commentForm.nameRefused',
  email: 'commentForm.emailRefused',
  content: 'commentForm.contentRefused',
};

/** Refusals WordPress ties to one field, shown under that field. */
export function serverFieldErrors(error: ApiError | null, t: Translate): FieldErrors | null {
  if (!error) return null;
  switch (error.code) {
    case 'rest_comment_author_data_required':
      return { name: t('commentForm.nameRequired'), email: t('commentForm.emailRequired') };
    case 'rest_comment_content_invalid':
      return { content: t('commentForm.contentInvalid') };
    case 'comment_author_column_length':
      return { name: t('commentForm.nameTooLong') };
    case 'comment_author_email_column_length':
      return { email: t('commentForm.emailTooLong') };
    case 'comment_content_column_length':
      return { content: t('commentForm.contentTooLongForSite') };
    case 'rest_invalid_param': {
      const errors: FieldErrors = {};
      for (const param of error.params) {
        const field = wpParamToField[param];
        if (field) errors[field] = t(invalidFieldMessages[field]);
      }
      return Object.keys(errors).length > 0 ? errors : null;
    }
    default:
      return null;
  }
}

/** What went wrong, said for this form; the typed text always stays. */
export function failureMessage(error: ApiError | null, fieldErrors: FieldErrors | null, t: Translate): string {
  if (fieldErrors) return t('commentForm.checkFields');
  if (error) {
    switch (error.code) {
      case 'rest_comment_login_required':
        return t('commentForm.loginRequired');
      case 'rest_comment_closed':
        return t('commentForm.closed');
      case 'comment_duplicate':
        return t('commentForm.duplicate');
      case 'comment_flood':
        return t('commentForm.flood');
    }
  }
  return t('commentForm.failed', { reason: describeError(error, t) });
}

/** A refusal that will not change by sending again gets no "Try again" label. */
export function worthRetrying(error: ApiError | null): boolean {
  return !error || error.isRetryable || error.kind === 'invalid-response';
}
