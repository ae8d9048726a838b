# Two commands on a fresh machine: `make demo` and `make test`. Everything else is a step of those.
SHELL := /bin/bash
export NODE_ENV ?= development

.PHONY: demo test install services migrate seed build serve check clean

# `npm install` rather than `npm ci`: with this machine's omit-lockfile-registry-resolved setting,
# npm 11 writes lock entries for other platforms' optional packages that `npm ci` then rejects.
node_modules/.installed: package.json package-lock.json
	npm install --no-audit --no-fund --loglevel=error
	@touch $@

install: node_modules/.installed

services:
	bash scripts/services.sh up

migrate: install services
	npm run --silent migrate

seed: migrate
	npm run --silent seed -- --size $(or $(SIZE),small)

# The gateway compiled to dist/, as `npm start` runs it.
build: install
	npm run --silent build

# Installs what is missing, starts PostgreSQL, Redis and MongoDB, migrates, seeds, prints a token per
# demo user and serves on http://localhost:4000/graphql.
demo: seed build
	@npx tsx src/cli/demo-tokens.ts
	npm run --silent start

# Installs what is missing, starts the services, checks generated code, types, the build and layering, runs every test.
test: install services
	npm run --silent schema:check
	npm run --silent codegen:check
	npm run --silent typecheck
	npm run --silent build
	npm run --silent check:layers
	NODE_ENV=test npx jest --ci

clean:
	bash scripts/services.sh down
	rm -rf .services node_modules/.installed
