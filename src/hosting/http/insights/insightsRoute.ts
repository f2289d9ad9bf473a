import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, Response } from 'restify';
import type { InsightsSetup } from '../../../app/insights/createInsights';
import { csvFileName, tableCsv } from '../../../core/insights/insightsTables';
import { parsePeriod } from '../../../core/insights/period';
import type { Period } from '../../../core/insights/queries';
import { acceptedLocales, preferredLang } from '../../../core/language/acceptLanguage';
import { isLang, LANGUAGES, perLanguage, type Lang, type Localized } from '../../../core/language/languages';
import { errorKind } from '../../../logger';
import type { RouteContext, RouteModule } from '../routeModule';
import { chartJsFile, INSIGHTS_CSP, INSIGHTS_HEADERS, INSIGHTS_PATHS, renderInsightsPage } from './insightsPage';

export interface InsightsRouteOptions {
  /** INSIGHTS_TOKEN: what the page's script sends as `Authorization: Bearer`. */
  readonly token: string;
  readonly insights: Pick<InsightsSetup, 'payload' | 'today' | 'retentionDays'>;
  /** public/insights: the page template, its script and its styles. */
  readonly publicDir: string;
}

/** Both sides hashed first, so the comparison takes the same time whatever the length or the first wrong character. */
const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** The bearer token of an Authorization header, or undefined. */
function bearer(header: string | undefined): string | undefined {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** Every query parameter once; a parameter given twice is refused rather than guessed at. */
function query(req: Request): Map<string, string> | undefined {
  const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const out = new Map<string, string>();
  for (const [key, value] of params) {
    if (out.has(key)) return undefined;
    out.set(key, value);
  }
  return out;
}

type Headers = Readonly<Record<string, string>>;

/** Every insights response's headers: its type, the CSP, noindex. */
const headers = (type: string, extra: Headers = {}): Record<string, string> => ({
  'Content-Type': type,
  'Content-Security-Policy': INSIGHTS_CSP,
  ...INSIGHTS_HEADERS,
  ...extra,
});

function refuse(res: Response, status: number, message: string, extra: Headers = {}): void {
  res.sendRaw(
    status,
    JSON.stringify({ error: message }),
    headers('application/json; charset=utf-8', { 'Cache-Control': 'no-store', ...extra }),
  );
}

interface DataQuery {
  readonly period: Period;
  readonly lang: Lang;
  readonly params: ReadonlyMap<string, string>;
}

/** The checked query of a data request, or undefined once a 400 has been sent. */
function checkedQuery(req: Request, res: Response, insights: InsightsRouteOptions['insights']): DataQuery | undefined {
  const params = query(req);
  if (!params) {
    refuse(res, 400, 'each query parameter may be given once');
    return undefined;
  }
  const lang = params.get('lang') ?? 'es';
  if (!isLang(lang)) {
    refuse(res, 400, `lang must be one of ${LANGUAGES.join(', ')}`);
    return undefined;
  }
  const period = parsePeriod({ from: params.get('from'), to: params.get('to') }, insights.today(), insights.retentionDays);
  if (!period.ok) {
    refuse(res, 400, period.problem);
    return undefined;
  }
  return { period: period.period, lang, params };
}

/** True when the request carries the token; otherwise a 401 (or a 429 for an address that keeps trying) has been sent. */
function authorizer(token: string, context: RouteContext): (req: Request, res: Response) => boolean {
  const expected = digest(token);
  return (req, res) => {
    const address = context.clientAddress(req);
    const slowedDown = context.limits.authFailures?.check(address);
    if (slowedDown && !slowedDown.allowed) {
      refuse(res, 429, 'too many requests', { 'Retry-After': String(slowedDown.retryAfterSeconds) });
      return false;
    }
    const given = bearer(req.header('authorization'));
    if (given !== undefined && timingSafeEqual(digest(given), expected)) return true;
    context.limits.authFailures?.take(address);
    refuse(res, 401, 'unauthorized', { 'WWW-Authenticate': 'Bearer realm="insights"' });
    return false;
  };
}

/** The page in each language, and the files it loads, read once. */
function staticParts(options: InsightsRouteOptions): { pages: Localized<string>; files: readonly [string, Buffer, string][] } {
  const page = (lang: Lang) => renderInsightsPage(lang, { publicDir: options.publicDir, retentionDays: options.insights.retentionDays });
  return {
    pages: perLanguage(page),
    files: [
      [INSIGHTS_PATHS.script, readFileSync(join(options.publicDir, 'insights.js')), 'text/javascript; charset=utf-8'],
      [INSIGHTS_PATHS.styles, readFileSync(join(options.publicDir, 'insights.css')), 'text/css; charset=utf-8'],
      [INSIGHTS_PATHS.chartJs, readFileSync(chartJsFile()), 'text/javascript; charset=utf-8'],
    ],
  };
}

/** The report as JSON, or one table as CSV. */
async function sendData(res: Response, q: DataQuery, insights: InsightsRouteOptions['insights'], asCsv: boolean): Promise<void> {
  const payload = await insights.payload(q.period, q.lang);
  if (!asCsv) {
    res.sendRaw(200, JSON.stringify(payload), headers('application/json; charset=utf-8', { 'Cache-Control': 'no-store' }));
    return;
  }
  const table = payload.tables.find((t) => t.id === q.params.get('table'));
  if (!table) return refuse(res, 400, `table must be one of ${payload.tables.map((t) => t.id).join(', ')}`);
  const disposition = `attachment; filename="${csvFileName(table.id, payload.report)}"`;
  res.sendRaw(
    200,
    tableCsv(table),
    headers('text/csv; charset=utf-8', { 'Cache-Control': 'no-store', 'Content-Disposition': disposition }),
  );
}

/**
 * `/insights`, only when INSIGHTS_TOKEN is set: the page (no data, only labels, in the reader's
 * language by Accept-Language), its script, styles and Chart.js — all from this server, under a
 * CSP that allows nothing else — and two data endpoints that answer 401 without the token.
 * Every response says `noindex`. Bad queries are 400; a storage that cannot be read is 503.
 */
export function insightsRoute(options: InsightsRouteOptions): RouteModule {
  const { pages, files } = staticParts(options);
  return {
    name: 'insights',
    register(context: RouteContext) {
      const { server, logger, limitPerClient } = context;
      const authorized = authorizer(options.token, context);
      const data = (asCsv: boolean) => async (req: Request, res: Response) => {
        if (!authorized(req, res)) return;
        const q = checkedQuery(req, res, options.insights);
        if (!q) return;
        try {
          await sendData(res, q, options.insights, asCsv);
        } catch (error) {
          logger.warn('insights could not be read', { kind: errorKind(error) });
          refuse(res, 503, 'the counts could not be read right now; try again later');
        }
      };
      server.get(INSIGHTS_PATHS.page, limitPerClient, async (req: Request, res: Response) => {
        const lang = preferredLang(acceptedLocales(req.header('accept-language')));
        const extra = { 'Cache-Control': 'no-cache', 'Content-Language': lang, Vary: 'Accept-Language' };
        res.sendRaw(200, pages[lang], headers('text/html; charset=utf-8', extra));
      });
      for (const [path, body, type] of files)
        server.get(path, limitPerClient, async (_req: Request, res: Response) => {
          res.sendRaw(200, body, headers(type, { 'Cache-Control': 'no-cache' }));
        });
      server.get(INSIGHTS_PATHS.report, limitPerClient, data(false));
      server.get(INSIGHTS_PATHS.csv, limitPerClient, data(true));
    },
  };
}
