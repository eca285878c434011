namespace :lockbox do
  desc "Print a new master key (store it in 1Password, not here)"
  task :generate_key do
    puts Lockbox.generate_key
  end

  desc "Backfill legacy attr_encrypted notes into Lockbox"
  task backfill: :environment do
    Lockbox.migrate(Patient)
  end
end
