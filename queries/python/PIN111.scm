;; gate: compare_digest ~*cert* ~der ~*_der ~der_* ~*peer* ~*spki* ~*x509* ~*pubkey*
;; gate: ~*publickey* ~*public_key* ~*issuer* ~*fingerprint* ~*thumbprint* ~digest ~*serial*
;; gate: ~*_hash ~*_digest ~*_sha1 ~*_sha256 ~*_fp ~*_pin
;; Why this gate: compare_digest (#eq?); the compared expression must name a certificate, DER,
;; peer, SPKI, X.509, public key or issuer (case-insensitive regexes, hence `~` and `*`), or the
;; compared name must end in a digest / hash / pin / serial / issuer suffix.
; PIN111: Python code that accepts the server by a property of its certificate: the digest
; of getpeercert(binary_form=True), the public key, serial, subject or issuer compared with
; a fixed value. Checksums of other data (hashlib.sha256(body).hexdigest() == etag), expiry
; checks and host-name comparisons are not findings.
; The gate words are the case-insensitive substrings of those expressions (`~*cert*`).
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

; hashlib.sha256(der).hexdigest() == PIN / cert.fingerprint(SHA256()) != EXPECTED /
; cert["issuer"] == ISSUER / cert.public_key().public_numbers().n != MODULUS.
((comparison_operator . [(call) (attribute) (subscript)] @_h . (_) @pin.value .) @pin
  (#match? @_h "(?i)digest|fingerprint|getpeercert|get_peer_cert|public_numbers|public_bytes|public_key|pubkey|serial|issuer|subject")
  (#match? @_h "(?i)cert|\\bder\\b|_der\\b|\\bder_|peer|spki|x509|pub(lic_?)?key|issuer")
  (#not-match? @pin.value "(?i)^(None|True|False|0|[rbu]*[\"'][\"']|\\[\\]|\\{\\}|\\(\\))$|host|server_?name|\\bsni\\b|domain|gpg|pgp|\\bssh|private")
  (#not-match? @pin "(?i)private_?key|gpg|pgp"))
((comparison_operator . (_) @pin.value . [(call) (attribute) (subscript)] @_h .) @pin
  (#match? @_h "(?i)digest|fingerprint|getpeercert|get_peer_cert|public_numbers|public_bytes|public_key|pubkey|serial|issuer|subject")
  (#match? @_h "(?i)cert|\\bder\\b|_der\\b|\\bder_|peer|spki|x509|pub(lic_?)?key|issuer")
  (#not-match? @pin.value "(?i)^(None|True|False|0|[rbu]*[\"'][\"']|\\[\\]|\\{\\}|\\(\\))$|host|server_?name|\\bsni\\b|domain|gpg|pgp|\\bssh|private")
  (#not-match? @pin "(?i)private_?key|gpg|pgp"))

; fingerprint = hashlib.sha256(der).hexdigest() ... `if fingerprint not in PINNED:` (the
; computed value is a lower-case name; the pin it is compared with is the value).
((comparison_operator . (identifier) @_h . (_) @pin.value .) @pin
  (#match? @_h "(?i)fingerprint|thumbprint|^digest$|(^|_)(spki|pubkey|public_key|cert_hash|der_hash|issuer(_cn|_name|_dn|_org)?|serial(_number|_no)?|der|peer_cert|cert_bytes|der_cert)$|^(peer|cert|der|leaf|server|tls)_(digest|hash|sha1|sha256|fp|pin)$|_fp$")
  (#not-match? @_h "^[A-Z0-9_]+$")
  (#not-match? @pin.value "(?i)^(None|True|False|0|[rbu]*[\"'][\"']|\\[\\]|\\{\\}|\\(\\))$|host|server_?name|\\bsni\\b|domain|gpg|pgp|\\bssh|private")
  (#not-match? @pin "(?i)private_?key|gpg|pgp"))
((comparison_operator . (_) @pin.value . (identifier) @_h .) @pin
  (#match? @_h "(?i)fingerprint|thumbprint|^digest$|(^|_)(spki|pubkey|public_key|cert_hash|der_hash|issuer(_cn|_name|_dn|_org)?|serial(_number|_no)?|der|peer_cert|cert_bytes|der_cert)$|^(peer|cert|der|leaf|server|tls)_(digest|hash|sha1|sha256|fp|pin)$|_fp$")
  (#not-match? @_h "^[A-Z0-9_]+$")
  (#not-match? @pin.value "(?i)^(None|True|False|0|[rbu]*[\"'][\"']|\\[\\]|\\{\\}|\\(\\))$|host|server_?name|\\bsni\\b|domain|gpg|pgp|\\bssh|private")
  (#not-match? @pin "(?i)private_?key|gpg|pgp"))

; hmac.compare_digest(fingerprint, PINNED) / secrets.compare_digest(...).
((_
  function: [
    (_ attribute: (identifier) @_fn)
    (identifier) @_fn
  ]
  arguments: (argument_list . (_) @_a . (_) @pin.value .)) @pin
  (#eq? @_fn "compare_digest")
  (#match? @_a "(?i)thumbprint|getpeercert|get_peer_cert|spki|(^|[_.(])der\\b|cert|peer|_fp$|pubkey|public_key"))

((_
  function: [
    (_ attribute: (identifier) @_fn)
    (identifier) @_fn
  ]
  arguments: (argument_list . (_) @pin.value . (_) @_a .)) @pin
  (#eq? @_fn "compare_digest")
  (#match? @_a "(?i)thumbprint|getpeercert|get_peer_cert|spki|(^|[_.(])der\\b|cert|peer|_fp$|pubkey|public_key")
  (#not-match? @_a "^[A-Z0-9_]+$"))
