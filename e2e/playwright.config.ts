/**
 * End-to-end tests of the production build (vite build + vite preview on 127.0.0.1:4173)
 * in Debian's Chromium (CHROMIUM_PATH or /usr/bin/chromium; no browser download).
 * `E2E_MODE=dev` runs them against the Vite dev server instead.
 */
import { defineConfig } from '@playwright/test';

const dev = process.env.E2E_MODE === 'dev';
const port = dev ? 5173 : 4173;

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  outputDir: '../test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1600, height: 900 },
    actionTimeout: 10_000,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
    headless: true,
  },
  webServer: {
    command: dev
      ? 'node_modules/.bin/vite --host 127.0.0.1 --port 5173 --strictPort'
      : 'node_modules/.bin/vite build && node_modules/.bin/vite preview --host 127.0.0.1 --port 4173 --strictPort',
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
