# syntax=docker/dockerfile:1
# The MIEUX+ inquiry bot as a container image. The build stage compiles the code and assembles the
# runtime layout with a production-only install (scripts/deploy/layout.ts); the runtime stage only
# copies that layout. No image can be pulled on the team's machines, so this file is not built
# there: CI builds the same layout with the same script and starts it (npm run package:check), and
# test/deploy/dockerfile.test.ts checks this file. See docs/deploy.md.
#
#   docker build -t mieux-bot .
#   docker run --rm -p 8080:8080 --read-only --env-file .env mieux-bot

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY dialogs ./dialogs
COPY scripts ./scripts
COPY knowledge ./knowledge
COPY branding ./branding
COPY public ./public
RUN npm run build && node dist/scripts/deploy/layout.js /app

FROM ${NODE_IMAGE} AS runtime
# The port the bot listens on; platforms that choose it (App Service, Container Apps) set PORT.
ENV PORT=8080
WORKDIR /app
# Owned by root, run as the image's unprivileged "node" user: the bot cannot change its own code
# or knowledge, and writes nothing to disk (logs go to standard output), so --read-only works.
COPY --from=build /app /app
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node is PID 1 and handles SIGTERM itself: it stops taking requests, lets turns in flight finish
# (SHUTDOWN_TIMEOUT_MS), writes the last curation records and exits 0. No npm in between, which
# would not pass the signal on reliably.
STOPSIGNAL SIGTERM
CMD ["node", "--disable-warning=DEP0111", "--max-old-space-size=256", "dist/src/index.js"]
