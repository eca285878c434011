namespace :almanac do
  desc 'Rebuild the daily almanac entries'
  task rebuild: :environment do
    Entry.where('date >= ?', Date.today).find_each(&:rebuild!)
  end
end
