import { useEffect, useState } from 'react';
import { Modal } from '../components/Modal';
import type { AboutInfo } from '../platform/types';
import { describeError, useServices } from './services';

export function AboutDialog({ onClose }: { readonly onClose: () => void }) {
  const { platform, notify } = useServices();
  const [about, setAbout] = useState<AboutInfo | null>(null);

  useEffect(() => {
    platform
      .getAbout()
      .then(setAbout)
      .catch((error: unknown) => notify('error', describeError(error)));
  }, [platform, notify]);

  const copy = () => {
    platform
      .copyDiagnostics()
      .then(() => notify('info', 'Diagnostics copied to the clipboard.'))
      .catch((error: unknown) =>
        notify('error', `Diagnostics were not copied: ${describeError(error)}`),
      );
  };

  return (
    <Modal title="About Podscan" onClose={onClose}>
      {about ? (
        <dl className="preview-facts">
          <dt>Application</dt>
          <dd>{about.name}</dd>
          <dt>Version</dt>
          <dd>{about.version}</dd>
          <dt>Runtime</dt>
          <dd>{about.runtime}</dd>
        </dl>
      ) : (
        <p className="muted">Reading version…</p>
      )}
      <p>
        Podscan keeps every project on this computer. Diagnostics hold versions
        and recent log lines, never cell contents.
      </p>
      <div className="actions">
        <button type="button" onClick={copy}>
          Copy diagnostics
        </button>
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
