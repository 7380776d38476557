;; gate: verify_callback
;; Why this gate: every pattern pins the verify_callback setter or option key with #match?.
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

;; PIN111 (custom verification), Ruby: an OpenSSL verify_callback (SSLContext#verify_callback=,
;; Net::HTTP#verify_callback=, verify_callback: in option hashes) given as a proc, lambda
;; or block that looks at the certificate (current_cert, its digest, serial, subject,
;; issuer or public key) and compares it. Not findings: callbacks that only log the error
;; (error_string) and return the preverify result.

((assignment
  left: (_ method: (identifier) @_m)
  right: [
    (_ method: (identifier) @_p block: (_) @pin.value)
    (lambda) @pin.value
  ]) @pin
  (#eq? @_m "verify_callback")
  (#match? @pin.value "current_cert|peer_cert|chain|to_der|to_pem|fingerprint|[Dd]igest|SHA(1|256)|serial|subject|issuer|public_key")
  (#match? @pin.value "==|!=|eql\\?|equal\\?|include\\?|casecmp|secure_compare|=~|match\\?|start_with\\?|end_with\\?"))

((pair
  key: [(hash_key_symbol) (simple_symbol) (string)] @_k
  value: [
    (_ method: (identifier) @_p block: (_) @pin.value)
    (lambda) @pin.value
  ]) @pin
  (#match? @_k "^[:\"']?verify_callback[\"']?$")
  (#match? @pin.value "current_cert|peer_cert|chain|to_der|to_pem|fingerprint|[Dd]igest|SHA(1|256)|serial|subject|issuer|public_key")
  (#match? @pin.value "==|!=|eql\\?|equal\\?|include\\?|casecmp|secure_compare|=~|match\\?|start_with\\?|end_with\\?"))
