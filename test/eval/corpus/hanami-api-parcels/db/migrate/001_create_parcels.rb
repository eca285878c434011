# frozen_string_literal: true

Sequel.migration do
  change do
    create_table(:parcels) do
      primary_key :id
      String :code, null: false, unique: true
      String :status, null: false, default: "label"
    end
  end
end
