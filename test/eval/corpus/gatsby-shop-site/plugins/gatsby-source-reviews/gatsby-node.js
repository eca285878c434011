exports.sourceNodes = async ({ actions, createNodeId, createContentDigest }, { apiToken }) => {
  const res = await fetch("https://api.reviews.example.com/v1/reviews", { headers: { Authorization: `Token ${apiToken}` } });
  for (const review of await res.json()) {
    actions.createNode({ ...review, id: createNodeId(review.id), internal: { type: "Review", contentDigest: createContentDigest(review) } });
  }
};
