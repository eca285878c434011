namespace :ledger do
  desc "Reconcile yesterday's ledger"
  task reconcile: :environment do
    log = Logger.new($stdout) # tfl-eval-not: file-logger
    lines = File.readlines(Rails.root.join("log", "production.log")).grep(/payout/) # tfl-eval-not: file-logger
    log.info("#{lines.size} payout lines")
  end
end
