/**
 * The app on its built-in sample `io` (a real-KVM recording: real-mode guest doing OUT/IN,
 * see /work/shared/lab/vmm). Values asserted are those of the recording:
 *   ioctl rows 1-4: GET_API_VERSION=12, CREATE_VM=5, SET_USER_MEMORY_REGION, CREATE_VCPU=6
 *   after CREATE_VCPU the vCPU is in x86 reset state (RIP 0xfff0, CS 0xf000 base 0xffff0000, CR0 0x60000010)
 *   row 8 SET_REGS sets RIP 0x1000, RSP 0x7000; row 9 KVM_RUN exits KVM_EXIT_IO OUT port 0x10 data 41, RIP 0x1004.
 */
import { test, expect, openApp } from './fixtures.ts';
import type { Page } from '@playwright/test';

const reg = (page: Page, key: string) => page.getByTestId('registers').locator(`[data-reg="${key}"]`);
const hex64 = (v: bigint) => { const s = v.toString(16).padStart(16, '0'); return `${s.slice(0, 8)}\u2009${s.slice(8)}`; };

async function stepIoctls(page: Page, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const before = Number(await page.getByTestId('ioctl-log').getAttribute('data-executed'));
    await page.getByTestId('btn-step').click();
    await expect(page.getByTestId('ioctl-log')).toHaveAttribute('data-executed', String(before + 1));
  }
}

test('loads the io sample, steps through ioctls, registers follow the recording, step back restores them', async ({ page }, info) => {
  await openApp(page);
  await expect(page.getByTestId('status-bar')).toContainText('OUT/IN');
  await expect(page.getByTestId('ioctl-log')).toHaveAttribute('data-executed', '0');

  // The log grows row by row with the recorded results.
  await stepIoctls(page, 4);
  const rows = page.getByTestId('ioctl-rows');
  await expect(rows.locator('[data-row="0"]')).toContainText('KVM_GET_API_VERSION');
  await expect(rows.locator('[data-row="0"]')).toContainText('12');
  await expect(rows.locator('[data-row="1"]')).toContainText('KVM_CREATE_VM');
  await expect(rows.locator('[data-row="3"]')).toContainText('KVM_CREATE_VCPU');
  await expect(rows.locator('[data-row="3"]')).toContainText('vcpu_id=0');
  await expect(rows.locator('[data-row="3"] [data-status]')).toHaveAttribute('data-status', 'pass');
  await expect(page.getByTestId('ioctl-count')).toHaveText('4 / 51 ioctls');

  // The object tree has the VM, its memslot and the vCPU; the register panel shows the reset state.
  await expect(page.getByTestId('object-tree')).toContainText('slot 0');
  await expect(page.getByTestId('object-tree')).toContainText('640 KiB');
  await expect(page.getByTestId('vcpu-6')).toBeVisible();
  await expect(reg(page, 'rip')).toHaveText(hex64(0xfff0n));
  await expect(reg(page, 'cs.selector')).toHaveText('0xf000');
  await expect(reg(page, 'cs.base')).toHaveText('0xffff0000');
  await expect(reg(page, 'cr0')).toHaveText(hex64(0x60000010n));
  const cr0Bits = page.getByTestId('registers').locator('tr:has([data-reg="cr0"])');
  await expect(cr0Bits.locator('[data-bit="ET"]')).toHaveAttribute('data-set', 'true');
  await expect(cr0Bits.locator('[data-bit="PE"]')).not.toHaveAttribute('data-set', 'true');

  // GET_VCPU_MMAP_SIZE, GET_SREGS, SET_SREGS, SET_REGS: RIP 0x1000 and RSP 0x7000, highlighted as changed.
  await stepIoctls(page, 4);
  await expect(rows.locator('[data-row="7"]')).toContainText('KVM_SET_REGS');
  await expect(reg(page, 'rip')).toHaveText(hex64(0x1000n));
  await expect(reg(page, 'rip')).toHaveAttribute('data-changed', 'true');
  await expect(reg(page, 'rsp')).toHaveText(hex64(0x7000n));
  await expect(reg(page, 'rbx')).not.toHaveAttribute('data-changed', 'true');
  await page.screenshot({ path: info.outputPath('main-view.png') });
  await page.getByTestId('area-right').screenshot({ path: info.outputPath('registers-panel.png') });

  // KVM_RUN and its exit: the exit stream shows the recorded KVM_EXIT_IO and the RIP after it.
  await stepIoctls(page, 1);
  const exit = page.getByTestId('exit-rows').locator('[data-exit-seq="17"]');
  await expect(exit).toContainText('KVM_EXIT_IO');
  await expect(exit).toContainText('out port 0x10 size 1 count 1 data 41');
  await expect(exit).toContainText('0x1004');
  // The engine ran the guest: its registers match real KVM's after the exit (OUT 0x10 with AL=0x41).
  await expect(rows.locator('[data-row="8"] [data-status]')).toHaveAttribute('data-status', 'pass');
  await expect(exit.locator('[data-status]')).toHaveAttribute('data-status', 'pass');
  await expect(reg(page, 'rip')).toHaveText(hex64(0x1004n));
  await expect(reg(page, 'rax')).toHaveText(hex64(0x41n));
  await expect(reg(page, 'rip')).toHaveAttribute('data-changed', 'true');
  await expect(reg(page, 'rip')).not.toHaveAttribute('data-mismatch', 'true');
  await expect(page.getByTestId('vcpu-6')).toContainText('last exit IO');
  await page.getByTestId('area-main').screenshot({ path: info.outputPath('ioctl-log-panel.png') });
  await page.getByTestId('area-bottom').screenshot({ path: info.outputPath('exit-panel.png') });

  // Step back: before KVM_RUN (no exit yet, RIP 0x1000), then before SET_REGS (RIP back to the reset 0xfff0).
  await page.getByTestId('btn-back').click();
  await expect(page.getByTestId('ioctl-log')).toHaveAttribute('data-executed', '8');
  await expect(page.getByTestId('exit-stream')).toHaveAttribute('data-total', '0');
  await expect(reg(page, 'rip')).toHaveText(hex64(0x1000n));
  await expect(reg(page, 'rip')).not.toHaveAttribute('data-mismatch', 'true');
  await page.getByTestId('btn-back').click();
  await expect(page.getByTestId('ioctl-log')).toHaveAttribute('data-executed', '7');
  await expect(reg(page, 'rip')).toHaveText(hex64(0xfff0n));
  await expect(reg(page, 'rip')).toHaveAttribute('data-changed', 'true');
  await expect(reg(page, 'rsp')).toHaveText(hex64(0n));
});

test('keyboard shortcuts: n steps, b steps back, e runs to the end, r resets', async ({ page }) => {
  await openApp(page);
  const log = page.getByTestId('ioctl-log');
  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await page.keyboard.press('F10');
  await expect(log).toHaveAttribute('data-executed', '3');
  await page.keyboard.press('b');
  await expect(log).toHaveAttribute('data-executed', '2');
  await page.keyboard.press('e');
  await expect(page.getByTestId('position')).toContainText('event 86 / 86');
  await expect(log).toHaveAttribute('data-executed', '51');
  await expect(page.getByTestId('exit-stream')).toHaveAttribute('data-total', '14');
  await expect(page.getByTestId('btn-step')).toBeDisabled();
  await page.keyboard.press('r');
  await expect(page.getByTestId('position')).toContainText('event 0 / 86');
  await expect(log).toHaveAttribute('data-executed', '0');
});

test('clicking an ioctl row goes to the state right after it', async ({ page }) => {
  await openApp(page);
  await page.getByText('show upcoming').click();
  const rows = page.getByTestId('ioctl-rows');
  await rows.locator('[data-row="7"]').click(); // KVM_SET_REGS
  await expect(page.getByTestId('ioctl-log')).toHaveAttribute('data-executed', '8');
  await expect(reg(page, 'rip')).toHaveText(hex64(0x1000n));
  await expect(page.getByTestId('ioctl-detail')).toContainText('seq 15 KVM_SET_REGS');
  await rows.locator('[data-row="2"]').click(); // back to SET_USER_MEMORY_REGION
  await expect(page.getByTestId('ioctl-log')).toHaveAttribute('data-executed', '3');
  await expect(page.getByTestId('registers')).toHaveCount(0);
});
