# confbot image: `docker build -t confbot .` then `docker run --env-file .env -p 3000:3000 confbot`.
# Multi-stage: the first stage installs production dependencies from the lockfile (the only network
# access, to the npm registry); the second copies them with the sources and runs as the unprivileged
# `node` user. No build step: tsx runs the TypeScript sources as they are.

FROM node:20-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: our `prepare` script compiles dist/ with TypeScript, a dev dependency, from
# scripts/, which is not in the build context; tsx runs the sources instead. No dependency needs its
# install script (esbuild's binary comes as an optional dependency) except better-sqlite3, whose native
# module is then compiled here against the image's own Node headers (compilers from Debian's registry).
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
    && npm rebuild better-sqlite3 --build-from-source --nodedir=/usr/local \
    && npm cache clean --force

FROM node:20-slim
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node package.json ./
COPY --chown=node:node bin ./bin
COPY --chown=node:node src ./src
COPY --chown=node:node commands ./commands
COPY --chown=node:node corpus ./corpus
# The default SQLite database (DATABASE_URL=sqlite:data/confbot.db): mount a volume here to keep it.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
# Liveness on the HTTP port (Slack's in HTTP mode, a small health server otherwise). No curl in slim
# images, so Node itself asks.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node is PID 1 and handles SIGTERM itself: it stops taking work, finishes answers in flight and exits
# within 10 s (Docker's default stop timeout).
STOPSIGNAL SIGTERM
CMD ["node", "bin/confbot.js"]
