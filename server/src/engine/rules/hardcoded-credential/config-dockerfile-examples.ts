import type { Examples } from '../../rule';

export const dockerfileExamples: Examples = {
  valid: [
    {
      name: "a template copied in, a build stage's .env (Next.js reads it at build; the final image never holds it), and COPY . . (what .dockerignore leaves)",
      path: 'Dockerfile',
      code: 'FROM node:20 AS build\nWORKDIR /app\nCOPY .env.production .env.production\nCOPY . .\nRUN npm run build\n\nFROM node:20-slim\nWORKDIR /app\nCOPY --from=build /app/.next ./.next\nCOPY .env.example ./\nCOPY ["config/.env.sample", "/app/config/"]\nCMD ["node", "server.js"]\n',
    },
    {
      name: 'build secrets, ARG without default, plain ENV',
      path: 'Dockerfile',
      code: [
        'FROM node:20-slim AS build',
        'ARG NPM_TOKEN',
        'ENV NODE_ENV=production PORT=8080',
        'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci',
        'RUN npm config set //registry.npmjs.org/:_authToken=${NPM_TOKEN} && npm ci && npm config delete //registry.npmjs.org/:_authToken',
        'ENV API_KEY=""',
        'CMD ["node", "server.js"]',
        '',
      ].join('\n'),
    },
    {
      name: 'ARG forwarded from the build command',
      path: 'docker/api.Dockerfile',
      code: 'FROM python:3.12\nARG PIP_INDEX_TOKEN=$PIP_INDEX_TOKEN\nENV SECRET_KEY_BASE=\nCOPY . /app\n',
    },
  ],
  invalid: [
    {
      name: "the checkout's .env copied into the image that runs: shell and JSON forms, a dashed name, from another stage",
      path: 'Dockerfile',
      code: 'FROM python:3.12-slim AS base\nFROM base\nWORKDIR /app\nCOPY requirements.txt ⟦.env⟧ ./\nCOPY ["⟦.env.production⟧", "/app/.env"]\nADD --chown=app:app ⟦deploy/.env-docker⟧ /app/\nCOPY --from=base ⟦/src/.env⟧ /app/\nCMD ["gunicorn", "app:app"]\n',
      severity: 'warning',
      messageIncludes: ['bakes in', 'at run time'],
    },
    {
      name: 'ENV key=value form, quoted',
      path: 'Dockerfile',
      code: 'FROM node:20\nENV NODE_ENV=production DB_PASSWORD=⟦"WtfYQCdWn-c_vb!U"⟧\n',
      messageIncludes: ['"DB_PASSWORD"', 'build secret'],
    },
    {
      name: 'legacy ENV key value form',
      path: 'Dockerfile',
      code: 'FROM node:20\nENV API_KEY ⟦4vWFA2OKfk2A8aFb⟧\n',
    },
    {
      name: 'ARG default',
      path: 'Dockerfile.prod',
      code: 'FROM node:20\nARG NPM_TOKEN=⟦npm_NZrLLYArPGjEbb1f9kSw9J7z6SKa87gZ2p22⟧\nRUN npm ci\n',
    },
    {
      name: 'an npm auth token in a continued RUN line',
      path: 'Dockerfile',
      code: [
        'FROM node:20',
        'RUN npm config set //registry.npmjs.org/:_authToken=⟦npm_nzUBfaNLlDfghTyGxBSMFyqSmYnRb7lx2CyA⟧ \\',
        '    # install, then forget the token',
        ' && npm ci',
        '',
      ].join('\n'),
    },
    {
      name: 'a backtick escape directive and a password flag in the exec form',
      path: 'windows.Dockerfile',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore\nRUN ["setup.exe", "--admin-password=⟦lZnRpaoWb9yDM-oX⟧"]\n',
    },
    {
      name: 'a token in a clone URL',
      path: 'Dockerfile',
      code: 'FROM alpine/git\nRUN git clone https://⟦ghp_4PMDSdB0OpGwkK3YB4Y4twF9F0VeuHC9ITkX⟧@github.com/acme/shop.git /src\n',
    },
  ],
};
