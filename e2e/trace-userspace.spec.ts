/**
 * The user-space exit table of the Exit stats panel, on real captures of the lab's PVM host
 * (no kvm_exit there): the QEMU-boot trace.dat sample, and QEMU's own `-trace` log opened
 * with Open file…. Row clicks jump the timeline and the event details to an instance.
 * Counts come from the files, counted independently:
 *   trace-cmd report qemu_boot.trace.dat | grep -o 'kvm_userspace_exit: *reason [A-Za-z_]* ([0-9]*)' | sort | uniq -c
 *   (8768 KVM_EXIT_IO, 1501 KVM_EXIT_MMIO; the 3 records with errno=-4 in `trace-cmd report -R` are KVM_RUN -EINTR),
 *   zcat qemu-trace.D-all-ts.txt.gz | grep -o 'kvm_run_exit cpu_index [0-9]*, reason [0-9]*' | sort | uniq -c
 *   (1645 reason 2 = KVM_EXIT_IO, 256 reason 6 = KVM_EXIT_MMIO, all cpu_index 0).
 */
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures.ts';

const QEMU_TRACE = fileURLToPath(new URL('../engine/trace/import/text/testdata/real/qemu-trace.D-all-ts.txt.gz', import.meta.url));

async function viewport(page: Page): Promise<{ t0: number; t1: number }> {
  const s = page.getByTestId('timeline-state');
  return { t0: Number(await s.getAttribute('data-t0')), t1: Number(await s.getAttribute('data-t1')) };
}

const row = (page: Page, reason: string) => page.locator(`[data-testid=userspace-row][data-reason="${reason}"]`);

test('QEMU-boot sample (PVM host): the user-space exit table, times until the next KVM_RUN, rows jump to instances', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('sample-picker').selectOption('trace:qemu_boot.trace.dat');
  await expect(page.getByTestId('trace-summary')).toContainText('91,445 events');
  const section = page.getByTestId('trace-stats-userspace');
  await expect(section).toBeVisible();
  await expect(page.getByTestId('trace-stats')).toHaveCount(0); // no kvm_exit table: the trace has none
  await expect(page.getByTestId('trace-stats-empty')).toHaveCount(0);
  await expect(section).toContainText('Exits to user space · kvm_userspace_exit');
  const rows = page.getByTestId('userspace-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toHaveAttribute('data-reason', 'KVM_EXIT_IO');
  await expect(rows.nth(0)).toHaveAttribute('data-samples', '8768');
  await expect(row(page, 'KVM_EXIT_MMIO')).toHaveAttribute('data-samples', '1501');
  await expect(row(page, 'KVM_RUN -EINTR')).toHaveAttribute('data-samples', '3');
  await expect(page.getByTestId('userspace-summary')).toContainText('10,272 exits');
  await expect(page.getByTestId('userspace-time-means')).toContainText('kvm_fpu load');
  await expect(page.getByTestId('userspace-summary')).toContainText('1 without a following KVM_RUN');
  await section.screenshot({ path: 'test-results/trace/userspace-qemu_boot.png' });

  // Row click: the timeline zooms to that exit and the details show it; again: the next instance.
  const mmio = row(page, 'KVM_EXIT_MMIO');
  await mmio.click();
  await expect(page.getByTestId('event-summary')).toHaveText('kvm_userspace_exit KVM_EXIT_MMIO (6)');
  await expect(mmio.getByTestId('userspace-instance')).toHaveText('1 / 1501');
  const v1 = await viewport(page);
  expect(v1.t1 - v1.t0).toBeLessThan(5_000_000); // zoomed in from the 20 s trace to the exit (µs–ms range)
  const first = await page.getByTestId('event-details').textContent();
  await mmio.click();
  await expect(mmio.getByTestId('userspace-instance')).toHaveText('2 / 1501');
  await expect(page.getByTestId('event-summary')).toHaveText('kvm_userspace_exit KVM_EXIT_MMIO (6)');
  await expect(page.getByTestId('event-details')).not.toHaveText(first ?? '');
  await mmio.click({ modifiers: ['Shift'] }); // back to the first
  await expect(mmio.getByTestId('userspace-instance')).toHaveText('1 / 1501');

  // Sort by max time; per vCPU (one vCPU thread in this boot attempt).
  await page.getByTestId('userspace-sort-name').click();
  await expect(rows.nth(0)).toHaveAttribute('data-reason', 'KVM_EXIT_IO');
  await expect(rows.nth(2)).toHaveAttribute('data-reason', 'KVM_RUN -EINTR');
  await page.getByTestId('userspace-group-reason+vcpu').click();
  await expect(rows).toHaveCount(3);
  await page.screenshot({ path: 'test-results/trace/userspace-qemu_boot-jump.png' });
});

test('QEMU -trace log through Open file…: kvm_run_exit per reason, timed by kvm_vcpu_ioctl KVM_RUN', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('file-input').setInputFiles(QEMU_TRACE);
  await expect(page.getByTestId('trace-summary')).toContainText('qemu-trace.D-all-ts.txt.gz');
  const section = page.getByTestId('trace-stats-userspace');
  await expect(section).toContainText('Exits to user space · QEMU kvm_run_exit');
  await expect(page.getByTestId('userspace-row')).toHaveCount(2);
  await expect(row(page, 'KVM_EXIT_IO')).toHaveAttribute('data-samples', '1645');
  await expect(row(page, 'KVM_EXIT_MMIO')).toHaveAttribute('data-samples', '256');
  await expect(page.getByTestId('userspace-time-means')).toContainText('kvm_vcpu_ioctl KVM_RUN');
  await row(page, 'KVM_EXIT_IO').click();
  await expect(page.getByTestId('event-summary')).toHaveText('kvm_run_exit KVM_EXIT_IO (2), cpu_index 0');
  await section.screenshot({ path: 'test-results/trace/userspace-qemu-trace.png' });
});

test('synthetic trace (kvm_exit and user-space exits): both tables, each jumping to its own events', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('sample-picker').selectOption('trace:synthetic-exits');
  await expect(page.getByTestId('trace-stats')).toBeVisible();
  await expect(page.getByTestId('trace-stats-userspace')).toBeVisible();
  await expect(page.getByTestId('userspace-time-means')).toContainText('kvm_entry');
  await row(page, 'KVM_EXIT_IO').click();
  await expect(page.getByTestId('event-summary')).toHaveText('kvm_userspace_exit KVM_EXIT_IO (2)');
  await page.locator('[data-testid=stats-row][data-reason=IO_INSTRUCTION]').click();
  await expect(page.getByTestId('event-summary')).toHaveText('kvm_exit IO_INSTRUCTION (30)');
  await page.screenshot({ path: 'test-results/trace/userspace-synthetic-both.png' });
});
