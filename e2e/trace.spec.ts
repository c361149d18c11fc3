/**
 * Trace workspaces: open a trace.dat with the file picker and by drag-and-drop, see the
 * lanes, jump to a kvm_exit from the stats table, zoom with the keyboard, open the event's
 * details, sort the stats table, see the import error banner of a truncated file.
 * Values come from the files: qemu_boot.trace.dat has 91,445 events on CPUs 0 and 1 (as
 * `trace-cmd report` counts them, engine/trace/testdata/qemu_boot.golden.json).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures.ts';

const TESTDATA = fileURLToPath(new URL('../engine/trace/testdata/', import.meta.url));
const QEMU_BOOT = `${TESTDATA}qemu_boot.trace.dat`;

async function viewport(page: Page): Promise<{ t0: number; t1: number }> {
  const s = page.getByTestId('timeline-state');
  return { t0: Number(await s.getAttribute('data-t0')), t1: Number(await s.getAttribute('data-t1')) };
}

test('open a trace.dat with Open file…: lanes, counts, no kvm_exit on the PVM host (user-space exits instead)', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('file-input').setInputFiles(QEMU_BOOT);
  await expect(page.getByTestId('trace-summary')).toContainText('qemu_boot.trace.dat · trace.dat · 91,445 events');
  await expect(page.getByTestId('timeline-state')).toHaveAttribute('data-view-lanes', 'cpu:0,cpu:1,vcpu:0');
  // PVM: no kvm_exit tracepoints, so no kvm_exit table; the exits to user space are (e2e/trace-userspace.spec.ts)
  await expect(page.getByTestId('trace-stats')).toHaveCount(0);
  await expect(page.getByTestId('trace-stats-userspace')).toBeVisible();
  await page.screenshot({ path: 'test-results/trace/qemu_boot-timeline.png' });
});

test('drop a trace file on the window; a truncated file shows where and why, plus what was read', async ({ page }) => {
  await openApp(page);
  const whole = readFileSync(QEMU_BOOT);
  const cut = whole.subarray(0, whole.length - 3000);
  const drop = async (name: string, bytes: Buffer) => {
    const dt = await page.evaluateHandle(({ name, b64 }) => {
      const bin = atob(b64);
      const u8 = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) u8[i] = bin.charCodeAt(i);
      const d = new DataTransfer();
      d.items.add(new File([u8], name));
      return d;
    }, { name, b64: bytes.toString('base64') });
    await page.dispatchEvent('body', 'dragover', { dataTransfer: dt });
    await page.dispatchEvent('body', 'drop', { dataTransfer: dt });
  };
  await drop('qemu_boot.trace.dat', whole);
  await expect(page.getByTestId('trace-summary')).toContainText('91,445 events');
  await expect(page.getByTestId('timeline-canvas')).toBeVisible();
  await drop('cut.trace.dat', cut);
  const err = page.getByTestId('trace-error');
  await expect(err).toHaveAttribute('data-code', 'PS301');
  await expect(err).toContainText('cut.trace.dat, byte offset');
  await expect(page.getByTestId('trace-partial')).toContainText('Showing 0 events read before the error');
  await page.screenshot({ path: 'test-results/trace/truncated.png' });
});

test('synthetic exits: stats row jumps to a kvm_exit, W zooms, click selects, details show every field, sort', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('sample-picker').selectOption('trace:synthetic-exits');
  await expect(page.getByTestId('synthetic-badge')).toBeVisible();
  await expect(page.getByTestId('timeline-state')).toHaveAttribute('data-view-lanes', 'cpu:0,cpu:1,cpu:2,cpu:3,vcpu:0,vcpu:1,vcpu:2,vcpu:3');

  // Stats: perf-kvm-stat rows; sorting by name and by max time.
  const rows = page.getByTestId('stats-row');
  await expect(rows.first()).toHaveAttribute('data-reason', 'EXTERNAL_INTERRUPT'); // default: samples
  await page.getByTestId('stats-sort-name').click();
  await expect(rows.first()).toHaveAttribute('data-reason', 'CPUID');
  await page.getByTestId('stats-sort-max').click();
  await expect(rows.first()).toHaveAttribute('data-reason', 'HLT');

  // Row click → the timeline zooms to that exit and the details show it.
  const io = page.locator('[data-testid=stats-row][data-reason=IO_INSTRUCTION]');
  await io.click();
  await expect(page.getByTestId('event-summary')).toHaveText('kvm_exit IO_INSTRUCTION (30)');
  await expect(io.getByTestId('stats-instance')).toHaveText(/^1 \/ \d+/);
  const fields = page.getByTestId('event-fields');
  await expect(fields.locator('[data-field=exit_reason]')).toContainText('IO_INSTRUCTION');
  await expect(fields.locator('[data-field=isa]')).toContainText('KVM_ISA_VMX');
  await expect(page.getByTestId('event-flow')).toContainText('kvm_userspace_exit KVM_EXIT_IO (2)');
  const v1 = await viewport(page);
  expect(v1.t1 - v1.t0).toBeLessThan(1_000_000); // zoomed in to the exit (µs range)
  await expect(page.getByTestId('timeline-state')).not.toHaveAttribute('data-exact', '0'); // exact intervals

  // Keyboard zoom (W) narrows the window around the centre.
  await page.getByTestId('timeline-canvas').hover({ position: { x: 600, y: 10 } });
  await page.keyboard.press('w');
  const v2 = await viewport(page);
  expect(v2.t1 - v2.t0).toBeLessThan((v1.t1 - v1.t0) * 0.85);

  // Next instance, then click an event on a vCPU lane: the details follow.
  await io.click();
  await expect(io.getByTestId('stats-instance')).toHaveText(/^2 \/ \d+/);
  const canvas = page.getByTestId('timeline-canvas');
  const box = (await canvas.boundingBox())!;
  // The exit sits 1/12 of the plot left of the centre (the jump shows 6× its handling time,
  // centred on it). Lanes: axis 30 + 4, four CPU lanes of 30 + 6, a 12 px group gap, vCPU lanes of 40 + 6.
  const vcpu = Number(/vCPU (\d+)/.exec((await page.getByTestId('event-details').textContent()) ?? '')![1]);
  const x = box.x + 132 + (box.width - 132) * (0.5 - 1 / 12);
  const y = box.y + 34 + 4 * 36 + 12 + vcpu * 46 + 20;
  await page.mouse.move(x, y);
  const tip = page.getByTestId('timeline-tooltip');
  await expect(tip).toContainText('kvm_exit IO_INSTRUCTION (30)');
  await expect(tip).toContainText(/in (guest|KVM) for \d/);
  await page.getByTestId('stats-sort-name').click(); // select something else first: the click must change it
  await page.locator('[data-testid=stats-row][data-reason=CPUID]').click();
  await expect(page.getByTestId('event-summary')).toHaveText('kvm_exit CPUID (10)');
  await page.locator('[data-testid=stats-row][data-reason=IO_INSTRUCTION]').click({ modifiers: ['Shift'] }); // previous: instance 1
  await expect(io.getByTestId('stats-instance')).toHaveText(/^1 \/ \d+/);
  await expect(page.getByTestId('event-summary')).toHaveText('kvm_exit IO_INSTRUCTION (30)');
  // instance 1 may be on another vCPU: its lane, the same offset from the centre
  const vcpu1 = Number(/vCPU (\d+)/.exec((await page.getByTestId('event-details').textContent()) ?? '')![1]);
  const y1 = box.y + 34 + 4 * 36 + 12 + vcpu1 * 46 + 20;
  await page.mouse.move(x, y1);
  await page.mouse.down();
  await page.mouse.up();
  await expect(page.getByTestId('event-summary')).toHaveText('kvm_exit IO_INSTRUCTION (30)');
  await page.screenshot({ path: 'test-results/trace/synthetic-exit.png' });

  // Per-vCPU grouping.
  await page.getByTestId('stats-group-reason+vcpu').click();
  await expect(rows).toHaveCount(32); // 8 reasons × 4 vCPUs
});
