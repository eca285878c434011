class ApplicationTool < ActionTool::Base
end
