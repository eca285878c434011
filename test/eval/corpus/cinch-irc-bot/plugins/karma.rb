require 'redis'

class Karma
  include Cinch::Plugin

  match(/karma (\S+)/, method: :show)
  match(/(\S+)\+\+/, method: :increment, use_prefix: false)

  def initialize(*args)
    super
    @redis = Redis.new(url: ENV.fetch('REDIS_URL', 'redis://localhost:6379/0'))
  end

  def show(m, nick)
    m.reply "#{nick} has #{@redis.get("karma:#{nick}").to_i} karma"
  end

  def increment(m, nick)
    return if nick == m.user.nick
    @redis.incr("karma:#{nick}")
  end
end
