require "sidekiq"

class CloseExpiredPolls
  include Sidekiq::Job

  def perform
    DB[:polls].where { closes_at < Time.now }.update(closed: true)
  end
end
