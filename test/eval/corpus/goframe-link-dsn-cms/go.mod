module cms

go 1.21

require github.com/gogf/gf/v2 v2.6.3
