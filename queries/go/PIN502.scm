;; gate: VersionTLS10 VersionTLS11 VersionSSL30 0x0300 0x0301 0x0302 768 769 770
;; Why this gate: the value is an identifier, field or int literal matching the anchored version regex,
;; so one of these is a whole token (rarer than MinVersion / MaxVersion, which every config
;; that asks for TLS 1.2 has).
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

;; PIN502: MinVersion / MaxVersion set to SSL 3.0, TLS 1.0 or TLS 1.1, by constant
;; (`tls.VersionTLS10`, any import alias, or a dot-import) or by its numeric value.
(keyed_element
  key: (_ (identifier) @_key)
  value: (_ [
    (_ field: (field_identifier) @_ver)
    (identifier) @_ver
    (int_literal) @_ver
  ] @pin.value)
  (#any-of? @_key "MinVersion" "MaxVersion")
  (#match? @_ver "^(VersionTLS1[01]|VersionSSL30|0x030[012]|76[89]|770)$")) @pin

(assignment_statement
  left: (_ . (_ field: (field_identifier) @_key) .)
  right: (_ . [
    (_ field: (field_identifier) @_ver)
    (identifier) @_ver
    (int_literal) @_ver
  ] @pin.value .)
  (#any-of? @_key "MinVersion" "MaxVersion")
  (#match? @_ver "^(VersionTLS1[01]|VersionSSL30|0x030[012]|76[89]|770)$")) @pin
