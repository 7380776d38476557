package com.contoso

import okhttp3.CertificatePinner

// Production code whose name merely ends in "test": still a warning.
fun latestPinner(pin: String) = CertificatePinner.Builder()
    .add("inventory.contoso.example", pin) // pinscan-expect: PIN110@warning
    .build()
