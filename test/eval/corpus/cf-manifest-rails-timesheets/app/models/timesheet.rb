class Timesheet < ApplicationRecord
  belongs_to :employee
  validates :week_starting, presence: true
end
