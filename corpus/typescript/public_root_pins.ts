// Constants with no word near them that says what they are: the values are the key
// hashes of public roots, which identify those roots wherever they appear.
const LETS_ENCRYPT = [
  'C5+lpZ7tcVwmwQIMcRtPbsQtWLABXhQzejna0wHFr8M=', // pinscan-expect: PIN401
].join('\n');

// Not a root's key hash: a random 32-byte value in base64 (a nonce), and a hex build id.
const SESSION_NONCE = 'q1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0u1U='; // pinscan-negative: PIN401
const BUILD_ID = '3f786850e387550fdab836ed7e6dc881de23001b3f786850e387550fdab836ed'; // pinscan-negative: PIN401

export function pinsFor(host: string): string[] {
  return host.endsWith('.example.org') ? LETS_ENCRYPT.split('\n') : [];
}
