// pip requirements files; each names its place in the repository (`repositoryPath`), as the node layer does.
import { at } from './example-place';
import type { Examples } from '../../rule';


export const requirementsExamples: Examples = {
  valid: [
    {
      name: 'registry pins, the project itself, VCS and https URLs, a folder and a wheel inside the repository',
      ...at('requirements.txt'),
      code:
        '# Production pins\nFlask==3.0.3\npsycopg[binary]==3.1.19 ; python_version >= "3.9"\n-e .\n' +
        'invoice-rules @ git+https://github.com/acme/invoice-rules.git@v0.8.2\n-e git+https://github.com/acme/fakestripe.git@v1.4.0#egg=fakestripe\n' +
        'https://files.example.com/wheels/acme_money-2.1.0-py3-none-any.whl\n./vendor/stripe_helpers\nwheels/acme_pdf-1.2.0-py3-none-any.whl\n',
    },
    {
      name: 'a service of a monorepo installing libraries of the same repository',
      ...at('services/gateway/requirements.txt'),
      code: '-e ../../libs/auth\n../../libs/telemetry[otel]\nacme-models @ file:../../libs/models\n',
    },
    {
      name: 'other requirements and constraints files, a find-links folder and an index: lists and indexes, not code (as eval_gemfile)',
      ...at('requirements-dev.txt'),
      code: '-r ../platform-requirements/common.txt\n-c ../platform-requirements/constraints.txt\n--find-links ../wheelhouse\n-f /opt/wheels\n--index-url https://pypi.example.com/simple\n',
    },
    {
      name: 'a path from an environment variable, comments, and a hash fragment that is no comment',
      ...at('requirements.txt'),
      code: '-e ${ACME_THEME_SRC}\n# -e ../pyjwt-fork\nrequests==2.32.3  # not ../requests\nacme-sdk @ https://files.example.com/acme_sdk-1.0.whl#sha256=0a1b2c\n',
    },
    {
      name: "a test fixture's requirements pointing anywhere is test data",
      ...at('tests/fixtures/legacy-app/requirements.txt'),
      code: '-e ../../../../legacy-utils\n',
    },
  ],
  invalid: [
    {
      name: 'editable installs in every spelling, bare paths, file URLs and PEP 508 file references outside the repository',
      ...at('requirements.txt'),
      code:
        'Flask==3.0.3\n-e ⟦../billing-common⟧  # shared models\n--editable ⟦../billing-testkit⟧\n--editable=⟦../acme-lint-rules⟧\n' +
        '⟦../shared/django-acme-auth⟧\n⟦file:///opt/acme/wheels/acme_search-0.9.3-py3-none-any.whl⟧\n' +
        'acme-pdf @ ⟦file:///home/ci/wheels/acme_pdf-1.2.0-py3-none-any.whl⟧\nacme-observability @ ⟦file:../acme-observability⟧\n',
      messageIncludes: ['requirements file entry', 'outside this repository'],
      severity: 'warning',
    },
    {
      name: 'a monorepo service reaching past the repository root, with extras and a marker',
      ...at('services/gateway/requirements-test.txt'),
      code: '-r requirements.txt\n-e ⟦../../../ml-models/client[grpc]⟧\n⟦../../../qa-fixtures⟧ ; python_version >= "3.11"\n',
    },
    {
      name: 'an absolute path, wherever the file sits',
      path: 'constraints.txt',
      code: '⟦/srv/wheels/acme_geo-1.4.0-py3-none-any.whl⟧\n',
      messageIncludes: ['absolute path'],
    },
  ],
};
