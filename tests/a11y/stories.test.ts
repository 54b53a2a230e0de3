/**
 * axe-core on every story of the built Storybook × every direction × every theme, in real Chromium:
 * Hebrew (rtl) and English (ltr) in each theme, Arabic (rtl) in the light theme. Arabic in the dark
 * and high-contrast themes repeats what Hebrew checks there (contrast comes from the theme's colours,
 * direction from the locale), so CI skips it; A11Y_FULL=1 runs all nine. Direction follows the
 * locale (he, ar: rtl; en: ltr). WCAG 2.0 A/AA, 2.1 AA and 2.2 AA rules;
 * any violation fails the run. Every story is also checked for reflow: at 1024 px in each pair and at
 * 320 px in Hebrew, nothing scrolls the page sideways (wide tables scroll inside their own box).
 * Stories are checked two at a time, each page in its own browser context (A11Y_PAGES).
 * Stories come from storybook-static/index.json, so a new story is checked without touching this file.
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { serveStatic } from '../setup/static-server.ts';
import { chromiumPath, chromiumArgs } from '../setup/chromium.ts';

// A11Y_STORYBOOK=/path/to/build/ checks another build (two engineers on one machine, one build each).
const root = process.env.A11Y_STORYBOOK ?? fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const indexFile = `${root}index.json`;
const locales = ['he', 'ar', 'en'] as const;
const themes = ['light', 'dark', 'high-contrast'] as const;
const full = process.env.A11Y_FULL === '1';
/** The locale × theme pairs checked (see the top of the file). */
const pairs = locales.flatMap((locale) => themes.filter((theme) => full || locale !== 'ar' || theme === 'light').map((theme) => [locale, theme] as const));
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Entry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}
const allEntries: Entry[] = existsSync(indexFile)
  ? Object.values((JSON.parse(readFileSync(indexFile, 'utf8')) as { entries: Record<string, Entry> }).entries)
  : [];
// For a quick local run of some stories: A11Y_ONLY=operatorcomparisontable pnpm test:a11y (CI runs all).
const only = process.env.A11Y_ONLY ?? '';
const entries = allEntries.filter((e) => e.type === 'story' && e.id.includes(only));
const docs = allEntries.filter((e) => e.type === 'docs' && e.id.includes(only));

let server: { url: string; close: () => Promise<void> };
let browser: Browser;
let context: BrowserContext;
let page: Page;

/**
 * Pages the story checks share, each in its own browser context (so its own renderer process): two
 * stories are checked at a time, one per core. A11Y_PAGES sets how many.
 */
const pageCount = Math.max(1, Number(process.env.A11Y_PAGES ?? 2) || 2);
const free: Page[] = [];
const waiting: Array<(p: Page) => void> = [];
async function withPage<T>(fn: (p: Page) => Promise<T>): Promise<T> {
  const p = free.pop() ?? (await new Promise<Page>((resolve) => waiting.push(resolve)));
  try {
    return await fn(p);
  } finally {
    const next = waiting.shift();
    if (next) next(p);
    else free.push(p);
  }
}

beforeAll(async () => {
  server = await serveStatic(root);
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
  context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  page = await context.newPage();
  free.push(page);
  for (let i = 1; i < pageCount; i++) free.push(await (await browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(id: string, locale: string, theme: string, p: Page = page) {
  await p.goto(`${server.url}/iframe.html?id=${id}&viewMode=story&globals=locale:${locale};theme:${theme}`);
  await p.waitForSelector('#storybook-root > *', { timeout: 20_000 });
  await p.waitForFunction(
    ([l, t]) => document.documentElement.lang === l && document.documentElement.dataset.rchTheme === t,
    [locale, theme],
  );
  await p.evaluate(() => document.fonts.ready);
}

function report(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`,
  );
}

describe('the axe harness itself', () => {
  it('reports violations when there are some (a missing alt text and unreadable text)', async () => {
    await open(entries[0]!.id, 'he', 'light');
    await page.evaluate(() => {
      const root = document.querySelector('#storybook-root')!;
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      const faint = document.createElement('p');
      faint.textContent = 'טקסט חיוור';
      faint.style.color = '#ddd';
      faint.style.background = '#fff';
      root.append(img, faint);
    });
    const results = await new AxeBuilder({ page }).include('#storybook-root').withTags(tags).analyze();
    expect(results.violations.map((v) => v.id)).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
  });
});

describe.concurrent('axe on every story', () => {
  it('finds the built Storybook with stories in it', () => {
    expect(existsSync(indexFile), 'storybook-static/index.json is missing: run `pnpm build-storybook` first').toBe(true);
    expect(entries.length).toBeGreaterThan(10);
  });

  for (const entry of entries) {
    for (const [locale, theme] of pairs) {
      it(`${entry.title} › ${entry.name} [${locale}, ${theme}]`, async ({ expect }) => {
        await withPage(async (p) => {
          await open(entry.id, locale, theme, p);
          const dir = await p.evaluate(() => document.documentElement.dir);
          expect(dir).toBe(locale === 'en' ? 'ltr' : 'rtl');
          const results = await new AxeBuilder({ page: p }).include('#storybook-root').withTags(tags).analyze();
          expect(report(results.violations)).toEqual([]);
          // Wide content (a long table's grid) scrolls inside its own box, never the page sideways.
          expect(await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        });
      });
    }
  }
});

/** What sticks out past the page's inline edges, for a failure message. */
function overflowing(): string[] {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll('#storybook-root *')]
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.right > width + 1 || r.left < -1);
    })
    .slice(0, 3)
    .map((el) => `${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '').split(' ')[0]}`);
}

describe.concurrent('reflow at 320 px (WCAG 1.4.10) on every story, in Hebrew', () => {
  for (const entry of entries) {
    it(`${entry.title} › ${entry.name} does not scroll the page sideways`, async ({ expect }) => {
      await withPage(async (p) => {
        await p.setViewportSize({ width: 320, height: 640 });
        try {
          await open(entry.id, 'he', 'light', p);
          const wider = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(wider > 0 ? await p.evaluate(overflowing) : []).toEqual([]);
        } finally {
          await p.setViewportSize({ width: 1024, height: 768 });
        }
      });
    });
  }
});

describe('axe on the open measurement-plan dialog', () => {
  for (const locale of locales) {
    for (const theme of themes) {
      it(`IndicatorCard dialog [${locale}, ${theme}]`, async () => {
        await open('indicators-indicatorcard--meets-its-target', locale, theme);
        await page.locator('.rch-card .rch-button').click();
        await page.waitForSelector('[role="dialog"]');
        const results = await new AxeBuilder({ page }).withTags(tags).analyze();
        expect(report(results.violations)).toEqual([]);
      });
    }
  }
});

describe('docs pages render', () => {
  it('has a docs page per component and the embedding guide', () => {
    expect(docs.map((d) => d.title)).toEqual(
      expect.arrayContaining(['Guides/Embedding an IndicatorCard', 'Indicators/IndicatorCard', 'Indicators/IndicatorSet']),
    );
  });

  for (const entry of docs) {
    it(`${entry.title} › ${entry.name} renders without an error`, async () => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}/iframe.html?id=${entry.id}&viewMode=docs&globals=locale:he`);
      await page.waitForSelector('#storybook-docs .sbdocs-content', { timeout: 20_000 });
      const text = await page.locator('#storybook-docs').innerText();
      expect(text.length).toBeGreaterThan(100);
      expect(await page.locator('.sb-errordisplay').isVisible()).toBe(false);
      page.removeAllListeners('pageerror');
      expect(errors).toEqual([]);
    });
  }
});
