import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';
import { errorMessage } from '../api';

/**
 * The one way an editor's action reports back: run it, show `done` (a
 * sentence, or one made from the result) on success, or the server's error
 * sentence on failure. Resolves to the result, or undefined after a failure.
 */
export function useAttempt() {
  const { toggleNotification } = useNotification();
  return React.useCallback(
    async <T>(work: () => Promise<T>, done?: string | ((result: T) => string)): Promise<T | undefined> => {
      try {
        const result = await work();
        if (done)
          toggleNotification({ type: 'success', message: typeof done === 'function' ? done(result) : done });
        return result;
      } catch (error) {
        toggleNotification({ type: 'danger', message: errorMessage(error) });
        return undefined;
      }
    },
    [toggleNotification],
  );
}
