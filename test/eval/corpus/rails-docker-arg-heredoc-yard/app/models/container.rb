class Container < ApplicationRecord
  validates :code, presence: true, format: { with: /\A[A-Z]{4}\d{7}\z/ }
end
