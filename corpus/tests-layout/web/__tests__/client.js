const fs = require('fs');
const tls = require('tls');

test('connects with the test CA', () => {
  tls.connect({ host: 'localhost', port: 8443, ca: fs.readFileSync('test-ca.pem') }); // pinscan-expect: PIN302@note
});
