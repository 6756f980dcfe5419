export type Message = {
  readonly id: number;
  readonly kind: 'info' | 'error';
  readonly text: string;
};

type MessageBarProps = {
  readonly messages: readonly Message[];
  readonly onDismiss: (id: number) => void;
};

export function MessageBar({ messages, onDismiss }: MessageBarProps) {
  if (messages.length === 0) return null;

  return (
    <div className="message-bar">
      {messages.map((message) => (
        <div
          key={message.id}
          className={`message message-${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          <span>{message.text}</span>
          <button
            type="button"
            aria-label="Dismiss"
            onClick={() => onDismiss(message.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
