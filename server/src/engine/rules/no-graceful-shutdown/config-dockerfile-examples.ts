import type { Examples } from '../../rule';

export const dockerfileExamples: Examples = {
  valid: [
    {
      name: "an `sh -c` block each of whose branches execs its process: the shell never stays PID 1",
      path: 'Dockerfile',
      code: 'FROM node:20-alpine\nCMD ["sh", "-c", "if [ \\"$NODE_ENV\\" = development ]; then exec npm run dev; else exec node dist/server.js; fi"]\n',
    },
    { name: 'exec form, node directly', path: 'Dockerfile', code: `FROM node:20-slim\nCOPY . .\nCMD ["node", "server.js"]\n` },
    { name: 'one shell-form command: sh execs it', path: 'Dockerfile', code: `FROM node:20-slim\nCMD node server.js\n` },
    { name: 'a script that execs the app', path: 'Dockerfile', code: `FROM python:3.12\nCMD ./wait-for db:5432 && exec gunicorn app:app\n` },
    { name: 'tini forwards signals', path: 'Dockerfile', code: `FROM node:20\nENTRYPOINT ["tini", "--"]\nCMD ["npm", "start"]\n` },
    { name: 'only the final stage runs', path: 'Dockerfile', code: `FROM node:20 AS build\nCMD npm start\nFROM node:20-slim\nCMD ["node", "dist/server.js"]\n` },
    { name: 'npm ci is a build step, not the process', path: 'Dockerfile', code: `FROM node:20\nRUN npm ci && npm run build\nCMD ["node", "dist/main.js"]\n` },
  ],
  invalid: [
    {
      name: 'CMD npm start',
      path: 'Dockerfile',
      code: `FROM node:20\nCOPY . .\n⟦CMD ["npm", "start"]⟧\n`,
      messageIncludes: ['npm start', 'SIGTERM'],
    },
    { name: 'shell form npm run', path: 'Dockerfile', code: `FROM node:20\n⟦CMD npm run serve⟧\n` },
    { name: "yarn's script shorthand (yarn 1 as PID 1 keeps SIGTERM from the app)", path: 'Dockerfile', code: `FROM node:20-alpine\nWORKDIR /app\nCOPY . .\n⟦CMD ["yarn", "dev"]⟧\n`, messageIncludes: ['`yarn dev`'] },
    { name: "pnpm's script shorthand, shell form", path: 'api/Dockerfile', code: `FROM node:22-slim\n⟦CMD pnpm serve⟧\n` },
    {
      name: 'a shell script of several commands',
      path: 'Dockerfile',
      code: `FROM python:3.12\n⟦CMD python manage.py collectstatic --noinput && gunicorn shop.wsgi⟧\n`,
      output: `FROM python:3.12\nCMD python manage.py collectstatic --noinput && exec gunicorn shop.wsgi\n`,
    },
    { name: 'sh -c in exec form', path: 'Dockerfile', code: `FROM node:20\n⟦ENTRYPOINT ["sh", "-c", "node warm-cache.js; node server.js"]⟧\n` },
  ],
};
