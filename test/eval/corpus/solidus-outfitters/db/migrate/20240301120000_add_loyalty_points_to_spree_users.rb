class AddLoyaltyPointsToSpreeUsers < ActiveRecord::Migration[7.1]
  def change
    add_column :spree_users, :loyalty_points, :integer, default: 0, null: false
    add_index :spree_users, :loyalty_points
  end
end
