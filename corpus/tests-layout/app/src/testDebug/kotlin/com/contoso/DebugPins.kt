package com.contoso

import okhttp3.CertificatePinner

fun debugPinner(pin: String) = CertificatePinner.Builder()
    .add("debug.inventory.contoso.example", pin) // pinscan-expect: PIN110@note
    .build()
