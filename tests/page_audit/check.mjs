// The web page as a reader uses it, in Debian's Chromium driven by playwright-core: open a hit's
// article page, follow a place link from it, check that facet counts are what a click gives,
// load the Atom feed and the OpenSearch description, and audit every kind of page with axe-core.
// Prints one line per check, "PASS name" or "FAIL name: why" (tests/e2e/page_audit.sh counts
// them), notes as "NOTE ...", and takes the screenshots.
//
//   node check.mjs BASE_URL ARTIFACTS_DIR [SCREENSHOTS_DIR]
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';

const [base, artifacts, screenshots] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

let failed = 0;
const check = (name, ok, why = '') => {
  if (ok) console.log(`PASS ${name}`);
  else {
    failed++;
    console.log(`FAIL ${name}${why ? `: ${why}` : ''}`);
  }
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
// The page's CSP forbids every script, axe's too: the audit bypasses it (the page never needs it).
const desktop = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, bypassCSP: true });

const open = async (page, query) => {
  const response = await page.goto(base + query);
  return response.status();
};
const count = async (page) => {
  const el = await page.$('p.count');
  return el ? Number(await el.getAttribute('data-articles')) : null;
};
// The facet list's values: [{text, href, n}], n null when estimated ("~").
const facetValues = (page, section) =>
  page.$$eval(`aside.facets section.${section} li`, (items) =>
    items.map((li) => {
      const a = li.querySelector('a');
      const n = li.querySelector('.n').textContent;
      return { text: a.textContent, href: a.getAttribute('href'), n: n.startsWith('~') ? null : Number(n) };
    }));

// axe-core's WCAG 2.1 A/AA and best-practice rules: serious or critical violations fail.
const audit = async (page, name) => {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of result.violations.filter((x) => !bad.includes(x)))
    console.log(`NOTE ${name}: ${v.impact} ${v.id} (${v.nodes.length}): ${v.help}`);
  check(`accessibility: ${name} has no serious violation`, bad.length === 0,
    bad.map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`).join('; '));
  const h1 = await page.$$('h1');
  check(`accessibility: ${name} has one h1`, h1.length === 1, `${h1.length} h1`);
  for (const landmark of ['header', 'main', 'footer'])
    check(`accessibility: ${name} has a ${landmark}`, (await page.$(landmark)) !== null);
};

const shot = async (page, file) => {
  for (const dir of [artifacts, screenshots].filter(Boolean)) {
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: `${dir}/${file}`, fullPage: false });
  }
};

try {
  // The result page.
  check('result page answers', (await open(desktop, '?q=cocoa')) === 200);
  const hits = await desktop.$$('ol.hits li.hit');
  check('result page lists hits', hits.length >= 2, `${hits.length} hits`);
  const headline = await desktop.$eval('li.hit h2 a', (a) => a.getAttribute('href'));
  check('a headline opens the article page', headline.startsWith('?id='), headline);
  check('the head links the Atom feed', (await desktop.$('link[rel=alternate][type="application/atom+xml"]')) !== null);
  check('the head links the OpenSearch description',
    (await desktop.$('link[rel=search][type="application/opensearchdescription+xml"]')) !== null);
  await audit(desktop, 'result page');
  await shot(desktop, 'result-page.png');

  // The article page, reached by a click on the first headline.
  await Promise.all([desktop.waitForNavigation(), desktop.click('li.hit h2 a')]);
  check('article page: its title in the h1', (await desktop.$eval('article.article h1', (h) => h.textContent.length)) > 0);
  check('article page: the full text', (await desktop.$$('article.article .body p')).length >= 1);
  check('article page: a dated <time>', (await desktop.$('article.article time[datetime]')) !== null);
  const moreLike = await desktop.$$('section.more-like-this a[href^="?id="]');
  check('article page: more like this', moreLike.length >= 1, `${moreLike.length} links`);
  check('article page: the query\'s words marked', (await desktop.$$('article.article .body b')).length >= 1);
  await audit(desktop, 'article page');
  await shot(desktop, 'article-page.png');
  const placeLinks = await desktop.$$('ul.places a');
  check('article page: places are links', placeLinks.length >= 1, `${placeLinks.length} places`);
  if (placeLinks.length) {
    const placeName = await placeLinks[0].textContent();
    await Promise.all([desktop.waitForNavigation(), placeLinks[0].click()]);
    check('a place link lists that place\'s articles', (await desktop.$$('li.hit')).length >= 1);
    const chips = await desktop.$$eval('ul.filters li', (lis) => lis.map((li) => li.textContent));
    check('the place is an active filter', chips.some((c) => c.includes(placeName)), chips.join('|'));
  }

  // Disjunctive facets: a value's count is what a click on it gives.
  await open(desktop, '?q=oil');
  const before = await count(desktop);
  const countries = (await facetValues(desktop, 'countries')).filter((c) => c.n !== null);
  if (countries.length < 2) console.log('NOTE fewer than two exactly counted countries for oil');
  for (const c of countries.slice(0, 3)) {
    await open(desktop, c.href);
    check(`a click on ${c.text} gives its count`, (await count(desktop)) === c.n, `${c.n} shown, ${await count(desktop)} after the click`);
  }
  if (countries.length >= 2) {
    const [first, second] = countries;
    await open(desktop, first.href);
    const one = await count(desktop);
    const listed = await facetValues(desktop, 'countries');
    const chosen = listed.find((c) => c.text.includes(first.text));
    check('the chosen country\'s count is the total', chosen && chosen.n === one, JSON.stringify(chosen));
    const other = listed.find((c) => c.text === second.text);
    check('another country keeps the count a click on it alone gives', other && other.n === second.n,
      `${other && other.n} against ${second.n}`);
    await open(desktop, other.href);
    const both = await count(desktop);
    check('two countries OR: between the larger and the sum',
      both >= Math.max(one, other.n) && both <= one + other.n, `${one} + ${other.n} gave ${both} (of ${before})`);
  }

  // The Atom feed and the OpenSearch description, parsed as XML by the browser.
  const parse = (page, text) => page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) return { error: true };
    const root = doc.documentElement;
    const entries = [...root.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry')];
    return {
      name: root.localName,
      ns: root.namespaceURI,
      entries: entries.map((e) => ({
        title: e.getElementsByTagName('title')[0]?.textContent,
        id: e.getElementsByTagName('id')[0]?.textContent,
        updated: e.getElementsByTagName('updated')[0]?.textContent,
        link: e.getElementsByTagName('link')[0]?.getAttribute('href'),
      })),
      template: root.getElementsByTagName('Url')[0]?.getAttribute('template'),
    };
  }, text);
  const feed = await desktop.request.get(base + '?q=oil&format=atom');
  check('the feed is served as Atom', feed.headers()['content-type'].startsWith('application/atom+xml'));
  const atom = await parse(desktop, await feed.text());
  check('the feed is XML in the Atom namespace', !atom.error && atom.name === 'feed' && atom.ns === 'http://www.w3.org/2005/Atom',
    JSON.stringify({ name: atom.name, ns: atom.ns }));
  check('the feed has entries, each with title, id, updated and link', atom.entries?.length >= 1 &&
    atom.entries.every((e) => e.title && e.id && e.updated && e.link));
  const times = (atom.entries ?? []).map((e) => e.updated);
  check('the feed is newest first', times.every((t, i) => i === 0 || t <= times[i - 1]), times.join(' '));
  const os = await desktop.request.get(base + '?format=opensearch');
  const description = await parse(desktop, await os.text());
  check('the OpenSearch description', description.name === 'OpenSearchDescription' &&
    description.ns === 'http://a9.com/-/spec/opensearch/1.1/' && description.template?.includes('{searchTerms}'),
    JSON.stringify(description));

  // The front page lists the newest articles and the whole archive's facets.
  await open(desktop, '?');
  check('the front page lists the newest articles', (await desktop.$$('li.hit')).length >= 1);
  check('the front page has the facets', (await desktop.$('aside.facets section.countries')) !== null);
  check('the front page is not "past the last one"', !(await desktop.content()).includes('past the last one'));
  await audit(desktop, 'front page');

  // No dead ends.
  await open(desktop, '?q=zzzxqqq');
  await audit(desktop, 'no results page');
  check('a 400 answers 400', (await open(desktop, '?q=cocoa&page=999')) === 400);
  check('a 400 keeps the query in the box', (await desktop.$eval('input[name=q]', (i) => i.value)) === 'cocoa');
  await audit(desktop, '400 page');
  await open(desktop, '?q=cocoa&page=40');
  check('past the end, a link to the last page', (await desktop.$$('a:text("Go to the last page")')).length === 1);
  const country = countries[0]?.href.match(/place=([^&]*)/)?.[1] ?? 'us';
  await open(desktop, `?q=zzzxqqq&place=${country}`);
  check('no results with a filter offers removing it', (await desktop.$$('a:text("Search without the place")')).length === 1);

  // The phone: the active filters and a link to the facets before the first hit, on the first screen.
  await open(phone, `?q=cocoa&place=${country}`);
  const toFacets = await phone.$('a[href="#facets"]');
  const box = toFacets && (await toFacets.isVisible()) ? await toFacets.boundingBox() : null;
  check('phone: a link to the facets on the first screen', box !== null && box.y < 844, JSON.stringify(box));
  const firstHit = await phone.$('li.hit');
  const summary = await phone.$('.summary ul.filters');
  check('phone: the active filters before the first hit', summary !== null && firstHit !== null &&
    (await summary.boundingBox()).y < (await firstHit.boundingBox()).y);
  await shot(phone, 'phone.png');
  await audit(phone, 'phone result page');
} catch (e) {
  check('the page audit ran to its end', false, e.stack);
}
await browser.close();
process.exit(failed > 0 ? 1 : 0);
