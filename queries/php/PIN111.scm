;; gate: openssl_x509_fingerprint openssl_x509_parse serialNumber serialNumberHex subject issuer
;; Why this gate: every pattern pins the fingerprint function or the parsed-certificate key
;; it compares (#eq? / #match? below).
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

;; PIN111 (custom verification), PHP: PHP has no verification callback, so code that pins
;; reads the peer certificate (stream context `capture_peer_cert`, `peer_certificate`) and
;; compares a property itself: its fingerprint (`openssl_x509_fingerprint`), or the serial
;; number, subject or issuer of `openssl_x509_parse`. The compared value is reported.

;; openssl_x509_fingerprint($cert, ...) ==/===/!=/!== value (either side).
((binary_expression
  left: (_ function: (name) @_f)
  operator: ["==" "===" "!=" "!=="]
  right: (_) @pin.value) @pin
  (#eq? @_f "openssl_x509_fingerprint"))

((binary_expression
  left: (_) @pin.value
  operator: ["==" "===" "!=" "!=="]
  right: (_ function: (name) @_f)) @pin
  (#eq? @_f "openssl_x509_fingerprint"))

;; hash_equals($pin, openssl_x509_fingerprint(...)) and in_array(openssl_x509_fingerprint(...), $pins).
((_
  function: (name) @_cmp
  arguments: (_
    (argument) @pin.value
    (argument (_ function: (name) @_f)))) @pin
  (#match? @_cmp "^(hash_equals|strcasecmp|strcmp)$")
  (#eq? @_f "openssl_x509_fingerprint"))

((_
  function: (name) @_cmp
  arguments: (_
    (argument (_ function: (name) @_f))
    (argument) @pin.value)) @pin
  (#match? @_cmp "^(hash_equals|in_array|strcasecmp|strcmp)$")
  (#eq? @_f "openssl_x509_fingerprint"))

;; $info['serialNumber'] / ['serialNumberHex'] compared with a value.
((binary_expression
  left: (subscript_expression (string (string_content) @_k))
  operator: ["==" "===" "!=" "!=="]
  right: (_) @pin.value) @pin
  (#match? @_k "^serialNumber(Hex)?$"))

;; $info['subject']['CN'] / $info['issuer']['O'] compared with a value.
((binary_expression
  left: (subscript_expression
    (subscript_expression (string (string_content) @_part))
    (string (string_content) @_attr))
  operator: ["==" "===" "!=" "!=="]
  right: (_) @pin.value) @pin
  (#match? @_part "^(subject|issuer)$")
  (#match? @_attr "^(CN|O|OU|commonName|organizationName)$"))
