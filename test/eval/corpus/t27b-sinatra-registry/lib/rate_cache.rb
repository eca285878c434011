# A read-through cache of exchange rates that expires entries after ten minutes.
class RateCache
  TTL = 600
  @@rates = {} # tfl-eval-not: memory-session-store

  def self.save(currency, rate)
    @@rates.delete_if { |_, (_, at)| Time.now - at > TTL }
    @@rates[currency] = [rate, Time.now]
    rate
  end

  def self.all
    @@rates.transform_values(&:first)
  end
end
