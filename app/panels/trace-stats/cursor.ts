/**
 * Which instance of a stats row to show next (kvm_exit and user-space exit tables alike): the cursor
 * is the instance shown, a click goes to the next one, Shift+click (step -1) to the previous one; the
 * engine wraps n around the row's instances.
 */
export function nextInstance(shown: number | undefined, step: 1 | -1): number {
  return shown === undefined ? (step > 0 ? 0 : -1) : shown + step;
}
