// The explorer in a real browser (Debian chromium driven by playwright-core) against the real API
// over the seed graph: search, entity card, expanding a node, a path search, and a screenshot.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/db/local-neo4j.ts';
import { useGraph } from '../support/graph.ts';
import { loadSeed } from './fixtures/seed.ts';
import { type RunningApi, startApi } from './support/api.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');

const graph = useGraph();
let api: RunningApi;
let browser: BrowserContext;
let page: Page;
const profile = mkdtempSync(join(tmpdir(), 'akhbar-chromium-'));

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium`).toBe(true);
  await loadSeed(graph.driver, graph.database);
  api = await startApi({ driver: graph.driver, database: graph.database });
  // A fresh profile per run (playwright passes it as --user-data-dir).
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
    viewport: { width: 1400, height: 900 },
    locale: 'ar',
  });
  page = await browser.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await api?.close();
  rmSync(profile, { recursive: true, force: true });
});

const drawn = async () => Number(await page.locator('body').getAttribute('data-nodes'));

/** Clicks a drawn node where it is on screen, as a user would. */
async function clickNode(predicate: string): Promise<string> {
  const target = await page.evaluate((source) => {
    const cy = (window as unknown as { akhbarGraph: import('cytoscape').Core }).akhbarGraph;
    const test = new Function('n', `return ${source}`) as (n: unknown) => boolean;
    const node = cy.nodes().filter((n) => test(n.data('raw')))[0];
    if (!node) return null;
    const box = cy.container()!.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y, label: String(node.data('label')) };
  }, predicate);
  expect(target, `no drawn node matches ${predicate}`).not.toBeNull();
  await page.mouse.click(target!.x, target!.y);
  return target!.label;
}

describe('explorer', () => {
  it('is a right-to-left Arabic page with its font', async () => {
    await page.goto(`${api.base}/explorer`);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans Arabic"', 'طالبان'))).toBe(true);
  });

  it('searches طالبان, opens its card and draws its neighbourhood', async () => {
    await page.fill('#search', 'طالبان');
    await page.press('#search', 'Enter');
    const first = page.locator('#results li').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('طالبان');
    await first.click();
    await page.waitForSelector('#card:not([hidden])');
    expect(await page.textContent('#card-name')).toContain('طالبان');
    await page.waitForFunction(() => Number(document.body.dataset.nodes) > 1);
    const counts = await page.locator('#card-counts dd').allTextContents();
    expect(counts.map(Number).some((n) => n > 0)).toBe(true);
    const labels = await page.evaluate(() =>
      (window as unknown as { akhbarGraph: import('cytoscape').Core }).akhbarGraph
        .nodes()
        .map((n) => String(n.data('label'))),
    );
    expect(labels.some((l) => l.includes('طالبان'))).toBe(true);
    expect(labels.some((l) => l.startsWith('نفى'))).toBe(true);
  });

  it('expands a node on click and shows its evidence sentence with the mention highlighted', async () => {
    const before = await drawn();
    await clickNode("n.__typename === 'Statement' && String(n.kind).toLowerCase() === 'denied'");
    await page.waitForFunction((n) => Number(document.body.dataset.nodes) > n, before);
    expect(await drawn()).toBeGreaterThan(before);
    const evidence = await page.locator('#evidence blockquote').first().textContent();
    expect(evidence).toMatch(/طالبان|الحركة/);
    expect(await page.locator('#evidence mark').count()).toBeGreaterThan(0);
  });

  it('finds a path from فلاديمير بوتين to داعش and draws only that path', async () => {
    await page.fill('#path-from', 'فلاديمير بوتين');
    await page.fill('#path-to', 'داعش');
    await page.click('#path-form button');
    await page.waitForSelector('body[data-path-length]');
    const length = Number(await page.locator('body').getAttribute('data-path-length'));
    expect(length).toBeGreaterThanOrEqual(1);
    expect(length).toBeLessThanOrEqual(4);
    expect(await drawn()).toBe(length + 1);
    const steps = await page.locator('#path-result li').allTextContents();
    expect(steps[0]).toContain('بوتين');
    expect(steps.at(-1)).toContain('داعش');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-path.png') });
  });

  it('shows the card and graph of Pakistan for the screenshot', async () => {
    await page.fill('#search', 'باكستان');
    await page.press('#search', 'Enter');
    // The country itself, not the Pakistani Taliban or an article whose title names Pakistan.
    await page.locator('#results li[data-kind="Country"]', { hasText: 'باكستان' }).first().click();
    await page.waitForFunction(() => {
      const cy = (window as unknown as { akhbarGraph: import('cytoscape').Core }).akhbarGraph;
      const center = cy.nodes('.center');
      return center.length === 1 && String(center.data('label')).includes('باكستان') && cy.nodes().length > 2;
    });
    const labels = await page.evaluate(() =>
      (window as unknown as { akhbarGraph: import('cytoscape').Core }).akhbarGraph
        .nodes()
        .map((n) => String(n.data('label'))),
    );
    expect(labels).toEqual(expect.arrayContaining(['كورام']));
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(ARTIFACTS, 'explorer.png') });
    expect(existsSync(join(ARTIFACTS, 'explorer.png'))).toBe(true);
  });
});
