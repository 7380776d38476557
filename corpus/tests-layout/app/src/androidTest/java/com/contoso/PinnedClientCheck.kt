package com.contoso

import okhttp3.CertificatePinner

// An instrumented test of the pinned client: the same builder, in test code.
fun pinnedForTest(pin: String): CertificatePinner =
    CertificatePinner.Builder()
        .add("staging.inventory.contoso.example", pin) // pinscan-expect: PIN110@note
        .build()
