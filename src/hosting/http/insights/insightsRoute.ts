import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Request, Response } from 'restify';
import type { InsightsSetup } from '../../../app/insights/createInsights';
import { csvFileName, tableCsv } from '../../../core/insights/insightsTables';
import { parsePeriod } from '../../../core/insights/period';
import { acceptedLocales, preferredLang } from '../../../core/language/acceptLanguage';
import { LANGUAGES, isLang, type Lang, type Localized } from '../../../core/language/languages';
import { errorKind } from '../../../logger';
import type { RouteContext, RouteModule } from '../server';
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

/**
 * `/insights`, only when INSIGHTS_TOKEN is set: the page (no data, only labels, in the reader's
 * language by Accept-Language), its script, styles and Chart.js — all from this server, under a
 * CSP that allows nothing else — and two data endpoints that answer 401 without the token.
 * Every response says `noindex`. Bad queries are 400; a storage that cannot be read is 503.
 */
export function insightsRoute(options: InsightsRouteOptions): RouteModule {
  const expected = digest(options.token);
  const pages: Localized<string> = {
    es: renderInsightsPage('es', { publicDir: options.publicDir, retentionDays: options.insights.retentionDays }),
    en: renderInsightsPage('en', { publicDir: options.publicDir, retentionDays: options.insights.retentionDays }),
    fr: renderInsightsPage('fr', { publicDir: options.publicDir, retentionDays: options.insights.retentionDays }),
  };
  const files: readonly [path: string, body: Buffer, type: string][] = [
    [INSIGHTS_PATHS.script, readFileSync(`${options.publicDir}/insights.js`), 'text/javascript; charset=utf-8'],
    [INSIGHTS_PATHS.styles, readFileSync(`${options.publicDir}/insights.css`), 'text/css; charset=utf-8'],
    [INSIGHTS_PATHS.chartJs, readFileSync(chartJsFile()), 'text/javascript; charset=utf-8'],
  ];
  const headers = (type: string, extra: Readonly<Record<string, string>> = {}): Record<string, string> => ({
    'Content-Type': type,
    'Content-Security-Policy': INSIGHTS_CSP,
    ...INSIGHTS_HEADERS,
    ...extra,
  });
  const refuse = (res: Response, status: number, message: string, extra: Readonly<Record<string, string>> = {}): void => {
    res.sendRaw(
      status,
      JSON.stringify({ error: message }),
      headers('application/json; charset=utf-8', { 'Cache-Control': 'no-store', ...extra }),
    );
  };

  return {
    name: 'insights',
    register(context: RouteContext) {
      const { server, logger } = context;
      const authorized = (req: Request, res: Response): boolean => {
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
      /** The checked query of a data request, or undefined once a 400 has been sent. */
      const checked = (
        req: Request,
        res: Response,
      ): { period: { from: string; to: string }; lang: Lang; params: Map<string, string> } | undefined => {
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
        const period = parsePeriod(
          { from: params.get('from'), to: params.get('to') },
          options.insights.today(),
          options.insights.retentionDays,
        );
        if (!period.ok) {
          refuse(res, 400, period.problem);
          return undefined;
        }
        return { period: period.period, lang, params };
      };
      const data = async (req: Request, res: Response, send: (q: NonNullable<ReturnType<typeof checked>>) => Promise<void>) => {
        if (!authorized(req, res)) return;
        const q = checked(req, res);
        if (!q) return;
        try {
          await send(q);
        } catch (error) {
          logger.warn('insights could not be read', { kind: errorKind(error) });
          refuse(res, 503, 'the counts could not be read right now; try again later');
        }
      };

      server.get(INSIGHTS_PATHS.page, context.limitPerClient, async (req: Request, res: Response) => {
        const lang = preferredLang(acceptedLocales(req.header('accept-language')));
        res.sendRaw(
          200,
          pages[lang],
          headers('text/html; charset=utf-8', { 'Cache-Control': 'no-cache', 'Content-Language': lang, Vary: 'Accept-Language' }),
        );
      });
      for (const [path, body, type] of files)
        server.get(path, context.limitPerClient, async (_req: Request, res: Response) => {
          res.sendRaw(200, body, headers(type, { 'Cache-Control': 'no-cache' }));
        });
      server.get(INSIGHTS_PATHS.report, context.limitPerClient, async (req: Request, res: Response) =>
        data(req, res, async ({ period, lang }) => {
          const payload = await options.insights.payload(period, lang);
          res.sendRaw(200, JSON.stringify(payload), headers('application/json; charset=utf-8', { 'Cache-Control': 'no-store' }));
        }),
      );
      server.get(INSIGHTS_PATHS.csv, context.limitPerClient, async (req: Request, res: Response) =>
        data(req, res, async ({ period, lang, params }) => {
          const id = params.get('table');
          const payload = await options.insights.payload(period, lang);
          const table = payload.tables.find((t) => t.id === id);
          if (!table) return refuse(res, 400, `table must be one of ${payload.tables.map((t) => t.id).join(', ')}`);
          res.sendRaw(
            200,
            tableCsv(table),
            headers('text/csv; charset=utf-8', {
              'Cache-Control': 'no-store',
              'Content-Disposition': `attachment; filename="${csvFileName(table.id, payload.report)}"`,
            }),
          );
        }),
      );
    },
  };
}
