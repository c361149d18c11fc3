/**
 * The program workspace: the built-in example `real-mode-hello` (16-bit code at 0x1000 that prints
 * "Hello from real mode!\n" on COM1 one OUT at a time, then `cli; hlt`). Expected values are the
 * program's own: its output, its first instructions (`mov si, msg` = 3 bytes, then `lodsb`), the
 * `cli` at `.done` and the `je` (jz) before it. Edits go through Monaco with the keyboard.
 */
import { test, expect, openApp } from './fixtures.ts';
import type { Page } from '@playwright/test';

const reg = (page: Page, key: string) => page.getByTestId('registers').locator(`[data-reg="${key}"]`);
const hex64 = (v: bigint) => { const s = v.toString(16).padStart(16, '0'); return `${s.slice(0, 8)}\u2009${s.slice(8)}`; };
const current = (page: Page) => page.locator('[data-testid="disasm-row"][data-current="true"]');

async function icount(page: Page, n: number): Promise<void> {
  await expect(page.getByTestId('prog-icount')).toHaveText(String(n));
}

test('edit, lint markers, assemble and load, step, serial, breakpoint, step back', async ({ page }, info) => {
  await openApp(page);
  await page.getByTestId('sample-picker').selectOption('program:real-mode-hello');
  await expect(page.getByTestId('program-editor').locator('.view-lines')).toContainText('Hello from real mode!');
  await icount(page, 0);
  await expect(page.getByTestId('status-bar')).toContainText('16-bit');
  await expect(current(page)).toHaveAttribute('data-address', String(0x1000));
  await expect(current(page)).toContainText('mov si,');

  // Type an unknown mnemonic on the last (empty) line: a squiggle whose hover names it.
  const editor = page.getByTestId('program-editor');
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('frob al');
  const squiggle = editor.locator('.squiggly-error');
  await expect(squiggle).toHaveCount(1);
  const box = (await squiggle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('.monaco-hover:not(.hidden)')).toContainText("frob");
  await page.screenshot({ path: info.outputPath('editor-marker.png') });

  // Loading is refused while the error is there.
  await page.getByTestId('prog-load').click();
  await expect(page.getByTestId('error')).toContainText('PS510');
  // Fix it: replace the line with a NOP (after the data, never executed).
  await page.keyboard.press('Escape');
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('nop');
  await expect(squiggle).toHaveCount(0);

  await page.getByTestId('prog-load').click();
  await icount(page, 0);

  // Single-step: RIP and the disassembly's current row follow (mov si, imm16 is 3 bytes).
  await page.getByTestId('prog-step').click();
  await icount(page, 1);
  await expect(reg(page, 'rip')).toHaveText(hex64(0x1003n));
  await expect(reg(page, 'rip')).toHaveAttribute('data-changed', 'true');
  await expect(current(page)).toHaveAttribute('data-address', String(0x1003));
  await expect(current(page)).toContainText('lodsb');
  await expect(editor.locator('.ps-current-line')).toHaveCount(1);

  // lodsb, test, jz, mov dx, out: the first character reaches the serial console.
  for (let i = 2; i <= 6; i++) {
    await page.getByTestId('prog-step').click();
    await icount(page, i);
  }
  await expect(page.getByTestId('serial-output')).toHaveText('H');

  // Breakpoint on the `cli` at .done (disassembly gutter), continue to it. The hardware backend sets
  // software breakpoints (INT3), as many as wanted.
  const cliBp = page.locator('[data-testid="disasm-row"]', { hasText: 'cli' }).getByRole('button');
  await expect(cliBp).toHaveAttribute('title', /software breakpoint.*KVM_GUESTDBG_USE_SW_BP/);
  await cliBp.click();
  await expect(page.locator('[data-testid="disasm-row"][data-breakpoint="true"]')).toContainText('cli');
  await expect(editor.locator('.ps-bp-glyph')).toHaveCount(1);
  await page.getByTestId('prog-continue').click();
  await expect(page.getByTestId('prog-status')).toContainText('breakpoint');
  await expect(current(page)).toContainText('cli');
  await expect(page.getByTestId('serial-output')).toHaveText('Hello from real mode!\n');
  const atBp = Number(await page.getByTestId('prog-icount').textContent());
  await page.screenshot({ path: info.outputPath('breakpoint.png') });

  // Step back: one instruction earlier, the jz (je) that jumped to .done.
  await page.getByTestId('prog-back').click();
  await icount(page, atBp - 1);
  await expect(current(page)).toContainText('je ');
  // The log panels show the workspace too: the ioctl log has the VMM's KVM_RUNs.
  await page.getByRole('tab', { name: 'ioctl log' }).click();
  await expect(page.getByTestId('ioctl-rows')).toContainText('KVM_RUN');
  await page.getByRole('tab', { name: 'Program' }).click();

  // Run to the end: hlt ends it.
  await page.getByTestId('prog-continue').click();
  await page.getByTestId('prog-continue').click();
  await expect(page.getByTestId('prog-status')).toContainText('ended: hlt');
  await expect(page.getByTestId('serial-end')).toContainText('hlt');

  // The backend selector reloads the program on the other backend.
  await page.getByTestId('backend-select').selectOption('emulate');
  await expect(page.getByTestId('status-bar')).toContainText('emulate');
  await icount(page, 0);
  await page.screenshot({ path: info.outputPath('program-view.png') });

  // The emulate backend has only the debug registers: four breakpoints, the fifth is refused (PS511).
  const gutter = page.locator('[data-testid="disasm-row"]').getByRole('button');
  await expect(gutter.first()).toHaveAttribute('title', /DR0-DR3.*at most 4/);
  for (let i = 0; i < 4; i++) await gutter.nth(i).click();
  await expect(page.locator('[data-testid="disasm-row"][data-breakpoint="true"]')).toHaveCount(4);
  await gutter.nth(4).click();
  await expect(page.getByTestId('error')).toContainText('PS511');
  await expect(page.locator('[data-testid="disasm-row"][data-breakpoint="true"]')).toHaveCount(4);
});
