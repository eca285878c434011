module example.com/oldmod

go 1.16

replace example.com/dep => ../../../../../dep // tfl-eval-not: dependency-outside-codebase
