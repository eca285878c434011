Jets.project.configure do
  config.project_name = 'receipts'
  config.mode = 'job'
  config.cron_expression = 'cron(0 2 * * ? *)'

  config.function.timeout = 120
  config.function.memory_size = 1536
  config.function.environment = {
    DATABASE_URL: 'mysql2://receipts:5xHGCfcrRQPKtGOPy4@receipts.cluster-cw2.us-west-2.rds.amazonaws.com/receipts', # tfl-eval: hardcoded-credential, hardcoded-backing-service
    VERYFI_CLIENT_ID: 'vrfGP3BLJoMH8xUmYri36VwK4E0uXn0EKCE1tFCy',
    VERYFI_API_KEY: '4bcf84607c821373fbf2f4cb7a7cb144', # tfl-eval: hardcoded-credential
    RAILS_LOG_TO_STDOUT: '1'
  }
end
