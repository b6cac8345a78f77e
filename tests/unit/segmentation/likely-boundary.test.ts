import { describe, expect, test } from "vitest";
import { likelyBoundary } from "@/lib/segmentation/likely-boundary";

describe("likelyBoundary", () => {
  test("is just before the stray fragment after a full stop", () => {
    const text = "create a new era in their respective positions. new performance.";
    expect(likelyBoundary(text)).toBe(text.indexOf("new performance."));
  });
  test("handles a missing space and closing quotes", () => {
    expect(likelyBoundary("It is eternal.”Next one.")).toBe("It is eternal.”".length);
    expect(likelyBoundary("Lei Feng is a model.It is eternal.")).toBe("Lei Feng is a model.".length);
  });
  test("is the start when the sentence has no inner boundary", () => {
    expect(likelyBoundary("and let Lei Feng learn from the people, especially It has become a common practice")).toBe(0);
    expect(likelyBoundary("A sentence.")).toBe(0);
  });
  test("knows Chinese punctuation", () => {
    expect(likelyBoundary("学习雷锋。好榜样")).toBe(5);
  });
});
