class ReportsController < ApplicationController
  # Loaded once when the class loads: configuration, not request state.
  @@formats = %w[csv pdf].freeze # tfl-eval-not: memory-session-store

  def index
    @reports = Report.where(account_id: current_account.id).order(created_at: :desc)
  end

  def create
    report = Report.create!(report_params.merge(account_id: current_account.id))
    @@last_filter = report_params[:filter] # tfl-eval: memory-session-store
    redirect_to reports_path
  end

  def new
    @report = Report.new(filter: @@last_filter)
    @formats = @@formats
  end

  def exporter
    @@exporter ||= ReportExporter.new(formats: @@formats) # tfl-eval-not: memory-session-store
  end

  private

  def report_params
    params.require(:report).permit(:title, :filter, :format)
  end
end
