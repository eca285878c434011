import type { Examples } from '../../rule';

export const stopSettingsExamples: Examples = {
  valid: [
    {
      name: 'a zero grace on an anchor only asset watchers merge (`yarn build:js --watch`): they serve no one, nothing is in flight',
      path: 'compose.yaml',
      code: `x-assets: &assets\n  build: .\n  stop_grace_period: "0"\n\nservices:\n  js:\n    <<: *assets\n    command: "yarn build:js --watch"\n  css:\n    <<: *assets\n    command: "yarn build:css --watch"\n`,
    },
    { name: 'the default signal, a grace period', path: 'docker-compose.yml', code: `services:\n  web:\n    build: .\n    stop_signal: SIGTERM\n    stop_grace_period: 30s\n` },
    { name: "nginx's own quit signal", path: 'docker-compose.yml', code: `services:\n  proxy:\n    image: nginx:1.27\n    stop_signal: SIGQUIT\n` },
    { name: 'a dev-only compose file', path: 'docker-compose.override.yml', code: `services:\n  web:\n    build: .\n    stop_signal: SIGKILL\n` },
    { name: 'a grace period of minutes', path: 'k8s/deployment.yaml', code: `spec:\n  template:\n    spec:\n      terminationGracePeriodSeconds: 60\n` },
  ],
  invalid: [
    {
      name: 'the same anchor also merged by the web service: the server loses its requests in flight',
      path: 'compose.yaml',
      code: `x-app: &app\n  build: .\n  stop_grace_period: ⟦"0"⟧\n\nservices:\n  web:\n    <<: *app\n    command: gunicorn shop.wsgi\n  js:\n    <<: *app\n    command: "yarn build:js --watch"\n`,
    },
    { name: 'compose stop_signal SIGKILL', path: 'docker-compose.yaml', code: `services:\n  app:\n    build: .\n    command: gunicorn shop.wsgi\n    stop_signal: ⟦SIGKILL⟧\n`, messageIncludes: ['SIGKILL'] },
    { name: 'a zero stop grace period', path: 'compose.prod.yml', code: `services:\n  api:\n    image: ghcr.io/acme/api:1.4\n    stop_grace_period: ⟦0s⟧\n` },
    { name: "a pod's zero termination grace period", path: 'k8s/deployment.yaml', code: `spec:\n  template:\n    spec:\n      terminationGracePeriodSeconds: ⟦0⟧\n      containers:\n        - name: api\n          image: acme/api:1.4\n` },
  ],
};
