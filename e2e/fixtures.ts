/**
 * Test fixture for every spec: fails the test on any console error or uncaught exception
 * (page and workers) and on any request that leaves the page's origin (such requests are
 * also aborted). `allowConsoleErrors` lets one test accept messages it provokes on purpose.
 */
import { test as base, expect, type Page } from '@playwright/test';

interface Guard {
  /** Accept console errors matching this pattern (for tests that provoke them). */
  allowConsoleErrors(re: RegExp): void;
}

export const test = base.extend<{ guard: Guard }>({
  guard: [async ({ page, context, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
    const problems: string[] = [];
    const allowed: RegExp[] = [];
    const isAllowed = (text: string) => allowed.some((re) => re.test(text));
    const local = (url: string) => url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:');

    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (local(url)) return route.continue();
      problems.push(`request left the origin: ${url}`);
      return route.abort('blockedbyclient');
    });
    context.on('request', (req) => {
      if (!local(req.url())) problems.push(`request left the origin: ${req.url()}`);
    });
    const watch = (where: string, p: { on(ev: 'console', cb: (m: { type(): string; text(): string }) => void): unknown }) => {
      p.on('console', (m) => {
        if (m.type() === 'error' && !isAllowed(m.text())) problems.push(`${where} console error: ${m.text()}`);
      });
    };
    watch('page', page);
    page.on('pageerror', (e) => { if (!isAllowed(e.message)) problems.push(`page error: ${e.message}`); });
    page.on('worker', (w) => watch(`worker ${w.url()}`, w));

    await use({ allowConsoleErrors: (re) => allowed.push(re) });
    expect(problems, 'console errors, page errors or requests outside the origin').toEqual([]);
  }, { auto: true }],
});

export { expect };

/** Load the app and wait until the default sample is open. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('position')).toContainText('event 0 /');
  await expect(page.getByTestId('sample-picker')).toHaveValue('io');
}
