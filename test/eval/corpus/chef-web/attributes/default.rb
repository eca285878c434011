default['app']['name'] = 'storefront'
default['app']['deploy_user'] = 'deploy'
default['app']['ruby_version'] = '3.3.4'

default['mysql']['server_root_password'] = 'dAZIRYr4ldoEokba1rlN' # tfl-eval: hardcoded-credential
default['mysql']['app_password'] = 'jRfQVMDWRjniukRsKfn8' # tfl-eval: hardcoded-credential
default['mysql']['bind_address'] = '0.0.0.0'

default['newrelic']['license_key'] = '52b8baa5fec5c424fd06095335215ec6784bNRAL' # tfl-eval: hardcoded-credential
default['nginx']['worker_processes'] = 4
default['app']['secret_key_base'] = node.run_state['secret_key_base'] # tfl-eval-not: hardcoded-credential
