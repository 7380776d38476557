// Audits what a site sends: reading the header is not setting it.
const https = require('https');

https.get('https://inventory.contoso.example/', (res) => {
  const pins = res.headers['public-key-pins'];
  const reportOnly = res.headers['public-key-pins-report-only'];
  console.log('Public-Key-Pins:', pins, reportOnly);
});
