;; gate: verify_server_cert
;; Why this gate: the pattern needs a `verify_server_cert` method (#eq?) inside the impl.
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

; PIN380: a rustls `ServerCertVerifier` implementation reported whatever its body; the
; callbacks pass keeps it only when `verify_server_cert`, or a helper it calls in this file,
; compares the certificate (digest, bytes, subject, issuer, serial, key) with fixed values.
(_
  trait: (_) @_trait
  type: (_) @pin.start
  body: (declaration_list
    (function_item name: (identifier) @_fn))
  (#match? @_trait "(^|::)ServerCertVerifier$")
  (#eq? @_fn "verify_server_cert")) @pin
