class CurrencyFormatter
  SYMBOLS = { "EUR" => "€", "USD" => "$" }.freeze

  def self.formats
    @formats ||= SYMBOLS.transform_values { |symbol| "#{symbol}%.2f" }
  end

  def self.format(amount, currency)
    format_string = formats.fetch(currency)
    Kernel.format(format_string, amount)
  end

  def parsed_rules
    @parsed_rules ||= YAML.safe_load_file(Rails.root.join("config/rounding.yml"))
  end
end
