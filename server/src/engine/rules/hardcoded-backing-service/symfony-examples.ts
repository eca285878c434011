import type { Examples } from '../../rule';

export const symfonyExamples: Examples = {
  valid: [
    {
      name: "Symfony bundle config reads its DSNs from the environment; Doctrine's transport on the default connection",
      path: 'config/packages/messenger.yaml',
      code: "framework:\n  messenger:\n    transports:\n      async: '%env(MESSENGER_TRANSPORT_DSN)%'\n      failed: 'doctrine://default?queue_name=failed'\n",
    },
    {
      name: 'dev and test config may name a local server',
      path: 'config/packages/cache.yaml',
      code: "when@dev:\n  framework:\n    cache:\n      default_redis_provider: 'redis://localhost:6379'\n",
    },
    {
      name: 'a file under config/packages/test/',
      path: 'config/packages/test/doctrine.yaml',
      code: "doctrine:\n  dbal:\n    url: 'postgresql://app@127.0.0.1:5432/app_test'\n",
    },
  ],
  invalid: [
    {
      name: 'a Messenger transport and a Doctrine connection written into bundle config',
      path: 'config/packages/messenger.yaml',
      code: "framework:\n  messenger:\n    transports:\n      partner_feed: ⟦'amqp://feed@10.30.2.15:5672/%2f/venues'⟧\nwhen@prod:\n  doctrine:\n    dbal:\n      url: ⟦'postgresql://app@db.venues.internal:5432/app'⟧\n",
      messageIncludes: ['Factor IV', '%env('],
    },
  ],
};
