// Shapes from batch W's apps, as general patterns: keys whose format says they ship in an app
// (RevenueCat's public SDK keys, Adyen's client keys), a generated session key, the name a credential is stored under passed
// to a lookup, a config file kept in a data/ folder, a key written as its bytes, and web2py's user:password login. Values are generated.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const VENDOR_SHAPE_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  typescript: {
    valid: [
      {
        name: "RevenueCat's public SDK keys ship inside the app",
        path: 'src/lib/purchases.ts',
        code: 'const REVENUECAT_IOS_KEY = "appl_kQ2rT8vLmZ4xW9pN3cB7hJ5sYd1";\nconst REVENUECAT_ANDROID_KEY = "goog_Xy7Qe2Rt9LmK4vB8nW3pZc6Hs1J";\nPurchases.configure({ apiKey: REVENUECAT_IOS_KEY });\n',
      },
      { name: 'a session key that names a storage slot',  path: 'src/auth/store.ts', code: "const sessionKey = 'user_session';\nlocalStorage.setItem(sessionKey, token);\n" },
    ],
    invalid: [
      {
        name: 'a secret key beside them is still reported',
        path: 'src/lib/purchases.ts',
        code: 'const REVENUECAT_SECRET_KEY = ⟦"sk_Qe2Rt9LmK4vB8nW3pZc6Hs1JkQ2rT8vL"⟧;\n',
      },
    ],
  },
  python: {
    valid: [
      {
        name: "Adyen's client key runs in the shopper's browser; a credential's stored name passed to a lookup",
        path: 'payments/plugin.py',
        code: 'ADYEN_CLIENT_KEY = "live_6XQJ3QZ5MRBU3FQKF4ZKB5YVUUGMVV4M"\ntoken = get_secret("shopify_admin_api_token")\nmail.settings.login = "smtp.office365.com:587"\nmail.settings.login = "appointments@clinic.example"\n',
      },
    ],
    invalid: [
      {
        name: "a Mollie live key (mixed case) is a secret, and so is Adyen's API key",
        path: 'payments/plugin.py',
        code: 'MOLLIE_API_KEY = ⟦"live_Hq7WmNtPzRkVcXbLs2dF9gJ4kQ8rT3"⟧\nADYEN_API_KEY = ⟦"AQEgGCnPubDfeffLllTpY1VshmAt2tF+r49TaeIS9qC77Xs6seJ2boTudYgYxmw"⟧\n',
      },
      {
        name: "web2py's mailer login: the password half of user:password",
        path: 'models/db.py',
        code: 'mail = auth.settings.mailer\nmail.settings.server = "smtp.office365.com:587"\nmail.settings.login = "appointments@clinic.example:⟦q0GSbfIJrMs9XzfK⟧"\n',
      },
    ],
  },
  ruby: {
    valid: [
      {
        name: "Huginn's credential(name) reads a stored credential by its name",
        path: 'app/concerns/weather_concern.rb',
        code: 'module WeatherConcern\n  def weather_api_key\n    interpolated["api_key"].presence || credential("openweather_api_key")\n  end\nend\n',
      },
    ],
    invalid: [],
  },
  yaml: {
    valid: [
      {
        name: 'an env file written from YAML whose secrets are read at boot',
        path: 'user-data/web.yaml',
        code: '#cloud-config\nwrite_files:\n  - path: /etc/app.env\n    content: |\n      DATABASE_URL=${DATABASE_URL}\n      SECRET_KEY=\n      API_TOKEN=changeme\n',
      },
      {
        name: 'a YAML file written from YAML whose password is templated, and code in a block: no value',
        path: 'roles/registry/tasks/main.yml',
        code: '- name: Write registries.yaml\n  ansible.builtin.copy:\n    dest: /etc/rancher/k3s/registries.yaml\n    content: |\n      configs:\n        registry.example.net:\n          auth:\n            username: deploy\n            password: "{{ vault_registry_password }}"\n- name: Write settings.py\n  ansible.builtin.copy:\n    dest: /srv/app/settings.py\n    content: |\n      class Settings(BaseSettings):\n          password: str = "x"\n          token: SecretStr\n',
      },
      {
        name: "a PAN id's bytes and a list of ports are no key",
        path: 'data/configuration.yaml',
        code: 'advanced:\n  ext_pan_id: [221, 221, 221, 221, 221, 221, 221, 221]\n  ports: [8080, 8081, 8082]\n',
      },
    ],
    invalid: [
      {
        name: "zigbee2mqtt's data/configuration.yaml is the app's config, not a dataset: its MQTT password and network key bytes",
        path: 'data/configuration.yaml',
        code: 'mqtt:\n  server: mqtt://192.168.1.20:1883\n  user: z2m\n  password: ⟦eRyMpTCFWam7uSYTvsQ⟧\nadvanced:\n  network_key: ⟦[101, 42, 236, 252, 17, 115, 228, 109, 4, 184, 134, 134, 197, 35, 184, 0]⟧\n',
        severity: 'error',
      },
      {
        name: "a generated SESSION_KEY (gorilla/sessions' cookie key) in a compose environment",
        path: 'docker-compose.yml',
        code: 'services:\n  api:\n    environment:\n      SESSION_KEY: ⟦9c269a3784ecf13b0fcaf8dd09cb5535⟧\n',
      },
      {
        name: "cloud-init's write_files content: each NAME=value line of the env file it writes",
        path: 'user-data/edge-node.yaml',
        code: '#cloud-config\nwrite_files:\n  - path: /etc/fleet/agent.env\n    content: |\n      FLEET_ENROLL_SECRET=⟦16d3911844eba9c0ae074b000deeeffc57f0a8e4⟧\n      FLEET_URL=https://fleet.ops.example\n      export API_TOKEN="⟦Xd22AfnqkiC00tmQ7⟧"\n      LOG_LEVEL=info\n',
      },
      {
        name: "Ansible's copy content of a YAML file (k3s' registries.yaml): each key: value line judged by its key, Jinja beside it",
        path: 'roles/k3s/tasks/main.yml',
        code: '- name: Write registries.yaml\n  ansible.builtin.copy:\n    dest: /etc/rancher/k3s/registries.yaml\n    content: |\n      mirrors:\n        docker.io:\n          endpoint: ["{{ registry_mirror }}"]\n      configs:\n        registry.example.net:\n          auth:\n            username: deploy\n            password: ⟦Rk4vN8xQ2mTz6pWb⟧\n            token: "⟦b7Xq2Lm9Rv4Tz8Kp3Wc6⟧" # CI robot\n',
      },
      {
        name: 'records in a data/ folder are a fixture: a guess there is information',
        path: 'data/users.yaml',
        code: '- email: ada@example.com\n  password: ⟦Ada-Lovelace-1815⟧\n',
        severity: 'info',
      },
    ],
  },
};
