import { useEffect, useEffectEvent } from 'react';

/** True when a key press belongs to a text field, not to the app's shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** A single-key shortcut on the whole window, ignored while typing or inside an open dialog. */
export function useShortcut(key: string, handler: () => void): void {
  // An effect event always sees the latest render, even for a key pressed right after a commit.
  const run = useEffectEvent(handler);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== key || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key]);
}
