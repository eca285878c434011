// Python, Ruby and JS/TS: environment items inside a command line the code hands on, the key that
// signs URLs, Buildbot's master.cfg, Ruby DSL files without an extension (Vagrantfile, fastlane's Fastfile), Cloudflare's
// `.dev.vars`, dashed .env names, Luigi's luigi.cfg, and search-only keys that are public. Generated values.
import type { LanguageId } from '../../types';
import type { Examples } from '../../rule';

export const TOOLING_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  python: {
    valid: [
      {
        name: "Buildbot's workers reading their passwords, a password policy's settings, a file of web users",
        path: 'master.cfg',
        code: `c['workers'] = [worker.Worker("linux-1", os.environ["WORKER_PASSWORD"])]
policy = PasswordPolicy({"min_length": "twelve", "strength": "strong-enough"})
c['www'] = dict(port=8010, auth=util.HTPasswdAuth("/etc/buildbot/htpasswd"))
`,
      },
      {
        name: 'command lines whose environment names no secret, reads one, or shows a placeholder in usage text',
        path: 'tasks/db.py',
        code: `subprocess.run("PGHOST=db.internal pg_dump -Fc shop", shell=True)
subprocess.run(f"docker run -e POSTGRES_PASSWORD={password} postgres:16", shell=True)
print("usage: docker run -e API_TOKEN=<your token> acme/cli")
os.system("docker run -e POSTGRES_PASSWORD=$PGPASS postgres:16")
`,
      },
    ],
    invalid: [
      {
        name: "Buildbot's master.cfg (Python by name): a worker's password and the web UI's users",
        path: 'master.cfg',
        code: `from buildbot.plugins import util, worker

c['workers'] = [worker.Worker("linux-1", ⟦"Tq8vR2mXw5nKp3Lz"⟧)]
c['www'] = dict(port=8010, auth=util.UserPasswordAuth({"release-manager": ⟦"Hc5wQ9zLm2Vx7t"⟧}))
`,
        severity: 'error',
        messageIncludes: ['hardcoded password'],
      },
      {
        name: "a password in a command line's -e item and in the environment a command starts with",
        path: 'tasks/db.py',
        code: `subprocess.run("docker run -d -e POSTGRES_PASSWORD=⟦Jq8vR2mXwT5nK9⟧ postgres:16", shell=True)
os.system("PGPASSWORD=⟦Lm4pQ8zR2xW7tN⟧ pg_dump -h db.internal shop > shop.sql")
`,
        severity: 'error',
        messageIncludes: ['assignment of a command line'],
      },
    ],
  },
  javascript: {
    valid: [
      {
        name: 'a command line starting with plain settings, a key that names a URL, a URL named by a password word',
        path: 'scripts/release.js',
        code: `execSync('NODE_ENV=production PORT=3000 node server.js')
const urlPassword = '/account/password'
const PASSWORD_URL = 'https://auth.example.com/password'
`,
      },
    ],
    invalid: [
      {
        name: "a build argument in a command line, the key that signs CDN URLs (Cloudflare Workers, imgproxy)",
        path: 'src/index.ts',
        code: `execSync('docker build --build-arg=SENTRY_AUTH_TOKEN=⟦c3f1a9e07b2d4c58a6e1f0b9d2c7a4e8f5b1c3d9e0a7f6b2c4d8e1a9f3b5c7d2⟧ .')
const URL_SIGNING_KEY = ⟦'9b2e7c41f0a8d3e65c1b7a9f2d4e8c06b3a5f1e7d9c2b4a6e8f0d1c3b5a7e9f2'⟧
`,
        severity: 'error',
      },
    ],
  },
  yaml: {
    valid: [
      {
        name: "a Jekyll site's Algolia search-only key: made to be shipped to browsers, as a publishable key",
        path: '_config.yml',
        code: 'algolia:\n  application_id: K7QX2M9PLA\n  index_name: portfolio\n  search_only_api_key: 3f9c2a7e51d84b6c9e0f1a2d3b4c5e6f\n',
      },
      {
        name: "a Kedro catalog naming the credentials set of each dataset (defined in credentials.yml)",
        path: 'conf/base/catalog.yml',
        code: 'raw_customers:\n  type: pandas.SQLTableDataset\n  credentials: warehouse\nraw_events:\n  type: pandas.ParquetDataset\n  credentials: s3_lake\n',
      },
    ],
    invalid: [],
  },
  ini: {
    valid: [
      {
        name: "Luigi's scheduler and an empty AWS section left to the environment",
        path: 'luigi.cfg',
        code: '[core]\ndefault-scheduler-host=luigid.internal\n\n[redshift]\naws_access_key_id=\naws_secret_access_key=\n',
      },
    ],
    invalid: [
      {
        name: "Luigi's luigi.cfg: a [postgres] password and the SMTP login of its error mails",
        path: 'luigi.cfg',
        code: '[postgres]\nhost=warehouse.internal\nuser=luigi\npassword=⟦Tz8qL3vNw6Kp2xRm9b⟧\n\n[smtp]\nhost=smtp.internal\nusername=luigi\npassword=⟦Hc5wQ9zLm2Vx7tRp4k⟧\n',
        severity: 'error',
      },
    ],
  },
  json: {
    valid: [],
    invalid: [
      {
        name: "env-cmd's .env-cmdrc is JSON: its environments' secrets are judged by key",
        path: '.env-cmdrc',
        code: '{\n  "development": { "API_URL": "http://localhost:3000" },\n  "production": { "STRIPE_SECRET_KEY": ⟦"Qm7xK2pL9vRz4tWn8bYc3hJd"⟧ }\n}\n',
        severity: 'error',
      },
    ],
  },
  typescript: {
    valid: [
      {
        name: "Typesense's search-only key in a browser client: public by design",
        path: 'src/search.ts',
        code: "export const client = new Typesense.Client({ nodes: [{ host: 'search.acme.io', port: 443, protocol: 'https' }], searchOnlyApiKey: 'b7Rk2Qm9xLz4Vt8Nw3Pc6Hj1' })\n",
      },
      {
        name: "PostHog's project API key inlined by webpack's DefinePlugin: made for the browser",
        path: 'webpack.config.ts',
        code: "new webpack.DefinePlugin({ 'process.env.POSTHOG_KEY': JSON.stringify('phc_Xq7vK2mLz9Rt4Wn8Bc3Hj6Pd1Sf5Ga0Ue2Yk4Ti7Lo') })\n",
      },
    ],
    invalid: [],
  },
  ruby: {
    valid: [
      {
        name: "a Vagrantfile's settings without secrets, a command line that reads its secret",
        path: 'Vagrantfile',
        code: `Vagrant.configure('2') do |config|
  config.vm.box = 'bento/ubuntu-22.04'
  config.vm.provision 'docker' do |d|
    d.run 'grafana/grafana', args: "-p 3001:3000 -e GF_SECURITY_ADMIN_PASSWORD=#{ENV.fetch('GRAFANA_PASSWORD')}"
  end
end
`,
      },
      {
        name: "a credentials hash's client id: who the secret beside it is for",
        path: 'app/consumers/invoice_consumer.rb',
        code: "XERO = XeroRuby::ApiClient.new(credentials: { client_id: 'B7R2Q9XLZ4VT8NW3PC6HJ1KD5SF0GAUE', client_secret: ENV.fetch('XERO_CLIENT_SECRET') })\n",
      },
      {
        name: "fastlane's App Store Connect key id and issuer id (identifiers, the key is the .p8 file)",
        path: 'fastlane/Fastfile',
        code: "lane :beta do\n  app_store_connect_api_key(key_id: 'D83848D23Z', issuer_id: '69a6de92-4e3b-47e3-e053-5b8c7c11a4d1', key_filepath: './AuthKey.p8')\nend\n",
      },
    ],
    invalid: [
      {
        name: "a Vagrantfile (Ruby without an extension): a password constant and a container's -e item",
        path: 'Vagrantfile',
        code: `MYSQL_ROOT_PASSWORD = ⟦'vT7q2LmZ9xKp4wRc'⟧
Vagrant.configure('2') do |config|
  config.vm.provision 'docker' do |d|
    d.run 'grafana/grafana', args: "-p 3001:3000 -e GF_SECURITY_ADMIN_PASSWORD=⟦Xk29fLq0ZmPw7T⟧"
  end
end
`,
        severity: 'error',
      },
      {
        name: "fastlane's Fastfile and Matchfile: match's password and git basic authorization",
        path: 'fastlane/Fastfile',
        code: "ENV['MATCH_PASSWORD'] = ⟦'k8Rz2qLw5Vn9xTp3'⟧\nlane :internal do\n  gradle(task: 'bundle', properties: { 'android.injected.signing.store.password' => ⟦'Hq4mX8vN2zLr6tWp'⟧ })\nend\n",
        severity: 'error',
      },
      {
        name: "Vagrant's stock `vagrant` password: information, as other stock local passwords",
        path: 'Vagrantfile',
        code: "Vagrant.configure('2') do |config|\n  config.ssh.password = ⟦'vagrant'⟧\nend\n",
        severity: 'info',
        messageIncludes: ['stock local-development password'],
      },
    ],
  },
};
