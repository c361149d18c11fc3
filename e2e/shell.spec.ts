/**
 * The shell speaks the language of the open workspace: for a recording, a program and a trace,
 * the toolbar shows that kind's controls and position (and nothing of the other kinds), the
 * panels are that kind's, the status bar names the kind, and every shortcut does its kind's
 * command or nothing. A screenshot of the toolbar per kind is attached to the test.
 *
 * Expected values come from the workspaces themselves: the `io` recording has 86 events, the first
 * five being open(/dev/kvm), GET_API_VERSION, CREATE_VM, mmap, SET_USER_MEMORY_REGION; the `real-mode-hello` program is
 * `mov si, msg` (3 bytes, at 0x1000), `lodsb` (0x1003), `test al, al` (0x1004), `jz .done`
 * (0x1006, 2 bytes), `mov dx, 0x3f8` (0x1008) … `cli; hlt`, printing "Hello from real mode!\n";
 * qemu_boot.trace.dat holds 91,445 events from 2187.667378 s to 2207.615423 s as trace-cmd
 * reports them (engine/trace/testdata/qemu_boot.golden.json).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page, TestInfo } from '@playwright/test';
import { expect, openApp, test } from './fixtures.ts';

const TESTDATA = fileURLToPath(new URL('../engine/trace/testdata/', import.meta.url));
const GOLDEN = JSON.parse(readFileSync(`${TESTDATA}qemu_boot.golden.json`, 'utf8')) as { events_total: number; first_ts: string; last_ts: string };

const toolbar = (page: Page) => page.getByTestId('toolbar');
const position = (page: Page) => page.getByTestId('position');
const executed = (page: Page) => page.getByTestId('ioctl-log');
const icount = (page: Page) => page.getByTestId('prog-icount');
const rip = (page: Page) => page.getByTestId('prog-rip');

/** Every button of the toolbar as the user reads it: its label, then the key shown beside it ("Step ioctl ▶ n"). */
async function toolbarButtons(page: Page): Promise<string[]> {
  return toolbar(page).getByRole('button').evaluateAll((els) => els.map((el) => [...el.childNodes].map((n) => (n.textContent ?? '').trim()).filter(Boolean).join(' ')));
}

/** Titles of all panel tabs on screen, left column to right column. */
async function tabs(page: Page): Promise<string[]> {
  return page.getByRole('tab').allInnerTexts();
}

/** Events the session workspace (recording or program) has applied, as the engine reports them. */
async function sessionPosition(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as { planescope: { engine: { request(m: string, a: object): Promise<{ position: number }> } } })
    .planescope.engine.request('summary', {}).then((s) => s.position));
}

/** Screenshot of the toolbar (the header region), kept in the test's output folder and attached to the result. */
async function attachHeader(page: Page, info: TestInfo, kind: string): Promise<void> {
  const path = info.outputPath(`toolbar-${kind}.png`);
  await toolbar(page).screenshot({ path });
  await info.attach(`toolbar-${kind}`, { path, contentType: 'image/png' });
}

/** Seconds with 3–4 significant digits, as the shell prints a span of at least 1 s ("19.95 s"). */
function seconds(s: number): string {
  return `${s.toFixed(s >= 100 ? 1 : s >= 10 ? 2 : 3)} s`;
}

test('recording: ioctl stepping controls, event position, recording panels; recording keys only', async ({ page }, info) => {
  await openApp(page);
  await expect(toolbar(page)).toHaveAttribute('data-kind', 'recording');
  expect(await toolbarButtons(page)).toEqual(['Open file…', '◀ Back b', 'Step ioctl ▶ n', 'Run to end ▶▶ e', 'Reset r']);
  await expect(position(page)).toHaveText('event 0 / 86');
  await expect(page.getByTestId('workspace-kind')).toHaveText('Recording');
  await expect(page.getByTestId('status-bar')).toContainText('kernel 6.18.44');
  await expect(page.getByTestId('counts')).toContainText('ioctls 0/51');
  expect(await tabs(page)).toEqual(['Objects', 'ioctl log', 'Exits', 'Registers']);
  await expect(page.getByTestId('btn-back')).toBeDisabled();
  await expect(page.getByTestId('btn-reset')).toBeDisabled();

  // n: open(/dev/kvm) on the way, then GET_API_VERSION; F10: CREATE_VM.
  await page.keyboard.press('n');
  await expect(executed(page)).toHaveAttribute('data-executed', '1');
  await expect(position(page)).toHaveText('event 2 / 86');
  await page.keyboard.press('F10');
  await expect(executed(page)).toHaveAttribute('data-executed', '2');
  await expect(position(page)).toHaveText('event 3 / 86');
  // Shift+N and '.': one event each (mmap, then SET_USER_MEMORY_REGION).
  await page.keyboard.press('Shift+N');
  await expect(position(page)).toHaveText('event 4 / 86');
  await expect(executed(page)).toHaveAttribute('data-executed', '2');
  await page.keyboard.press('.');
  await expect(position(page)).toHaveText('event 5 / 86');
  await expect(executed(page)).toHaveAttribute('data-executed', '3');
  // Shift+B one event back; b and Shift+F10 to just before the last ioctl applied.
  await page.keyboard.press('Shift+B');
  await expect(position(page)).toHaveText('event 4 / 86');
  await page.keyboard.press('b');
  await expect(executed(page)).toHaveAttribute('data-executed', '1');
  await expect(position(page)).toHaveText('event 2 / 86');
  await page.keyboard.press('Shift+F10');
  await expect(executed(page)).toHaveAttribute('data-executed', '0');
  await expect(position(page)).toHaveText('event 1 / 86');

  // Keys of a program do nothing here: after them, one n is still exactly one ioctl.
  for (const key of ['s', 'c', 'p', 'o', 'F9', 'F11']) await page.keyboard.press(key);
  await page.keyboard.press('n');
  await expect(executed(page)).toHaveAttribute('data-executed', '1');
  await expect(position(page)).toHaveText('event 2 / 86');

  // e to the end (Step and Run to end disabled there), r back to the start.
  await page.keyboard.press('e');
  await expect(position(page)).toHaveText('event 86 / 86');
  await expect(page.getByTestId('btn-step')).toBeDisabled();
  await expect(page.getByTestId('btn-end')).toBeDisabled();
  await attachHeader(page, info, 'recording');
  await page.keyboard.press('r');
  await expect(position(page)).toHaveText('event 0 / 86');
});

test('program: its run controls in the toolbar, instructions / RIP / stop as position; program keys only', async ({ page }, info) => {
  await openApp(page);
  await page.getByTestId('sample-picker').selectOption('program:real-mode-hello');
  await expect(toolbar(page)).toHaveAttribute('data-kind', 'program');
  await expect(position(page)).toHaveText('insn 0 · RIP 0x1000 · loaded');
  expect(await toolbarButtons(page)).toEqual(['Open file…', '◀ Back b', 'Step s', 'Step over n', 'Continue ▶ c', 'Run ▶▶ e', 'Reset r']);
  await expect(page.getByTestId('sample-picker').locator('option:checked')).toHaveText('Program: Real mode: hello on serial');
  await expect(page.getByTestId('workspace-kind')).toHaveText('Program');
  await expect(page.getByTestId('status-bar')).toContainText('16-bit program');
  await expect(page.getByTestId('status-bar')).not.toContainText('pass');
  await expect(page.getByTestId('status-bar')).not.toContainText('kernel');
  expect(await tabs(page)).toEqual(['Objects', 'Program', 'ioctl log', 'Serial', 'Exits', 'Registers']);
  // The program bar no longer has a second set of run controls.
  await expect(page.getByTestId('area-main').getByRole('button', { name: /^(Step|Continue|Run|Reset|◀ Back)/ })).toHaveCount(0);
  await expect(page.getByTestId('registers-legend')).not.toContainText('real KVM');

  // s / F11 step one instruction, n / F10 step over (lodsb and test are no calls: one instruction), b back one.
  await page.keyboard.press('s');
  await expect(icount(page)).toHaveText('1');
  await expect(rip(page)).toHaveText('0x1003');
  await page.keyboard.press('n');
  await expect(icount(page)).toHaveText('2');
  await expect(rip(page)).toHaveText('0x1004');
  await page.keyboard.press('b');
  await expect(icount(page)).toHaveText('1');
  await page.keyboard.press('F11');
  await expect(icount(page)).toHaveText('2');
  await page.keyboard.press('F10');
  await expect(icount(page)).toHaveText('3');
  await expect(rip(page)).toHaveText('0x1006');

  // Recording-only keys do nothing: after them, one s is still exactly one instruction (jz not taken: 0x1008).
  for (const key of ['Shift+N', '.', 'Shift+B', 'Shift+F10', 'p']) await page.keyboard.press(key);
  await page.keyboard.press('s');
  await expect(icount(page)).toHaveText('4');
  await expect(rip(page)).toHaveText('0x1008');

  // F9 sets a breakpoint at RIP (mov dx, 0x3f8); r resets; c continues to the breakpoint.
  await page.keyboard.press('F9');
  await expect(page.locator('[data-testid="disasm-row"][data-breakpoint="true"]')).toHaveAttribute('data-address', String(0x1008));
  await page.keyboard.press('r');
  await expect(position(page)).toHaveText('insn 0 · RIP 0x1000 · loaded');
  await page.keyboard.press('c');
  await expect(position(page)).toHaveText('insn 4 · RIP 0x1008 · breakpoint 0x1008');
  // F5 continues too: the loop comes round to the same breakpoint with the next character.
  await page.keyboard.press('F5');
  await expect(position(page)).toContainText('RIP 0x1008 · breakpoint 0x1008');
  await expect(page.getByTestId('serial-output')).toHaveText('H');
  // F9 again removes it; e runs to the end.
  await page.keyboard.press('F9');
  await expect(page.locator('[data-testid="disasm-row"][data-breakpoint="true"]')).toHaveCount(0);
  await page.keyboard.press('e');
  await expect(position(page)).toContainText('ended: hlt');
  await expect(page.getByTestId('serial-output')).toHaveText('Hello from real mode!\n');
  for (const id of ['prog-step', 'prog-over', 'prog-continue', 'prog-run']) await expect(page.getByTestId(id)).toBeDisabled();
  await expect(page.getByTestId('prog-back')).toBeEnabled();
  await attachHeader(page, info, 'program');
  // At the end, stepping keys do nothing; r goes back to the start.
  const ended = await icount(page).textContent();
  for (const key of ['s', 'n', 'c', 'e']) await page.keyboard.press(key);
  await page.keyboard.press('b');
  await expect(icount(page)).toHaveText(String(Number(ended) - 1));
  await page.keyboard.press('r');
  await expect(icount(page)).toHaveText('0');
});

test('trace from the picker: identity instead of stepping, trace panels only, no session key acts', async ({ page }, info) => {
  await openApp(page);
  await page.keyboard.press('n');
  await expect(executed(page)).toHaveAttribute('data-executed', '1');
  await page.getByTestId('sample-picker').selectOption('trace:synthetic-exits');
  await expect(toolbar(page)).toHaveAttribute('data-kind', 'trace');
  await expect(page.getByTestId('trace-identity')).toContainText('synthetic-exits · ');
  await expect(page.getByTestId('trace-identity')).toContainText(/ events · span \d/);
  expect(await toolbarButtons(page)).toEqual(['Open file…']);
  await expect(page.getByTestId('sample-picker')).toHaveValue('trace:synthetic-exits');
  await expect(page.getByTestId('workspace-kind')).toHaveText('Trace');
  await expect(page.getByTestId('status-bar')).toContainText('4 CPUs · 4 vCPUs');
  await expect(page.getByTestId('status-bar')).not.toContainText('OUT/IN'); // the io recording's description
  expect(await tabs(page)).toEqual(['Trace timeline', 'Exit stats', 'Event']);

  // No key moves the recording behind the trace (the engine still holds it at event 2: open, GET_API_VERSION).
  for (const key of ['n', 'F10', 'Shift+N', '.', 'b', 'Shift+B', 'Shift+F10', 'e', 'r', 'c', 'p', 'F9', 'F11']) await page.keyboard.press(key);
  await expect(page.getByTestId('engine-activity')).toHaveText('engine: idle');
  expect(await sessionPosition(page)).toBe(2);
  await attachHeader(page, info, 'trace');

  // Picking a recording again closes the trace: recording controls come back.
  await page.getByTestId('sample-picker').selectOption('io');
  await expect(toolbar(page)).toHaveAttribute('data-kind', 'recording');
  await expect(position(page)).toHaveText('event 0 / 86');
  expect(await tabs(page)).toEqual(['Objects', 'ioctl log', 'Exits', 'Registers']);
});

test('trace from Open file…: file, event count and time span of the trace.dat', async ({ page }, info) => {
  await openApp(page);
  await page.getByTestId('file-input').setInputFiles(`${TESTDATA}qemu_boot.trace.dat`);
  const span = seconds(Number(GOLDEN.last_ts) - Number(GOLDEN.first_ts));
  await expect(page.getByTestId('trace-identity')).toHaveText(`qemu_boot.trace.dat · ${GOLDEN.events_total.toLocaleString('en-US')} events · span ${span}`);
  await expect(page.getByTestId('sample-picker').locator('option:checked')).toHaveText('Trace: qemu_boot.trace.dat');
  await expect(page.getByTestId('status-bar')).toContainText('trace.dat');
  await expect(page.getByTestId('status-bar')).toContainText('no kvm_exit'); // PVM host: no kvm_exit tracepoint
  expect(await toolbarButtons(page)).toEqual(['Open file…']);
  await attachHeader(page, info, 'trace-file');
});
