##
# A MySQL connection:
# DataMapper.setup(:default, 'mysql://user:password@localhost/the_database_name')
#
ActiveRecord::Base.configurations[:development] = {
  :adapter   => 'sqlite3',
  :database  => Padrino.root('db', 'kennel_development.db')
}

ActiveRecord::Base.configurations[:production] = {
  :adapter  => 'postgresql',
  :database => 'kennel_production',
  :username => 'kennel',
  :password => 'UJHXL0Vzjl94oZqiAt5g', # tfl-eval: hardcoded-credential
  :host     => 'pg.kennel.internal',
  :port     => 5432
}

ActiveRecord::Base.configurations[:test] = {
  :adapter   => 'sqlite3',
  :database  => Padrino.root('db', 'kennel_test.db')
}

ActiveRecord::Base.establish_connection(Padrino.env)
