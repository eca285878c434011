class ImportJob < ApplicationJob
  queue_as :imports

  IMPORT_LOG = Logger.new(Rails.root.join("log", "imports.log")) # tfl-eval: file-logger

  def perform(csv_path)
    CSV.foreach(csv_path, headers: true) do |row|
      User.find_or_create_by!(email: row["email"]) { |u| u.password = SecureRandom.base58(24) }
    end
    IMPORT_LOG.info("imported #{csv_path}")
  end
end
