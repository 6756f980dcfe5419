import { useCallback, useRef, useState } from 'react';
import type { Message } from '../components/MessageBar';

/** Messages for the user; information fades, errors stay until dismissed. */
export function useMessages() {
  const [messages, setMessages] = useState<readonly Message[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setMessages((current) => current.filter((message) => message.id !== id));
  }, []);

  const notify = useCallback(
    (kind: Message['kind'], text: string) => {
      const id = nextId.current++;
      setMessages((current) => [...current, { id, kind, text }]);
      if (kind === 'info') window.setTimeout(() => dismiss(id), 6000);
    },
    [dismiss],
  );

  return { messages, notify, dismiss };
}
