/**
 * Cooperative multitasking for long imports: `yieldToEventLoop()` resolves in a
 * new macrotask (a MessageChannel message), so a worker receives messages (a
 * cancel request) between import chunks. Microtasks (`await Promise.resolve()`)
 * would not let the message queue run; timers are not used in engine code.
 */

interface NodePort { ref?: () => void; unref?: () => void }

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/** Resolves after pending macrotasks (incoming worker messages) had a chance to run. */
export function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return Promise.resolve();
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => {
      waiting.shift()?.();
      // Node: an idle channel must not keep the process alive (browsers have no ref/unref).
      if (waiting.length === 0) (channel!.port1 as unknown as NodePort).unref?.();
    };
  }
  (channel.port1 as unknown as NodePort).ref?.();
  return new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel!.port2.postMessage(0);
  });
}

/** Something that can ask a running import to stop (an AbortSignal fits). */
export interface StopSignal { readonly aborted: boolean }
