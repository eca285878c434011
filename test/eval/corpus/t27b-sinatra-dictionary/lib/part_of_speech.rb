# Filled once when the file loads; the forms only read it.
class PartOfSpeech
  @@parts = {} # tfl-eval-not: memory-session-store
  { "n" => "noun", "v" => "verb", "adj" => "adjective" }.each { |code, label| @@parts[code] = label }

  def self.all
    @@parts
  end

  def self.label(code)
    @@parts.fetch(code, code)
  end
end
