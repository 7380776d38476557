// Pins kept in an array whose name says what they are; the values carry no prefix.
export const Sha256Pins: string[] = [
  "0J5y7UoFzI3ATv+SgonEPkUS+LGFQpq8RxGvsK/nh4g=", // pinscan-expect: PIN105@warning
  "Zob5lhheIX6SHiKK7Y3kpEsYVK/ieOOwXus1AjCp4hU=", // pinscan-expect: PIN105@warning
];

// A long list: every element is a pin, also past the lines its name is on.
export const pinnedKeyHashes = [
  "UfzihFN1Ml1qRcS1rJ2S5X9tavi9JGvoNmjHZjW/mmE=", // pinscan-expect: PIN105@warning
  "1HsW0o9IHx7saiOoBaUFpzgLQGp8qDU893sxqTNr/l4=", // pinscan-expect: PIN105@warning
  "KR6V8clUX1SH8+mo+1bKZCXNBsB1CWLRnSgE2yphSf0=", // pinscan-expect: PIN105@warning
  "sAldPqaA+q8jQjYGcSgT9aUAzJP5UddMKCQUDeZ1CLo=", // pinscan-expect: PIN105@warning
  "cSM6UbZ1sfLlhkKGeELsulccqF0yFZwt5+9cTQLLrFI=", // pinscan-expect: PIN105@warning
  "mQJDQxjN0RoA7R2BgrCBKenBuLHRT08lcxGMF3m3Vz0=", // pinscan-expect: PIN105@warning
];

export const releaseNotesDigest =
  "LthbxqOeeVToMHyQEDDJkSo8LO8NoALB3mU+GT4y8gs="; // pinscan-negative: PIN105

export function assetCount(): number {
  return AssetDigests.length;
}

export const assetBase = "/static";

// Content hashes of bundled assets.
export const AssetDigests: string[] = [
  "0J5y7UoFzI3ATv+SgonEPkUS+LGFQpq8RxGvsK/nh4g=", // pinscan-negative: PIN105
];
