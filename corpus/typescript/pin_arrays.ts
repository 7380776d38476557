// Pins kept in an array whose name says what they are; the values carry no prefix.
export const Sha256Pins: string[] = [
  "0J5y7UoFzI3ATv+SgonEPkUS+LGFQpq8RxGvsK/nh4g=", // pinscan-expect: PIN105@warning
  "Zob5lhheIX6SHiKK7Y3kpEsYVK/ieOOwXus1AjCp4hU=", // pinscan-expect: PIN105@warning
];

// Content hashes of bundled assets: not pins.
export const AssetDigests: string[] = [
  "0J5y7UoFzI3ATv+SgonEPkUS+LGFQpq8RxGvsK/nh4g=", // pinscan-negative: PIN105
];
