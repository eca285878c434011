// A URL put together with `+` or `.` whose host place a name fills (url-slots.ts concatenatedHostService), round 30:
// the literal the name holds is that service's host, reported where it is written. A web page's URL, a message, and
// a host from the environment or a parameter stay silent.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const CONCATENATED_URL_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  php: {
    valid: [
      {
        name: 'a host from the environment or a parameter, a web page, a log line',
        path: 'src/services.php',
        code: "<?php\n\nuse Predis\\Client;\n\ndefine('PRIMARY_NODE', getenv('REDIS_HOST'));\n$replica = getenv('REPLICA_HOST');\n$replicaUrl = 'redis://' . $replica . ':6379';\n$page = 'bookings.example.org';\n$link = 'https://' . $page . '/confirm';\nerror_log('connected to redis at ' . PRIMARY_NODE);\n\nfunction queueUrl(string $host): string\n{\n    return 'amqp://' . $host . ':5672';\n}\n",
      },
    ],
    invalid: [
      {
        name: "a `define`d constant and a variable in a URL's host place",
        path: 'src/services.php',
        code: "<?php\n\nuse Predis\\Client;\n\ndefine('PRIMARY_NODE', ⟦'10.22.4.9'⟧);\n$cache = new Client('redis://' . PRIMARY_NODE . ':6379/0');\n\n$mq = ⟦'mq-2.booking.internal'⟧;\n$brokerUrl = \"amqp://booking@\" . $mq . \":5672/%2f\";\n",
      },
      {
        name: 'a chain of literals names the host: reported at its first literal',
        path: 'src/services.php',
        code: "<?php\n\n$stats = ⟦\"redis://\"⟧ . 'stats.booking.internal' . \":6379/3\";\n",
      },
    ],
  },
  javascript: {
    valid: [
      {
        name: 'a host from the environment or a parameter, a web page, a log line',
        path: 'src/connections.js',
        code: "const PRIMARY = '10.18.3.21';\nconst replica = process.env.REPLICA_HOST;\nconst replicaUrl = 'redis://' + replica + ':6379';\nconst site = 'rosters.example.org';\nconst portal = 'https://' + site + '/login';\nconsole.log('cache at ' + PRIMARY);\nfunction queueUrl(host) {\n  return 'amqp://' + host + ':5672';\n}\nmodule.exports = { replicaUrl, portal, queueUrl };\n",
      },
    ],
    invalid: [
      {
        name: "a const in a `+` URL's host place, used twice: reported once, where it is written",
        path: 'src/connections.js',
        code: "const Redis = require('ioredis');\n\nconst PRIMARY = ⟦'10.18.3.21'⟧;\nconst cache = new Redis('redis://' + PRIMARY + ':6379/0');\nconst jobs = new Redis('redis://' + PRIMARY + ':6379/1');\n\nmodule.exports = { cache, jobs };\n",
      },
    ],
  },
  python: {
    valid: [
      {
        name: 'a host from the environment, a web page, a message',
        path: 'app/settings.py',
        code: 'import os\n\nREDIS_NODE = "10.44.0.12"\nreplica = os.environ.get("REPLICA_HOST", "")\nREPLICA_URL = "redis://" + replica + ":6379"\nsite = "ledger.example.org"\nPORTAL_URL = "https://" + site + "/login"\nprint("cache on " + REDIS_NODE)\n',
      },
    ],
    invalid: [
      {
        name: "a module name in a `+` URL's host place",
        path: 'app/settings.py',
        code: 'REDIS_NODE = ⟦"10.44.0.12"⟧\n\nCACHE_URL = "redis://" + REDIS_NODE + ":6379/0"\n',
      },
    ],
  },
};
