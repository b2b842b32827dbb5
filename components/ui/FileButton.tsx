import { useRef, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  accept: string;
  testId: string;
  onFile(file: File): void;
  className?: string;
}

/**
 * A button that opens the file picker (keyboard operable, unlike a styled file input), with the
 * hidden input beside it. The input is cleared after each pick, so choosing the same file again
 * (after fixing it) is noticed.
 */
export function FileButton({ children, accept, testId, onFile, className }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        data-testid={testId}
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) onFile(f);
        }}
      />
    </>
  );
}
