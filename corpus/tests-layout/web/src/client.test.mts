import { readFileSync } from 'node:fs';
import tls from 'node:tls';

tls.connect({ host: 'localhost', port: 8443, ca: readFileSync('test-ca.pem') }); // pinscan-expect: PIN302@note
