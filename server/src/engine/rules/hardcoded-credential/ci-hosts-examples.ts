// CI hosts beyond GitHub and GitLab, and the Azure shapes their pipelines carry: Travis CI's Slack rooms and
// `secure:` values, AppVeyor's `secure:`, Azure Pipelines' runtime expressions, folded `appSettings` and
// AzureCLI `inlineScript`s, SonarQube's `sonar.login` token; Azure Storage shared access signatures in code.
// Values are generated for these examples.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const CI_HOST_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  yaml: {
    valid: [
      {
        name: "Travis CI and AppVeyor: `secure:` values are ciphertext only the CI service opens; a room given as `secure:`",
        path: '.travis.yml',
        code: 'env:\n  global:\n    - secure: "kVmVte5xFm4BnD2zwCsY6/QiZIVGzYi/y/J6i6/eeKvolIcYMDwims/OdBR9w6LNaE887WG5LuJTKeCQkGwzP5DK+f0QO7SUeJJpRQoE=="\ndeploy:\n  provider: pypi\n  username: __token__\n  password:\n    secure: "gOxGa+RP53qiWdTddMbjObnxSXQpeqLibmdxU0m9UEFydNRlIDtMgAjCFQ+ko+8eZICu5vutdO9ZbVDvJW/VKW+lLjxwNWz=="\nnotifications:\n  slack:\n    rooms:\n      - secure: "p/wGMRT+beWxXqAbXfS80IMCwecvCdHkkkVL7dyywGcIsPdsMdI6SbPP0ZEZZtJslXijQWqINsqgQMnA0kLThnU2feC4GOV0=="\n    on_success: change\n',
      },
      {
        name: 'Travis CI: a room\'s shape outside `notifications: slack:`, an image pinned to a commit tag',
        path: '.travis.yml',
        code: 'services:\n  - docker\nbefore_install:\n  - docker pull registry.acme.io/api:3f9c2b7e1a4d8c6b0e5f9a1c\nnotifications:\n  email: false\n',
      },
      {
        name: "Azure Pipelines: a variable group, `$(X)` macros, `$[variables.X]` runtime expressions, template parameters; a Sonar login that is a user's name",
        path: 'azure-pipelines.yml',
        code: "variables:\n  - group: permits-prod-secrets\n  - name: acrPassword\n    value: $(ACR_PASSWORD)\n  - name: SENTRY_AUTH_TOKEN\n    value: $[variables.SentryToken]\n  - name: RELEASE_TOKEN\n    value: $[ dependencies.Build.outputs['keys.token'] ]\n  - name: SONAR_LOGIN\n    value: admin\nsteps:\n  - task: AzureCLI@2\n    inputs:\n      inlineScript: |\n        az storage blob upload-batch -d media -s media/ --account-key \"$(STORAGE_KEY)\" --sas-token \"$(MEDIA_SAS)\"\n  - task: AzureWebAppContainer@1\n    inputs:\n      appSettings: >-\n        -DJANGO_SECRET_KEY $(DJANGO_SECRET_KEY)\n        -DATABASE_URL $(DATABASE_URL)\n",
      },
    ],
    invalid: [
      {
        name: "Travis CI: a Slack room written `<workspace>:<token>#<channel>` holds the integration's token",
        path: '.travis.yml',
        code: 'notifications:\n  slack:\n    rooms:\n      - geotiles:⟦cQFSQ00M3se2BwMPlvNkBgSU⟧#builds\n',
      },
      {
        name: 'Travis CI: one Slack room as `rooms:`\'s own string',
        path: '.travis.yml',
        code: 'notifications:\n  slack:\n    rooms: geotiles:⟦T7wLq2ZkV9mRx4NbC8pYd3Hs⟧#builds\n    on_success: change\n',
      },
      {
        name: 'Travis CI: a room on the line after `rooms:`, no `- ` before it',
        path: '.travis.yml',
        code: 'notifications:\n  slack:\n    rooms:\n      geotiles:⟦Qz5Rk8WmT2vLc7NxB4pHs9Jd⟧#deploys\n',
      },
      {
        name: 'Travis CI: rooms in a flow list',
        path: '.travis.yml',
        code: 'notifications:\n  slack: { rooms: [geotiles:⟦Hm3Vx8QpL5zRt2WcK9nBd6Fs⟧#builds] }\n',
      },
      {
        name: "Azure Pipelines: a folded block's literal words beside its macros, found on their own line; an AzureCLI inline script's SAS token; SonarQube's token under SONAR_LOGIN",
        path: 'azure-pipelines.yml',
        code: 'variables:\n  - name: SONAR_LOGIN\n    value: ⟦6160b00f858b39d8837ef6ea9cb6a410457ec85a⟧\nsteps:\n  - task: AzureWebAppContainer@1\n    inputs:\n      appSettings: >-\n        -DJANGO_SECRET_KEY $(DJANGO_SECRET_KEY)\n        -DATABASE_URL postgres://permits:⟦FiVyJORVwNuVY3v2BTP3⟧@permits.postgres.database.azure.com:5432/permits\n  - task: AzureCLI@2\n    inputs:\n      inlineScript: |\n        az storage blob upload-batch --account-key "$(STORAGE_KEY)" -d media -s media/ --sas-token "sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&spr=https&sig=⟦A4eaHndFdk%2BPu7QhNo7y3pG0zTrfOKacgg9g%2FlIB9Eg%3D⟧"\n',
      },
    ],
  },
  python: {
    valid: [
      {
        name: "a SAS URL built from a token the environment holds; documentation samples: a placeholder signature, a sample account's URL (myStorageAct, Contoso)",
        path: 'app/storage.py',
        code: 'import os\n\nfrom azure.storage.blob import BlobClient\n\nSAS = os.environ["AZURE_STORAGE_SAS_TOKEN"]\nblob = BlobClient.from_blob_url(f"https://acmemedia.blob.core.windows.net/media/report.csv?{SAS}")\nHELP = "Paste a SAS URL such as https://acmemedia.blob.core.windows.net/media?sv=2022-11-02&sp=r&sig=<signature>"\nEXAMPLE = "az storage blob copy start --source-uri https://myStorageAct.blob.core.windows.net/backups/db.bak?sp=rl&sv=2018-03-28&sr=c&sig=Qm8sV2kT4rLp0Wz7Nc3Hb6Yd1Fg5Js9Ka2Ue7Ri0Ot4%3D"\n',
      },
    ],
    invalid: [
      {
        name: 'an Azure Storage SAS URL, its signature the secret',
        path: 'app/storage.py',
        code: 'from azure.storage.blob import BlobClient\n\nblob = BlobClient.from_blob_url("https://acmemedia.blob.core.windows.net/media/report.csv?se=2027-03-01T00%3A00%3A00Z&sp=r&sv=2022-11-02&sr=b&sig=⟦0i90feas8kjpxpYA2y2CoYPqpo6R07wH%2BzzzBCsUons%3D⟧")\n',
      },
    ],
  },
  javascript: {
    valid: [
      {
        name: 'a SAS token read from the environment and appended to a container URL',
        path: 'src/uploads.js',
        code: "const { ContainerClient } = require('@azure/storage-blob');\n\nconst container = new ContainerClient(`https://acmemedia.blob.core.windows.net/uploads?${process.env.AZURE_STORAGE_SAS_TOKEN}`);\nmodule.exports = { container };\n",
      },
    ],
    invalid: [
      {
        name: 'a bare SAS token in a constant',
        path: 'src/uploads.js',
        code: "const { ContainerClient } = require('@azure/storage-blob');\n\nconst sas = 'sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2027-06-30T00:00:00Z&spr=https&sig=⟦Wt8iLxvUjHkfjCU6T4ooAfR4ZOk%2FKtxZoICA%2BooOCSE%3D⟧';\nconst container = new ContainerClient(`https://acmemedia.blob.core.windows.net/uploads?${sas}`);\n",
      },
    ],
  },
  ruby: {
    invalid: [
      {
        name: "a SAS URL handed to Active Storage's Azure uploader",
        path: 'lib/tasks/export.rake',
        code: 'task :export do\n  uri = URI("https://acmemedia.blob.core.windows.net/exports/daily.csv?sv=2022-11-02&sr=b&sp=cw&se=2027-01-01T00%3A00%3A00Z&sig=⟦/QcS8aQpfhChDiXL8QQopPnVBwYWEs6bbPBd2hv8%2FKs%3D⟧")\n  Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.put(uri.request_uri, File.read("tmp/daily.csv"), "x-ms-blob-type" => "BlockBlob") }\nend\n',
      },
    ],
    valid: [],
  },
};
