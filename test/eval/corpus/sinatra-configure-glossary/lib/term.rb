class Term < ActiveRecord::Base
  validates :slug, presence: true, uniqueness: true
  validates :title, presence: true
end
