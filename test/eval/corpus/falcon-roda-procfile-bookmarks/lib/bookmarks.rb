require 'roda'
require 'sequel'

DB = Sequel.connect(ENV.fetch('DATABASE_URL'))

class Bookmarks < Roda
  plugin :json

  route do |r|
    r.get 'bookmarks' do
      DB[:bookmarks].order(Sequel.desc(:created_at)).limit(50).all
    end

    r.post 'bookmarks' do
      id = DB[:bookmarks].insert(url: r.params['url'], title: r.params['title'], created_at: Time.now)
      { id: id }
    end
  end
end
