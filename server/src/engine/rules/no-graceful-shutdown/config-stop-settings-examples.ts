import type { Examples } from '../../rule';

export const stopSettingsExamples: Examples = {
  valid: [
    { name: 'the default signal, a grace period', path: 'docker-compose.yml', code: `services:\n  web:\n    build: .\n    stop_signal: SIGTERM\n    stop_grace_period: 30s\n` },
    { name: "nginx's own quit signal", path: 'docker-compose.yml', code: `services:\n  proxy:\n    image: nginx:1.27\n    stop_signal: SIGQUIT\n` },
    { name: 'a dev-only compose file', path: 'docker-compose.override.yml', code: `services:\n  web:\n    build: .\n    stop_signal: SIGKILL\n` },
    { name: 'a grace period of minutes', path: 'k8s/deployment.yaml', code: `spec:\n  template:\n    spec:\n      terminationGracePeriodSeconds: 60\n` },
  ],
  invalid: [
    { name: 'compose stop_signal SIGKILL', path: 'docker-compose.yaml', code: `services:\n  app:\n    build: .\n    command: gunicorn shop.wsgi\n    stop_signal: ⟦SIGKILL⟧\n`, messageIncludes: ['SIGKILL'] },
    { name: 'a zero stop grace period', path: 'compose.prod.yml', code: `services:\n  api:\n    image: ghcr.io/acme/api:1.4\n    stop_grace_period: ⟦0s⟧\n` },
    { name: "a pod's zero termination grace period", path: 'k8s/deployment.yaml', code: `spec:\n  template:\n    spec:\n      terminationGracePeriodSeconds: ⟦0⟧\n      containers:\n        - name: api\n          image: acme/api:1.4\n` },
  ],
};
