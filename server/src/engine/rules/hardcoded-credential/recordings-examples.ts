// Recorded HTTP traffic committed beside tests: HTTP Archives (`.har`, Polly.js' recordings, a browser's export),
// VCR and vcrpy cassettes. A header, cookie or query pair is judged under its `name`; the recorders' filters
// (`<GITHUB_TOKEN>`, `DUMMY`) are placeholders. Values are generated for these examples.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const RECORDING_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  json: {
    valid: [
      {
        name: 'an HTTP Archive whose authorization header the recorder removed or masked',
        path: 'docs/support/session.har',
        code: '{\n  "log": {\n    "version": "1.2",\n    "entries": [\n      {\n        "request": {\n          "method": "GET",\n          "url": "https://api.acme.dev/v1/orders",\n          "headers": [\n            { "name": "Authorization", "value": "Bearer <redacted>" },\n            { "name": "Accept", "value": "application/json" }\n          ]\n        }\n      }\n    ]\n  }\n}\n',
      },
    ],
    invalid: [
      {
        name: "an HTTP Archive's request headers and query pairs, each judged under its name",
        path: 'docs/support/session.har',
        code: '{\n  "log": {\n    "version": "1.2",\n    "entries": [\n      {\n        "request": {\n          "method": "GET",\n          "url": "https://api.acme.dev/v1/orders",\n          "headers": [\n            { "name": "Authorization", "value": ⟦"Bearer GDOY0z41WSz9KJshN9KNnLVjkBi3gkY2M7fkroF7"⟧ },\n            { "name": "X-Api-Key", "value": ⟦"09e53528cae8621b0301e28859084064"⟧ }\n          ],\n          "queryString": [{ "name": "access_token", "value": ⟦"Zq8vKx2mWp4nRt6yLs0bHj3cQ9"⟧ }]\n        }\n      }\n    ]\n  }\n}\n',
      },
    ],
  },
  yaml: {
    valid: [
      {
        name: "a VCR cassette whose token the recorder filtered (filter_sensitive_data's placeholder)",
        path: 'spec/fixtures/vcr_cassettes/github/org_repos.yml',
        code: '---\nhttp_interactions:\n- request:\n    method: get\n    uri: https://api.github.com/orgs/acme-corp/repos\n    headers:\n      Authorization:\n      - token <GITHUB_TOKEN>\n  recorded_at: Tue, 05 Mar 2024 10:00:00 GMT\nrecorded_with: VCR 6.2.0\n',
      },
    ],
    invalid: [
      {
        name: 'a cassette that recorded a token the filter missed: known by its format, an error even in a fixture',
        path: 'spec/fixtures/vcr_cassettes/slack/post_message.yml',
        code: '---\nhttp_interactions:\n- request:\n    method: post\n    uri: https://slack.com/api/chat.postMessage\n    headers:\n      Authorization:\n      - Bearer ⟦xoxb-350590968571-2434476109336-b4Y4vCaavAlwzkrTHxVrwPtL⟧\nrecorded_with: VCR 6.2.0\n',
        severity: 'error',
      },
    ],
  },
};
