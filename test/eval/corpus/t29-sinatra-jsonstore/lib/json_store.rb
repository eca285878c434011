require "json"

# Rows of one kind, kept in a JSON file.
class JsonStore
  def initialize(path)
    @path = path
  end

  def all
    File.exist?(@path) ? JSON.parse(File.read(@path)) : []
  end

  def add(row)
    rows = all << row
    File.write(@path, JSON.pretty_generate(rows))
    row
  end
end
