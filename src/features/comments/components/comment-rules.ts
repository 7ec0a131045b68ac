/** What the comment form checks, and how it words WordPress's refusals. */
import * as v from 'valibot';
import { describeError, type ApiError } from '@/lib/api-error';
import { isBlank } from '@/lib/blank';
import { isEmailAddress } from '@/lib/email';

export const maxCommentLength = 5000;
// WordPress's limit for comment_author.
export const maxNameLength = 245;

export type Field = 'name' | 'email' | 'content';
export const fields: readonly Field[] = ['name', 'email', 'content'];
export type CommentDraft = Record<Field, string>;
export type FieldErrors = Partial<Record<Field, string>>;

export function validate(values: CommentDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (isBlank(values.name)) errors.name = 'Please enter your name.';
  if (!values.email.trim()) errors.email = 'Please enter your email address.';
  else if (!isEmailAddress(values.email.trim())) errors.email = 'Please enter an email address like name@example.com.';
  if (isBlank(values.content)) errors.content = 'Please write a comment.';
  else if (values.content.length > maxCommentLength) errors.content = `Please shorten your comment to ${maxCommentLength} characters.`;
  return errors;
}

/** The name and email remembered after the last comment posted on this device, if they still make sense. */
export const authorSchema = v.object({
  name: v.pipe(v.string(), v.maxLength(maxNameLength)),
  email: v.pipe(v.string(), v.check(isEmailAddress)),
});


const wpParamToField: Partial<Record<string, Field>> = { author_name: 'name', author_email: 'email', content: 'content' };
const invalidFieldMessages: Record<Field, string> = {
  name: 'The site did not accept this name.',
  email: 'The site did not accept this email address.',
  content: 'The site did not accept this comment.',
};

/** Refusals WordPress ties to one field, shown under that field. */
export function serverFieldErrors(error: ApiError | null): FieldErrors | null {
  if (!error) return null;
  switch (error.code) {
    case 'rest_comment_author_data_required':
      return { name: 'The site needs your name to post a comment.', email: 'The site needs a valid email address to post a comment.' };
    case 'rest_comment_content_invalid':
      return { content: 'The site did not accept this comment. Please write some text.' };
    case 'comment_author_column_length':
      return { name: 'This name is longer than the site allows.' };
    case 'comment_author_email_column_length':
      return { email: 'This email address is longer than the site allows.' };
    case 'comment_content_column_length':
      return { content: 'This comment is longer than the site allows.' };
    case 'rest_invalid_param': {
      const errors: FieldErrors = {};
      for (const param of error.params) {
        const field = wpParamToField[param];
        if (field) errors[field] = invalidFieldMessages[field];
      }
      return Object.keys(errors).length > 0 ? errors : null;
    }
    default:
      return null;
  }
}

/** What went wrong, said for this form; the typed text always stays. */
export function failureMessage(error: ApiError | null, fieldErrors: FieldErrors | null): string {
  if (fieldErrors) return 'Your comment was not posted. Please check the fields marked below.';
  if (error) {
    switch (error.code) {
      case 'rest_comment_login_required':
        return 'This site only accepts comments from signed-in users, so your comment could not be posted. Your text is still here if you want to copy it.';
      case 'rest_comment_closed':
        return 'Comments are closed for this article, so your comment could not be posted. Your text is still here.';
      case 'comment_duplicate':
        return 'You have already posted this comment.';
      case 'comment_flood':
        return 'You are commenting too quickly. Please wait a moment and try again.';
    }
  }
  return `Your comment could not be posted. ${describeError(error)} Your text is still here.`;
}

/** A refusal that will not change by sending again gets no "Try again" label. */
export function worthRetrying(error: ApiError | null): boolean {
  return !error || error.isRetryable || error.kind === 'invalid-response';
}
