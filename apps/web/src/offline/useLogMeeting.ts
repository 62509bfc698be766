import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { ErrorLike } from '@apollo/client';
import type { LogMeetingInput } from '../gql/graphql';
import { LogMeeting, MyDuos, DuoDetail } from '../participant/duo.graphql';

export type LogStatus = 'idle' | 'sending' | 'logged' | 'queued';

/** Logs a meeting. */
export function useLogMeeting() {
  const [status, setStatus] = useState<LogStatus>('idle');
  const [error, setError] = useState<ErrorLike | null>(null);
  const [mutate] = useMutation(LogMeeting, { refetchQueries: [MyDuos, DuoDetail] });
  async function log(input: LogMeetingInput): Promise<boolean> {
    setStatus('sending');
    setError(null);
    try {
      await mutate({ variables: { input } });
      setStatus('logged');
      return true;
    } catch (e) {
      setError(e as ErrorLike);
      setStatus('idle');
      return false;
    }
  }
  return { log, status, error };
}
