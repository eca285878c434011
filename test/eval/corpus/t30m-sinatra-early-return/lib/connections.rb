require 'redis'
require 'sequel'
require 'bunny'

module Connections
  def self.db
    url = ENV['DATABASE_URL']
    return Sequel.connect(url) if url
    Sequel.connect('postgres://kiln@localhost:5432/kiln') # tfl-eval-not: hardcoded-backing-service
  end

  def self.cache
    if ENV['REDIS_URL']
      return Redis.new(url: ENV['REDIS_URL'])
    end
    Redis.new(url: 'redis://cache-1.kiln.internal:6379/0') # tfl-eval: hardcoded-backing-service
  end

  def self.queue
    return Bunny.new(ENV['AMQP_URL']) unless ENV['AMQP_URL'].nil?
    Bunny.new('amqp://localhost:5672') # tfl-eval-not: hardcoded-backing-service
  end

  # The variable must be set; the address after is the jobs box, chosen by a flag.
  def self.jobs(local)
    url = ENV['JOBS_REDIS_URL']
    return nil if url.nil?
    return Redis.new(url: url) unless local
    Redis.new(url: 'redis://localhost:6379/5') # tfl-eval: hardcoded-backing-service
  end
end
