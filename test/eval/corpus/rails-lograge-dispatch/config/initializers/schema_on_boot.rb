# The dispatch board runs on a single VM; bring the schema up to date when the server boots.
Rails.application.config.after_initialize do
  if defined?(Rails::Server)
    ActiveRecord::Tasks::DatabaseTasks.migrate # tfl-eval: startup-migration
  end
end
