configure :development do
  set :database, 'sqlite3:db/recipes_dev.sqlite3' # tfl-eval: dev-prod-divergence
end

configure :test do
  set :database, 'sqlite3::memory:'
end

configure :production do
  set :database, { adapter: 'postgresql', encoding: 'unicode', database: 'recipes', pool: 5 }
end
