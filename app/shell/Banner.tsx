/** Error and notice banners (PS codes from engine/errors.ts, with where and why in the message). */
import { useApp } from '../store/index.ts';

export function Banner() {
  const error = useApp((s) => s.error);
  const notice = useApp((s) => s.notice);
  const dismissError = useApp((s) => s.dismissError);
  const dismissNotice = useApp((s) => s.dismissNotice);
  return (
    <>
      {error ? (
        <div role="alert" data-testid="error" data-code={error.code} className="flex items-start gap-3 border-b border-fail/60 bg-fail/15 px-3 py-2 text-[14px] text-fg">
          <span className="font-mono font-bold text-fail">{error.code}</span>
          <span className="flex-1 break-words">{error.message.replace(/^PS\d{3}\s*/, '')}</span>
          <button onClick={dismissError} className="text-dim hover:text-fg" aria-label="dismiss error">✕</button>
        </div>
      ) : null}
      {notice ? (
        <div role="status" data-testid="notice" className="flex items-start gap-3 border-b border-accent/60 bg-accent/10 px-3 py-2 text-[14px] text-fg">
          <span className="flex-1">{notice}</span>
          <button onClick={dismissNotice} className="text-dim hover:text-fg" aria-label="dismiss notice">✕</button>
        </div>
      ) : null}
    </>
  );
}
