# Multi-stage: production dependencies are installed in one stage and copied into a slim runtime
# that runs as the unprivileged `node` user. TypeScript runs through tsx, so there is no build step.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node package.json ./
COPY --chown=node:node bin ./bin
COPY --chown=node:node src ./src
COPY --chown=node:node cypher ./cypher
COPY --chown=node:node data ./data
COPY --chown=node:node examples ./examples
USER node
EXPOSE 4000
CMD ["node", "bin/akhbar.mjs", "start"]
