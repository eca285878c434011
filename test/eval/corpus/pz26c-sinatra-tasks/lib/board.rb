module Board
  def self.open_tasks
    Task.where(done: false).order(:due_on)
  end
end
