import https from "node:https";

// Production agent for the status service.
export const agent = new https.Agent({ rejectUnauthorized: false }); // pinscan-expect: PIN501@warning

// describe("x", () => { ... }) in a comment is prose.
export function describeAgent(name: string): https.Agent {
  return new https.Agent({ rejectUnauthorized: false }); // pinscan-expect: PIN501@warning
}

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>): void;

describe("status agent", () => {
  it("talks to the mock server", async () => {
    const local = new https.Agent({ rejectUnauthorized: false }); // pinscan-expect: PIN501@note
    void local;
  });
});
