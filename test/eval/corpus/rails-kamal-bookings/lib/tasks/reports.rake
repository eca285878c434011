namespace :reports do
  desc "Export last month's bookings for finance"
  task export: :environment do
    logger = Logger.new(Rails.root.join("log", "export.log")) # tfl-eval: file-logger
    Booking.where(created_at: 1.month.ago.all_month).find_each { |b| logger.info(b.id) }
  end
end
