import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The pages a reader follows: the front door, docs/ and the clients' own READMEs. */
function pages(): string[] {
  const markdownUnder = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : markdownUnder(path);
      return entry.name.endsWith('.md') ? [path] : [];
    });
  return ['README.md', ...markdownUnder('docs'), ...markdownUnder('clients')];
}

/** The text outside fenced code blocks, where links and headings are Markdown. */
function proseLines(markdown: string): string[] {
  let fenced = false;
  return markdown.split('\n').filter((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return false;
    }
    return !fenced;
  });
}

/** A heading's anchor as GitHub makes it: the rendered text, lower case, punctuation dropped, spaces to hyphens. */
function githubSlug(heading: string): string {
  const rendered = heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[`*]/g, '');
  return rendered
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

function anchorsOf(file: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of proseLines(readFileSync(file, 'utf8'))) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const slug = githubSlug(heading[1]!);
    const count = seen.get(slug) ?? 0;
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
    seen.set(slug, count + 1);
  }
  return anchors;
}

interface Link {
  page: string;
  target: string;
}

function linksOf(page: string): Link[] {
  const links: Link[] = [];
  for (const line of proseLines(readFileSync(join(ROOT, page), 'utf8'))) {
    const withoutCode = line.replace(/`[^`]*`/g, '');
    for (const match of withoutCode.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g))
      links.push({ page, target: match[1]! });
  }
  return links;
}

const isRelative = (target: string) => !/^[a-z][a-z0-9+.-]*:/i.test(target);

describe('documentation links', () => {
  const relativeLinks = pages()
    .flatMap(linksOf)
    .filter(({ target }) => isRelative(target));

  it('finds the pages and their links', () => {
    expect(pages()).toEqual(expect.arrayContaining(['README.md', 'docs/api.md', 'docs/getting-started.md']));
    expect(relativeLinks.length).toBeGreaterThan(50);
  });

  it('points every relative link at a file of the repository', () => {
    const broken = relativeLinks.filter(({ page, target }) => {
      const [path] = target.split('#') as [string];
      if (path === '') return false;
      const file = resolve(ROOT, dirname(page), decodeURIComponent(path));
      return relative(ROOT, file).startsWith('..') || !existsSync(file);
    });
    expect(broken).toEqual([]);
  });

  it('points every anchor at a heading of its page', () => {
    const broken = relativeLinks.filter(({ page, target }) => {
      const [path, anchor] = target.split('#') as [string, string | undefined];
      if (anchor === undefined) return false;
      const file = path === '' ? join(ROOT, page) : resolve(ROOT, dirname(page), decodeURIComponent(path));
      if (!existsSync(file) || statSync(file).isDirectory() || !file.endsWith('.md')) return true;
      return !anchorsOf(file).has(decodeURIComponent(anchor));
    });
    expect(broken).toEqual([]);
  });

  it('makes anchors as GitHub does', () => {
    expect(githubSlug("Walkthrough: a merchant's day")).toBe('walkthrough-a-merchants-day');
    expect(githubSlug('Merchant (merchant key; the admin key may call these too)')).toBe(
      'merchant-merchant-key-the-admin-key-may-call-these-too',
    );
    expect(githubSlug('Expiry: oldest first with O(1) writes')).toBe('expiry-oldest-first-with-o1-writes');
    expect(githubSlug('The `tierReview` index, *shared*')).toBe('the-tierreview-index-shared');
  });
});
