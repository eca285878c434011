module SchemaBoot
  module_function

  def bring_up_to_date
    ActiveRecord::MigrationContext.new('db/migrate').migrate # tfl-eval: startup-migration
  end

  def rollback_one
    ActiveRecord::MigrationContext.new('db/migrate').rollback
  end

  def test_only_migrate
    ActiveRecord::Migrator.migrate('db/migrate') # tfl-eval-not: startup-migration
  end
end

SchemaBoot.bring_up_to_date

if Rails.env.test?
  SchemaBoot.test_only_migrate
end
