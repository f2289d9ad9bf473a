/**
 * infra/main.bicep and the app agree. Bicep cannot be compiled here, so the template is read as
 * text: every setting it writes is one the app reads (or one App Service reads itself), every
 * variable the app reads is set by it or documented as optional, secrets are Key Vault references,
 * and its values pass the app's own validation (loadConfig).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import {
  BICEP_FILE,
  bicepParams,
  bicepSettings,
  bicepStatements,
  bicepStringVars,
  read,
  configurationTable,
  variablesInEnvExample,
  variablesReadByApp,
} from '../support/deployFiles';

const bicep = readFileSync(BICEP_FILE, 'utf8');
const settings = bicepSettings();
const written = new Set(settings.map((s) => s.name));
const appReads = variablesReadByApp();

/** Settings App Service itself reads; the app must not (else they would belong to it). */
const PLATFORM_SETTINGS: Readonly<Record<string, string>> = {
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'the zip holds node_modules: no build on the server',
  APPLICATIONINSIGHTS_CONNECTION_STRING: "Application Insights' codeless agent",
  ApplicationInsightsAgent_EXTENSION_VERSION: "Application Insights' codeless agent",
};

/** What the deployment guide has people put in Key Vault before turning on the matching parameter. */
const OPERATOR_SECRETS = ['directline-secret', 'smtp-url', 'clu-api-key'];

/** Variables production must not leave to their local defaults. */
const PRODUCTION_MUSTS = ['MicrosoftAppType', 'MicrosoftAppId', 'MicrosoftAppTenantId', 'AZURE_STORAGE_CONNECTION_STRING', 'TRUST_PROXY'];

const SECRET_NAME = /PASSWORD|SECRET|_KEY$|CONNECTION_STRING|SMTP_URL/;

describe('the variables the app reads (found in the configuration code)', () => {
  it('are found: the scan sees the ones every part of the app depends on', () => {
    for (const name of ['PORT', 'MicrosoftAppId', 'AZURE_STORAGE_CONNECTION_STRING', 'CLU_DEPLOYMENT_NAME', 'HANDOFF_EMAIL_FROM'])
      expect(appReads).toContain(name);
  });

  it('are exactly the ones .env.example lists, so the scan finds no more and no fewer', () => {
    expect([...appReads].sort()).toEqual([...variablesInEnvExample()].sort());
  });

  it('are all in the Configuration table (docs/configuration.md) with a default, so each one not in the template is documented as optional', () => {
    const table = configurationTable();
    for (const name of appReads) {
      expect(table.has(name), `${name} is not in the Configuration table (docs/configuration.md)`).toBe(true);
      if (!written.has(name)) expect(table.get(name), `${name}: docs/configuration.md gives no default`).not.toBe('');
    }
  });
});

describe('infra/main.bicep app settings', () => {
  it('are all merged into the appsettings resource, group by group', () => {
    const groups = [...new Set(settings.map((s) => s.group))];
    const union = /name: 'appsettings'\s+properties: union\(([^)]*)\)/.exec(bicep)?.[1];
    expect(union?.split(',').map((g) => g.trim())).toEqual(groups);
    expect(settings.length).toBeGreaterThanOrEqual(15);
  });

  it('are each read by the app, or by App Service itself (and then not by the app)', () => {
    for (const { name } of settings) {
      if (name in PLATFORM_SETTINGS) expect(appReads.has(name), `${name} is listed as a platform setting but the app reads it`).toBe(false);
      else expect(appReads.has(name), `the template writes ${name}, which src/config/ does not read`).toBe(true);
    }
  });

  it('cover what production needs, and trust the App Service front end for client addresses', () => {
    for (const name of PRODUCTION_MUSTS) expect(written, name).toContain(name);
    expect(settings.find((s) => s.name === 'TRUST_PROXY')?.value).toBe("'true'");
    // A managed identity: no app password to store or rotate.
    expect(settings.find((s) => s.name === 'MicrosoftAppType')?.value).toBe("'UserAssignedMSI'");
    expect(written.has('MicrosoftAppPassword')).toBe(false);
  });

  it('hold every secret as a Key Vault reference, to a secret the template creates or the guide has people create', () => {
    // Application Insights' connection string only says where telemetry goes; it is not a credential.
    const secrets = settings.filter((s) => SECRET_NAME.test(s.name) && !(s.name in PLATFORM_SETTINGS));
    expect(secrets.map((s) => s.name).sort()).toEqual(['AZURE_STORAGE_CONNECTION_STRING', 'CLU_API_KEY', 'DIRECTLINE_SECRET', 'SMTP_URL']);
    const created = [
      ...bicep.matchAll(/resource \w+ 'Microsoft\.KeyVault\/vaults\/secrets@[^']+' = \{\s+parent: vault\s+name: '([^']+)'/g),
    ].map((m) => m[1]);
    const guide = read('docs/deploy.md');
    for (const secret of secrets) {
      const reference = /^keyVaultReference\(vault\.name, (?:'([^']+)'|(\w+)\.name)\)$/.exec(secret.value);
      expect(reference, `${secret.name} = ${secret.value}`).not.toBeNull();
      const secretName =
        reference![1] ??
        /resource (\w+) [^\n]+\n\s+parent: vault\s+name: '([^']+)'/.exec(bicep.slice(bicep.indexOf(`resource ${reference![2]} `)))?.[2];
      if (OPERATOR_SECRETS.includes(secretName ?? ''))
        expect(guide, `docs/deploy.md never sets ${secretName}`).toContain(`--name ${secretName}`);
      else expect(created).toContain(secretName);
    }
    expect(bicep).toContain(
      "func keyVaultReference(vaultName string, secretName string) string => '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=${secretName})'",
    );
  });

  it('write the optional secrets only when their parameter turns them on', () => {
    for (const [group, condition] of [
      ['directLineSettings', 'useAzureDirectLine ? {'],
      ['smtpSettings', 'empty(handoffEmailFrom) ? {} : {'],
      ['cluSettings', 'empty(cluEndpoint) ? {} : {'],
    ])
      expect(bicep).toContain(`var ${group} = ${condition}`);
  });

  it("pass the app's own validation with every option turned on", () => {
    const params = bicepParams();
    const vars = bicepStringVars();
    // What each expression becomes once deployed (runtime values replaced by ones of their kind).
    const examples: Readonly<Record<string, string>> = {
      'identity.properties.clientId': '6f1f2b3c-1111-4222-8333-944445555666',
      'identity.properties.tenantId': '0a1b2c3d-aaaa-4bbb-8ccc-dddddddddddd',
      'keyVaultReference(vault.name, storageSecret.name)':
        'DefaultEndpointsProtocol=https;AccountName=mieuxbotabc;AccountKey=a2V5;EndpointSuffix=core.windows.net',
      "keyVaultReference(vault.name, 'directline-secret')": 'direct-line-secret-from-the-portal',
      "keyVaultReference(vault.name, 'smtp-url')": 'smtps://bot:password@smtp.example.org:465',
      "keyVaultReference(vault.name, 'clu-api-key')": 'clu-key',
      // Parameters that are empty by default: what docs/deploy.md has people pass.
      handoffEmailFrom: 'mieux-bot@example.org',
      cluEndpoint: 'https://mieux-language.cognitiveservices.azure.com',
      allowedOrigins: 'https://www.mieux-initiative.eu',
    };
    const valueOf = (expression: string): string => {
      if (expression in examples) return examples[expression]!;
      const literal = /^'([^'$]*)'$/.exec(expression);
      if (literal) return literal[1]!;
      if (vars.has(expression)) return vars.get(expression)!;
      const fallback = params.get(expression);
      if (fallback !== undefined) return valueOf(fallback);
      throw new Error(`no value known for the Bicep expression ${expression}`);
    };
    const env = Object.fromEntries(settings.filter((s) => !(s.name in PLATFORM_SETTINGS)).map((s) => [s.name, valueOf(s.value)]));
    const config = loadConfig(env, null);
    expect(config.bot.appType).toBe('UserAssignedMSI');
    expect(config.storage).toMatchObject({ kind: 'blobs', container: 'mieux-bot-state' });
    expect(config.rateLimit.trustProxy).toBe(true);
    expect(config.directLine.secret).not.toBe('');
    expect(config.smtp?.from).toBe('mieux-bot@example.org');
    expect(config.clu?.projectName).toBe('mieux-plus');
    expect(config.contactEmail).toBe('mieux-initiative@icmpd.org');
  });
});

describe('infra/main.bicep as a whole', () => {
  it('is well formed as far as text can tell: brackets balance, no tabs', () => {
    const code = bicep.replace(/'(?:[^'\\\n]|\\.)*'/g, "''").replace(/\/\/.*$/gm, '');
    for (const [open, close] of ['{}', '[]', '()']) expect(code.split(open!).length, `${open}${close}`).toBe(code.split(close!).length);
    expect(bicep).not.toMatch(/\t/);
  });

  it('uses every parameter it declares, and declares every resource it refers to', () => {
    const statements = bicepStatements(bicep);
    const declared = new Set(
      statements.map((s) => /^(?:resource|var|param) (\w+)/.exec(s)?.[1]).filter((n): n is string => n !== undefined),
    );
    for (const param of bicepParams().keys())
      expect(bicep.split(new RegExp(`\\b${param}\\b`)).length - 1, `param ${param} is never used`).toBeGreaterThan(1);
    for (const match of bicep.matchAll(/\b([a-z]\w*)\.(?:id|name|properties)\b/g)) {
      if (['resourceGroup', 'subscription', 'environment'].includes(match[1]!)) continue;
      expect(declared, `${match[0]} refers to nothing`).toContain(match[1]);
    }
  });

  it('runs the same start command as npm run start:prod and the Dockerfile, on Node 20, always on, HTTPS only, with a health check', () => {
    const start = bicepStringVars().get('startCommand');
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(start).toBe(scripts['start:prod']);
    expect(bicep).toContain('appCommandLine: startCommand');
    expect(bicep).toContain("linuxFxVersion: 'NODE|20-lts'");
    expect(bicep).toContain('alwaysOn: true');
    expect(bicep).toContain('httpsOnly: true');
    expect(bicep).toContain("healthCheckPath: '/readyz'");
    expect(bicep).toMatch(/kind: 'linux'[\s\S]*reserved: true/);
  });

  it('registers the bot with the Teams, Direct Line and Web Chat channels, pointing at the app, authenticated by its managed identity', () => {
    for (const channel of ['MsTeamsChannel', 'DirectLineChannel', 'WebChatChannel']) expect(bicep).toContain(`channelName: '${channel}'`);
    expect(bicep).toContain("endpoint: 'https://${site.properties.defaultHostName}/api/messages'");
    expect(bicep).toContain("msaAppType: 'UserAssignedMSI'");
    expect(bicep).toContain('msaAppMSIResourceId: identity.id');
  });

  it('lets GitHub deploy only through OpenID Connect, for the production environment, and turns off publishing passwords', () => {
    expect(bicep).toContain("issuer: 'https://token.actions.githubusercontent.com'");
    expect(bicep).toContain("subject: 'repo:${githubRepository}:environment:production'");
    expect(bicep).toMatch(/name: 'scm'\s+properties: \{ allow: false \}/);
    expect(bicep).toMatch(/name: 'ftp'\s+properties: \{ allow: false \}/);
  });
});

describe('infra/main.parameters.example.json', () => {
  it('names only parameters the template declares, with values of their type', () => {
    const example = JSON.parse(read('infra/main.parameters.example.json')) as { parameters: Record<string, { value: unknown }> };
    const declared = new Map([...bicep.matchAll(/^param (\w+) (\w+)/gm)].map((m) => [m[1]!, m[2]!]));
    for (const [name, { value }] of Object.entries(example.parameters)) {
      expect(declared.has(name), `${name} is not a parameter of main.bicep`).toBe(true);
      expect(typeof value, name).toBe({ string: 'string', int: 'number', bool: 'boolean' }[declared.get(name)!]);
    }
  });
});
