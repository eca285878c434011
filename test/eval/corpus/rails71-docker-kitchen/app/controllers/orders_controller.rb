class OrdersController < ApplicationController
  # Allergen codes: a frozen lookup table.
  ALLERGENS = { "g" => "gluten", "n" => "nuts", "d" => "dairy" }.freeze

  # Rendered menu fragments by locale: a cache, rebuilt on a miss.
  MENU_CACHE = {} # tfl-eval-not: memory-session-store

  def create
    @order = Order.create!(order_params.merge(user: current_user))
    MENU_CACHE[I18n.locale] ||= render_to_string(partial: "menu")
    render json: { allergens: ALLERGENS.values_at(*@order.allergen_codes) }
  end

  private

  def order_params
    params.require(:order).permit(:dish_id, :notes)
  end
end
