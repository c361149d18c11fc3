/**
 * Timeline frame-time benchmark (not a test): builds the app, serves it with `vite preview`
 * on 127.0.0.1:4191, opens the engine-generated 10⁶-event trace (synthetic-exits-1M) in
 * Debian's Chromium and pans/zooms with the wheel, drag and W/S/A/D keys for a few seconds.
 * Prints ONE JSON object on stdout:
 *   frameIntervalMs: p50/p95/max of requestAnimationFrame intervals during the interaction
 *     (what the user sees; target p95 ≤ 16.7 ms),
 *   drawMs: p50/p95/max of the timeline's canvas draw calls,
 *   views: level-of-detail views fetched from the engine worker,
 *   pass: draw p95 ≤ 16.7 ms and frame-interval p95 within 5% of one 60 Hz vsync (16.7 ms).
 * Run: `npm run bench:timeline` (CHROMIUM_PATH overrides /usr/bin/chromium). Headless
 * Chromium without a GPU: canvas is software-rasterised, so figures are pessimistic.
 */
import { spawn, execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const PORT = 4191;
const root = new URL('..', import.meta.url).pathname;
const outDir = '/tmp/planescope-bench-dist';

function pct(a: number[], p: number): number {
  if (!a.length) return 0;
  const s = [...a].sort((x, y) => x - y);
  return +s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!.toFixed(2);
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try { if ((await fetch(url)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not start`);
}

async function main(): Promise<void> {
  execFileSync(`${root}node_modules/.bin/vite`, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const server = spawn(`${root}node_modules/.bin/vite`, ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: root, stdio: 'ignore', detached: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`);
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.getByTestId('sample-picker').locator('option[value="trace:synthetic-exits-1M"]').waitFor({ state: 'attached' });
    const t0 = Date.now();
    await page.getByTestId('sample-picker').selectOption('trace:synthetic-exits-1M');
    await page.getByTestId('trace-summary').filter({ hasText: '1,000,004 events' }).waitFor({ timeout: 120_000 });
    await page.getByTestId('timeline-state').and(page.locator('[data-view-lanes*=vcpu]')).waitFor();
    const openMs = Date.now() - t0;
    const canvas = page.getByTestId('timeline-canvas');
    const box = (await canvas.boundingBox())!;
    const cx = box.x + 132 + (box.width - 132) / 2, cy = box.y + 120;

    // Record rAF intervals and reset the draw log.
    // Strings, not functions: tsx's transform would add helpers the page does not have.
    await page.evaluate(`(() => {
      const g = globalThis;
      g.__psTimeline.draws.length = 0;
      g.__psTimeline.views = 0;
      g.__frames = [];
      g.__stop = false;
      let last = performance.now();
      const tick = (t) => { g.__frames.push(t - last); last = t; if (!g.__stop) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    await page.mouse.move(cx, cy);
    // Zoom in from the whole trace to ~µs, pan, zoom out again.
    for (let i = 0; i < 60; i++) { await page.mouse.wheel(0, -120); await page.waitForTimeout(16); }
    for (let i = 0; i < 40; i++) { await page.keyboard.press(i % 2 ? 'd' : 'a'); await page.keyboard.press('d'); await page.waitForTimeout(16); }
    await page.mouse.down();
    for (let i = 0; i < 60; i++) { await page.mouse.move(cx - i * 8, cy); await page.waitForTimeout(16); }
    await page.mouse.up();
    for (let i = 0; i < 30; i++) { await page.keyboard.press('s'); await page.waitForTimeout(16); }
    for (let i = 0; i < 40; i++) { await page.mouse.wheel(0, 120); await page.waitForTimeout(16); }
    for (let i = 0; i < 40; i++) { await page.keyboard.press('w'); await page.mouse.wheel(60, 0); await page.waitForTimeout(16); }
    const r = await page.evaluate(`(() => {
      const g = globalThis;
      g.__stop = true;
      return { frames: g.__frames.slice(1), draws: [...g.__psTimeline.draws], views: g.__psTimeline.views };
    })()`) as { frames: number[]; draws: number[]; views: number };
    const result = {
      bench: 'timeline-frames',
      trace: 'synthetic-exits-1M',
      events: 1_000_004,
      openMs,
      frames: r.frames.length,
      frameIntervalMs: { p50: pct(r.frames, 50), p95: pct(r.frames, 95), max: pct(r.frames, 100) },
      draws: r.draws.length,
      drawMs: { p50: pct(r.draws, 50), p95: pct(r.draws, 95), max: pct(r.draws, 100) },
      views: r.views,
      targetP95Ms: 16.7,
      // Frames later than 1.5 vsync periods (60 Hz) were dropped; intervals themselves sit at 16.67 ms ± jitter.
      droppedFrames: r.frames.filter((f) => f > 25).length,
      pass: pct(r.draws, 95) <= 16.7 && pct(r.frames, 95) <= 16.7 * 1.05,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
