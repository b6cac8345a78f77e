import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { runScript } from "@/tests/support/run-script";

const SCRIPT = "scripts/segment.ts";
const SAMPLE = "tests/fixtures/samples/004_607dce494198f64d.txt";

describe("scripts/segment.ts", () => {
  test("FILE... prints one object per file with its sentences", async () => {
    const result = await runScript(SCRIPT, [SAMPLE]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const output = JSON.parse(result.stdout) as { file: string; sentences: string[] }[];
    expect(output).toHaveLength(1);
    expect(output[0]?.file).toBe(SAMPLE);
    expect(output[0]?.sentences).toHaveLength(8);
    expect(output[0]?.sentences[1]).toBe("District Party Secretary Zhang Chao presided over and delivered a speech.");
  });

  test("--json reads an array of texts and prints only an array of sentence arrays", async () => {
    const result = await runScript(SCRIPT, ["--json"], { input: JSON.stringify(["Mr. Smith left. He came back.", "一。二！", ""]) });
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(result.stdout)).toEqual([["Mr. Smith left.", "He came back."], ["一。", "二！"], []]);
  });

  test.each([
    ["invalid JSON", '["a",', /^segment: stdin is not valid JSON \(.+\)\n$/],
    ["not an array", '{"text": "a"}', /^segment: stdin must be a JSON array of strings\n$/],
    ["not an array of strings", '["a", 2]', /^segment: stdin must be a JSON array of strings \(item 1: .+\)\n$/],
  ])("--json with %s fails with one line and exit code 1", async (_name, input, message) => {
    const result = await runScript(SCRIPT, ["--json"], { input });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
  });

  test("a missing file fails with one line and exit code 1", async () => {
    const result = await runScript(SCRIPT, ["no-such-file.txt"]);
    expect(result).toEqual({ code: 1, stdout: "", stderr: "segment: cannot read no-such-file.txt: no such file\n" });
  });

  test("a file that is not UTF-8 fails with one line and exit code 1", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "segment-")), "latin1.txt");
    writeFileSync(file, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e]));
    const result = await runScript(SCRIPT, [file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^segment: .*latin1\.txt is not UTF-8 text.*\n$/);
    expect(result.stderr.split("\n")).toHaveLength(2);
  });

  test("bad usage fails with the usage line and exit code 2", async () => {
    for (const args of [[], ["--bogus"], ["--lang", "fr", SAMPLE], ["--json", SAMPLE]]) {
      const result = await runScript(SCRIPT, args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^segment: .*usage: segment .*\n$/);
    }
  });
});
