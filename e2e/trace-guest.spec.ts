/**
 * Host + guest traces on one time axis, and cancelling an import keeps what was read.
 * The host/guest pair is engine/trace/import/tracedat/testkit/host-guest.ts: TSC2NSEC ×3>>1,
 * guest TIME_SHIFT with known offsets; merged times are exact (engine/trace/merge.test.ts):
 * the first event is the guest's CPU 2 at 250 ns, the last the host's kvm_exit at 4500 ns.
 */
import type { Page } from '@playwright/test';
import { guestFile, hostFile } from '../engine/trace/import/tracedat/testkit/host-guest.ts';
import { expect, openApp, test } from './fixtures.ts';

const HOST = { name: 'host.trace.dat', mimeType: 'application/octet-stream', buffer: Buffer.from(hostFile()) };
const GUEST = { name: 'guest.trace.dat', mimeType: 'application/octet-stream', buffer: Buffer.from(guestFile()) };
const MERGED_LANES = 'cpu:0,cpu:1,vcpu:0,guest:vm1:cpu:0,vcpu:1,guest:vm1:cpu:1,guest:vm1:cpu:2';

async function expectMerged(page: Page): Promise<void> {
  const state = page.getByTestId('timeline-state');
  await expect(state).toHaveAttribute('data-view-lanes', MERGED_LANES);
  await expect(page.getByTestId('trace-summary')).toContainText('8 events');
  await expect(page.getByTestId('trace-guests')).toContainText('guests: vm1 (guest.trace.dat)');
  // One axis: the window spans the guest's first event (250 ns) to the host's last (4500 ns).
  await expect(state).toHaveAttribute('data-t0', '250');
  await expect(state).toHaveAttribute('data-t1', '4500');
}

test('open a host trace and its guest trace together: guest CPU lanes beside the host vCPUs', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('file-input').setInputFiles([GUEST, HOST]);
  await expectMerged(page);
  await page.screenshot({ path: 'test-results/trace/host-guest.png' });
});

test('Add guest trace… merges a guest into the open host trace', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('file-input').setInputFiles([HOST]);
  await expect(page.getByTestId('timeline-state')).toHaveAttribute('data-view-lanes', 'cpu:0,cpu:1,vcpu:0,vcpu:1');
  await page.getByTestId('trace-guest-input').setInputFiles([GUEST]);
  await expectMerged(page);
  await expect(page.getByTestId('trace-summary')).toContainText('host.trace.dat + guest.trace.dat');
});

test('cancel during an import keeps the events read so far', async ({ page }) => {
  await openApp(page);
  // Click Cancel from inside the page the moment the progress bar first moves: a Playwright-side poll
  // plus click can arrive after the (fast) import has already finished.
  await page.evaluate(() => {
    const obs = new MutationObserver(() => {
      const bar = document.querySelector('[data-testid="trace-progress"] [role="progressbar"]');
      const now = Number(bar?.getAttribute('aria-valuenow') ?? '0');
      const cancel = document.querySelector<HTMLButtonElement>('[data-testid="trace-cancel"]');
      if (now > 0 && cancel) { obs.disconnect(); cancel.click(); }
    });
    obs.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  });
  await page.getByTestId('sample-picker').selectOption('trace:synthetic-exits-1M');
  const banner = page.getByTestId('trace-cancelled');
  await expect(banner).toContainText(/Import cancelled after [\d,]+ events/);
  const n = Number(/after ([\d,]+) events/.exec((await banner.textContent()) ?? '')![1]!.replace(/,/g, ''));
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(1_000_000);
  await expect(page.getByTestId('trace-notice')).toContainText(`cancelled after ${n.toLocaleString('en-US')} events`);
  await expect(page.getByTestId('timeline-canvas')).toBeVisible();
});
