const express = require('express');

const app = express();
const PINS = 'pin-sha256="Bz4vSxCF6T5ZAiCuM39JfEGQtnnUOUm8nFSRCNBcU8Y="; max-age=600'; // pinscan-expect: PIN105

app.use((req, res, next) => {
  res.setHeader('Public-Key-Pins', PINS); // pinscan-expect: PIN124
  next();
});

function legacy(res) {
  res.headers['Public-Key-Pins-Report-Only'] = PINS; // pinscan-expect: PIN125
}
