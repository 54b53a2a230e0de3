/**
 * Runs `fn` once the browser has painted the current frame and has nothing more urgent to do: a
 * `requestAnimationFrame` callback runs just before the paint, and an idle callback queued from it
 * runs after the paint and after any task already waiting (input, a benchmark's probe). Work that
 * can wait (a legend of badge kinds, swapping in the virtualized body) then no longer holds back
 * the first rows on screen. Waits at most `timeoutMs` for idle time. Without these APIs (a server,
 * some test environments) it is a plain task. Returns a function that cancels it.
 * @example React.useEffect(() => afterPaint(() => setLegend(kinds())), [kinds]);
 */
export function afterPaint(fn: () => void, timeoutMs = 300): () => void {
  let frame: number | undefined;
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(() => fn(), { timeout: timeoutMs });
    else timer = setTimeout(fn, 0);
  };
  if (typeof requestAnimationFrame === 'function') {
    frame = requestAnimationFrame(() => {
      frame = undefined;
      later();
    });
  } else {
    timer = setTimeout(fn, 0);
  }
  return () => {
    if (frame !== undefined && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
    if (idle !== undefined && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    if (timer !== undefined) clearTimeout(timer);
  };
}
