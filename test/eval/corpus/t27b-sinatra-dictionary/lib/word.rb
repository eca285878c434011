# A word of the dictionary; definitions point at it by id.
class Word
  attr_reader :id, :name

  @@words = {} # tfl-eval: memory-session-store
  @@total_rows = 0

  def initialize(attributes)
    @name = attributes.fetch(:name)
    @id = attributes.fetch(:id) || @@total_rows += 1
  end

  def self.all
    @@words.values.sort_by(&:name)
  end

  def self.find(id)
    @@words[id]
  end

  def save
    @@words[self.id] = Word.new(name: self.name, id: self.id)
  end

  def delete
    @@words.delete(self.id)
  end

  def self.clear
    @@words = {}
    @@total_rows = 0
  end
end
