# Installs PostgreSQL and the ledger database.
class profile::postgres (
  String $version,
  Sensitive[String] $app_password,
  Sensitive[String] $replica_password,
) {
  class { 'postgresql::globals':
    version => $version,
  }
  -> class { 'postgresql::server':
    listen_addresses           => '*',
    postgres_password          => 'Pg-superuser-0nly', # tfl-eval: hardcoded-credential
  }

  postgresql::server::db { 'ledger':
    user     => 'ledger',
    password => postgresql::postgresql_password('ledger', $app_password),
  }
}
