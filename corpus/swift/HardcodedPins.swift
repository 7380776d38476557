import Foundation

// Pins handed to a session wrapper through an argument label, and a hard-coded key hash.
struct PinnedEndpoint {
    let url: String
    let pinnedCertificate: String
}

let endpoints = [
    PinnedEndpoint(
        url: "https://telemetry.contoso.example",
        // SHA-256 of the server's SubjectPublicKeyInfo, base64.
        pinnedCertificate: "q7Lm2XfT9vKc0WbR4sNj8uYh3pAe6GdZ1oIx5EkVtQw=" // pinscan-expect: PIN105
    ),
]

final class KeyCheck {
    var hardcodedPublicKey: String = "Vb3nHq8LrT2xYp6sKd0WmZc4uJf9aEg1iOo7RtNyXkM=" // pinscan-expect: PIN105
}

// Far from any pinning word: a random 32-byte session nonce is not a pin.
final class Session {
    let sessionNonce = "Zr5tWq2YxP8mLk3sJd7FhG0vBn4cXe6aUi9oRyTuMlQ=" // pinscan-negative: PIN105
}

// "Pinned" that names no key, hash or certificate: a pinned tab's random identifier.
final class Tabs {
    let pinnedTabIdentifier = "Hy6uIk9oLp2aSd5fGh8jKl1zXc4vBn7mQw0eRt3yUiO=" // pinscan-negative: PIN105
}
