const pageQuery = `{
  pages: allMarkdownRemark { nodes { id frontmatter { title } excerpt } }
}`;

module.exports = [{ query: pageQuery, transformer: ({ data }) => data.pages.nodes, indexName: 'journal' }];
