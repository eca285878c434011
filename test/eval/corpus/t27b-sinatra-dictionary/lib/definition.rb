class Definition
  attr_reader :text, :word_id

  @@definitions = [] # tfl-eval: memory-session-store

  def initialize(text:, word_id:)
    @text = text
    @word_id = word_id
  end

  def save
    @@definitions.push(self)
  end

  def self.find_by_word(word_id)
    @@definitions.select { |definition| definition.word_id == word_id }
  end
end
