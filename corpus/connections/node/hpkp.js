'use strict';

// Kept for the old kiosk clients that still honour HPKP.
const PINS = [
  'pin-sha256="Ub5nG2rTwLq0XyZe8PdK1sVmHc4oAj7RfNi3Ex9BtMU="',  // pinscan-expect: PIN105@warning
  'pin-sha256="Jc6DoqX9Mp2bHw1fuV4Lk3Tz0RyEaNs8GvQiOw7KdYA="',  // pinscan-expect: PIN105@warning
];

function hpkp(req, res, next) {
  res.setHeader('Public-Key-Pins', `${PINS.join('; ')}; max-age=86400`); // pinscan-expect: PIN124@warning
  next();
}

module.exports = { hpkp };
