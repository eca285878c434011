default: &default
  adapter: postgresql
  pool: 5

development:
  <<: *default
  database: tally_development

production:
  <<: *default
  database: tally_production
  username: tally
  password: qoRV_Y2umZCC # tfl-eval: hardcoded-credential
  host: pg.tally.internal
