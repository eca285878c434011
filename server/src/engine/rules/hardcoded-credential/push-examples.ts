// Push and realtime services: web-push's VAPID private key (JS/TS), Ably's API key by its format (every language and
// config), and the VAPID public key the Push API takes, public by its format. Generated values.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const PUSH_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  javascript: {
    valid: [
      {
        name: "the VAPID public key a browser subscribes with, VAPID keys from the environment, Ably's token auth",
        path: 'public/subscribe.js',
        code: `const applicationServerKey = 'BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U';
webpush.setVapidDetails(process.env.VAPID_SUBJECT, process.env.VAPID_PUBLIC_KEY, process.env.VAPID_PRIVATE_KEY);
const realtime = new Ably.Realtime({ authUrl: '/api/ably-token' });
const label = 'Updated at 12:30:45';
`,
      },
    ],
    invalid: [
      {
        name: "web-push's VAPID private key and an Ably API key's secret",
        path: 'src/push/vapid.js',
        code: `const webpush = require('web-push');
webpush.setVapidDetails('mailto:ops@example.org', publicKey, ⟦'LZ9SXPF0g8HaoZV3-29Iv0EtUyT2iko_6llgwaCnCTh'⟧);
const rest = new Ably.Rest('dB8P6E.gSADat:⟦asVMEh0ppCdZSl4MzwwZ2ZDIMWXH-tJcY2MdJrbsBgQ⟧');
`,
      },
    ],
  },
  python: {
    valid: [],
    invalid: [
      {
        name: "an Ably API key's secret given to AblyRest",
        path: 'worker/publish.py',
        code: `from ably import AblyRest\nABLY = AblyRest("9e5JgG.Ttg7K7:⟦xuqsGuNtNoPbtZ3JnuA-WIxyQSnI2ig5tJV2PafOR5s⟧")\n`,
      },
    ],
  },
};
