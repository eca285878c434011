// Laravel's session driver in env files: a deploy's is reported, a developer's (and a template's) is not.
import type { Examples } from '../../rule';

export const dotenvDeployExamples: Examples = {
  valid: [
    { name: "the local .env: a developer's machine, where the file driver is Laravel's default", path: '.env', code: 'APP_ENV=local\nSESSION_DRIVER=file\n' },
    { name: 'a template of the env file', path: '.env.production.example', code: 'SESSION_DRIVER=file\n' },
    { name: "a deploy's env file with Redis sessions and a file cache (a cache is recomputed, not a user's session)", path: '.deploy/heroku/.env.heroku', code: 'CACHE_DRIVER=file\nSESSION_DRIVER=redis\n' },
    { name: 'the cookie driver keeps the session in the browser', path: '.env.production', code: 'SESSION_DRIVER=cookie\n' },
  ],
  invalid: [
    {
      name: "a platform's env file under the deploy folder (probe22b J: firefly-iii's .deploy/heroku/.env.heroku)",
      path: '.deploy/heroku/.env.heroku',
      code: 'APP_ENV=heroku\nDB_CONNECTION=pgsql\nSESSION_DRIVER=⟦file⟧\n',
      messageIncludes: ["Laravel's \"file\" session driver, set in this deploy's env file"],
    },
    { name: "production's env file", path: '.env.production', code: 'SESSION_DRIVER=⟦file⟧\n' },
  ],
};
