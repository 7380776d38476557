;; gate: CLIENT_AUTH PROTOCOL_TLS_SERVER
;; Why this gate: the first pattern's argument list must hold Purpose.CLIENT_AUTH (a whole token),
;; the second's block must create an SSLContext(PROTOCOL_TLS_SERVER) around the load.
; Node kinds that their fields imply are written `_` (scripts/wildcards.py: cheaper to
; compile, same matches): `(_ function: f arguments: a)` is a call.

; PIN352: a server-side context that verifies client certificates against a chosen CA file
; (mutual TLS). Reported as a note: narrowing is the point, but the file is a trust anchor
; that has to be rotated. The client-side forms are PIN301 / PIN306.
(_
  function: [
    (_ attribute: (identifier) @_fn)
    (identifier) @_fn
  ]
  arguments: (argument_list
    (keyword_argument
      name: (_) @_kw
      value: (_) @pin.value)) @_args
  (#eq? @_fn "create_default_context")
  (#any-of? @_kw "cafile" "cadata" "capath")
  (#not-eq? @pin.value @_kw)
  (#match? @_args "\\bCLIENT_AUTH\\b")
  (#not-match? @pin.value "\\bcertifi(\\b|_)|^None$|get_default_verify_paths")) @pin

; ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER) ... ctx.load_verify_locations(...) in the same
; block (or one level down in an if/else/try/with/for), as PIN306 matches client contexts.
((_ [
    (expression_statement (_
               function: (_ attribute: (identifier) @_m @pin.start)
               arguments: (argument_list . [
                 (keyword_argument value: (_) @pin.value)
                 (string) @pin.value
                 (concatenated_string) @pin.value
                 (identifier) @pin.value
                 (attribute) @pin.value
                 (call) @pin.value
                 (subscript) @pin.value
                 (binary_operator) @pin.value
               ])) @pin)
    (if_statement consequence: (_ (expression_statement (_
               function: (_ attribute: (identifier) @_m @pin.start)
               arguments: (argument_list . [
                 (keyword_argument value: (_) @pin.value)
                 (string) @pin.value
                 (concatenated_string) @pin.value
                 (identifier) @pin.value
                 (attribute) @pin.value
                 (call) @pin.value
                 (subscript) @pin.value
                 (binary_operator) @pin.value
               ])) @pin)))
    (if_statement alternative: (_ body: (block (expression_statement (_
               function: (_ attribute: (identifier) @_m @pin.start)
               arguments: (argument_list . [
                 (keyword_argument value: (_) @pin.value)
                 (string) @pin.value
                 (concatenated_string) @pin.value
                 (identifier) @pin.value
                 (attribute) @pin.value
                 (call) @pin.value
                 (subscript) @pin.value
                 (binary_operator) @pin.value
               ])) @pin))))
    (try_statement body: (_ (expression_statement (_
               function: (_ attribute: (identifier) @_m @pin.start)
               arguments: (argument_list . [
                 (keyword_argument value: (_) @pin.value)
                 (string) @pin.value
                 (concatenated_string) @pin.value
                 (identifier) @pin.value
                 (attribute) @pin.value
                 (call) @pin.value
                 (subscript) @pin.value
                 (binary_operator) @pin.value
               ])) @pin)))
    (with_statement body: (_ (expression_statement (_
               function: (_ attribute: (identifier) @_m @pin.start)
               arguments: (argument_list . [
                 (keyword_argument value: (_) @pin.value)
                 (string) @pin.value
                 (concatenated_string) @pin.value
                 (identifier) @pin.value
                 (attribute) @pin.value
                 (call) @pin.value
                 (subscript) @pin.value
                 (binary_operator) @pin.value
               ])) @pin)))
    (for_statement body: (_ (expression_statement (_
               function: (_ attribute: (identifier) @_m @pin.start)
               arguments: (argument_list . [
                 (keyword_argument value: (_) @pin.value)
                 (string) @pin.value
                 (concatenated_string) @pin.value
                 (identifier) @pin.value
                 (attribute) @pin.value
                 (call) @pin.value
                 (subscript) @pin.value
                 (binary_operator) @pin.value
               ])) @pin)))
  ]) @_blk
  (#eq? @_m "load_verify_locations")
  (#match? @_blk "\\bSSLContext\\s*\\([^)]*PROTOCOL_TLS_SERVER")
  (#not-match? @_blk "load_default_certs|set_default_verify_paths")
  (#not-match? @pin.value "(?i)\\bcertifi(\\b|_)|get_default_verify_paths|^None$|ca-certificates\\.crt|ca-bundle(\\.trust)?\\.crt|tls-ca-bundle\\.pem|ca-root-nss\\.crt|^[rbu]*[\"'](/etc/ssl/certs/?|/etc/pki/tls/certs/?|/etc/ssl/cert\\.pem)[\"']$"))
