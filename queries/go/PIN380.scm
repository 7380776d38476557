;; gate: VerifyPeerCertificate VerifyConnection DialTLS DialTLSContext
;; Why this gate: every pattern pins the tls.Config / http.Transport field with #any-of?.
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

;; PIN380: a Go VerifyPeerCertificate / VerifyConnection callback, or a custom DialTLS /
;; DialTLSContext, reported whatever its body: a function literal, a named function or method
;; (`VerifyPeerCertificate: verifyPins`, `p.verify`) or a call that builds one
;; (`VerifyPeerCertificate: pinVerifier(pins)`). The callbacks pass keeps it only when the
;; callback or a helper it calls in this file compares the peer certificate's digest, key,
;; serial or names with fixed values, and moves it to that comparison.
(keyed_element
  key: (_ (identifier) @_key)
  value: (_ (_) @pin.value)
  (#any-of? @_key "VerifyPeerCertificate" "VerifyConnection" "DialTLS" "DialTLSContext")
  (#not-match? @pin.value "^nil$")) @pin

(assignment_statement
  left: (_ . (_ field: (field_identifier) @_key) .)
  right: (_ . (_) @pin.value .)
  (#any-of? @_key "VerifyPeerCertificate" "VerifyConnection" "DialTLS" "DialTLSContext")
  (#not-match? @pin.value "^nil$")) @pin
