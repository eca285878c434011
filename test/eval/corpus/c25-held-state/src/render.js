// Renders report templates: a visitor object walks the parsed nodes with a context.
class TemplateRenderer {
  constructor(partials) {
    this.partials = partials;
    this.seen = []; // tfl-eval-not: memory-session-store
  }

  render(node, ctx) {
    const parts = []; // tfl-eval-not: memory-session-store
    this.seen.push(node.name);
    for (const child of node.children) parts.push(this.render(child, { ...ctx, depth: ctx.depth + 1 }));
    ctx.rendered = new Set([node.name]);
    return parts.join('');
  }
}

module.exports = { TemplateRenderer };
