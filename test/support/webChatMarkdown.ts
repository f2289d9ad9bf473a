/**
 * Markdown rendered as Web Chat 4.18 renders a bot's message: its own markdown-it (13, the one
 * botframework-webchat depends on) with Web Chat's options — links found in plain text too
 * (`linkify`), typographer, HTML passed through. Only the markdown-it step: Web Chat then
 * sanitises the HTML, which removes tags but keeps every link this step made.
 */
import { createRequire } from 'node:module';

interface MarkdownIt {
  render(markdown: string): string;
}

const load = createRequire(require.resolve('botframework-webchat'));
const MarkdownItClass = load('markdown-it') as new (options: Record<string, unknown>) => MarkdownIt;
const renderer = new MarkdownItClass({ breaks: false, html: true, linkify: true, typographer: true, xhtmlOut: true });

export function renderWebChatMarkdown(markdown: string): string {
  return renderer.render(markdown);
}

/** The targets of the links in rendered HTML, decoded as a browser would read the attribute. */
export function linkTargets(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"'));
}
