// The MIEUX+ inquiry bot on Azure, in one resource group: App Service (Linux, Node 20), Blob
// Storage for conversation state, the hand-off outbox and the curation records, Key Vault for the
// secrets, the Azure Bot registration with its Web Chat, Direct Line and Teams channels, and
// optionally Log Analytics and Application Insights.
//
//   az deployment group create -g <group> -f infra/main.bicep -p githubRepository=<owner/name> ...
//
// docs/deploy.md walks through it. This template has NOT been compiled or deployed from the team's
// machines (no Bicep CLI and no Azure access there); test/deploy/infra.test.ts checks that it and
// the app agree on every setting.

targetScope = 'resourceGroup'

@description('Azure region for everything but the bot registration, which is global.')
param location string = resourceGroup().location

@description('Start of every resource name: 3 to 11 lowercase letters or digits. A hash of the resource group is added, so names are unique.')
@minLength(3)
@maxLength(11)
param namePrefix string = 'mieuxbot'

@description('App Service plan size. B1 (Basic: 1 core, 1.75 GB) is enough for the bot; S1 and up add deployment slots and autoscale.')
@allowed(['B1', 'B2', 'B3', 'S1', 'S2', 'P0v3', 'P1v3'])
param appServiceSku string = 'B1'

@description('Bot instances. More than one needs useAzureDirectLine: the embedded Direct Line keeps its conversations in one instance.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Azure Bot tier: F0 is free (10,000 messages a month on premium channels such as Direct Line); S1 is paid per message.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('The MIEUX+ team\'s address: hand-off requests go there (HANDOFF_EMAIL_TO).')
param handoffEmailTo string = 'mieux-initiative@icmpd.org'

@description('Other websites that may show the chat: comma-separated origins such as https://www.example.org (ALLOWED_ORIGINS).')
param allowedOrigins string = ''

@description('The website chat through Azure Direct Line instead of the bot\'s embedded one. Put the Direct Line secret in Key Vault as "directline-secret" first (docs/deploy.md).')
param useAzureDirectLine bool = false

@description('Sender address of the hand-off e-mails the bot sends itself (HANDOFF_EMAIL_FROM). Put the SMTP URL in Key Vault as "smtp-url" first. Empty = people send the prepared e-mail themselves.')
param handoffEmailFrom string = ''

@description('Azure CLU (optional): the Language resource endpoint. Put its key in Key Vault as "clu-api-key" first. Empty = local understanding only.')
param cluEndpoint string = ''

@description('The CLU project (with cluEndpoint).')
param cluProjectName string = 'mieux-plus'

@description('The CLU project\'s deployment (with cluEndpoint).')
param cluDeploymentName string = 'production'

@description('Object id of the person who puts secrets in Key Vault (az ad signed-in-user show --query id -o tsv). Empty = nobody gets that role here.')
param operatorPrincipalId string = ''

@description('The GitHub repository (owner/name) whose "production" environment may deploy the app, through OpenID Connect. Empty = no deploy identity.')
param githubRepository string = ''

@description('Send the bot\'s logs and the HTTP logs to a Log Analytics workspace (the first 5 GB a month are free).')
param enableLogAnalytics bool = true

@description('Also turn on Application Insights with App Service\'s codeless Node.js agent (requests, dependencies, exceptions).')
param enableApplicationInsights bool = false

var suffix = uniqueString(resourceGroup().id)
var names = {
  identity: '${namePrefix}-id-${suffix}'
  deployIdentity: '${namePrefix}-deploy-${suffix}'
  storage: take('${namePrefix}${suffix}', 24)
  keyVault: take('${namePrefix}-kv-${suffix}', 24)
  plan: '${namePrefix}-plan-${suffix}'
  site: '${namePrefix}-${suffix}'
  bot: '${namePrefix}-bot-${suffix}'
  workspace: '${namePrefix}-logs-${suffix}'
  insights: '${namePrefix}-ai-${suffix}'
}
// The same container as the app's default; the bot creates it if missing, the template too.
var stateContainer = 'mieux-bot-state'
// The same command as `npm run start:prod` and the Dockerfile's CMD: no npm, no build on the server.
var startCommand = 'node --disable-warning=DEP0111 --max-old-space-size=256 dist/src/index.js'
var roles = {
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  keyVaultSecretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
  websiteContributor: 'de139f84-1756-47ae-9be6-808fbbe84772'
}
var monitoring = enableLogAnalytics || enableApplicationInsights

// One identity for the bot: Azure Bot Service authenticates the bot with it (MicrosoftAppType
// UserAssignedMSI: no app password to keep or rotate), and App Service reads Key Vault with it.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: names.identity
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: names.storage
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // The app connects with a connection string (see docs/deploy.md, "Managed identities").
    allowSharedKeyAccess: true
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource container 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: stateContainer
  properties: { publicAccess: 'None' }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: names.keyVault
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
  }
}

resource storageSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'storage-connection-string'
  properties: {
    value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

resource appReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, identity.id, roles.keyVaultSecretsUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource operatorSetsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  scope: vault
  name: guid(vault.id, operatorPrincipalId, roles.keyVaultSecretsOfficer)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsOfficer)
    principalId: operatorPrincipalId
    principalType: 'User'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: names.plan
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: names.site
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // No sticky sessions: any instance can take any turn (the state is in Blob Storage).
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: startCommand
      alwaysOn: true
      // Ready = knowledge loaded and Blob Storage answering: App Service sends traffic only to ready instances.
      healthCheckPath: '/readyz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
  }
}

// Deployments come through Microsoft Entra ID (the GitHub workflow's OpenID Connect login), never
// with FTP or publishing-profile passwords.
resource noFtpPasswords 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: site
  name: 'ftp'
  properties: { allow: false }
}

resource noScmPasswords 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: site
  name: 'scm'
  properties: { allow: false }
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = if (monitoring) {
  name: names.workspace
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = if (enableApplicationInsights) {
  name: names.insights
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

func keyVaultReference(vaultName string, secretName string) string => '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=${secretName})'

// What the app reads (src/config/; docs/configuration.md). Secrets are Key Vault
// references, resolved by App Service with the bot's identity. The optional ones are written only
// when their parameter is set, so a reference never points at a secret that is not there yet (the
// app would then get the reference text itself as the value).
var coreSettings = {
  MicrosoftAppType: 'UserAssignedMSI'
  MicrosoftAppId: identity.properties.clientId
  MicrosoftAppTenantId: identity.properties.tenantId
  AZURE_STORAGE_CONNECTION_STRING: keyVaultReference(vault.name, storageSecret.name)
  AZURE_STORAGE_CONTAINER: stateContainer
  // App Service's front end sets X-Forwarded-For: the rate limits need the client's address.
  TRUST_PROXY: 'true'
  LOG_LEVEL: 'info'
  HANDOFF_EMAIL_TO: handoffEmailTo
  ALLOWED_ORIGINS: allowedOrigins
}
var directLineSettings = useAzureDirectLine ? {
  DIRECTLINE_SECRET: keyVaultReference(vault.name, 'directline-secret')
} : {}
var smtpSettings = empty(handoffEmailFrom) ? {} : {
  SMTP_URL: keyVaultReference(vault.name, 'smtp-url')
  HANDOFF_EMAIL_FROM: handoffEmailFrom
}
var cluSettings = empty(cluEndpoint) ? {} : {
  CLU_ENDPOINT: cluEndpoint
  CLU_API_KEY: keyVaultReference(vault.name, 'clu-api-key')
  CLU_PROJECT_NAME: cluProjectName
  CLU_DEPLOYMENT_NAME: cluDeploymentName
}
// Read by App Service itself, not by the app.
var platformSettings = {
  // The zip already holds the compiled code and node_modules: nothing to build on the server.
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
}
var insightsSettings = enableApplicationInsights ? {
  APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
  ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
} : {}

resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: site
  name: 'appsettings'
  properties: union(coreSettings, directLineSettings, smtpSettings, cluSettings, platformSettings, insightsSettings)
  dependsOn: [appReadsSecrets]
}

resource siteLogs 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: site
  name: 'logs'
  properties: {
    applicationLogs: { fileSystem: { level: 'Information' } }
    httpLogs: { fileSystem: { enabled: true, retentionInDays: 7, retentionInMb: 35 } }
  }
}

resource siteDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = if (monitoring) {
  scope: site
  name: 'bot-logs-to-workspace'
  properties: {
    workspaceId: workspace.id
    logs: [
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServiceHTTPLogs', enabled: true }
      { category: 'AppServicePlatformLogs', enabled: true }
    ]
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: names.bot
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: 'MIEUX+'
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppTenantId: identity.properties.tenantId
    msaAppMSIResourceId: identity.id
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

resource directLineChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'MIEUX+ website'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          // The bot's own page exchanges the secret for a token on the server; files are not accepted.
          isSecureSiteEnabled: false
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

resource webChatChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isWebchatPreviewEnabled: true
        }
      ]
    }
  }
}

// GitHub Actions deploys as this identity, trusted for the repository's "production" environment
// only: no password or publishing profile is stored in GitHub.
resource deployIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (!empty(githubRepository)) {
  name: names.deployIdentity
  location: location
}

resource deployTrust 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials@2023-01-31' = if (!empty(githubRepository)) {
  parent: deployIdentity
  name: 'github-production'
  properties: {
    issuer: 'https://token.actions.githubusercontent.com'
    subject: 'repo:${githubRepository}:environment:production'
    audiences: ['api://AzureADTokenExchange']
  }
}

resource deployMayPublish 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(githubRepository)) {
  scope: site
  name: guid(site.id, names.deployIdentity, roles.websiteContributor)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.websiteContributor)
    principalId: deployIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

output webAppName string = site.name
output siteUrl string = 'https://${site.properties.defaultHostName}'
output messagingEndpoint string = bot.properties.endpoint
output botName string = bot.name
output keyVaultName string = vault.name
output storageAccountName string = storage.name
@description('The bot\'s MicrosoftAppId (for npm run teams:package) and its tenant.')
output microsoftAppId string = identity.properties.clientId
output tenantId string = identity.properties.tenantId
@description('For the GitHub variables AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_SUBSCRIPTION_ID.')
output deployClientId string = empty(githubRepository) ? '' : deployIdentity.properties.clientId
output subscriptionId string = subscription().subscriptionId
