import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { isApiError, type ApiError } from '@/lib/api-error';
import { writeStored } from '@/lib/local-store';
import { commentQueries, type Comment, type NewComment } from './comments';
import { createComment } from './comments-fetch';

export const authorKey = 'comment-author';

/** The answer was lost on the way back: the comment may well be stored. */
const lostAnswer = (error: ApiError) => error.kind === 'network' || error.kind === 'timeout';

/**
 * Posts a comment and puts it in the thread. When an earlier try lost its
 * answer and WordPress now says `comment_duplicate`, the first try did get
 * through: the thread is fetched again and the stored comment is the result
 * (held for moderation when the public thread does not show it).
 */
interface PostCommentCallbacks {
  /** Runs before the thread changes, so the form can clear itself while it is still there. */
  onPosted: (comment: Comment, content: string) => void;
  onFailed: (error: ApiError) => void;
  onSettled: () => void;
}

export function usePostComment(postId: number, password: string | undefined, callbacks: PostCommentCallbacks) {
  const queryClient = useQueryClient();
  const answerLost = useRef(false);

  async function recoverStored(input: NewComment): Promise<Comment> {
    const thread = await queryClient.fetchQuery({ ...commentQueries.list(postId, password), staleTime: 0 });
    const mine = thread
      .filter((comment) => comment.parentId === input.parent && comment.authorName === input.author_name)
      .sort((a, b) => b.id - a.id)[0];
    return (
      mine ?? {
        id: 0,
        postId,
        parentId: input.parent,
        authorName: input.author_name,
        date: new Date().toISOString(),
        dateGmt: new Date().toISOString().slice(0, 19),
        contentHtml: '',
        status: 'hold',
      }
    );
  }

  return useMutation({
    mutationFn: async (input: NewComment) => {
      try {
        return await createComment({ ...input, password });
      } catch (error) {
        if (answerLost.current && isApiError(error) && error.code === 'comment_duplicate') return recoverStored(input);
        throw error;
      }
    },
    onSuccess: async (comment, input) => {
      answerLost.current = false;
      writeStored(authorKey, { name: input.author_name, email: input.author_email });
      callbacks.onPosted(comment, input.content);
      if (comment.status === 'approved') {
        const listKey = commentQueries.list(postId, password).queryKey;
        // A refetch already under way would overwrite the comment with the list it started from.
        await queryClient.cancelQueries({ queryKey: listKey });
        if (queryClient.getQueryData(listKey)) {
          queryClient.setQueryData(listKey, (previous) => previous && [...previous.filter((c) => c.id !== comment.id), comment]);
        } else {
          void queryClient.invalidateQueries({ queryKey: listKey });
        }
        void queryClient.invalidateQueries({ queryKey: commentQueries.allCounts() });
      }
    },
    onError: (error) => {
      if (lostAnswer(error)) answerLost.current = true;
      callbacks.onFailed(error);
    },
    onSettled: () => callbacks.onSettled(),
  });
}
