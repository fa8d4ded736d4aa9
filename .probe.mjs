import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4213';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await ctx.newPage();
const urls = process.argv.slice(2);
if (process.env.EMAIL) {
  await page.goto(base + '/en/sign-in');
  await page.getByLabel('Email address').fill(process.env.EMAIL);
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/account/);
}
for (const u of urls) {
  await page.goto(base + u, { waitUntil: 'networkidle' });
  const r = await page.evaluate(() => {
    const vw = window.innerWidth;
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      const b = el.getBoundingClientRect();
      if (b.right > vw + 0.5 && b.width > 0) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(b.right)} w=${Math.round(b.width)}`);
    }
    return { sw: document.documentElement.scrollWidth, vw, out: out.slice(0, 12) };
  });
  console.log(u, 'scrollWidth', r.sw, 'innerWidth', r.vw); for (const o of r.out) console.log('   ', o);
}
await browser.close();
