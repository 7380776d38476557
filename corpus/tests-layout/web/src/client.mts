import { readFileSync } from 'node:fs';
import tls from 'node:tls';

export const socket = tls.connect({ host: 'inventory.contoso.example', port: 443, ca: readFileSync('inventory-ca.pem') }); // pinscan-expect: PIN302@warning
