postgres:
  version: 15
  listen_addresses: '*'
  users:
    app:
      ensure: present
      password: 'Ldg3r-app-PG-2024' # tfl-eval: hardcoded-credential
      createdb: False
    replicator:
      ensure: present
      password: {{ salt['vault'].read_secret('secret/postgres/replicator', 'password') }} # tfl-eval-not: hardcoded-credential
      replication: True
  databases:
    ledger:
      owner: app
