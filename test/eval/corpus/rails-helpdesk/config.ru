require_relative "config/environment"

ActiveRecord::Tasks::DatabaseTasks.migrate  # tfl-eval: startup-migration

run Rails.application
Rails.application.load_server
