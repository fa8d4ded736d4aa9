import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4213';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await ctx.newPage();
if (process.env.EMAIL) {
  await page.goto(base + '/en/sign-in');
  await page.getByLabel('Email address').fill(process.env.EMAIL);
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/account/);
}
const [url, out] = process.argv.slice(2);
await page.goto(base + url, { waitUntil: 'networkidle' });
if (process.env.MEDIA) await page.emulateMedia({ media: process.env.MEDIA });
if (process.env.CLIP) { const [y, h] = process.env.CLIP.split(',').map(Number); await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y, width: 390, height: h } }); } else await page.screenshot({ path: out, fullPage: true });
await browser.close();
