// The shortcut sheet, opened with "?" anywhere (outside text fields) or from the top bar.
import { useState } from 'react';
import { useI18n, type MessageKey } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { useShortcut } from '../../ui/shortcuts';

const SHORTCUTS: [keys: string[], what: MessageKey][] = [
  [['Tab', 'Shift+Tab'], 'help.key.tab'],
  [['Space'], 'help.key.space'],
  [['Enter'], 'help.key.enter'],
  [['←', '→', '↑', '↓'], 'help.key.arrows'],
  [['N'], 'help.key.next'],
  [['?'], 'help.key.help'],
  [['Esc'], 'help.key.escape'],
];

/** `openRequest`: a counter the menu's "Keyboard shortcuts" bumps to open the sheet. */
export function HelpSheet({ openRequest = 0 }: { openRequest?: number }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  useShortcut('?', () => setOpen(true));
  const [seenRequest, setSeenRequest] = useState(openRequest);
  if (openRequest !== seenRequest) {
    setSeenRequest(openRequest);
    setOpen(true);
  }
  return (
    <>
      <button type="button" className="btn btn-ghost" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('help.open')} <kbd aria-hidden="true">?</kbd>
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t('help.title')}>
        <dl className="shortcuts" data-testid="shortcuts">
          {SHORTCUTS.map(([keys, what]) => (
            <div key={what}>
              <dt>
                {keys.map((key) => (
                  <kbd key={key}>{key}</kbd>
                ))}
              </dt>
              <dd>{t(what)}</dd>
            </div>
          ))}
        </dl>
        <button type="button" className="btn" autoFocus onClick={() => setOpen(false)}>
          {t('common.close')}
        </button>
      </Dialog>
    </>
  );
}
