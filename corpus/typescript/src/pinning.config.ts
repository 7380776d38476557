import type { PinningOptions } from 'react-native-ssl-public-key-pinning';

// Pin sets of the mobile banking app (placeholders, not real keys).
const backupKeys = ['QmFja3VwS2V5Rm9yVGhlTmV4dFJvb3RDQS0wMDAwMDA='];

export const pinning: PinningOptions = {
  'api.bank.example': {
    includeSubdomains: true,
    publicKeyHashes: [ // pinscan-expect: PIN344
      'UHJpbWFyeVJvb3RLZXlQbGFjZWhvbGRlci0wMDAwMDA=', // pinscan-expect: PIN105
      ...backupKeys,
    ],
  },
  'cdn.bank.example': {
    includeSubdomains: false,
    publicKeyHashes: backupKeys, // pinscan-expect: PIN344
    expirationDate: '2027-06-30',
  },
};

// Negatives.

// The type of a host entry declares the key, it pins nothing.
export interface HostPins {
  includeSubdomains?: boolean;
  publicKeyHashes: string[]; // pinscan-negative: PIN344
  expirationDate?: string;
}

// A library forwarding its caller's options.
export function toNative(options: { hashes: string[] }): Record<string, unknown> {
  return { publicKeyHashes: options.hashes }; // pinscan-negative: PIN344
}
