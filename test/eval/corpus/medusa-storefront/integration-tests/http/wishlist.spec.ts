import { medusaIntegrationTestRunner } from "medusa-test-utils"; // tfl-eval: undeclared-dependency

medusaIntegrationTestRunner({
  testSuite: ({ api }) => {
    it("asks anonymous visitors to sign in", async () => {
      const res = await api.get("/store/wishlist", { headers: { authorization: "Bearer not-a-real-token" } }).catch((e) => e.response);
      expect(res.status).toEqual(401);
    });
  },
});
