import { describe, expect, it } from 'vitest';
import { toTeamsMarkdown } from '../../../../src/hosting/botframework/teams/teamsMarkdown';
import { LANGUAGES } from '../../../../src/core/language/languages';
import { shippedKnowledge } from '../../../support/shippedKnowledge';

const CASES: readonly { name: string; markdown: string; teams: string }[] = [
  { name: 'a plain sentence', markdown: 'Hello there.', teams: 'Hello there.' },
  { name: 'bold, italic, links and inline code', markdown: '**MIEUX+** is *EU* _funded_: [web](https://x.eu) `code`', teams: '**MIEUX+** is *EU* _funded_: [web](https://x.eu) `code`' },
  { name: 'two paragraphs', markdown: 'One.\n\nTwo.', teams: 'One.\n\nTwo.' },
  { name: 'a single line break (Teams would make it a space)', markdown: 'Line one\nline two', teams: 'Line one\n\nline two' },
  { name: 'runs of blank lines', markdown: 'One.\n\n\n\nTwo.\n', teams: 'One.\n\nTwo.' },
  { name: 'Windows line ends', markdown: 'One.\r\nTwo.\r\n\r\nThree.', teams: 'One.\n\nTwo.\n\nThree.' },
  { name: 'a "-" list after a sentence', markdown: 'Figures:\n- **340** experts\n- 21 States', teams: 'Figures:\n\n• **340** experts\n\n• 21 States' },
  { name: '"*" and "+" list markers', markdown: '* one\n+ two', teams: '• one\n\n• two' },
  { name: 'a nested list item', markdown: '- top\n  - nested\n\t- tabbed', teams: '• top\n\n◦ nested\n\n◦ tabbed' },
  { name: 'an ordered list', markdown: '1. first\n2) second', teams: '1. first\n\n2. second' },
  { name: 'a heading', markdown: '## What is it?\nText', teams: '**What is it?**\n\nText' },
  { name: 'a heading already bold', markdown: '# **Title**', teams: '**Title**' },
  { name: 'a heading with closing hashes', markdown: '### Title ###', teams: '**Title**' },
  { name: 'horizontal rules', markdown: 'Above\n---\nBelow\n* * *\nEnd', teams: 'Above\n\nBelow\n\nEnd' },
  { name: 'a table', markdown: '| Year | Actions |\n|---|:---:|\n| 2009 | 1 |', teams: 'Year · Actions\n\n2009 · 1' },
  { name: 'strikethrough', markdown: 'was ~~old~~ new', teams: 'was old new' },
  { name: 'bold at the start of a line is not a list', markdown: '**Bold** start\n*italic* start', teams: '**Bold** start\n\n*italic* start' },
  { name: 'escaped characters are kept', markdown: '\\- not a list \\*x\\* a\\.b', teams: '\\- not a list \\*x\\* a\\.b' },
  { name: 'a block quote', markdown: '> quoted', teams: '> quoted' },
  { name: 'trailing spaces (a hard break) and indentation', markdown: '  Line one  \nLine two', teams: 'Line one\n\nLine two' },
  { name: 'nothing', markdown: '', teams: '' },
];

describe('toTeamsMarkdown', () => {
  it.each(CASES)('$name', ({ markdown, teams }) => {
    expect(toTeamsMarkdown(markdown)).toBe(teams);
  });

  it('is stable: converting twice changes nothing more', () => {
    for (const { markdown } of CASES) expect(toTeamsMarkdown(toTeamsMarkdown(markdown))).toBe(toTeamsMarkdown(markdown));
  });
});

describe('every knowledge-base answer, as Teams gets it', () => {
  const kb = shippedKnowledge();
  const answers = [...kb.entries.values()].flatMap((entry) => LANGUAGES.map((lang) => ({ id: `${entry.id}/${lang}`, answer: entry.text[lang].answer })));

  it.each(answers)('$id: one line per source line, no lone line break, no Markdown list marker', ({ answer }) => {
    const teams = toTeamsMarkdown(answer);
    const sourceLines = answer.split('\n').filter((l) => l.trim() !== '');
    const teamsLines = teams.split('\n\n');
    expect(teamsLines).toHaveLength(sourceLines.length);
    expect(teams.replace(/\n\n/g, '')).not.toContain('\n');
    for (const line of teamsLines) expect(line).not.toMatch(/^\s*[-*+]\s/);
    // Nothing the person should read is lost: every link and every bold span is still there.
    for (const link of answer.match(/\[[^\]]*\]\([^)]*\)/g) ?? []) expect(teams).toContain(link);
    for (const bold of answer.match(/\*\*[^*]+\*\*/g) ?? []) expect(teams).toContain(bold);
  });

  it('the list answers come out as bullet lines', () => {
    const figures = toTeamsMarkdown(kb.entries.get('figures')!.text.en.answer);
    const bullets = figures.split('\n\n').filter((line) => line.startsWith('• '));
    expect(bullets.length).toBe(kb.entries.get('figures')!.text.en.answer.split('\n').filter((l) => l.startsWith('- ')).length);
    expect(bullets.length).toBeGreaterThan(1);
  });
});
