class PageViewsConsumer < Karafka::BaseConsumer
  GEOIP_LICENSE_KEY = '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' # tfl-eval: hardcoded-credential

  def consume
    rows = messages.payloads.map do |view|
      { ts: view['ts'], path: view['path'], country: geo.lookup(view['ip'])&.country&.iso_code }
    end
    Clickhouse.connection.insert_rows('page_views', rows)
  end

  private

  def geo
    @geo ||= MaxMind::GeoIP2::Client.new(account_id: 982_114, license_key: GEOIP_LICENSE_KEY, host: 'geolite.info')
  end
end
