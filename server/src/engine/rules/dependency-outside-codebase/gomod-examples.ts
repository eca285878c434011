// go.mod and go.work; each names its place in the repository (`repositoryPath`), as the node layer does.
import { at } from './example-place';
import type { Examples } from '../../rule';


export const goModExamples: Examples = {
  valid: [
    {
      name: 'replacements by another module version, and by folders inside the repository',
      ...at('go.mod'),
      code:
        'module github.com/acme/orders\n\ngo 1.22.3\n\nrequire github.com/acme/shared-kit v1.6.0\n\n' +
        'replace golang.org/x/net => golang.org/x/net v0.25.0\nreplace github.com/acme/orders/proto => ./proto\n\n' +
        'replace (\n\tgithub.com/lib/pq => github.com/acme/pq v1.10.9-acme.1\n\tgithub.com/acme/orders/gen v0.1.0 => "./gen"\n)\n',
    },
    {
      name: 'a module of a monorepo replaced by a sibling folder of the same repository; a commented-out replace',
      ...at('services/gateway/go.mod'),
      code: 'module github.com/acme/platform/services/gateway\n\nreplace github.com/acme/platform/auth => ../../auth\n\n// replace github.com/labstack/echo/v4 => ../../../echo\n',
    },
    {
      name: "a workspace's modules inside the repository",
      ...at('go.work'),
      code: 'go 1.22.0\n\nuse (\n\t./cmd/api\n\t./pkg/ledger // the ledger library\n)\n\nuse .\n',
    },
    {
      name: "Go's testdata is the go tool's own test data",
      ...at('internal/modload/testdata/oldmod/go.mod'),
      code: 'module example.com/oldmod\n\nreplace example.com/dep => ../../../../../dep\n',
    },
  ],
  invalid: [
    {
      name: 'a replace by a folder outside the repository, single and in a block, with and without a version, quoted',
      ...at('go.mod'),
      code:
        'module github.com/acme/orders\n\nreplace github.com/acme/shared-kit => ⟦../shared-kit⟧ // local development\n\n' +
        'replace (\n\tgithub.com/acme/money => ⟦../../platform/money⟧\n\tgithub.com/acme/tracing v0.3.1 => ⟦/Users/dev/go/src/github.com/acme/tracing⟧\n' +
        '\tgithub.com/acme/geo => ⟦"../geo"⟧\n)\n',
      messageIncludes: ['go.mod replace directive'],
      severity: 'warning',
    },
    {
      name: "a workspace's use directives and replace outside the repository",
      ...at('go.work'),
      code: 'go 1.22.0\n\nuse (\n\t./cmd/api\n\t⟦../ledger-tools⟧\n)\n\nuse ⟦../../infra/common-go⟧\n\nreplace github.com/acme/decimal => ⟦../decimal-fork⟧\n',
      messageIncludes: ['go.work'],
    },
  ],
};
