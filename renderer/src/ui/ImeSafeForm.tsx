// A form whose Enter never submits while an IME composition is open (Japanese / Chinese input):
// the Enter that confirms a kana→kanji conversion must not also confirm the form.
import { useRef, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';

export function ImeSafeForm({
  onSubmit,
  children,
  className,
  label,
}: {
  onSubmit: () => void;
  children: ReactNode;
  className?: string;
  label?: string;
}) {
  const composing = useRef(false);
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    // isComposing covers Chrome/Firefox; keyCode 229 covers Safari, which ends the composition first.
    const ime = composing.current || event.nativeEvent.isComposing || event.keyCode === 229;
    if (event.key === 'Enter' && ime) event.preventDefault();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!composing.current) onSubmit();
  };
  return (
    <form
      className={className}
      aria-label={label}
      noValidate
      onSubmit={submit}
      onKeyDown={onKeyDown}
      onCompositionStart={() => (composing.current = true)}
      onCompositionEnd={() => (composing.current = false)}
    >
      {children}
    </form>
  );
}
