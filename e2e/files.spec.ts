/** Opening recordings with the file picker, malformed input, a 10⁵-row log, and engine crash recovery. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { test, expect, openApp } from './fixtures.ts';

const LAB = fileURLToPath(new URL('../engine/testdata/lab/', import.meta.url));

/** The ioctl events of a bundled recording, in log order. */
function recordedIoctls(name: string): { seq: number; req: string }[] {
  const log = JSON.parse(gunzipSync(readFileSync(`${LAB}${name}.truth.json.gz`)).toString('utf8')) as { events: { seq: number; t: string; req: string }[] };
  return log.events.filter((e) => e.t === 'ioctl');
}

test('opens a recording with the file picker and replays it to the end', async ({ page }, info) => {
  await openApp(page);
  await page.getByTestId('file-input').setInputFiles(`${LAB}errors.truth.json.gz`);
  await expect(page.getByTestId('sample-picker')).toHaveValue('');
  await expect(page.getByTestId('status-bar')).toContainText('battery of invalid ioctls');
  await expect(page.getByTestId('position')).toContainText('event 0 / 422');
  await page.keyboard.press('e');
  await expect(page.getByTestId('position')).toContainText('event 422 / 422');
  await expect(page.getByTestId('ioctl-log')).toHaveAttribute('data-executed', '224');
  // errno values appear by name in the log (the recording's seq 38: CHECK_EXTENSION on a vCPU fd -> EINVAL).
  const rowOf38 = recordedIoctls('errors').findIndex((e) => e.seq === 38);
  await page.getByTestId('ioctl-rows').evaluate((el, r) => { el.scrollTop = r * 30; }, rowOf38);
  const row = page.getByTestId('ioctl-rows').locator('[data-seq="38"]');
  await expect(row).toContainText('KVM_CHECK_EXTENSION');
  await expect(row).toContainText('-1 EINVAL');
  await page.screenshot({ path: info.outputPath('errors-workspace.png') });
});

test('a malformed recording gives PS101 with line and column, and the app keeps working', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('file-input').setInputFiles({ name: 'broken.truth.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"kvmlab-truth/2",\n "events": [ {"seq":0,, } ]}') });
  const err = page.getByTestId('error');
  await expect(err).toHaveAttribute('data-code', 'PS101');
  await expect(err).toContainText('line 2');
  await expect(err).toContainText('column');
  // The previous workspace is still there and steps.
  await page.getByTestId('btn-step').click();
  await expect(page.getByTestId('ioctl-log')).toHaveAttribute('data-executed', '1');
});

/** A valid kvmlab-truth/2 log with 100 000 KVM_CHECK_EXTENSION calls, shaped like the lab's (errors.truth.json seq 52). */
function bigLog(n: number): Buffer {
  const host = JSON.stringify(JSON.parse(gunzipSync(readFileSync(`${LAB}io.truth.json.gz`)).toString('utf8')).host);
  const ev = ['{"seq":0,"t":"syscall","call":"open","path":"/dev/kvm","flags":"0x80002","ret":4}'];
  for (let i = 1; i <= n; i++) {
    ev.push(`{"seq":${i},"t":"ioctl","fd":4,"fd_kind":"system","req":"KVM_CHECK_EXTENSION","nr":"0xae03","arg_raw":"0x1869f","arg":{"cap_nr":99999},"ret":0}`);
  }
  return Buffer.from(`{"format":"kvmlab-truth/2","scenario":"synthetic-100k","description":"100000 CHECK_EXTENSION calls","kernel":"6.18.44-fc-v769 x86_64","events":[\n${ev.join(',\n')}\n],"host":${host},"exit_code":0}`);
}

test('the ioctl log scrolls 10^5 rows, rendering only the visible ones', async ({ page }, info) => {
  await openApp(page);
  await page.getByTestId('file-input').setInputFiles({ name: 'synthetic-100k.truth.json', mimeType: 'application/json', buffer: bigLog(100_000) });
  await expect(page.getByTestId('position')).toContainText('event 0 / 100001');
  await page.getByText('show upcoming').click();
  const log = page.getByTestId('ioctl-log');
  await expect(log).toHaveAttribute('data-total', '100000');
  const rows = page.getByTestId('ioctl-rows');
  for (const frac of [0.25, 0.5, 0.75, 1]) {
    await rows.evaluate((el, f) => { el.scrollTop = (el.scrollHeight - el.clientHeight) * f; }, frac);
    await expect(rows.locator('[data-row]').first()).toBeVisible();
  }
  await expect(rows.locator('[data-row="99999"]')).toContainText('KVM_CHECK_EXTENSION');
  expect(await rows.locator('[data-row]').count()).toBeLessThan(100);
  // Run everything: 100 000 ioctls through the KVM model.
  await page.keyboard.press('e');
  await expect(page.getByTestId('position')).toContainText('event 100001 / 100001', { timeout: 30_000 });
  await expect(rows.locator('[data-row="99999"] [data-status]')).toHaveAttribute('data-status', 'pass');
  await page.getByTestId('area-main').screenshot({ path: info.outputPath('ioctl-log-100k.png') });
});

test('when the engine worker crashes, the app restarts it at the same position', async ({ page, guard }) => {
  guard.allowConsoleErrors(/simulated engine crash/);
  await openApp(page);
  for (let i = 0; i < 9; i++) await page.keyboard.press('n');
  await expect(page.getByTestId('ioctl-log')).toHaveAttribute('data-executed', '9');
  const pos = await page.getByTestId('position').textContent();
  const code = await page.evaluate(() => (globalThis as unknown as { planescope: { engine: { request(m: string, a: object): Promise<unknown> } } })
    .planescope.engine.request('debugCrash', {}).then(() => 'resolved', (e: { code?: string }) => e.code));
  expect(code).toBe('PS501');
  await expect(page.getByTestId('notice')).toContainText('workspace restored at event 18');
  await expect(page.getByTestId('position')).toHaveText(pos ?? '');
  await page.keyboard.press('n');
  await expect(page.getByTestId('ioctl-log')).toHaveAttribute('data-executed', '10');
  await expect(page.getByTestId('registers').locator('[data-reg="rip"]')).toBeVisible();
});
