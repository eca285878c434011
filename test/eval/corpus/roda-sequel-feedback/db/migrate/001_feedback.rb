Sequel.migration do
  change do
    create_table?(:feedback) do # tfl-eval-not: startup-migration
      primary_key :id
      Integer :rating
      String :comment, text: true
    end
  end
end
