require 'mysql2'
require 'slack-notifier'
require 'google/apis/sheets_v4'

module Reports
  SLACK = Slack::Notifier.new('https://hooks.slack.com/services/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') # tfl-eval: hardcoded-credential

  def self.db
    @db ||= Mysql2::Client.new(host: ENV.fetch('DB_HOST'), username: 'reports_ro',
                               password: 'rep0rts', database: 'shop') # tfl-eval: hardcoded-credential
  end

  def self.daily
    total = db.query("SELECT SUM(total) AS t FROM orders WHERE created_at >= CURDATE() - INTERVAL 1 DAY").first['t']
    SLACK.ping("Yesterday's revenue: €#{total.to_f.round(2)}")
  end

  def self.weekly
    sheets = Google::Apis::SheetsV4::SheetsService.new
    sheets.key = 'AIza-Sp0_SfkavJEBcrOcyE05PE0oLZ_KVJWtjP' # tfl-eval: hardcoded-credential
    rows = db.query('SELECT sku, SUM(qty) q FROM order_lines GROUP BY sku ORDER BY q DESC LIMIT 20').map(&:values)
    sheets.append_spreadsheet_value('1BxijzRjkALMGtTMNKJhdJihcoEsP7VZokKwmVdK4nv', 'Weekly!A1', { values: rows }, value_input_option: 'RAW')
  end
end
